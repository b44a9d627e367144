#!/usr/bin/env bash
# Time from starting pakn-desk on a profile with a full cache to the first rows
# painted, and the client's resident memory then. Runs the real executable
# under one Xvfb server, several times, and prints each run and the median.
# Usage: bench/desk_startup.sh BUILD_DIR PROFILE_DIR [RUNS]
#   PROFILE_DIR: a logged-in, synced profile (bench_client N PROFILE_DIR makes one).
set -euo pipefail
build=$(realpath "$1"); profile=$(realpath "$2"); runs=${3:-5}
export BENCH_DESK="$build/app/desk/pakn-desk" BENCH_PROFILE="$profile" BENCH_RUNS="$runs"
xvfb-run -a -s "-screen 0 1600x1000x24" bash -c '
  set -euo pipefail
  times=()
  for i in $(seq 1 "$BENCH_RUNS"); do
    start=$(date +%s%3N)
    line=$(PAKN_STARTUP_PROBE=exit "$BENCH_DESK" --profile "$BENCH_PROFILE" 2>&1 \
             | grep "first rows painted" || true)
    [ -n "$line" ] || { echo "run $i: no rows were painted" >&2; exit 1; }
    painted=$(sed -n "s/.*painted at \([0-9]*\) ms.*/\1/p" <<<"$line")
    rss=$(sed -n "s/.*RSS \([0-9]*\) KiB.*/\1/p" <<<"$line")
    times+=($((painted - start)))
    echo "run $i: first rows painted $((painted - start)) ms after start, RSS $((rss / 1024)) MiB"
  done
  sorted=($(printf "%s\n" "${times[@]}" | sort -n))
  echo "median: ${sorted[$((BENCH_RUNS / 2))]} ms"
'
