#!/usr/bin/env bash
# Seconds from start to "listening" for `pakn-server --demo-cases N` (the demo
# seeder's bulk load through the server's repositories, one transaction), on
# SQLite and on PostgreSQL, alternated so both see the same machine load.
# Usage: bash bench/demo_seed_backends.sh PAKN_SERVER_BIN POSTGRES_URL [N] [RUNS]
#   POSTGRES_URL names a cluster's maintenance database, e.g.
#   postgresql://postgres@127.0.0.1:5432/postgres; a database per run is made and dropped.
set -euo pipefail
bin=$1 cluster=$2 n=${3:-2000} runs=${4:-3}
base=${cluster%/*}
seconds() { # server arguments after --demo-cases
  local dir out start pid
  dir=$(mktemp -d)
  out="$dir/out"
  start=$(date +%s.%N)
  "$bin" --data "$dir" --listen 127.0.0.1:0 --demo-cases "$n" "$@" >"$out" 2>&1 &
  pid=$!
  until grep -q "listening on" "$out"; do
    kill -0 "$pid" 2>/dev/null || { cat "$out" >&2; exit 1; }
    sleep 0.1
  done
  echo "$(date +%s.%N) - $start" | bc
  kill "$pid"
  wait "$pid" || true
  rm -rf "$dir"
}
for run in $(seq "$runs"); do
  sqlite=$(seconds)
  db="pakn_bench_$$_$run"
  psql -q "$cluster" -c "CREATE DATABASE $db"
  postgres=$(seconds --database "$base/$db")
  psql -q "$cluster" -c "DROP DATABASE $db WITH (FORCE)"
  echo "run $run: sqlite ${sqlite}s postgresql ${postgres}s ratio $(echo "scale=2; $postgres / $sqlite" | bc)"
done
