#!/usr/bin/env bash
# Stops the server postgres-up.sh started and deletes its data directory and env file.
set -euo pipefail

env_file="${FLYWHEEL_PG_ENV_FILE:-${TMPDIR:-/tmp}/flywheel-postgres.env}"
if [ ! -f "$env_file" ]; then
  echo "postgres-down: no $env_file; nothing to stop"
  exit 0
fi

# shellcheck disable=SC1090
. "$env_file"
if [ "$(id -u)" -eq 0 ]; then
  as_pg=(runuser -u postgres --)
else
  as_pg=()
fi

case "${FLYWHEEL_PG_DIR:-}" in
  */flywheel-pg.*) ;;
  *) echo "postgres-down: unexpected data directory '${FLYWHEEL_PG_DIR:-}' in $env_file; not deleting" >&2; exit 1 ;;
esac

if [ -f "$FLYWHEEL_PG_DIR/data/postmaster.pid" ]; then
  "${as_pg[@]}" "$FLYWHEEL_PG_BIN/pg_ctl" -D "$FLYWHEEL_PG_DIR/data" -m fast -w stop >/dev/null || true
fi
rm -rf "$FLYWHEEL_PG_DIR"
rm -f "$env_file"
echo "postgres-down: stopped and removed $FLYWHEEL_PG_DIR"
