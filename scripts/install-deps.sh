#!/usr/bin/env bash
# Installs every Debian 12 package PAKN Desk needs to build, test and run.
# Safe to run again: apt-get skips what is already there.
set -euo pipefail
packages=(
  cmake ninja-build g++ ccache pkg-config git ca-certificates openssl
  # the libFuzzer targets (tests/fuzz, the "fuzz" preset): clang and its fuzzer runtime
  clang libclang-rt-14-dev
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-charts-dev libqt6opengl6-dev qtkeychain-qt6-dev
  # the session token in the system keychain: libsecret (qtkeychain loads it at run time);
  # tst_keychain starts gnome-keyring's Secret Service in a private D-Bus session and reads it
  # with secret-tool
  libsecret-1-0 gnome-keyring libsecret-tools dbus-daemon
  qt6-image-formats-plugins
  libqt6sql6-sqlite libgl-dev libsqlite3-dev
  # the server on PostgreSQL (--database): Qt's driver, and the cluster the tests start
  libqt6sql6-psql postgresql
  xvfb xauth imagemagick fonts-noto-core
  # reports: the Excel writer; pdftotext, pdffonts and unzip for their tests (fonts-noto-core
  # above has Noto Serif, the PDF report's typeface with Vietnamese)
  libxlsxwriter-dev poppler-utils unzip
  # a feed page's cases as the server sent them (app/net/FeedCaseBytes)
  libsimdjson-dev
  wrk jq curl
  # the nginx front's end-to-end test and the server benchmarks' baseline (installer/nginx/)
  nginx
  # the Debian packages (installer/): icons drawn from the SVG, their checks, the clean-root test
  librsvg2-bin lintian appstream desktop-file-utils debootstrap
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: missing packages: ${missing[*]}; run as root (or with sudo)." >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
