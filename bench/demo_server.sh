# Sourced by the wrk benchmarks: starts `pakn-server` from $build with $cases
# demo cases in $work/data and logs in as the coordinator (the whole city).
# Sets server_pid (the caller's cleanup stops it), url and token.
# PAKN_DATABASE=postgresql://… puts the server on that (empty) PostgreSQL database.

# The server's self-signed certificate names 127.0.0.1: curl verifies against it.
api() { curl -sS --fail-with-body --cacert "$work/data/certificate.pem" "$@"; }

start_demo_server() {
  "$build/server/pakn-server" --data "$work/data" --listen 127.0.0.1:0 --demo-cases "$cases" \
    ${PAKN_DATABASE:+--database "$PAKN_DATABASE"} >"$work/server.log" 2>&1 &
  server_pid=$!
  url=
  for _ in $(seq 1 900); do
    url=$(sed -n 's/.*listening on \(https:\/\/[^ ]*\).*/\1/p' "$work/server.log")
    [ -n "$url" ] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
    sleep 0.2
  done
  [ -n "$url" ] || { echo "pakn-server did not start" >&2; exit 1; }
  token=$(api -H 'Content-Type: application/json' \
    -d '{"login": "coordinator", "password": "demo", "client": "wrk"}' "$url/api/v1/login" |
    jq -r .token)
}
