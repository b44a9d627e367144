# Sourced by scripts/run-tests.sh: a throwaway PostgreSQL 15 cluster for the
# server tests' "_pg" copies. Debian's initdb and pg_ctl in a temporary
# directory, listening on 127.0.0.1 only at a free port, trust authentication
# (nothing else can reach it); as root they run as the postgres system user,
# since initdb refuses root. Stopped and removed on exit.
pg_test_bin=/usr/lib/postgresql/15/bin
pg_test_dir=""
pg_test_as=()

stop_test_postgres() {
  if [ -n "$pg_test_dir" ]; then
    "${pg_test_as[@]}" "$pg_test_bin/pg_ctl" -D "$pg_test_dir/data" -m immediate stop \
      >/dev/null 2>&1 || true
    rm -rf "$pg_test_dir"
    pg_test_dir=""
  fi
}

start_test_postgres() {
  pg_test_dir=$(mktemp -d "${TMPDIR:-/tmp}/pakn-postgres.XXXXXX")
  trap stop_test_postgres EXIT
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$pg_test_dir"
    pg_test_as=(runuser -u postgres --)
  fi
  local port
  for port in $(seq 55432 55632); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || break
  done
  "${pg_test_as[@]}" "$pg_test_bin/initdb" -D "$pg_test_dir/data" -U postgres -A trust -E UTF8 \
    --no-sync >"$pg_test_dir/initdb.log"
  # fsync off: the cluster is thrown away; the tests check behaviour, not durability.
  "${pg_test_as[@]}" "$pg_test_bin/pg_ctl" -D "$pg_test_dir/data" -l "$pg_test_dir/server.log" -w \
    -o "-h 127.0.0.1 -p $port -k $pg_test_dir -c fsync=off -c max_connections=300" start >/dev/null
  export PAKN_TEST_POSTGRES="postgresql://postgres@127.0.0.1:$port/postgres"
  echo "run-tests: PostgreSQL test cluster at $PAKN_TEST_POSTGRES"
}
