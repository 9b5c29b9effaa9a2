#!/usr/bin/env python3
"""Reads the `stats` lines of a soak run (one JSON line a simulated hour), prints the curve and
judges it.

A soak plays the same days twice (make_script.py --passes 2). The first pass is the warm-up: the
kiosk's caches fill with what its visitors bring (font faces at each text size, glyphs, measured
words, shaped texts), and that takes days, not hours, as rarer visitors come (a larger text size
in Arabic on the third day). The second pass brings the same visitors at the same hours, nothing
new; against the first pass's highest figures it must keep
  - heap in use within max(+5 %, +2 MB), and resident memory too in a build with glibc's allocator
    (under a sanitizer resident memory is mostly its shadow memory and quarantine of freed blocks:
    ten times the heap, and it swings by tens of MB with the order of frees, so it is printed but
    not judged; the sanitizer's count of live heap bytes is exact and is judged),
  - open file descriptors equal to the first pass's last figure,
and throughout, the text cache within its byte budget (one run may exceed it: the cache keeps the
newest whatever its size) and the image textures within the site's image files.
Exit status 0 when it holds, 1 otherwise (each failure named).
"""

import argparse
import json
import sys

HOUR_MS = 3_600_000
DAY_MS = 24 * HOUR_MS
MB = 1024 * 1024


def within(value, baseline, fraction, slack):
    return value <= baseline + max(baseline * fraction, slack)


def when(s, pass_days):
    day, rest = divmod(s["t_ms"], DAY_MS)
    return f"pass {day // pass_days + 1} day {day % pass_days + 1} {rest // HOUR_MS:02d}:{rest % HOUR_MS // 60_000:02d}"


def judge(lines, pass_days, max_images, fraction, slack_bytes):
    failures = []
    warmup = [s for s in lines if s["t_ms"] < pass_days * DAY_MS]
    judged = [s for s in lines if s["t_ms"] >= pass_days * DAY_MS]
    if warmup and judged:
        fields = [("heap_bytes", "heap in use", 1)]
        if lines[0]["heap_source"] == "glibc":
            fields.insert(0, ("rss_kb", "resident memory", 1024))
        for field, name, scale in fields:
            baseline = max(s[field] for s in warmup) * scale
            worst = max(judged, key=lambda s: s[field])
            if not within(worst[field] * scale, baseline, fraction, slack_bytes):
                failures.append(f"{name} grew from {baseline / MB:.1f} MB (the first pass's highest) to "
                                f"{worst[field] * scale / MB:.1f} MB at {when(worst, pass_days)}")
        fds = warmup[-1]["fds"]
        changed = next((s for s in judged if s["fds"] != fds), None)
        if changed:
            failures.append(f"open file descriptors: {changed['fds']} at {when(changed, pass_days)}, "
                            f"{fds} at the end of the first pass")
    over = next((s for s in lines if s["text_bytes"] > s["text_budget_bytes"] and s["text_textures"] > 1), None)
    if over:
        failures.append(f"text cache holds {over['text_bytes']} bytes in {over['text_textures']} runs at "
                        f"{when(over, pass_days)}, over its budget of {over['text_budget_bytes']}")
    if max_images is not None:
        over = next((s for s in lines if s["images"] > max_images), None)
        if over:
            failures.append(f"{over['images']} image textures at {when(over, pass_days)}, the site has {max_images} images")
    return failures, bool(warmup and judged)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("stats", help="the stats file the script's `stats` lines wrote")
    parser.add_argument("--pass-days", type=int, required=True, help="the days of one pass (make_script.py --days)")
    parser.add_argument("--every", type=int, default=6, help="print one row every N simulated hours (default 6)")
    parser.add_argument("--max-images", type=int, help="the site's image files: image textures may not exceed it")
    parser.add_argument("--growth", type=float, default=0.05, help="allowed growth on the second pass, fraction (default 0.05)")
    parser.add_argument("--slack-mb", type=float, default=2.0, help="allowed growth on the second pass, MB (default 2)")
    args = parser.parse_args()
    with open(args.stats, encoding="utf-8") as f:
        lines = [json.loads(line) for line in f if line.strip()]
    if not lines:
        print(f"{args.stats}: no stats lines", file=sys.stderr)
        return 1
    heap = lines[0]["heap_source"]
    print(f"| pass | day | hour | RSS MB | peak RSS MB | heap MB ({heap}) | fds | text textures | text MB | images |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for i, s in enumerate(lines):
        if i % args.every and i != len(lines) - 1:
            continue
        day, rest = divmod(s["t_ms"], DAY_MS)
        print(f"| {day // args.pass_days + 1} | {day % args.pass_days + 1} | {rest // HOUR_MS:02d}:00 | "
              f"{s['rss_kb'] / 1024:.1f} | {s['hwm_kb'] / 1024:.1f} | {s['heap_bytes'] / MB:.1f} | {s['fds']} | "
              f"{s['text_textures']} | {s['text_bytes'] / MB:.1f} | {s['images']} |")
    failures, judged = judge(lines, args.pass_days, args.max_images, args.growth, args.slack_mb * MB)
    for failure in failures:
        print(f"FAIL: {failure}")
    if failures:
        return 1
    if judged:
        memory = "memory" if heap == "glibc" else "heap (resident memory is the sanitizer's, not judged)"
        print(f"flat: on the second pass {memory} within max(+{args.growth:.0%}, +{args.slack_mb:g} MB) of the first "
              f"pass's highest, descriptors equal, textures within their caches' bounds ({len(lines)} samples)")
    else:
        print(f"textures within their caches' bounds ({len(lines)} samples); growth is not judged: "
              "it needs a second pass of the same days")
    return 0


if __name__ == "__main__":
    sys.exit(main())
