#!/usr/bin/env bash
# The server on SQLite and on PostgreSQL under the same load (issue 7): runs
# bench/server_vs_nginx.sh once on each, one after the other, each beside its
# own nginx baseline, and prints both results' ratios side by side.
# Usage: bash bench/server_backends.sh BUILD_DIR POSTGRES_URL [CASES] [SECONDS] [CONNECTIONS]
#   POSTGRES_URL names a cluster's maintenance database, e.g.
#   postgresql://postgres@127.0.0.1:5432/postgres; a fresh database is made for
#   the run and dropped afterwards. For a fair comparison the cluster keeps
#   PostgreSQL's default durability (fsync on), as SQLite runs synchronous=FULL.
set -euo pipefail
build=$1 cluster=$2 cases=${3:-20000} seconds=${4:-10} connections=${5:-4}
here=$(dirname "$(realpath "$0")")
db="pakn_bench_$$"
psql -q "$cluster" -c "CREATE DATABASE $db"

out=$(mktemp -d)
trap 'rm -rf "$out"; psql -q "$cluster" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"' EXIT
echo "### SQLite"
bash "$here/server_vs_nginx.sh" "$build" "$cases" "$seconds" "$connections" | tee "$out/sqlite"
echo "### PostgreSQL"
PAKN_DATABASE="${cluster%/*}/$db" bash "$here/server_vs_nginx.sh" "$build" "$cases" "$seconds" \
  "$connections" | tee "$out/postgresql"
echo "### side by side"
for what in feed 'case detail' 'note action'; do
  for backend in sqlite postgresql; do
    printf '%-11s %s\n' "$backend:" "$(grep "^$what:" "$out/$backend")"
  done
done
