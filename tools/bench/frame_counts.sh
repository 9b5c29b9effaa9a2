#!/usr/bin/env bash
# Instructions per frame under callgrind, one figure per scenario of phare-bench-frame, as JSON:
#   {"fr-standard full-redraw": 6628873, ...}
# Usage: tools/bench/frame_counts.sh [BUILD_DIR]   (default: $PHARE_BUILD_DIR, else build)
# See docs/benchmarks.md, "Frame cost (callgrind)".
set -euo pipefail

build_dir="${1:-${PHARE_BUILD_DIR:-build}}"
bench="$build_dir/bin/phare-bench-frame"
[ -x "$bench" ] || { echo "frame_counts.sh: no $bench (build the phare-bench-frame target)" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "frame_counts.sh: valgrind is not installed (tools/dev deps)" >&2; exit 2; }

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

# Collection stays on from the start: the bench zeroes the statistics right before each measured
# region and dumps them right after, so a dump holds that region alone. (With
# --collect-atstart=no those client requests dump zeros unless the program also toggles
# collection; counts are the same either way, and the whole run takes seconds.)
# A fixed, minimal environment: the heap layout, and with it a few hundred instructions of
# malloc and memcpy per frame, shifts with the size of the environment.
if ! env -i PATH="$PATH" LANG=C.UTF-8 valgrind --tool=callgrind --callgrind-out-file="$out/callgrind.out.%p" \
    "$bench" --runs 1 >"$out/bench.log" 2>&1; then
  cat "$out/bench.log" >&2
  echo "frame_counts.sh: phare-bench-frame failed under valgrind" >&2
  exit 1
fi

# Each dump names its region ("desc: Trigger: Client Request: <name>") and sums its instructions
# ("summary: <Ir>"); the dump at program termination is not a region. Dumps in the bench's order.
mapfile -t dumps < <(cd "$out" && ls -v callgrind.out.*)
(cd "$out" && awk '
  FNR == 1 { name = ""; taken = 0 }
  /^desc: Trigger: Client Request: / { name = substr($0, length("desc: Trigger: Client Request: ") + 1) }
  /^(summary|totals): / && name != "" && !taken {
    taken = 1
    if (name in seen) { print "frame_counts.sh: two regions named " name > "/dev/stderr"; failed = 1; exit 1 }
    seen[name] = 1
    printf "%s  \"%s\": %s", (count++ ? ",\n" : "{\n"), name, $2
  }
  END {
    if (failed) exit 1
    if (!count) { print "frame_counts.sh: no measured region in the callgrind dumps" > "/dev/stderr"; exit 1 }
    print "\n}"
  }' "${dumps[@]}")
