# Sourced by the browser tests' scripts (run.sh, run_counter.sh): what every one of them needs
# before its task, so that none repeats it.

browser_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../start_hub.sh
source "$browser_dir/../start_hub.sh"

# browser_prepare CACHE TASK.mjs: exits 77 (skipped) when chromium or npm is missing; copies the task
# and its shared helpers into CACHE, where playwright-core is installed once -- never into the
# source tree.
browser_prepare() {
  local cache=$1 task=$2
  command -v chromium >/dev/null || { echo "SKIP: Debian's chromium is not installed"; exit 77; }
  command -v npm >/dev/null || { echo "SKIP: npm is not installed"; exit 77; }
  mkdir -p "$cache"
  cp "$browser_dir/package.json" "$browser_dir/browser.mjs" "$browser_dir/$task" "$cache/"
  if [ ! -d "$cache/node_modules/playwright-core" ]; then
    (cd "$cache" && npm install --no-audit --no-fund --no-package-lock --loglevel=error >/dev/null) ||
      { echo "SKIP: npm could not install playwright-core"; exit 77; }
  fi
}

# hub_workdir: a fresh $work (data in $work/data) that is removed, with the hub stopped, on exit.
hub_workdir() {
  work="$(mktemp -d)"
  hub_pid=""
  trap hub_cleanup EXIT
}
hub_cleanup() {
  if [ -n "$hub_pid" ]; then kill "$hub_pid" 2>/dev/null || true; wait "$hub_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
