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
    # From /: the caller's directory may be closed to the postgres user.
    pg_test_as=(runuser -u postgres -- env --chdir=/)
  fi
  "${pg_test_as[@]}" "$pg_test_bin/initdb" -D "$pg_test_dir/data" -U postgres -A trust -E UTF8 \
    --no-sync >"$pg_test_dir/initdb.log"
  # A free port (nothing answers on it); tried again on another one if the
  # server still cannot start there, with its log shown each time.
  local port=55431 attempt
  for attempt in 1 2 3; do
    for port in $(seq $((port + 1)) 55632); do
      (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || break
    done
    # fsync off: the cluster is thrown away; the tests check behaviour, not durability.
    if "${pg_test_as[@]}" "$pg_test_bin/pg_ctl" -D "$pg_test_dir/data" -l "$pg_test_dir/server.log" \
      -w -o "-h 127.0.0.1 -p $port -k $pg_test_dir -c fsync=off -c max_connections=300" start \
      >/dev/null; then
      break
    fi
    echo "run-tests: PostgreSQL did not start on port $port (attempt $attempt); its log:" >&2
    tail -n 20 "$pg_test_dir/server.log" >&2 || true
    "${pg_test_as[@]}" "$pg_test_bin/pg_ctl" -D "$pg_test_dir/data" -m immediate stop \
      >/dev/null 2>&1 || true
    [ "$attempt" -lt 3 ] || return 1
  done
  export PAKN_TEST_POSTGRES="postgresql://postgres@127.0.0.1:$port/postgres"
  echo "run-tests: PostgreSQL test cluster at $PAKN_TEST_POSTGRES"
}
