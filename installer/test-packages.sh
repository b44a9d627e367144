#!/usr/bin/env bash
# The Debian packages in a clean Debian 12 root (issue 8): installed with apt (which resolves
# their dependencies), run, removed and purged; then the previous release (server and desk)
# installed with a populated database and a synced desk cache, and upgraded to these packages;
# then the root booted with systemd (systemd-nspawn) so that the real unit runs the server.
# Run before each release, as root:
#   bash installer/test-packages.sh [DEB_DIR]      (default build/release, after `cpack -G DEB`)
# Environment: PAKN_TEST_ROOT_CACHE (default /var/cache/pakn-test-root): the debootstrap'd root
# made once there and copied for each run; PAKN_TEST_BASE_ROOT: use this root as the base
# instead (it is only copied, never changed); PAKN_PREVIOUS_TAG (default v0.1.0); KEEP=1 keeps
# the run's root for a look afterwards; ONLY=upgrade skips the first part (install, remove, purge).
# Parts 1 and 2 run in a chroot, where systemd is not PID 1: the server is started from its
# unit's ExecStart line as the unit's user, as systemd would. Part 3 boots the root.
# Needs on this machine: debootstrap, systemd-container (systemd-nspawn), util-linux (nsenter),
# curl, sqlite3, openssl, python3, git, cmake, ninja and the build dependencies.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
debs=$(realpath "${1:-$repo/build/release}")
cache=${PAKN_TEST_ROOT_CACHE:-/var/cache/pakn-test-root}
previous=${PAKN_PREVIOUS_TAG:-v0.1.0}
[ "$(id -u)" -eq 0 ] || { echo "test-packages: run as root (debootstrap, chroot, mounts)" >&2; exit 2; }
# The host tools it needs, installed when missing (the build's own come from scripts/install-deps.sh).
missing=$(for p in debootstrap systemd-container util-linux curl sqlite3 openssl python3 git; do
  dpkg -s "$p" >/dev/null 2>&1 || echo "$p"; done)
if [ -n "$missing" ]; then
  apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing
fi
desk_deb=$(ls "$debs"/pakn-desk_*.deb | sort -V | tail -1)
server_deb=$(ls "$debs"/pakn-server_*.deb | sort -V | tail -1)
version=$(dpkg-deb -f "$server_deb" Version)
started=$(date +%s)
step() { echo "== $(($(date +%s) - started)) s: $*"; }
fail() { echo "test-packages: FAILED: $*" >&2; exit 1; }

# --- the clean root: debootstrap once, a copy per run ------------------------
base=${PAKN_TEST_BASE_ROOT:-$cache/bookworm}
if [ ! -x "$base/usr/bin/apt-get" ]; then
  step "debootstrap bookworm into $base (once, about 3 minutes)"
  mkdir -p "$cache"
  debootstrap --variant=minbase bookworm "$base.partial" http://deb.debian.org/debian
  mv "$base.partial" "$base"
fi
root=$(mktemp -d /var/tmp/pakn-test-root.XXXXXX)
server_pid=
nspawn_pid=
leader= # the booted root's PID 1 (part 3); empty while the root is a chroot
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  [ -n "$nspawn_pid" ] && { kill "$nspawn_pid" 2>/dev/null; wait "$nspawn_pid" 2>/dev/null; } || true
  unmount_chroot
  umount -l "$root/var/cache/apt/archives" 2>/dev/null || true
  if [ "${KEEP:-0}" = 1 ]; then echo "test-packages: root kept in $root"; else rm -rf "$root" "$root.boot.log"; fi
}
trap cleanup EXIT
mount_chroot() {
  mount -t proc proc "$root/proc"
  mount -t sysfs sys "$root/sys"
  mount --bind /dev "$root/dev"
  mount --bind /dev/pts "$root/dev/pts"
}
unmount_chroot() {
  for m in dev/pts dev sys proc; do umount -l "$root/$m" 2>/dev/null || true; done
}
step "copying the clean root $base"
cp -a "$base/." "$root/"
mount_chroot
cp /etc/resolv.conf "$root/etc/resolv.conf"
# The downloaded dependencies (Qt, about 60 MB) are kept between runs.
mkdir -p "$cache/archives/partial"
mount --bind "$cache/archives" "$root/var/cache/apt/archives"
mkdir -p "$root/tmp/debs"
# A command in the root: chrooted, or once it is booted (part 3) in its namespaces.
in_root() {
  if [ -n "$leader" ]; then
    nsenter -t "$leader" -a env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 HOME=/root "$@"
  else
    chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 HOME=/root "$@"
  fi
}
apt_in_root() { in_root env DEBIAN_FRONTEND=noninteractive apt-get -y -q -o Dpkg::Use-Pty=0 "$@"; }
step "apt-get update in the root"
apt_in_root update >/dev/null

# Every file of the root but the package manager's own state and caches.
snapshot() {
  (cd "$root" && find . -xdev \( -path ./proc -o -path ./sys -o -path ./dev -o -path ./tmp \
      -o -path ./var/cache -o -path ./var/lib/apt -o -path ./var/lib/dpkg -o -path ./var/log \
      -o -path ./run \) -prune -o -print | sort)
  # the accounts too: the package's user must go with a purge
  cut -d: -f1 "$root/etc/passwd" "$root/etc/group" | sed 's/^/account:/' | sort
}
# A free port on loopback: the chroot shares this machine's network.
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# Starts the installed server as its unit would (ExecStart, User) with `listen` on a free port.
# `listen` in the installed configuration on a free port.
listen_on_free_port() {
  port=$(free_port)
  sed -i "s/^listen = .*/listen = 127.0.0.1:$port/" "$root/etc/pakn/server.conf"
}
start_server() {
  listen_on_free_port
  local exec_start user
  exec_start=$(sed -n 's/^ExecStart=//p' "$root/lib/systemd/system/pakn-server.service")
  user=$(sed -n 's/^User=//p' "$root/lib/systemd/system/pakn-server.service")
  : >"$root/tmp/server.log"
  # shellcheck disable=SC2086
  chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 runuser -u "$user" -- $exec_start \
    >"$root/tmp/server.log" 2>&1 &
  server_pid=$!
  wait_for_listening
}
wait_for_listening() {
  for _ in $(seq 1 300); do
    grep -q "listening on https://" "$root/tmp/server.log" && return 0
    kill -0 "$server_pid" 2>/dev/null || { cat "$root/tmp/server.log" >&2; fail "the server exited"; }
    sleep 0.2
  done
  cat "$root/tmp/server.log" >&2
  fail "the server did not listen within 60 s"
}
stop_server() {
  kill "$server_pid"
  wait "$server_pid" || true
  server_pid=
}
# POST /api/v1/login; prints the HTTP status. The certificate is checked against the installed one.
login() {
  curl -sS -o "$root/tmp/login.json" -w '%{http_code}' --cacert "$root/var/lib/pakn/certificate.pem" \
    -H 'Content-Type: application/json' \
    --data "{\"login\": \"$1\", \"password\": \"$2\", \"client\": \"test-packages\"}" \
    "https://localhost:$port/api/v1/login"
}
sql() { sqlite3 -readonly "$root/var/lib/pakn/pakn-server.sqlite" "$1"; }
cases_digest() { sql "SELECT id || ':' || version FROM cases ORDER BY id" | sha256sum | cut -c1-16; }
fingerprint() { openssl x509 -in "$root/var/lib/pakn/certificate.pem" -noout -fingerprint -sha256 | cut -d= -f2; }
# A desk profile (/tmp/NAME in the root) logged in and synced with the installed `pakn`;
# arguments after the third go to `pakn login` (the root has no keychain: `--remember file`
# for a version that keeps the session in the system keychain).
desk_syncs() {
  in_root env PAKN_PASSWORD="$3" pakn --profile "$1" login "https://127.0.0.1:$port" \
    --user "$2" --fingerprint "$(fingerprint)" "${@:4}" >/dev/null || fail "pakn login as $2"
  in_root pakn --profile "$1" sync >/dev/null || fail "pakn sync"
}
# The installed desk opened on a profile (offscreen): StartupProbe reports when the first
# rows of its case table are painted.
desk_paints_rows() {
  in_root env QT_QPA_PLATFORM=offscreen PAKN_STARTUP_PROBE=exit timeout 120 \
    pakn-desk --profile "$1" 2>&1 | grep "first rows painted" ||
    fail "pakn-desk did not paint its case table from $1"
}
cache_sql() { sqlite3 -readonly "$root$1/cache.sqlite" "$2"; }

# --- 1. install, run, remove, purge -----------------------------------------
cp "$desk_deb" "$server_deb" "$root/tmp/debs/"
fresh_schema=
if [ "${ONLY:-}" != upgrade ]; then
before=$(snapshot)
step "apt-get install $(basename "$desk_deb") $(basename "$server_deb")"
apt_in_root install "/tmp/debs/$(basename "$desk_deb")" "/tmp/debs/$(basename "$server_deb")" \
  >"$root/tmp/install.log" 2>&1 || { cat "$root/tmp/install.log" >&2; fail "apt-get install"; }
password=$(sed -n "s/^pakn-server: the administrator's one-time password (shown only now): //p" \
  "$root/tmp/install.log")
grep -q "^pakn-server: certificate SHA-256 fingerprint [0-9A-F:]\{95\}$" "$root/tmp/install.log" ||
  fail "the install did not print the certificate's fingerprint"
[ -n "$password" ] || fail "the install did not print the administrator's one-time password"
[ "$(grep -c -F -- "$password" "$root/tmp/install.log")" -eq 1 ] || fail "the password was printed twice"
! grep -rqF -- "$password" "$root/etc" "$root/var/lib/pakn" || fail "the password is stored in a file"

step "--version of the three executables"
for binary in pakn-server pakn pakn-desk; do
  out=$(in_root env QT_QPA_PLATFORM=offscreen "$binary" --version)
  [ "$out" = "$binary $version" ] || fail "$binary --version says \"$out\", not \"$binary $version\""
done

step "files are where dpkg -L says"
for package in pakn-desk pakn-server; do
  in_root dpkg -L "$package" >"$root/tmp/$package.list"
  while read -r path; do
    [ -e "$root$path" ] || fail "$package lists $path, which is not there"
  done <"$root/tmp/$package.list"
done
for path in /usr/bin/pakn-desk /usr/bin/pakn /usr/bin/pakn-server /lib/systemd/system/pakn-server.service \
  /etc/pakn/server.conf /usr/share/applications/vn.pakn.Desk.desktop \
  /usr/share/metainfo/vn.pakn.Desk.metainfo.xml /usr/share/icons/hicolor/48x48/apps/vn.pakn.Desk.png \
  /usr/share/doc/pakn-server/examples/nginx/pakn.conf; do
  grep -qx "$path" "$root/tmp/pakn-desk.list" "$root/tmp/pakn-server.list" ||
    fail "no package installs $path"
done
# stat inside the root: its accounts are not this machine's
owner() { in_root stat -c %U:%G:%a "$1"; }
[ "$(owner /var/lib/pakn)" = pakn:pakn:700 ] || fail "/var/lib/pakn is $(owner /var/lib/pakn)"
[ "$(owner /etc/pakn/server.conf)" = root:pakn:640 ] || fail "server.conf is $(owner /etc/pakn/server.conf)"
[ "$(owner /var/lib/pakn/private-key.pem)" = pakn:pakn:600 ] || fail "the key is $(owner /var/lib/pakn/private-key.pem)"
[ -L "$root/etc/systemd/system/multi-user.target.wants/pakn-server.service" ] || fail "the service is not enabled"

step "the server from its unit and /etc/pakn/server.conf, a login"
start_server
status=$(login admin "$password")
[ "$status" = 200 ] || fail "login as admin answered $status: $(cat "$root/tmp/login.json")"
# The password is in apt's term.log: one-time, replaced at the first login (here by the CLI).
grep -q '"passwordChangeRequired": *true' "$root/tmp/login.json" ||
  fail "the one-time password did not ask for a change: $(cat "$root/tmp/login.json")"
in_root env PAKN_PASSWORD="$password" PAKN_NEW_PASSWORD='Ward-office-2026!' pakn --profile /tmp/admin-profile \
  login "https://127.0.0.1:$port" --user admin --fingerprint "$(fingerprint)" --remember none >/dev/null ||
  fail "pakn login did not replace the one-time password"
rm -rf "$root/tmp/admin-profile"
status=$(login admin "$password")
[ "$status" = 401 ] || fail "the one-time password still logs in after its change: $status"
status=$(login admin wrong-password)
[ "$status" = 401 ] || fail "a wrong password answered $status"
fresh_schema=$(sql "SELECT MAX(version) FROM schema_version")
stop_server

step "pakn-desk opens (offscreen) on a fresh profile"
set +e
in_root env QT_QPA_PLATFORM=offscreen timeout 5 pakn-desk --profile /tmp/fresh-profile \
  >"$root/tmp/desk.log" 2>&1
code=$?
set -e
# Still running after 5 s (its login window up) is what "opens" means without a session.
[ "$code" = 124 ] || { cat "$root/tmp/desk.log" >&2; fail "pakn-desk exited with $code"; }
rm -rf "$root/tmp/fresh-profile"

step "apt-get purge, then install again: the baseline with the dependencies but not the packages"
# The dependencies (Qt, systemd, dbus, …) leave their own traces when purged, so the removal is
# compared with the root that has them: purged once, checked for anything of ours, reinstalled.
apt_in_root purge pakn-desk pakn-server >/dev/null
with_dependencies=$(snapshot)
ours=$(comm -13 <(echo "$before") <(echo "$with_dependencies") | grep -i pakn || true)
[ -z "$ours" ] || fail "the first purge left: $ours"
apt_in_root install "/tmp/debs/$(basename "$desk_deb")" "/tmp/debs/$(basename "$server_deb")" \
  >"$root/tmp/install2.log" 2>&1 || { cat "$root/tmp/install2.log" >&2; fail "apt-get install (again)"; }
grep -q "one-time password" "$root/tmp/install2.log" || fail "an install after a purge is not a first install"

step "apt-get remove: only data and configuration stay"
apt_in_root remove pakn-desk pakn-server >/dev/null
after_remove=$(snapshot)
! comm -23 <(echo "$with_dependencies") <(echo "$after_remove") | grep . ||
  fail "the removal deleted files it did not install (above)"
left=$(comm -13 <(echo "$with_dependencies") <(echo "$after_remove"))
# As debhelper's scripts: the service's enablement goes with a purge (it is configuration).
unexpected=$(grep -v -E '^\./(etc/pakn|var/lib/pakn)(/|$)|^account:pakn$|^\./etc/systemd/system/(multi-user\.target\.wants/)?pakn-server\.service$|^\./var/lib/systemd/deb-systemd-helper-(enabled|masked)(/|$)|^\./etc/systemd/system(/multi-user\.target\.wants)?$|^\./var/lib/systemd$' <<<"$left" || true)
[ -z "$unexpected" ] || fail "after remove, more than data and configuration is left: $unexpected"
[ -f "$root/etc/pakn/server.conf" ] && [ -f "$root/var/lib/pakn/pakn-server.sqlite" ] ||
  fail "remove deleted the configuration or the data"
echo "left after remove: $(grep -c . <<<"$left") paths, all under /etc/pakn, /var/lib/pakn or the service's enablement"

step "purge (dpkg: apt no longer knows removed local packages): nothing left"
in_root dpkg --purge pakn-desk pakn-server >/dev/null
after_purge=$(snapshot)
diff <(echo "$with_dependencies") <(echo "$after_purge") >&2 || fail "the purge left these differences"
fi

# --- 2. upgrade from the previous release (server and desk) -------------------
source "$repo/installer/test-packages-upgrade.sh"
build_previous_release
install_previous_release
populate_previous_release
upgrade_packages
check_migrated_server
check_migrated_desk

# --- 3. booted: the real unit under systemd ---------------------------------
source "$repo/installer/test-packages-systemd.sh"
boot_root
check_unit_under_systemd
purge_under_systemd
shut_down_root

if [ "${ONLY:-}" = upgrade ]; then
  step "passed: upgrade from $previous, the unit under systemd ($(($(date +%s) - started)) s)"
else
  step "all passed: install, run, remove, purge, upgrade from $previous, the unit under systemd ($(($(date +%s) - started)) s)"
fi
