#!/usr/bin/env bash
# Server throughput against nginx on the same machine, same run (issue 7):
#   feed pages of 500 cases: cases/s from pakn-server, beside nginx serving the
#     very same page bytes as static files;
#   case detail (GET /api/v1/cases/{id}) and the `note` action: requests/s from
#     pakn-server, beside nginx serving one case's detail bytes as a small static file.
# Both over HTTPS keep-alive with the server's own certificate, nginx with one
# worker (pakn-server runs its handlers on one thread), wrk with the same
# threads and connections. Prints one line per measurement and the ratios.
# Usage: bench/server_vs_nginx.sh BUILD_DIR [CASES] [SECONDS] [CONNECTIONS]
#   defaults: 20000 demo cases, 10 s per measurement, 4 connections (wrk -t1).
# PERF=1 records a perf profile of the server during each server measurement
# into $PERF_DIR (default /tmp/server-vs-nginx-perf).
set -euo pipefail
build=$(realpath "$1")
cases=${2:-20000} seconds=${3:-10} connections=${4:-4}
here=$(dirname "$(realpath "$0")")
for tool in wrk jq curl nginx; do
  command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] ||
    { echo "needs $tool: run scripts/install-deps.sh" >&2; exit 1; }
done
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

work=$(mktemp -d)
chmod 755 "$work" # nginx's workers (nobody, when run as root) read the static files
server_pid= nginx_pid=
cleanup() {
  for pid in $nginx_pid $server_pid; do
    kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

. "$here/demo_server.sh"
start_demo_server

# Every feed page of 500 as the coordinator (the whole city) gets it: its path
# for the server, its bytes as a static file for nginx; the open cases for `note`.
mkdir -p "$work/static"
: >"$work/feed-paths.txt"; : >"$work/static-feed-paths.txt"; : >"$work/cases.txt"
after=0 page=0
while :; do
  path="/api/v1/feed?after=$after&limit=500"
  api -H "Authorization: Bearer $token" "$url$path" >"$work/static/page-$page.json"
  echo "$path" >>"$work/feed-paths.txt"
  echo "/page-$page.json" >>"$work/static-feed-paths.txt"
  jq -r '.changes[] | select(.case) | .case
         | select(.status | IN("new", "pending_acceptance", "in_progress",
                               "awaiting_approval", "answered"))
         | "\(.id) \(.version)"' "$work/static/page-$page.json" >>"$work/cases.txt"
  after=$(jq -r .cursor "$work/static/page-$page.json")
  more=$(jq -r .more "$work/static/page-$page.json")
  page=$((page + 1))
  [ "$more" = true ] || break
done
# Only full pages of 500 (the last one is usually shorter).
last=$(jq '.changes | length' "$work/static/page-$((page - 1)).json")
full_pages=$(( last == 500 ? page : page - 1 ))
head -n "$full_pages" "$work/feed-paths.txt" >"$work/feed-paths-full.txt"
head -n "$full_pages" "$work/static-feed-paths.txt" >"$work/static-feed-paths-full.txt"
page_bytes=$(stat -c %s "$work/static/page-0.json")
# Case details: the first 2,000 open cases in turn; nginx serves one case's bytes.
cut -d' ' -f1 "$work/cases.txt" | head -n 2000 | sed 's|^|/api/v1/cases/|' >"$work/detail-paths.txt"
api -H "Authorization: Bearer $token" "$url$(head -n 1 "$work/detail-paths.txt")" >"$work/static/case.json"
echo "/case.json" >"$work/static-case-path.txt"

# nginx with the server's certificate and key, one worker, everything in $work.
port=
for _ in $(seq 1 50); do
  candidate=$((20000 + RANDOM % 20000))
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
[ -n "$port" ] || { echo "no free port for nginx" >&2; exit 1; }
mkdir -p "$work/nginx"
{
  [ "$(id -u)" -eq 0 ] && echo "user nobody nogroup;"
  cat <<CONF
worker_processes 1;
pid $work/nginx/nginx.pid;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path $work/nginx/body; proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi; uwsgi_temp_path $work/nginx/uwsgi; scgi_temp_path $work/nginx/scgi;
  server {
    listen 127.0.0.1:$port ssl;
    ssl_certificate $work/data/certificate.pem;
    ssl_certificate_key $work/data/private-key.pem;
    ssl_protocols TLSv1.2 TLSv1.3;
    keepalive_requests 1000000;
    root $work/static;
    default_type application/json;
  }
}
CONF
} >"$work/nginx/nginx.conf"
"$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" \
  -g 'daemon off;' &
nginx_pid=$!
for _ in $(seq 1 100); do
  curl -s -o /dev/null --cacert "$work/data/certificate.pem" "https://127.0.0.1:$port/case.json" && break
  sleep 0.1
done
nginx_url="https://127.0.0.1:$port"

# measure LABEL URL wrk-script wrk-script-args... ; sets $rps
measure() {
  local label=$1 target=$2 script=$3; shift 3
  local perf_pid=
  if [ "${PERF:-0}" = 1 ] && [ "$target" = "$url" ]; then
    mkdir -p "${PERF_DIR:=/tmp/server-vs-nginx-perf}"
    perf record --call-graph "${PERF_CALLGRAPH:-fp}" -p "$server_pid" -o "$PERF_DIR/$(tr -c 'A-Za-z0-9\n' '_' <<<"$label").data" \
      -- sleep "$seconds" \
      >/dev/null 2>&1 &
    perf_pid=$!
  fi
  local out result
  out=$(wrk -t1 -c"$connections" -d"${seconds}s" --latency -s "$script" "$target" -- "$@")
  [ -z "$perf_pid" ] || wait "$perf_pid" || true
  result=$(grep '^RESULT' <<<"$out") || { echo "$out" >&2; exit 1; }
  rps=$(sed 's/.* rps=\([0-9.]*\).*/\1/' <<<"$result")
  echo "$label: ${result#RESULT }"
}
lua="$here/action_throughput.lua"

echo "pakn-server $cases demo cases, $full_pages full feed pages of 500 ($page_bytes bytes the first)," \
     "case detail $(stat -c %s "$work/static/case.json") bytes; wrk -t1 -c$connections, ${seconds} s each"
measure "nginx: feed pages as static files" "$nginx_url" "$lua" paths - "$work/static-feed-paths-full.txt"
nginx_feed=$rps
measure "pakn-server: GET /api/v1/feed (500 cases)" "$url" "$lua" paths "$token" "$work/feed-paths-full.txt"
server_feed=$rps
measure "nginx: one case's detail as a static file" "$nginx_url" "$lua" paths - "$work/static-case-path.txt"
nginx_small=$rps
measure "pakn-server: GET /api/v1/cases/{id}" "$url" "$lua" paths "$token" "$work/detail-paths.txt"
server_detail=$rps
measure "pakn-server: POST /api/v1/cases/{id}/actions note" "$url" "$lua" \
  note "$work/cases.txt" "$token" "run$$" 1
server_note=$rps

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }'; }
cases() { awk -v r="$1" 'BEGIN { printf "%.0f", r * 500 }'; }
echo "feed: pakn-server $(cases "$server_feed") cases/s, nginx $(cases "$nginx_feed") cases/s," \
     "ratio $(ratio "$server_feed" "$nginx_feed") (target >= 50000 cases/s)"
echo "case detail: pakn-server $server_detail req/s, nginx $nginx_small req/s," \
     "ratio $(ratio "$server_detail" "$nginx_small") (target >= 3000 req/s)"
echo "note action: pakn-server $server_note req/s, ratio to nginx $(ratio "$server_note" "$nginx_small")" \
     "(target >= 3000 req/s)"
