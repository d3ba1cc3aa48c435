#!/usr/bin/env bash
# build.sh [build|test|format|bench|pack] — one entry point for the usual chores.
set -euo pipefail
cd "$(dirname "$0")"
case "${1:-build}" in
  build)  dotnet build Flywheel.slnx -c Release ;;
  test)   shift; scripts/test.sh "$@" ;;
  format) dotnet format Flywheel.slnx ;;
  bench)  shift; dotnet run -c Release --project bench/Flywheel.Benchmarks -- "$@" ;;
  pack)   dotnet publish src/Flywheel.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o artifacts/flywheel ;;
  *) echo "usage: build.sh [build|test|format|bench|pack]" >&2; exit 2 ;;
esac
