#!/usr/bin/env bash
# A real nginx with TLS in front of the real phare-hub, configured from config/nginx/phare-hub.conf
# (only the ports and certificate paths change): manifests and the live channel pass through, and
# the hub's per-client limits see each client's own address -- not the proxy's, and not what a
# client claims in its own X-Forwarded-For.
#   run.sh PHARE_HUB SITE_DIR NGINX_CONF
set -euo pipefail
hub_bin=$1 site=$2 conf=$3

work="$(mktemp -d)"
hub_pid="" nginx_pid=""
cleanup() {
  [ -n "$nginx_pid" ] && { kill "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; }
  [ -n "$hub_pid" ] && { kill "$hub_pid" 2>/dev/null || true; wait "$hub_pid" 2>/dev/null || true; }
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAILED: $*"; cat "$work/hub.log" "$work/error.log" 2>/dev/null | tail -20; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# shellcheck source=../start_hub.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/../start_hub.sh"
hub_start "$hub_bin" "$site" --trusted-proxy 127.0.0.1
hub_port=$port

openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=localhost" -keyout "$work/hub.key" -out "$work/hub.pem" 2>/dev/null
tls_port="$(free_port)"
mkdir -p "$work/temp"
sed -e "s|server 127.0.0.1:8460;|server 127.0.0.1:$hub_port;|" \
    -e "s|listen 443 ssl;|listen 127.0.0.1:$tls_port ssl;|" \
    -e "s|/etc/ssl/certs/phare-hub.pem|$work/hub.pem|" \
    -e "s|/etc/ssl/private/phare-hub.key|$work/hub.key|" "$conf" >"$work/phare-hub.conf"
grep -q "127.0.0.1:$tls_port ssl" "$work/phare-hub.conf" || fail "the example configuration no longer has the expected listen line"
cat >"$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/error.log;
$( [ "$(id -u)" -eq 0 ] && echo "user root;" )
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path $work/temp/body;
  proxy_temp_path $work/temp/proxy;
  fastcgi_temp_path $work/temp/fastcgi;
  uwsgi_temp_path $work/temp/uwsgi;
  scgi_temp_path $work/temp/scgi;
  include $work/phare-hub.conf;
}
CONF
nginx -p "$work" -c "$work/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
base="https://localhost:$tls_port"
# Waits for nginx to answer (a loaded machine may take seconds), failing clearly if it never does.
up=""
for _ in $(seq 1 600); do
  curl -s --cacert "$work/hub.pem" -o /dev/null "$base/login" && { up=1; break; }
  kill -0 "$nginx_pid" 2>/dev/null || fail "nginx exited"
  sleep 0.1
done
[ -n "$up" ] || fail "nginx did not answer on port $tls_port within 60 s"

# 1. The manifest through TLS.
status="$(curl -s --cacert "$work/hub.pem" -o "$work/manifest.json" -w '%{http_code}' "$base/api/v1/sites/prefecture-44/manifest")"
[ "$status" = 200 ] || fail "manifest through nginx: HTTP $status"
grep -q '"signature"' "$work/manifest.json" || fail "the manifest through nginx is not a signed manifest"

# 2. Per-client log-in limits: ten attempts per minute and address. Client A (127.0.0.5) spends its
# budget, even while claiming to be someone else; client B (127.0.0.6), behind the same proxy, is not
# refused for it.
login() { # FROM [X-Forwarded-For]
  local jar="$work/jar-$1" extra=()
  [ -n "${2:-}" ] && extra=(-H "X-Forwarded-For: $2")
  local form csrf
  form="$(curl -s --interface "$1" --cacert "$work/hub.pem" -c "$jar" "$base/login")"
  csrf="$(sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p' <<<"$form" | head -1)"
  curl -s --interface "$1" --cacert "$work/hub.pem" -b "$jar" -o /dev/null -w '%{http_code}' "${extra[@]}" \
    --data-urlencode "csrf=$csrf" --data-urlencode "name=personne" --data-urlencode "password=pas le bon mot de passe" "$base/login"
}
limited=0
for i in $(seq 1 12); do
  [ "$(login 127.0.0.5 "198.51.100.$i")" = 429 ] && limited=$((limited + 1))
done
[ "$limited" -ge 2 ] || fail "client A was never limited ($limited of 12 refused): the hub does not see its address"
b="$(login 127.0.0.6)"
[ "$b" != 429 ] || fail "client B was refused for client A's attempts: the hub keys limits on the proxy"

# 3. The live channel's long-poll through the proxy.
token="$("$hub_bin" --data "$work/data" kiosk add hall 2>/dev/null)"
live="$(curl -s --cacert "$work/hub.pem" -H "Authorization: Bearer $token" "$base/api/v1/kiosks/hall/events?since=0&wait=1")"
grep -q '"next"' <<<"$live" || fail "live channel through nginx: $live"

echo "nginx in front of the hub: TLS, per-client limits and the live channel all work"
