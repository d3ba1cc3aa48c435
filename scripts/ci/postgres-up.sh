#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server for the store tests, from Debian's package (installs nothing).
# Listens on 127.0.0.1 only, on the first free port from ${FLYWHEEL_PG_PORT:-54329}; creates a database and a
# password user; prints FLYWHEEL_TEST_POSTGRES and writes it to an env file the test command can source:
#   scripts/ci/postgres-up.sh && . "${TMPDIR:-/tmp}/flywheel-postgres.env" && dotnet test ...
#   scripts/ci/postgres-down.sh
set -euo pipefail

env_file="${FLYWHEEL_PG_ENV_FILE:-${TMPDIR:-/tmp}/flywheel-postgres.env}"
port="${FLYWHEEL_PG_PORT:-54329}"

bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "postgres-up: no PostgreSQL server under /usr/lib/postgresql/*/bin; install it with: apt-get install -y postgresql" >&2
  exit 1
fi

if [ -f "$env_file" ]; then
  echo "postgres-up: $env_file exists; a server may still run. Run scripts/ci/postgres-down.sh first." >&2
  exit 1
fi

# The server refuses to run as root: as root, run it as the postgres user of the package.
if [ "$(id -u)" -eq 0 ]; then
  as_pg=(runuser -u postgres --)
else
  as_pg=()
fi

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
while port_in_use "$port"; do
  port=$((port + 1))
done

dir="$(mktemp -d "${TMPDIR:-/tmp}/flywheel-pg.XXXXXX")"
chmod 755 "$dir"
if [ "$(id -u)" -eq 0 ]; then
  chown postgres:postgres "$dir"
fi

password="$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')"
user="flywheel"
database="flywheel_test"

"${as_pg[@]}" "$bin/initdb" -D "$dir/data" -U postgres -E UTF8 --no-locale \
  --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }

# fsync off: the data is thrown away, and tests run faster.
"${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c fsync=off -c max_connections=200" \
  start >/dev/null \
  || { cat "$dir/server.log" >&2; exit 1; }

"${as_pg[@]}" "$bin/psql" -h "$dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
  -c "CREATE ROLE $user LOGIN PASSWORD '$password'" \
  -c "CREATE DATABASE $database OWNER $user" >/dev/null

connection="Host=127.0.0.1;Port=$port;Username=$user;Password=$password;Database=$database"
umask 077
cat >"$env_file" <<ENV
export FLYWHEEL_TEST_POSTGRES="$connection"
export FLYWHEEL_PG_DIR="$dir"
export FLYWHEEL_PG_BIN="$bin"
ENV

echo "postgres-up: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $dir)"
echo "FLYWHEEL_TEST_POSTGRES=$connection"
echo "postgres-up: source $env_file to use it; scripts/ci/postgres-down.sh stops it"
