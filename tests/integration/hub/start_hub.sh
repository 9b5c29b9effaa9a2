# Sourced by the shell tests that need the real phare-hub (browser/, nginx/).

# hub_start PHARE_HUB SITE_DIR [HUB OPTION...]: the real phare-hub on a free loopback port, its
# data in $work/data and its log in $work/hub.log; sets $hub_pid and $port, or exits 1.
hub_start() {
  local hub_bin=$1 site=$2
  shift 2
  : >"$work/hub.log"  # exists before the background job opens it, so the poll below can read it
  "$hub_bin" --data "$work/data" --site "$site" --listen 127.0.0.1:0 "$@" 2>"$work/hub.log" &
  hub_pid=$!
  port=""
  for _ in $(seq 1 200); do
    port="$(sed -n 's|.*serving on http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$work/hub.log" || true)"
    [ -n "$port" ] && break
    sleep 0.05
  done
  [ -n "$port" ] || { cat "$work/hub.log"; echo "phare-hub did not start"; exit 1; }
}
