#!/usr/bin/env bash
# The agent task in real headless Chromium (Debian's chromium, driven by playwright-core from npm):
# log in, close a service for today, see the new manifest version, whose signature `phare keys
# verify` then checks. Runs the real phare-hub on a free loopback port; always stops it.
#   run.sh PHARE_HUB PHARE_CLI SITE_DIR WORK_DIR
# Exit 77 (skipped) when chromium or npm is missing on this machine.
set -euo pipefail
hub_bin=$1 cli_bin=$2 site=$3 cache=$4
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

browser_prepare "$cache" agent_task.mjs
hub_workdir
echo 'un mot de passe assez long' | "$hub_bin" --data "$work/data" user add marie --role agent 2>/dev/null
hub_start "$hub_bin" "$site"

# "localhost": Chromium accepts Secure cookies over plain HTTP only there.
(cd "$cache" && node agent_task.mjs "http://localhost:$port" "$work/manifest.json" "$cache")
"$cli_bin" keys verify "$work/manifest.json" --public-key "$(cat "$work/data/signing.key.pub")" | tee "$work/verify.txt"
grep -q "signature valid (site prefecture-44, version 2)" "$work/verify.txt"
