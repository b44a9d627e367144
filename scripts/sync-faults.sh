#!/usr/bin/env bash
# Issue 9 "Faults": tst_sync_faults RUNS times (default 10), each with its own
# seed (SEED, SEED+1, ...; default: the time), and the faults each run caused
# (docs/RELIABILITY.md). Usage: bash scripts/sync-faults.sh [RUNS] [SEED]
# (after a debug build; PAKN_BUILD_DIR picks another build tree)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${PAKN_BUILD_DIR:-build/debug}
cmake --build "$build" --target tst_sync_faults pakn-server pakn >/dev/null
runs=${1:-10}
seed=${2:-$(date +%s)}
export QT_QPA_PLATFORM=offscreen PAKN_SERVER_BIN="$PWD/$build/server/pakn-server" PAKN_BIN="$PWD/$build/app/cli/pakn"
export QT_LOGGING_RULES="pakn.*.debug=false;pakn.*.info=false"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
failed=0
for ((i = 0; i < runs; i++)); do
  if HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share \
    PAKN_FAULT_SEED=$((seed + i)) "$build/tests/e2e/tst_sync_faults" >"$home/run.log" 2>&1; then
    echo "run $((i + 1)) seed $((seed + i)): pass; $(grep -o 'faults caused: .*' "$home/run.log");" \
      "$(grep -o '[0-9]* rounds failed and said so.*' "$home/run.log")"
  else
    failed=$((failed + 1))
    echo "run $((i + 1)) seed $((seed + i)): FAIL"
    grep -E 'FAIL!|Loc:' "$home/run.log" || true
  fi
done
echo "$runs runs, $failed failed"
[ "$failed" -eq 0 ]
