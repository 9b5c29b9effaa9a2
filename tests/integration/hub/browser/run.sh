#!/usr/bin/env bash
# The agent task in real headless Chromium (Debian's chromium, driven by playwright-core from npm):
# log in, close a service for today, see the new manifest version, whose signature `phare keys
# verify` then checks. Runs the real phare-hub on a free loopback port; always stops it.
#   run.sh PHARE_HUB PHARE_CLI SITE_DIR WORK_DIR
# Exit 77 (skipped) when chromium or npm is missing on this machine.
set -euo pipefail
hub_bin=$1 cli_bin=$2 site=$3 cache=$4
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

command -v chromium >/dev/null || { echo "SKIP: Debian's chromium is not installed"; exit 77; }
command -v npm >/dev/null || { echo "SKIP: npm is not installed"; exit 77; }

# playwright-core is installed once into the build tree, never into the source tree.
mkdir -p "$cache"
cp "$here/package.json" "$here/agent_task.mjs" "$cache/"
if [ ! -d "$cache/node_modules/playwright-core" ]; then
  (cd "$cache" && npm install --no-audit --no-fund --no-package-lock --loglevel=error >/dev/null) ||
    { echo "SKIP: npm could not install playwright-core"; exit 77; }
fi

work="$(mktemp -d)"
hub_pid=""
cleanup() {
  if [ -n "$hub_pid" ]; then kill "$hub_pid" 2>/dev/null || true; wait "$hub_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo 'un mot de passe assez long' | "$hub_bin" --data "$work/data" user add marie --role agent 2>/dev/null
: >"$work/hub.log"  # exists before the background job opens it, so the poll below can read it
"$hub_bin" --data "$work/data" --site "$site" --listen 127.0.0.1:0 2>"$work/hub.log" &
hub_pid=$!
port=""
for _ in $(seq 1 200); do
  port="$(sed -n 's|.*serving on http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$work/hub.log" || true)"
  [ -n "$port" ] && break
  sleep 0.05
done
[ -n "$port" ] || { cat "$work/hub.log"; echo "phare-hub did not start"; exit 1; }

# "localhost": Chromium accepts Secure cookies over plain HTTP only there.
(cd "$cache" && node agent_task.mjs "http://localhost:$port" "$work/manifest.json" "$cache")
"$cli_bin" keys verify "$work/manifest.json" --public-key "$(cat "$work/data/signing.key.pub")" | tee "$work/verify.txt"
grep -q "signature valid (site prefecture-44, version 2)" "$work/verify.txt"
