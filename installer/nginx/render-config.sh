#!/usr/bin/env bash
# Writes pakn.conf (next to this script) with its @NAME@ placeholders filled.
# Usage: render-config.sh OUT PUBLIC_PORT SERVER_NAME CERTIFICATE PRIVATE_KEY \
#                         UPSTREAM_CERTIFICATES INSTANCE...
#   CERTIFICATE, PRIVATE_KEY: what the clients see (PEM files)
#   UPSTREAM_CERTIFICATES: the instances' certificate.pem files concatenated
#   INSTANCE: ADDRESS:PORT an instance listens on (pakn-server --listen), e.g. 127.0.0.1:8443
# Example: render-config.sh /etc/nginx/conf.d/pakn.conf 443 pakn.example.vn \
#   /etc/ssl/pakn.pem /etc/ssl/private/pakn.key /etc/pakn/instances.pem 127.0.0.1:8443 127.0.0.1:8444
set -euo pipefail
if [ $# -lt 7 ]; then
  sed -n '2,10p' "$0" >&2
  exit 2
fi
out=$1 port=$2 name=$3 cert=$4 key=$5 upstreamCerts=$6
shift 6
servers=
for instance in "$@"; do
  # An instance failing 3 times within 10 s is left alone for 10 s.
  servers+="server $instance max_fails=3 fail_timeout=10s;"$'\n    '
done
template="$(dirname "$(realpath "$0")")/pakn.conf"
awk -v port="$port" -v name="$name" -v cert="$cert" -v key="$key" \
    -v upstreamCerts="$upstreamCerts" -v servers="${servers%$'\n    '}" '
  { gsub(/@PUBLIC_PORT@/, port); gsub(/@SERVER_NAME@/, name); gsub(/@CERTIFICATE@/, cert);
    gsub(/@PRIVATE_KEY@/, key); gsub(/@UPSTREAM_CERTIFICATES@/, upstreamCerts);
    gsub(/@UPSTREAM_SERVERS@/, servers); print }' "$template" >"$out"
