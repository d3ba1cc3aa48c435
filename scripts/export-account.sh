#!/usr/bin/env bash
# Exports the read-only AWS CLI outputs Flywheel reads, for one account, into the layout of docs/export-layout.md:
#   <out>/<account-id>/<region>/<service>/<cli-command>.json                 list calls
#   <out>/<account-id>/<region>/<service>/<cli-command>/<resource-key>.json  per-resource calls
# A failed call leaves <same path>.error with the CLI's stderr, and the export goes on. Works with AWS CLI v1 and v2.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: export-account.sh --out DIR [--profile NAME] [--regions us-east-1,eu-west-1|all] [--endpoint-url URL]

  --out DIR           export directory (created; several accounts may share it, one run per account)
  --profile NAME      AWS CLI profile (default: the CLI's default credentials)
  --regions LIST      comma-separated regions, or "all" for the account's enabled regions
                      (default: the profile's region, else us-east-1)
  --endpoint-url URL  passed to every call, for emulators and the Flywheel sandbox
USAGE
}

profile=""
regions=""
out=""
endpoint=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --profile) profile="${2:?--profile needs a value}"; shift 2 ;;
    --regions) regions="${2:?--regions needs a value}"; shift 2 ;;
    --out) out="${2:?--out needs a value}"; shift 2 ;;
    --endpoint-url) endpoint="${2:?--endpoint-url needs a value}"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "export-account.sh: unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done
if [[ -z "$out" ]]; then
  echo "export-account.sh: --out DIR is required" >&2
  usage >&2
  exit 2
fi

# The v2 CLI would page output through `less`; v1 ignores the variable.
export AWS_PAGER=""

global_args=()
[[ -n "$profile" ]] && global_args+=(--profile "$profile")
[[ -n "$endpoint" ]] && global_args+=(--endpoint-url "$endpoint")

# "${arr[@]}" of an empty array is an unbound variable under `set -u` in bash < 4.4.
awscli() {
  aws ${global_args[@]+"${global_args[@]}"} "$@"
}

default_region="${AWS_REGION:-${AWS_DEFAULT_REGION:-}}"
if [[ -z "$default_region" ]]; then
  default_region="$(awscli configure get region 2>/dev/null || true)"
fi
default_region="${default_region:-us-east-1}"

# Percent-encodes every byte outside [A-Za-z0-9._-] as %XX, as the reader decodes it.
encode_key() {
  local LC_ALL=C
  local s="$1" encoded="" c hex i
  for ((i = 0; i < ${#s}; i++)); do
    c="${s:i:1}"
    case "$c" in
      [A-Za-z0-9._-]) encoded+="$c" ;;
      *) printf -v hex '%%%02X' "'$c"; encoded+="$hex" ;;
    esac
  done
  case "$encoded" in
    .) encoded="%2E" ;;
    ..) encoded="%2E%2E" ;;
  esac
  printf '%s' "$encoded"
}

calls=0
failures=0

# run_call <path without extension> <region> <service> <command> [args...]: stdout to .json, or stderr to .error.
run_call() {
  local base="$1" region="$2" service="$3" command="$4"
  shift 4
  mkdir -p "$(dirname "$base")"
  calls=$((calls + 1))
  if awscli --region "$region" --output json "$service" "$command" "$@" </dev/null >"$base.json.tmp" 2>"$base.error.tmp"; then
    mv "$base.json.tmp" "$base.json"
    rm -f "$base.error.tmp" "$base.error"
    return 0
  fi
  failures=$((failures + 1))
  mv "$base.error.tmp" "$base.error"
  rm -f "$base.json.tmp" "$base.json"
  return 1
}

# ids <region> <service> <command> <jmespath> [args...]: one value per line ("None" and blanks dropped).
ids() {
  local region="$1" service="$2" command="$3" query="$4"
  shift 4
  local text
  if ! text="$(awscli --region "$region" --output text "$service" "$command" "$@" --query "$query" </dev/null 2>/dev/null)"; then
    echo "export-account.sh: warning: could not list ids ($service $command in $region); their per-resource calls are skipped" >&2
    return 0
  fi
  printf '%s\n' "$text" | tr '\t' '\n' | sed -e 's/[[:space:]]*$//' | grep -v -e '^$' -e '^None$' || true
}

account="$(awscli --region "$default_region" --output text sts get-caller-identity --query Account)"
if [[ ! "$account" =~ ^[0-9]{12}$ ]]; then
  echo "export-account.sh: sts get-caller-identity returned '$account', not an account id" >&2
  exit 1
fi
if [[ -e "$out/$account" ]]; then
  echo "export-account.sh: $out/$account already exists; export into a new directory" >&2
  exit 1
fi

if [[ -z "$regions" ]]; then
  regions="$default_region"
elif [[ "$regions" == "all" ]]; then
  regions="$(awscli --region "$default_region" --output text ec2 describe-regions --query 'Regions[].RegionName' | tr '\t' ',')"
fi

created_at="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
mkdir -p "$out"

export_region() {
  local region="$1"
  local dir="$out/$account/$region"
  local id key

  # --- RDS ---
  run_call "$dir/rds/describe-db-instances" "$region" rds describe-db-instances || true
  run_call "$dir/rds/describe-db-clusters" "$region" rds describe-db-clusters || true

  if run_call "$dir/rds/describe-db-snapshots" "$region" rds describe-db-snapshots; then
    # Only manual snapshots can be shared; automated ones have no restore attribute worth asking for.
    while IFS= read -r id; do
      run_call "$dir/rds/describe-db-snapshot-attributes/$(encode_key "$id")" "$region" \
        rds describe-db-snapshot-attributes --db-snapshot-identifier "$id" || true
    done < <(ids "$region" rds describe-db-snapshots "DBSnapshots[?SnapshotType=='manual'].DBSnapshotIdentifier")
  fi
  if run_call "$dir/rds/describe-db-cluster-snapshots" "$region" rds describe-db-cluster-snapshots; then
    while IFS= read -r id; do
      run_call "$dir/rds/describe-db-cluster-snapshot-attributes/$(encode_key "$id")" "$region" \
        rds describe-db-cluster-snapshot-attributes --db-cluster-snapshot-identifier "$id" || true
    done < <(ids "$region" rds describe-db-cluster-snapshots "DBClusterSnapshots[?SnapshotType=='manual'].DBClusterSnapshotIdentifier")
  fi

  if run_call "$dir/rds/describe-db-parameter-groups" "$region" rds describe-db-parameter-groups; then
    while IFS= read -r id; do
      run_call "$dir/rds/describe-db-parameters/$(encode_key "$id")" "$region" \
        rds describe-db-parameters --db-parameter-group-name "$id" || true
    done < <(ids "$region" rds describe-db-parameter-groups "DBParameterGroups[].DBParameterGroupName")
  fi
  if run_call "$dir/rds/describe-db-cluster-parameter-groups" "$region" rds describe-db-cluster-parameter-groups; then
    while IFS= read -r id; do
      run_call "$dir/rds/describe-db-cluster-parameters/$(encode_key "$id")" "$region" \
        rds describe-db-cluster-parameters --db-cluster-parameter-group-name "$id" || true
    done < <(ids "$region" rds describe-db-cluster-parameter-groups "DBClusterParameterGroups[].DBClusterParameterGroupName")
  fi

  run_call "$dir/rds/describe-option-groups" "$region" rds describe-option-groups || true
  run_call "$dir/rds/describe-db-proxies" "$region" rds describe-db-proxies || true
  run_call "$dir/rds/describe-event-subscriptions" "$region" rds describe-event-subscriptions || true
  run_call "$dir/rds/describe-db-major-engine-versions" "$region" rds describe-db-major-engine-versions || true
  run_call "$dir/rds/describe-db-instance-automated-backups" "$region" rds describe-db-instance-automated-backups || true

  # Engine versions of the engines in use only: --include-all lists deprecated versions too.
  while IFS= read -r id; do
    run_call "$dir/rds/describe-db-engine-versions/$(encode_key "$id")" "$region" \
      rds describe-db-engine-versions --engine "$id" --include-all || true
  done < <({
    ids "$region" rds describe-db-instances "DBInstances[].Engine"
    ids "$region" rds describe-db-clusters "DBClusters[].Engine"
  } | sort -u)

  # --- KMS ---
  run_call "$dir/kms/list-aliases" "$region" kms list-aliases || true
  if run_call "$dir/kms/list-keys" "$region" kms list-keys; then
    while IFS= read -r id; do
      key="$(encode_key "$id")"
      run_call "$dir/kms/describe-key/$key" "$region" kms describe-key --key-id "$id" || true
      # Keys KMS cannot rotate (asymmetric, HMAC, imported) answer with an error: kept, the reader ignores it.
      run_call "$dir/kms/get-key-rotation-status/$key" "$region" kms get-key-rotation-status --key-id "$id" || true
      run_call "$dir/kms/list-key-rotations/$key" "$region" kms list-key-rotations --key-id "$id" || true
      run_call "$dir/kms/get-key-policy/$key" "$region" kms get-key-policy --key-id "$id" --policy-name default || true
      run_call "$dir/kms/list-grants/$key" "$region" kms list-grants --key-id "$id" || true
    done < <(ids "$region" kms list-keys "Keys[].KeyId")
  fi

  # --- EC2 (reachability) ---
  run_call "$dir/ec2/describe-security-groups" "$region" ec2 describe-security-groups || true
  run_call "$dir/ec2/describe-subnets" "$region" ec2 describe-subnets || true
  run_call "$dir/ec2/describe-route-tables" "$region" ec2 describe-route-tables || true

  # --- Secrets Manager ---
  run_call "$dir/secretsmanager/list-secrets" "$region" secretsmanager list-secrets || true

  # --- CloudTrail: status and selectors of each trail in its home region ---
  if run_call "$dir/cloudtrail/describe-trails" "$region" cloudtrail describe-trails; then
    local name arn
    while IFS=$'\t' read -r name arn; do
      [[ -z "$name" || "$name" == "None" ]] && continue
      key="$(encode_key "$name")"
      run_call "$dir/cloudtrail/get-trail-status/$key" "$region" cloudtrail get-trail-status --name "${arn:-$name}" || true
      run_call "$dir/cloudtrail/get-event-selectors/$key" "$region" cloudtrail get-event-selectors --trail-name "${arn:-$name}" || true
    done < <(awscli --region "$region" --output text cloudtrail describe-trails \
      --query "trailList[?HomeRegion=='$region'].[Name,TrailARN]" 2>/dev/null | grep -v -e '^$' -e '^None$' || true)
  fi

  # --- GuardDuty ---
  if run_call "$dir/guardduty/list-detectors" "$region" guardduty list-detectors; then
    while IFS= read -r id; do
      run_call "$dir/guardduty/get-detector/$(encode_key "$id")" "$region" guardduty get-detector --detector-id "$id" || true
    done < <(ids "$region" guardduty list-detectors "DetectorIds")
  fi
}

IFS=',' read -r -a region_list <<<"$regions"
for region in "${region_list[@]}"; do
  region="$(printf '%s' "$region" | tr -d '[:space:]')"
  [[ -z "$region" ]] && continue
  echo "export-account.sh: exporting $account/$region" >&2
  export_region "$region"
done

cli_version="$(awscli --version 2>&1 | head -n 1 | tr -d '"\\' || true)"
cat >"$out/manifest.json" <<MANIFEST
{
  "format": "flywheel-export/1",
  "createdAt": "$created_at",
  "tool": "scripts/export-account.sh ($cli_version)"
}
MANIFEST

echo "export-account.sh: $calls calls, $failures failed (see the .error files) in $out/$account" >&2
