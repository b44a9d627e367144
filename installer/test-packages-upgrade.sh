# shellcheck shell=bash disable=SC2154,SC2034 # the variables are test-packages.sh's
# Part 2 of installer/test-packages.sh (sourced): the previous release (server and desk) with a
# populated database and a synced desk cache, upgraded to these packages. Uses its helpers
# (in_root, apt_in_root, start_server, login, sql, desk_syncs, desk_paints_rows, ...).
old_build=$cache/previous-$previous
old_version=${previous#v}
# The tag's source (git archive), its server, desk and CLI built once and then cached; an
# interrupted build goes on where it stopped.
build_previous_release() {
  step "$previous's pakn-server, pakn-desk and pakn (built once, then cached)"
  if [ ! -f "$old_build/CMakeLists.txt" ]; then
    mkdir -p "$old_build"
    git -C "$repo" archive "$previous" | tar -x -C "$old_build"
  fi
  (cd "$old_build" && export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=1 &&
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Debug -DPAKN_BUILD_GUI=ON -DPAKN_BUILD_TESTS=OFF >/dev/null &&
    nice -n 10 cmake --build build -j2 --target pakn-server pakn-desk pakn >/dev/null)
}
# The previous release had no packaging: its binaries go into this package's layout (same unit,
# configuration and scripts) as version $old_version. Arguments: the current package, then the
# previous build's binaries (paths under its build directory).
previous_package() {
  local deb=$1 name tree
  shift
  name=$(dpkg-deb -f "$deb" Package)
  tree=$root/tmp/old-$name
  rm -rf "$tree" && dpkg-deb -R "$deb" "$tree"
  for binary in "$@"; do
    install -m 755 "$old_build/build/$binary" "$tree/usr/bin/${binary##*/}"
    strip "$tree/usr/bin/${binary##*/}"
  done
  sed -i "s/^Version: .*/Version: $old_version/" "$tree/DEBIAN/control"
  # Without first-install steps, which its admin command could not do (no top unit without a parent).
  [ ! -f "$tree/DEBIAN/postinst" ] ||
    sed -i 's/^        first_install$/        : # no first-install steps in this release/' "$tree/DEBIAN/postinst"
  (cd "$tree" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | xargs -0 md5sum >DEBIAN/md5sums)
  dpkg-deb --root-owner-group -b "$tree" "$root/tmp/debs/${name}_${old_version}_old.deb" >/dev/null
}
install_previous_release() {
  step "the previous release's packages ($old_version) from its binaries"
  previous_package "$server_deb" server/pakn-server
  previous_package "$desk_deb" app/desk/pakn-desk app/cli/pakn
  apt_in_root install "/tmp/debs/pakn-server_${old_version}_old.deb" "/tmp/debs/pakn-desk_${old_version}_old.deb" \
    >"$root/tmp/install-old.log" 2>&1 || { cat "$root/tmp/install-old.log" >&2; fail "apt-get install $old_version"; }
  # (v0.1.0's pakn had no --version)
  for binary in pakn-server pakn-desk; do
    [ "$(in_root env QT_QPA_PLATFORM=offscreen "$binary" --version)" = "$binary $old_version" ] ||
      fail "the old $binary is not $old_version"
  done
}
# The previous server in demo mode (300 cases), and the previous desk's cache synced from it.
populate_previous_release() {
  step "populating the previous release's database (demo mode, 300 cases) and a desk's cache"
  port=$(free_port)
  chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 runuser -u pakn -- /usr/bin/pakn-server \
    --data /var/lib/pakn --demo-cases 300 --listen "127.0.0.1:$port" >"$root/tmp/server.log" 2>&1 &
  server_pid=$!
  wait_for_listening
  status=$(login officer demo)
  [ "$status" = 200 ] || fail "login to the previous release answered $status"
  desk_syncs /tmp/old-profile officer demo
  desk_paints_rows /tmp/old-profile
  stop_server
  old_schema=$(sql "SELECT MAX(version) FROM schema_version")
  old_count=$(sql "SELECT COUNT(*) FROM cases")
  old_digest=$(cases_digest)
  [ "$old_count" -gt 0 ] || fail "the previous release's database has no cases"
  old_cache_schema=$(cache_sql /tmp/old-profile "SELECT MAX(version) FROM schema_version")
  old_cache_count=$(cache_sql /tmp/old-profile "SELECT COUNT(*) FROM cases")
  [ "$old_cache_count" -gt 0 ] || fail "the previous desk's cache has no cases"
}
upgrade_packages() {
  step "upgrading to $version"
  apt_in_root install "/tmp/debs/$(basename "$desk_deb")" "/tmp/debs/$(basename "$server_deb")" \
    >"$root/tmp/upgrade.log" 2>&1 || { cat "$root/tmp/upgrade.log" >&2; fail "apt-get install (upgrade)"; }
  ! grep -q "one-time password" "$root/tmp/upgrade.log" || fail "the upgrade made another administrator"
  for binary in pakn-server pakn-desk pakn; do
    [ "$(in_root env QT_QPA_PLATFORM=offscreen "$binary" --version)" = "$binary $version" ] ||
      fail "$binary was not upgraded"
  done
}
# The upgraded server migrated its database without losing or changing a case.
check_migrated_server() {
  step "the upgraded server: login, its migrated database"
  start_server
  status=$(login officer demo)
  [ "$status" = 200 ] || fail "login after the upgrade answered $status"
  new_schema=$(sql "SELECT MAX(version) FROM schema_version")
  new_count=$(sql "SELECT COUNT(*) FROM cases")
  new_digest=$(cases_digest)
  echo "server schema $old_schema -> $new_schema (a fresh $version database: ${fresh_schema:-not made with ONLY=upgrade});" \
    "cases $old_count -> $new_count; ids:versions digest $old_digest -> $new_digest"
  [ "$new_schema" -ge "$old_schema" ] || fail "the schema went back from $old_schema to $new_schema"
  [ -z "$fresh_schema" ] || [ "$new_schema" = "$fresh_schema" ] ||
    fail "the upgraded database is at schema $new_schema, not $fresh_schema"
  [ "$new_count" = "$old_count" ] && [ "$new_digest" = "$old_digest" ] || fail "cases were lost or changed"
}
# The new desk opens the previous desk's cache (migrating it) and paints it; its schema is the
# one a fresh profile of the new desk gets.
check_migrated_desk() {
  step "the new desk on the previous desk's cache: first rows painted, migrated, no case lost"
  desk_paints_rows /tmp/old-profile
  desk_syncs /tmp/new-profile officer demo --remember file
  desk_paints_rows /tmp/new-profile
  local migrated count current
  migrated=$(cache_sql /tmp/old-profile "SELECT MAX(version) FROM schema_version")
  count=$(cache_sql /tmp/old-profile "SELECT COUNT(*) FROM cases")
  current=$(cache_sql /tmp/new-profile "SELECT MAX(version) FROM schema_version")
  echo "desk cache schema $old_cache_schema -> $migrated (a fresh $version profile: $current);" \
    "cases $old_cache_count -> $count"
  [ "$migrated" = "$current" ] || fail "the migrated cache is at schema $migrated, not $current"
  [ "$migrated" -gt "$old_cache_schema" ] || fail "the cache schema did not change from $old_cache_schema"
  [ "$count" = "$old_cache_count" ] || fail "the desk's cache had $old_cache_count cases, now $count"
  stop_server
}
