#!/usr/bin/env bash
# Issue 9 "Faults": the client SIGKILLed at random moments while it syncs, sends
# its outbox and autosaves a draft, KILLS times (default 100), against the real
# pakn-server; the checks after each kill are tst_kill_client's (docs/RELIABILITY.md).
# Usage: bash scripts/kill-client.sh [KILLS] [SEED]   (after a debug build;
# PAKN_BUILD_DIR picks another build tree)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${PAKN_BUILD_DIR:-build/debug}
cmake --build "$build" --target tst_kill_client kill_client_driver pakn pakn-server >/dev/null
export PAKN_CLIENT_KILLS=${1:-100} QT_QPA_PLATFORM=offscreen
[ $# -ge 2 ] && export PAKN_KILL_SEED=$2
export PAKN_SERVER_BIN="$PWD/$build/server/pakn-server" PAKN_BIN="$PWD/$build/app/cli/pakn"
export QT_LOGGING_RULES="pakn.*.debug=false;pakn.*.info=false"
export QTEST_FUNCTION_TIMEOUT=3600000 # Qt Test stops a test function after 5 min otherwise
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share \
  "$build/tests/e2e/tst_kill_client"
