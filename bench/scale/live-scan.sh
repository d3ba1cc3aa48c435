#!/usr/bin/env bash
# Scale scenario of live collection (issue 4): `flywheel scan` over an organization of ACCOUNTS accounts × the
# REGIONS × INSTANCES DB instances per region (with their snapshots, keys, security groups and secrets), every call
# answered after LATENCY_MS by the sandbox running in its own process, so the scan's peak memory is its own.
#
#   bench/scale/live-scan.sh                      # 20 accounts × 4 regions × 250 instances, 25 ms, 32 in flight
#   ACCOUNTS=2 INSTANCES=50 bench/scale/live-scan.sh
#
# Prints wall time (whole command, and the collection alone), AWS requests, peak RSS, and the ratio of wall time to
# the lower bound: requests × latency ÷ allowed concurrency (the time the calls take if every slot is always busy).
set -euo pipefail
cd "$(dirname "$0")/../.."

ACCOUNTS=${ACCOUNTS:-20}
REGIONS=${REGIONS:-us-east-1,eu-west-1,us-west-2,ap-southeast-2}
INSTANCES=${INSTANCES:-250}
MANUAL_SNAPSHOTS=${MANUAL_SNAPSHOTS:-0.1}
LATENCY_MS=${LATENCY_MS:-25}
CONCURRENCY=${CONCURRENCY:-32}
PORT=${PORT:-48200}
OUT=${OUT:-artifacts/bench-scale}
SCAN=${SCAN:-1}          # 0: measure the collection only

mkdir -p "$OUT"
# As shipped (./build.sh pack): self-contained, one composite ReadyToRun image, so the measurement is not of the JIT
# compiling the collector. A publish of another shape (framework-dependent, not composite) leaves intermediate
# ReadyToRun files that do not mix with this one: both are removed first.
rm -rf "$OUT/cli" src/Flywheel.Cli/obj/Release/net10.0/linux-x64
dotnet publish src/Flywheel.Cli -c Release -r linux-x64 --self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -o "$OUT/cli" -v quiet -nologo >/dev/null
FLYWHEEL="$OUT/cli/flywheel"

regions_json=$(printf '"%s",' ${REGIONS//,/ }); regions_json="[${regions_json%,}]"
estate=$(printf '{"accounts":%d,"regions":%s,"instancesPerRegion":%d,"manualSnapshotsPerInstance":%s,"keysPerRegion":3,"secretsPerRegion":10,"securityGroupsPerRegion":10}' \
  "$ACCOUNTS" "$regions_json" "$INSTANCES" "$MANUAL_SNAPSHOTS")
faults=$(printf '{"latency":"00:00:00.%03d"}' "$LATENCY_MS")

"$FLYWHEEL" sandbox up --port "$PORT" --estate "$estate" --faults "$faults" >"$OUT/sandbox.log" 2>&1 &
sandbox=$!
trap 'kill -TERM $sandbox 2>/dev/null || true; wait $sandbox 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do grep -q "listening on" "$OUT/sandbox.log" && break; sleep 0.1; done
grep -q "listening on" "$OUT/sandbox.log" || { echo "sandbox did not start:"; cat "$OUT/sandbox.log"; exit 1; }
creds=$(grep -m1 '^account ' "$OUT/sandbox.log")
export AWS_ACCESS_KEY_ID=$(sed -E 's/.*AWS_ACCESS_KEY_ID=([^ ]+).*/\1/' <<<"$creds")
export AWS_SECRET_ACCESS_KEY=$(sed -E 's/.*AWS_SECRET_ACCESS_KEY=([^ ]+).*/\1/' <<<"$creds")
export AWS_REGION=us-east-1 AWS_EC2_METADATA_DISABLED=true
unset AWS_PROFILE AWS_SESSION_TOKEN

live=(--endpoint-url "http://127.0.0.1:$PORT" --org-role OrganizationAccountAccessRole --regions "$REGIONS" --max-concurrency "$CONCURRENCY" --no-progress)

# 0. Warm the sandbox (untimed): it shares the machine's cores, and its first requests pay for its JIT, which real
# AWS does not charge to the collecting process.
"$FLYWHEEL" collect "${live[@]}" --accounts "$(sed -E 's/^account ([0-9]+):.*/\1/' <<<"$creds")" --regions "${REGIONS%%,*}" --out "$OUT/warm-up" --replace >/dev/null 2>&1 || true

# 1. The collection alone (`flywheel collect`): what the issue's targets are about. The previous export is deleted
# first; ext4 then spends time skipping its recently freed inodes, so the figures of back-to-back runs are a little worse.
rm -rf "$OUT/export"
set +e
/usr/bin/time -f '%e %U %S %M' -o "$OUT/collect.time" "$FLYWHEEL" collect "${live[@]}" --out "$OUT/export" >"$OUT/collect.out" 2>"$OUT/collect.err"
code=$?
set -e
[[ $code -le 3 ]] || { echo "collect failed (exit $code):"; cat "$OUT/collect.out" "$OUT/collect.err"; exit 1; }
read -r c_wall c_user c_sys c_rss_kb < <(tail -1 "$OUT/collect.time")

# 2. The whole live scan: collection, evaluation of every rule, the JSON report.
if [[ $SCAN == 0 ]]; then
  read -r c_wall c_user c_sys c_rss_kb < <(tail -1 "$OUT/collect.time")
  echo "collect: wall ${c_wall} s, cpu $(python3 -c "print(round($c_user+$c_sys,1))") s, peak RSS $((c_rss_kb / 1024)) MB"; cat "$OUT/collect.out"; exit 0
fi
set +e
/usr/bin/time -f '%e %U %S %M' -o "$OUT/scan.time" "$FLYWHEEL" scan "${live[@]}" --no-store --format json --output "$OUT/scan.json" 2>"$OUT/scan.err"
code=$?
set -e
[[ $code -le 3 ]] || { echo "scan failed (exit $code):"; cat "$OUT/scan.err"; exit 1; }
read -r wall user sys rss_kb < <(tail -1 "$OUT/scan.time")
requests=$(jq '.source.collection.requests' "$OUT/scan.json")
c_requests=$(grep -oE '[0-9]+ requests' "$OUT/collect.out" | head -1 | cut -d' ' -f1)
python3 - "$wall" "$rss_kb" "$requests" "$LATENCY_MS" "$CONCURRENCY" "$ACCOUNTS" "$REGIONS" "$INSTANCES" "$OUT/scan.json" "$c_wall" "$c_user" "$c_sys" "$c_rss_kb" "$user" "$sys" "$c_requests" <<'PY'
import json, sys
wall, rss_kb, requests, latency_ms, concurrency, accounts, regions, instances, path, c_wall, c_user, c_sys, c_rss_kb, user, sys_, c_requests = sys.argv[1:]
wall, rss_mb, requests = float(wall), int(rss_kb) / 1024, int(requests)
c_wall, c_rss_mb = float(c_wall), int(c_rss_kb) / 1024
scan = json.load(open(path))
regions = regions.split(",")
instance_count = int(accounts) * len(regions) * int(instances)
bound = requests * int(latency_ms) / 1000 / int(concurrency)
print(f"estate          {accounts} accounts x {len(regions)} regions x {instances} instances = {instance_count} DB instances")
print(f"scopes          {len(scan['source']['scopes'])} account-regions, {len(scan['gaps'])} gaps, {len(scan['findings'])} findings")
collection = scan['source']['collection']
print(f"requests        {requests} ({requests / instance_count:.3f} per DB instance): " + ", ".join(f"{k} {v}" for k, v in collection['requestsByService'].items()))
print(f"lower bound     {bound:.2f} s  (requests x {latency_ms} ms / {concurrency} in flight)")
c_bound = int(c_requests) * int(latency_ms) / 1000 / int(concurrency)
print(f"collect         wall {c_wall:.2f} s (ratio {c_wall / c_bound:.2f} to its own bound {c_bound:.2f} s: {c_requests} requests, grants included), cpu {float(c_user) + float(c_sys):.1f} s, peak RSS {c_rss_mb:.0f} MB   [flywheel collect --out]")
print(f"  collecting    {collection['elapsedSeconds']:.2f} s inside the scan (ratio {collection['elapsedSeconds'] / bound:.2f})")
print(f"scan            wall {wall:.2f} s (ratio {wall / bound:.2f}), cpu {float(user) + float(sys_):.1f} s, peak RSS {rss_mb:.0f} MB   [flywheel scan --format json: collection, evaluation, report]")
PY
