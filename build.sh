#!/usr/bin/env bash
# build.sh [build|test|format|bench|pack] — one entry point for the usual chores.
set -euo pipefail
cd "$(dirname "$0")"
case "${1:-build}" in
  build)  dotnet build Flywheel.slnx -c Release ;;
  test)   shift; scripts/test.sh "$@" ;;
  format) dotnet format Flywheel.slnx ;;
  bench)  shift; dotnet run -c Release --project bench/Flywheel.Benchmarks -- "$@" ;;
  # Self-contained (a Lambda custom runtime has no .NET) and one composite ReadyToRun image of the app with the
  # runtime, so generic code over our types is precompiled too: a short-lived CLI run barely JIT-compiles.
  pack)   dotnet publish src/Flywheel.Cli -c Release -r linux-x64 --self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -o artifacts/flywheel ;;
  *) echo "usage: build.sh [build|test|format|bench|pack]" >&2; exit 2 ;;
esac
