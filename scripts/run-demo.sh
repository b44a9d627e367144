#!/usr/bin/env bash
# Installs what is missing, builds, starts pakn-server on https://127.0.0.1:8443 with the
# demo data set, and opens pakn-desk connected to it (logged-in profile per demo user).
# Usage (as root on Debian 12, from the repository): bash scripts/run-demo.sh [USER]
#   USER: the demo account to log in as (default: officer; password for all: demo)
# Environment: PAKN_DEMO_CASES (default 5000), PAKN_DEMO_DIR (default ~/.local/share/pakn-demo)
set -euo pipefail
cd "$(dirname "$0")/.."
# ccache (when installed) may reuse objects across clones of the repository.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
user=${1:-officer}
cases=${PAKN_DEMO_CASES:-5000}
dir=${PAKN_DEMO_DIR:-$HOME/.local/share/pakn-demo}
address=127.0.0.1:8443

bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target pakn-server pakn-desk pakn
bin=build/release

mkdir -p "$dir"
if [ -f "$dir/server.pid" ] && kill -0 "$(cat "$dir/server.pid")" 2>/dev/null; then
  echo "Stopping the demo server left running from an earlier run…"
  kill "$(cat "$dir/server.pid")"; sleep 1
fi
echo "Starting pakn-server with $cases demo cases (the first start seeds the data; it takes a moment)…"
"$bin/server/pakn-server" --data "$dir/server" --listen "$address" --demo-cases "$cases" \
  >"$dir/server.out" 2>"$dir/server.log" &
server=$!
echo $server >"$dir/server.pid"
desk_pid=
cleanup() {
  [ -z "$desk_pid" ] || kill "$desk_pid" 2>/dev/null || true
  pkill -f -- "pakn-desk --profile $dir/profile-$user" 2>/dev/null || true
  kill "$server" 2>/dev/null || true
  rm -f "$dir/server.pid"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
for _ in $(seq 1 600); do
  grep -q 'listening on' "$dir/server.out" 2>/dev/null && break
  kill -0 $server 2>/dev/null || { echo "pakn-server did not start:"; cat "$dir/server.log"; exit 1; }
  sleep 0.5
done
fingerprint=$(sed -n 's/.*fingerprint \([0-9A-F:]*\).*/\1/p' "$dir/server.out")
url=$(sed -n 's/.*listening on \(https:[^ ]*\).*/\1/p' "$dir/server.out")
cat <<INFO

  pakn-server is running at $url
  certificate fingerprint: $fingerprint
  demo accounts (password "demo"): coordinator, leader, officer, officer2, leader2, supervisor, admin
  other users: bash scripts/run-demo.sh leader   (each user gets its own client profile)
  command line: $bin/app/cli/pakn --profile "$dir/profile-$user" list

INFO
# Log the profile in with the demo password, so the client opens straight onto the queues
# (the session in the profile's own file: a demo profile, and machines without a keychain).
PAKN_PASSWORD=demo "$bin/app/cli/pakn" --profile "$dir/profile-$user" login "$url" --user "$user" \
  --fingerprint "$fingerprint" --remember file
desk=("$bin/app/desk/pakn-desk" --profile "$dir/profile-$user" --server "$url"
      --fingerprint "$fingerprint" --user "$user")
# The client runs in the background so that Ctrl+C or a TERM stops both it and the server.
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  "${desk[@]}" &
  desk_pid=$!
  wait "$desk_pid"
else
  echo "No display found (DISPLAY is not set): running pakn-desk under Xvfb; a screenshot is"
  echo "saved to $dir/screenshot.png every 10 seconds. Press Ctrl+C to stop."
  xvfb-run -a -s "-screen 0 1600x1000x24" bash -c '
    "$@" & desk=$!
    trap "kill \$desk 2>/dev/null" TERM INT
    while kill -0 $desk 2>/dev/null; do sleep 10; import -window root "'"$dir"'/screenshot.png" 2>/dev/null || true; done' _ "${desk[@]}" &
  desk_pid=$!
  wait "$desk_pid"
fi
