#!/usr/bin/env bash
# The frame-cost check CI runs: instructions per frame now (frame_counts.sh) against the committed
# figures (frame_counts.json). Prints both for every scenario; fails naming each scenario that
# grew by more than the threshold, or that one side lacks. See docs/benchmarks.md.
# Usage: tools/bench/check_frame_counts.sh [--threshold PCT] [--current FILE] [BUILD_DIR]
#   --threshold PCT  growth allowed, in percent (default 10)
#   --current FILE   compare this output of frame_counts.sh instead of measuring now
#   BUILD_DIR        default: $PHARE_BUILD_DIR, else build
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
usage() { sed -n 's/^# \{0,1\}//; 5,8p' "${BASH_SOURCE[0]}"; }

threshold=10
current=""
build_dir="${PHARE_BUILD_DIR:-build}"
while [ $# -gt 0 ]; do
  case "$1" in
    --threshold) [ $# -ge 2 ] || { usage >&2; exit 2; }; threshold="$2"; shift 2 ;;
    --current) [ $# -ge 2 ] || { usage >&2; exit 2; }; current="$2"; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    -*) usage >&2; exit 2 ;;
    *) build_dir="$1"; shift ;;
  esac
done

if [ -z "$current" ]; then
  current="$(mktemp)"
  trap 'rm -f "$current"' EXIT
  "$here/frame_counts.sh" "$build_dir" >"$current"
fi

python3 - "$here/frame_counts.json" "$current" "$threshold" <<'PY'
import json
import sys

committed_path, current_path, threshold_text = sys.argv[1:4]
try:
    threshold = float(threshold_text)
except ValueError:
    print(f"check_frame_counts.sh: --threshold takes a number of percent, not {threshold_text!r}", file=sys.stderr)
    sys.exit(2)
with open(committed_path) as f:
    committed = json.load(f)
with open(current_path) as f:
    current = json.load(f)

names = list(committed) + [name for name in current if name not in committed]
grown, missing = [], []
print(f"{'scenario':<26} {'committed':>12} {'now':>12} {'change':>9}")
for name in names:
    before, now = committed.get(name), current.get(name)
    if before is None or now is None:
        missing.append(f"{name} ({'not in frame_counts.json' if before is None else 'not measured now'})")
        change = "missing"
    else:
        percent = 100.0 * (now - before) / before if before else float("inf")
        change = f"{percent:+.1f} %"
        if percent > threshold:
            grown.append(f"{name} ({change})")
    cell = lambda count: "-" if count is None else f"{count:,}"
    print(f"{name:<26} {cell(before):>12} {cell(now):>12} {change:>9}")

for name in missing:
    print(f"FAIL missing scenario: {name}", file=sys.stderr)
for name in grown:
    print(f"FAIL more than {threshold:g} % more instructions per frame: {name}", file=sys.stderr)
if missing or grown:
    print("If the change is intended, update tools/bench/frame_counts.json (docs/benchmarks.md, "
          "\"Frame cost (callgrind)\").", file=sys.stderr)
    sys.exit(1)
PY
