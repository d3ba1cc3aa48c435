#!/usr/bin/env bash
# The whole test suite: the README's second command and what CI runs.
# Starts a throw-away PostgreSQL on loopback when the server binaries are installed (CI installs them), so the
# store tests run against both SQLite and PostgreSQL; stops it afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if [ -z "${FLYWHEEL_TEST_POSTGRES:-}" ] && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  pg_state="$(mktemp -d)"
  export FLYWHEEL_PG_ENV_FILE="$pg_state/postgres.env"
  trap 'scripts/ci/postgres-down.sh || true; rm -rf "$pg_state"' EXIT
  scripts/ci/postgres-up.sh
  # shellcheck disable=SC1090
  source "$FLYWHEEL_PG_ENV_FILE"
fi

log="$(mktemp)"
set +e
dotnet test Flywheel.slnx -c Release "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One plain closing line over every test project ("Passed!  - Failed: 0, Passed: 12, Skipped: 0, …").
awk '/(Passed|Failed)! +- +Failed:/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
