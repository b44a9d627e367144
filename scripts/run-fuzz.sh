#!/usr/bin/env bash
# Runs every fuzz target (tests/fuzz) for longer than the test suite does.
# Usage: bash scripts/run-fuzz.sh [seconds per target, default 600] [target …]
# New inputs collect in build/fuzz/tests/fuzz/corpus/<target>/ (kept between
# runs); a crash or timeout is written to build/fuzz/tests/fuzz/crash-<target>-*.
# Keep such an input as a seed in tests/fuzz/corpus/<target>/ once it is fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
cmake --preset fuzz -DPAKN_FUZZ_SECONDS="$seconds" >/dev/null
cmake --build --preset fuzz
if [ $# -gt 0 ]; then
  pattern="^fuzz_($(IFS='|'; echo "$*"))\$"
else
  pattern='^fuzz_'
fi
status=0
ctest --preset fuzz --parallel 2 --timeout $((seconds + 300)) -R "$pattern" || status=$?
# The next run of the test suite fuzzes for its usual while again.
cmake --preset fuzz -DPAKN_FUZZ_SECONDS=30 >/dev/null
exit "$status"
