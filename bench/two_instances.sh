#!/usr/bin/env bash
# Issue 7, several instances: the load of tst_two_instances_pg, bigger, on a
# throwaway PostgreSQL cluster (scripts/test-postgres.sh), on two instances and,
# as the baseline in the same run, on one instance alone (PAKN_LOAD_ONE_INSTANCE=1),
# alternated. The test's own checks run each time (every desk ends with the
# server's state; no 5xx). Prints the test's figures line per run.
# Usage (from the repository, after building build/debug):
#   bash bench/two_instances.sh [ACTIONS] [IN_FLIGHT] [CASES] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
actions=${1:-10000} inflight=${2:-32} cases=${3:-1000} runs=${4:-2}
source scripts/test-postgres.sh
start_test_postgres >/dev/null
export PAKN_SERVER_BIN=$PWD/build/debug/server/pakn-server PAKN_TEST_BACKEND=postgresql
export PAKN_LOAD_ACTIONS=$actions PAKN_LOAD_IN_FLIGHT=$inflight PAKN_LOAD_CASES=$cases
for run in $(seq "$runs"); do
  for one in 0 1; do
    PAKN_LOAD_ONE_INSTANCE=$one build/debug/tests/e2e/tst_two_instances \
      everyDeskEndsWithTheServersCasesAndEveryEventOnce 2>&1 |
      grep -E "actions in|^FAIL|Totals" | sed "s/^/run $run: /"
  done
done
