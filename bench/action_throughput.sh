#!/usr/bin/env bash
# Server throughput for an action on a case: requests/s over HTTPS keep-alive,
# measured with wrk against a release pakn-server with demo data in a temporary
# directory, and a baseline (GET /api/v1/me) in the same run. Every request is
# a `note` action with a new idempotency key and the case's current
# baseVersion (see action_throughput.lua), so none collides on 409.
# Usage: bench/action_throughput.sh BUILD_DIR [CASES] [SECONDS] [CONNECTIONS] [THREADS]
#   defaults: 20000 demo cases, 15 s per measurement, 8 connections, 1 wrk thread.
set -euo pipefail
build=$(realpath "$1")
cases=${2:-20000} seconds=${3:-15} connections=${4:-8} threads=${5:-1}
here=$(dirname "$(realpath "$0")")
for tool in wrk jq curl; do
  command -v "$tool" >/dev/null || { echo "needs $tool: run scripts/install-deps.sh" >&2; exit 1; }
done

work=$(mktemp -d)
server_pid=
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

. "$here/demo_server.sh"
start_demo_server

# Every case a coordinator may add a note to (open or answered), with its version.
after=0
: >"$work/cases.txt"
while :; do
  api -H "Authorization: Bearer $token" "$url/api/v1/feed?after=$after&limit=1000" >"$work/page.json"
  jq -r '.changes[] | select(.case) | .case
         | select(.status | IN("new", "pending_acceptance", "in_progress",
                               "awaiting_approval", "answered"))
         | "\(.id) \(.version)"' "$work/page.json" >>"$work/cases.txt"
  after=$(jq -r .cursor "$work/page.json")
  [ "$(jq -r .more "$work/page.json")" = true ] || break
done
open=$(wc -l <"$work/cases.txt")
if [ "$open" -lt $((threads * connections * 4)) ]; then
  echo "only $open cases for $connections connections: use more demo cases" >&2; exit 1
fi

measure() { # LABEL wrk-script-args...
  local label=$1; shift
  local out
  out=$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -s "$here/action_throughput.lua" \
          "$url" -- "$@")
  local result
  result=$(grep '^RESULT' <<<"$out") || { echo "$out" >&2; exit 1; }
  echo "$label: ${result#RESULT }"
}

echo "pakn-server $cases demo cases ($open open), wrk -t$threads -c$connections, ${seconds} s each"
measure "GET /api/v1/me (baseline)" me "$token"
measure "POST /api/v1/cases/{id}/actions note" note "$work/cases.txt" "$token" "run$$" "$threads"
