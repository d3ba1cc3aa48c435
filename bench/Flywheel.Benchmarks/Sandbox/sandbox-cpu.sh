#!/usr/bin/env bash
# The sandbox's own CPU (utime + stime from /proc/<pid>/stat) for the collection of issue 4's scale scenario
# (bench/scale/live-scan.sh: 20 accounts × 4 regions × 250 instances), without injected latency. Each round starts a
# fresh sandbox, then times a first collection (the sandbox's JIT included) and WARM more.
#
#   bench/Flywheel.Benchmarks/Sandbox/sandbox-cpu.sh SANDBOX_DIR [CLIENT_DIR] [ROUNDS] [WARM]
#
# SANDBOX_DIR and CLIENT_DIR are published CLIs (./build.sh pack, or dotnet publish … -p:PublishReadyToRun=true -o DIR);
# keep CLIENT_DIR fixed when comparing two sandboxes. SANDBOX_ENV adds environment variables to the sandbox only, e.g.
# SANDBOX_ENV="DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0" to profile it with `perf record -g -p PID`.
set -uo pipefail
SANDBOX=$1; CLIENT=${2:-$1}; ROUNDS=${3:-3}; WARM=${4:-2}; PORT=${PORT:-48377}
REGIONS=us-east-1,eu-west-1,us-west-2,ap-southeast-2
estate='{"accounts":20,"regions":["us-east-1","eu-west-1","us-west-2","ap-southeast-2"],"instancesPerRegion":250,"manualSnapshotsPerInstance":0.1,"keysPerRegion":3,"secretsPerRegion":10,"securityGroupsPerRegion":10}'
log=$(mktemp); out=$(mktemp -d); trap 'rm -rf "$log" "$out"' EXIT
tick=$(getconf CLK_TCK)
cpu() { awk -v t="$tick" '{print int(($14 + $15) * 1000 / t)}' "/proc/$1/stat"; }
for round in $(seq 1 "$ROUNDS"); do
  env ${SANDBOX_ENV:-} "$SANDBOX/flywheel" sandbox up --port "$PORT" --estate "$estate" --faults '{"latency":"00:00:00.000"}' >"$log" 2>&1 &
  sandbox=$!
  for _ in $(seq 1 600); do grep -q '^account ' "$log" && break; sleep 0.1; done
  creds=$(grep -m1 '^account ' "$log") || { echo "sandbox did not start:"; cat "$log"; kill "$sandbox"; exit 1; }
  export AWS_ACCESS_KEY_ID=$(sed -E 's/.*AWS_ACCESS_KEY_ID=([^ ]+).*/\1/' <<<"$creds")
  export AWS_SECRET_ACCESS_KEY=$(sed -E 's/.*AWS_SECRET_ACCESS_KEY=([^ ]+).*/\1/' <<<"$creds")
  export AWS_REGION=us-east-1 AWS_EC2_METADATA_DISABLED=true
  unset AWS_PROFILE AWS_SESSION_TOKEN
  echo "round $round: sandbox pid $sandbox, started with $(cpu "$sandbox") ms of CPU (estate generation)"
  for run in $(seq 0 "$WARM"); do
    rm -rf "$out/export"
    before=$(cpu "$sandbox")
    "$CLIENT/flywheel" collect --endpoint-url "http://127.0.0.1:$PORT" --org-role OrganizationAccountAccessRole --regions "$REGIONS" \
      --max-concurrency 32 --no-progress --out "$out/export" >"$out/collect.out" 2>&1
    after=$(cpu "$sandbox")
    echo "  $([[ $run == 0 ]] && echo 'first' || echo "warm $run"): sandbox CPU $((after - before)) ms, $(grep -oE '[0-9]+ requests' "$out/collect.out" | head -1)"
  done
  kill -TERM "$sandbox"; wait "$sandbox" 2>/dev/null
done
