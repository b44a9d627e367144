#!/usr/bin/env bash
# Installs what is missing, builds everything and runs the whole test suite,
# then the fuzz targets (tests/fuzz) for a short while each.
# Usage (as root on Debian 12, from the repository): bash scripts/run-tests.sh
set -euo pipefail
cd "$(dirname "$0")/.."
# ccache (when installed) may reuse objects across clones of the repository.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
bash scripts/install-deps.sh
cmake --preset debug >/dev/null
cmake --build --preset debug
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
# The fuzz_<name> tests first (PAKN_FUZZ_SECONDS each), so the suite's summary comes last.
fuzz=0
ctest --preset fuzz --parallel 2 || fuzz=$?
# The server tests' "_pg" copies run on a throwaway PostgreSQL cluster.
source scripts/test-postgres.sh
start_test_postgres
ctest --preset debug --parallel 2 --timeout 600
if [ "$fuzz" -ne 0 ]; then
  echo "run-tests: a fuzz target failed (see its fuzz_<name> output above)" >&2
  exit "$fuzz"
fi
