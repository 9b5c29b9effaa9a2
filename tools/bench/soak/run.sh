#!/usr/bin/env bash
# A soak: simulated days of visitors replayed by the real kiosk on the example prefecture, headless
# on its virtual clock, under AddressSanitizer and LeakSanitizer by default. The days are played
# twice with the same visitors: the first pass warms the kiosk's caches up, the second must stay
# flat (tools/bench/soak/report.py). Prints the curve of memory, file descriptors and textures
# (one row every 6 simulated hours) and fails (exit 1) when they grow on the second pass, when a
# sanitizer reports anything, or when LeakSanitizer finds leaks at exit. Under a sanitizer the heap
# is judged and resident memory only printed; with glibc's allocator (--build build) both are
# judged. tools/dev soak runs both. docs/benchmarks.md, Soak.
#
#   tools/bench/soak/run.sh [--days N] [--build DIR] [--seed S] [--out DIR] [--no-speech]
#
# --days: the days of one pass (default 7: a week, played twice).
# --build: a build folder with bin/phare-kiosk (default: build/asan-ubsan, made with
#   cmake --preset asan-ubsan && cmake --build build/asan-ubsan --target phare-kiosk).
# --no-speech: no eSpeak NG (by default every utterance is synthesised, as on a kiosk).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
days=7
build="$root/build/asan-ubsan"
seed=44
out="$root/out/soak"
speech=1
while [ $# -gt 0 ]; do
  case "$1" in
    --days) days="$2"; shift 2 ;;
    --build) build="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --no-speech) speech=0; shift ;;
    *) echo "usage: tools/bench/soak/run.sh [--days N] [--build DIR] [--seed S] [--out DIR] [--no-speech]" >&2; exit 2 ;;
  esac
done
case "$days" in '' | *[!0-9]*) echo "run.sh: --days takes a whole number of days, not \"$days\"" >&2; exit 2 ;; esac
[ "$days" -ge 1 ] || { echo "run.sh: --days must be at least 1" >&2; exit 2; }
kiosk="$build/bin/phare-kiosk"
if [ ! -x "$kiosk" ]; then
  echo "run.sh: no $kiosk; build it first:" >&2
  echo "  cmake --preset asan-ubsan && cmake --build build/asan-ubsan --target phare-kiosk" >&2
  exit 2
fi
site="$root/config/sites/prefecture-44"

rm -rf "$out"
mkdir -p "$out"
python3 "$root/tools/bench/soak/make_script.py" --days "$days" --passes 2 --seed "$seed" --stats "$out/stats.jsonl" \
  -o "$out/soak.script"

options=(--site "$site" --headless --state-dir "$out/state" --script "$out/soak.script")
# A speech log starts eSpeak NG in a headless kiosk: every utterance is synthesised and mixed.
[ "$speech" -eq 1 ] && options+=(--speech-log "$out/speech.jsonl")
echo "soak: $days simulated day(s), twice, with $build/bin/phare-kiosk, seed $seed, output in $out" >&2
start=$EPOCHREALTIME
status=0
ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}" UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}" \
  "$kiosk" "${options[@]}" 2>"$out/kiosk.log" || status=$?
wall=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { print b - a }')

verdict=0
printf '\n'
python3 "$root/tools/bench/soak/report.py" "$out/stats.jsonl" --pass-days "$days" --max-images "$(find "$site" -name '*.png' | wc -l)" || verdict=1
ratings=$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from ratings").fetchone()[0])' \
  "$out/state/outbox.db" 2>/dev/null || echo "?")
languages=""
[ "$speech" -eq 1 ] && languages=$(python3 -c 'import json, sys; print(" ".join(sorted({json.loads(l)["lang"] for l in open(sys.argv[1])})))' \
  "$out/speech.jsonl" 2>/dev/null || true)
printf '\nwall time %.0f s; %s inputs; ratings stored %s%s\n' "$wall" "$(grep -cE '^(key|tap|explore) ' "$out/soak.script")" "$ratings" \
  "${languages:+; languages spoken: $languages}"
if grep -q 'ERROR: LeakSanitizer' "$out/kiosk.log"; then
  echo "FAIL: LeakSanitizer found leaks at exit ($out/kiosk.log):"
  grep -E '^(Direct|Indirect) leak|^SUMMARY' "$out/kiosk.log" | head -20
  verdict=1
elif grep -qE 'ERROR: AddressSanitizer|runtime error:' "$out/kiosk.log"; then
  echo "FAIL: a sanitizer reported an error ($out/kiosk.log):"
  grep -E 'ERROR: AddressSanitizer|runtime error:' "$out/kiosk.log" | head -5
  verdict=1
elif [ "$status" -ne 0 ]; then
  echo "FAIL: phare-kiosk exited with $status ($out/kiosk.log):"
  tail -5 "$out/kiosk.log"
  verdict=1
fi
[ "$verdict" -eq 0 ] && echo "soak passed" || echo "soak failed"
exit "$verdict"
