#!/usr/bin/env bash
# The counter page (/agent/guichet) in real headless Chromium with JavaScript disabled: an agent
# opens a counter, calls, recalls, serves, marks absent and transfers tickets that visitors took at
# a kiosk, and the kiosk API must agree with what the page said. Real phare-hub on a free loopback
# port; always stopped.
#   run_counter.sh PHARE_HUB SITE_DIR WORK_DIR
# Exit 77 (skipped) when chromium or npm is missing on this machine.
set -euo pipefail
hub_bin=$1 site=$2 cache=$3
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

browser_prepare "$cache" counter_task.mjs
hub_workdir
echo 'un mot de passe assez long' | "$hub_bin" --data "$work/data" user add marie --role agent 2>/dev/null
kiosk_token="$("$hub_bin" --data "$work/data" kiosk add hall 2>/dev/null)"
hub_start "$hub_bin" "$site"

# "localhost": Chromium accepts Secure cookies over plain HTTP only there.
(cd "$cache" && node counter_task.mjs "http://localhost:$port" "$kiosk_token" "$cache")
