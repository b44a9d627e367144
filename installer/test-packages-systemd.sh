# shellcheck shell=bash disable=SC2154,SC2034 # the variables are test-packages.sh's
# Part 3 of installer/test-packages.sh (sourced): the root booted with systemd so that the real
# unit runs the server. Uses its helpers (in_root, apt_in_root, login, listen_on_free_port, ...).
# systemd-nspawn --boot runs the root's systemd as PID 1 in its own namespaces (same network as
# this machine, hence a free port); commands reach it with nsenter (no machined needed here).
boot_root() {
  step "booting the root (systemd-nspawn --boot)"
  apt_in_root install systemd >"$root/tmp/systemd.log" 2>&1 ||
    { cat "$root/tmp/systemd.log" >&2; fail "apt-get install systemd in the root"; }
  command -v systemd-nspawn >/dev/null || fail "systemd-nspawn is missing: apt-get install systemd-container"
  listen_on_free_port
  unmount_chroot
  # The booted root's /tmp is a new tmpfs: the package goes where it stays.
  mkdir -p "$root/root/debs" && cp "$server_deb" "$root/root/debs/"
  # --keep-unit --register=no: no systemd on this machine to make a scope or register a machine.
  systemd-nspawn --boot --quiet --register=no --keep-unit --console=passive \
    -D "$root" -M "pakn-test-$$" >"$root.boot.log" 2>&1 &
  nspawn_pid=$!
  # Its PID 1 once it is systemd, then until systemd says the boot is over (running, or
  # degraded if some unit of the minimal root failed).
  local state=
  for _ in $(seq 1 600); do
    kill -0 "$nspawn_pid" 2>/dev/null || { cat "$root.boot.log" >&2; fail "systemd-nspawn exited"; }
    leader=$(pgrep -P "$nspawn_pid" | head -1 || true)
    if [ -n "$leader" ] && [ "$(cat "/proc/$leader/comm" 2>/dev/null)" = systemd ]; then
      state=$(nsenter -t "$leader" -a systemctl is-system-running 2>/dev/null || true)
      case $state in running | degraded) break ;; esac
    fi
    sleep 0.2
  done
  case $state in
    running | degraded) echo "the root's systemd is $state" ;;
    *) leader= && cat "$root.boot.log" >&2 && fail "the root did not boot within 120 s: \"$state\"" ;;
  esac
}
# systemd started the enabled unit (or restarted it): active, and a login answers.
wait_for_unit() {
  for _ in $(seq 1 300); do
    if in_root systemctl is-active --quiet pakn-server && [ "$(login officer demo 2>/dev/null)" = 200 ]; then
      return 0
    fi
    sleep 0.2
  done
  in_root systemctl status --no-pager pakn-server >&2 || true
  in_root journalctl -u pakn-server --no-pager -n 30 >&2 || true
  fail "pakn-server is not active and answering a login under systemd"
}
main_pid() { in_root systemctl show -p MainPID --value pakn-server; }
# The unit's sandbox is really there: its user, no new privileges, a seccomp filter.
check_hardening() {
  local pid status
  pid=$(main_pid)
  status=$(in_root cat "/proc/$pid/status")
  [ "$(in_root stat -c %U "/proc/$pid")" = pakn ] || fail "the server does not run as pakn"
  grep -q "^NoNewPrivs:[[:space:]]*1$" <<<"$status" || fail "NoNewPrivileges is not applied"
  grep -q "^Seccomp:[[:space:]]*2$" <<<"$status" || fail "no system call filter"
  [ "$(in_root systemctl show -p ProtectSystem --value pakn-server)" = strict ] || fail "ProtectSystem is not strict"
}
# Staff intake (POST /api/v1/cases): the server's regular expressions (the phone's shape) run.
intake_answers() {
  local token status
  [ "$(login officer demo)" = 200 ] || fail "login as officer"
  token=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["token"])' "$root/tmp/login.json")
  status=$(curl -sS -o "$root/tmp/intake.json" -w '%{http_code}' --cacert "$root/var/lib/pakn/certificate.pem" \
    -H 'Content-Type: application/json' -H "Authorization: Bearer $token" \
    --data "{\"key\": \"test-packages-$1\", \"channel\": \"hotline\", \"description\": \"Đèn đường hỏng\", \"reporterPhone\": \"0912 345 678\"}" \
    "https://localhost:$port/api/v1/cases")
  [ "$status" = 201 ] || fail "intake answered $status: $(cat "$root/tmp/intake.json")"
  status=$(curl -sS -o "$root/tmp/intake.json" -w '%{http_code}' --cacert "$root/var/lib/pakn/certificate.pem" \
    -H 'Content-Type: application/json' -H "Authorization: Bearer $token" \
    --data "{\"key\": \"test-packages-$1-bad\", \"channel\": \"hotline\", \"description\": \"Đèn đường hỏng\", \"reporterPhone\": \"abc-12\"}" \
    "https://localhost:$port/api/v1/cases")
  grep -q '"field":"reporterPhone"' "$root/tmp/intake.json" || fail "a bad phone answered $status: $(cat "$root/tmp/intake.json")"
}
check_unit_under_systemd() {
  step "systemd started pakn-server from its unit: active, a login, an intake, its sandbox"
  wait_for_unit
  check_hardening
  intake_answers boot
  step "apt-get install --reinstall (the postinst's upgrade path) restarts it"
  local before
  before=$(main_pid)
  apt_in_root install --reinstall "/root/debs/$(basename "$server_deb")" >"$root/tmp/reinstall.log" 2>&1 ||
    { cat "$root/tmp/reinstall.log" >&2; fail "apt-get install --reinstall"; }
  wait_for_unit
  [ "$(main_pid)" != "$before" ] || fail "the upgrade did not restart the server"
  step "systemctl restart pakn-server"
  before=$(main_pid)
  in_root systemctl restart pakn-server
  wait_for_unit
  [ "$(main_pid)" != "$before" ] || fail "systemctl restart did not restart the server"
  intake_answers restart
  local started
  started=$(in_root journalctl -u pakn-server --no-pager -o cat | grep -c "listening on https://" || true)
  echo "journalctl -u pakn-server: $started starts logged"
  [ "$started" -ge 3 ] || fail "journalctl -u pakn-server shows $started starts, not 3"
}
purge_under_systemd() {
  step "apt-get purge under systemd: the service stops, its files go"
  apt_in_root purge pakn-desk pakn-server >/dev/null
  ! in_root systemctl is-active --quiet pakn-server || fail "pakn-server still runs after the purge"
  [ ! -e "$root/var/lib/pakn" ] && [ ! -e "$root/etc/pakn" ] || fail "the purge left /var/lib/pakn or /etc/pakn"
}
shut_down_root() {
  kill "$nspawn_pid" # systemd-nspawn asks the root's systemd to power off
  wait "$nspawn_pid" || true
  nspawn_pid=
  leader=
}
