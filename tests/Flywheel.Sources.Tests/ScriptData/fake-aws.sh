#!/usr/bin/env bash
# A stand-in for the AWS CLI in the export script's tests. Answers from $FAKE_AWS_DATA:
#   <service>.<command>[.<resource key>].json   stdout of the call (--output json)
#   <service>.<command>[.<resource key>].query  stdout of the same call with --query (--output text)
#   <service>.<command>[.<resource key>].fail   stderr of a failing call (exit 254)
# Logs every call's arguments to $FAKE_AWS_LOG, and refuses anything that is not a read-only call.
set -euo pipefail
data="${FAKE_AWS_DATA:?}"
printf '%s\n' "$*" >>"${FAKE_AWS_LOG:?}"

query=""
key=""
has_query=0
positional=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --version) echo "aws-cli/2.99.0 Python/3.12.0 Linux/6.0 fake"; exit 0 ;;
    --query) query="$2"; has_query=1; shift 2 ;;
    --region|--profile|--endpoint-url|--output|--policy-name) shift 2 ;;
    --include-all) shift ;;
    --key-id|--db-snapshot-identifier|--db-cluster-snapshot-identifier|--db-parameter-group-name|--db-cluster-parameter-group-name|--engine|--name|--trail-name|--detector-id)
      key="$2"; shift 2 ;;
    --*) echo "fake aws: unexpected option $1" >&2; exit 255 ;;
    *) positional+=("$1"); shift ;;
  esac
done
service="${positional[0]:-}"
command="${positional[1]:-}"

case "$service $command" in
  "configure get") exit 1 ;;
  "sts get-caller-identity") echo "111122223333"; exit 0 ;;
esac
case "$command" in
  describe-*|list-*|get-*) ;;
  *) echo "fake aws: not a read-only call: $service $command" >&2; exit 255 ;;
esac

name="$service.$command"
if [[ -n "$key" ]]; then
  # Trail ARNs hold ':' and '/'; canned file names use '_' instead.
  name="$name.${key//[:\/]/_}"
fi
if [[ -f "$data/$name.fail" ]]; then
  cat "$data/$name.fail" >&2
  exit 254
fi
if [[ "$has_query" == 1 ]]; then
  : "$query"
  [[ -f "$data/$name.query" ]] && cat "$data/$name.query"
  exit 0
fi
if [[ -f "$data/$name.json" ]]; then
  cat "$data/$name.json"
  exit 0
fi
echo "An error occurred (InvalidAction) when calling the $command operation: the fake has no answer for $name" >&2
exit 254
