#!/usr/bin/env bash
# Installs what is missing, builds everything and runs the whole test suite.
# Usage (as root on Debian 12, from the repository): bash scripts/run-tests.sh
set -euo pipefail
cd "$(dirname "$0")/.."
# ccache (when installed) may reuse objects across clones of the repository.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
bash scripts/install-deps.sh
cmake --preset debug >/dev/null
cmake --build --preset debug
# The server tests' "_pg" copies run on a throwaway PostgreSQL cluster.
source scripts/test-postgres.sh
start_test_postgres
ctest --preset debug --parallel 2 --timeout 600
