#!/usr/bin/env bash
# Issue 9 "Faults": pakn-server SIGKILLed at random moments under a steady load
# of notes from several clients while desks sync, and restarted on its data,
# KILLS times (default 50); the checks are tst_kill_server's (docs/RELIABILITY.md).
# Usage: bash scripts/kill-server.sh [--pg] [KILLS] [SEED]   (after a debug build;
# --pg: on a throwaway PostgreSQL 15 cluster instead of SQLite)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${PAKN_BUILD_DIR:-build/debug}
if [ "${1:-}" = --pg ]; then
  shift
  source scripts/test-postgres.sh
  start_test_postgres
  export PAKN_TEST_BACKEND=postgresql
fi
cmake --build "$build" --target tst_kill_server pakn-server >/dev/null
export PAKN_SERVER_KILLS=${1:-50} QT_QPA_PLATFORM=offscreen
[ $# -ge 2 ] && export PAKN_KILL_SEED=$2
export PAKN_SERVER_BIN="$PWD/$build/server/pakn-server"
export QT_LOGGING_RULES="pakn.*.debug=false;pakn.*.info=false"
export QTEST_FUNCTION_TIMEOUT=3600000 # Qt Test stops a test function after 5 min otherwise
home=$(mktemp -d)
trap 'rm -rf "$home"; declare -F stop_test_postgres >/dev/null && stop_test_postgres' EXIT
HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share \
  "$build/tests/e2e/tst_kill_server"
