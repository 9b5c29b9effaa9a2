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
  # Up to 60 s: a loaded machine can be slow to start it; a hub that exits stops the wait at once.
  for _ in $(seq 1 600); do
    port="$(sed -n 's|.*serving on http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$work/hub.log" || true)"
    [ -n "$port" ] && break
    kill -0 "$hub_pid" 2>/dev/null || break
    sleep 0.1
  done
  [ -n "$port" ] || { cat "$work/hub.log"; echo "phare-hub did not start"; exit 1; }
}
