#!/usr/bin/env python3
"""Writes a seeded phare-kiosk script of visitors over simulated days, for soak runs.

Opening hours on the first --open-days days of each week (a week starts on a Monday), nights and
closed days idle, and a `stats` line every simulated hour. Visitors use only what the script
language offers for any site: keypad keys, taps and slides at random positions on the screen, so
the script works with any valid site. Over hundreds of visitors they reach every screen, switch
languages, change modes (the access key opens them), rate, and leave without a word: the kiosk's
inactivity warning and reset then run between visitors.

With --passes 2 the same days are played twice, the same visitors at the same hours: a soak's
warm-up and the pass it judges (tools/bench/soak/report.py). The kiosk's caches are bounded by
what visitors bring (a text size in a script, a glyph, a word); on the second pass they bring
nothing new, so whatever still grows is a leak.

The kiosk replays it headless on a virtual clock (`wait` takes no time): a week runs in minutes.
"""

import argparse
import random
import sys

HOUR_MS = 3_600_000
DAY_MS = 24 * HOUR_MS

# Keys a keypad visitor presses, weighted: mostly moving through the screen and acting.
KEYPAD_KEYS = [("down", 30), ("up", 10), ("enter", 22), ("back", 10), ("left", 3), ("right", 3), ("help", 4),
               ("access", 4), ("vol+", 2), ("vol-", 2), ("pause", 2), ("headset", 2)]


def parse_clock(text):
    hours, minutes = text.split(":")
    return (int(hours) * 60 + int(minutes)) * 60_000


class Script:
    """Emits commands on an absolute virtual clock, with a `stats` line at every whole hour."""

    def __init__(self, out, stats_path):
        self.out = out
        self.stats_path = stats_path
        self.now = 0
        self.next_stats = 0
        self.inputs = 0

    def advance_to(self, t_ms):
        while self.next_stats <= t_ms:
            self.wait(self.next_stats - self.now)
            self.out.write(f"stats {self.stats_path}\n")
            self.next_stats += HOUR_MS
        self.wait(t_ms - self.now)

    def wait(self, ms):
        if ms > 0:
            self.out.write(f"wait {ms}\n")
            self.now += ms

    def command(self, line):
        self.out.write(line + "\n")
        if not line.startswith("#"):
            self.inputs += 1


def keypad_action(rng):
    keys, weights = zip(*KEYPAD_KEYS)
    return "key " + rng.choices(keys, weights)[0]


def touch_action(rng, width, height):
    x, y = rng.randrange(width), rng.randrange(height)
    if rng.random() < 0.08:  # a finger sliding over the screen reads what it passes
        return [f"explore {x} {y}", f"explore {min(width - 1, x + rng.randrange(40, 300))} {y}"]
    return [f"tap {x} {y}"]


def visitor(script, rng, width, height, closing_ms):
    """One visitor: a way of using the kiosk, some actions with time to read between them."""
    style = rng.choices(["keypad", "touch", "both"], [3, 5, 2])[0]
    actions = rng.randint(3, 60)
    for _ in range(actions):
        if script.now >= closing_ms:
            return
        if style == "keypad" or (style == "both" and rng.random() < 0.5):
            lines = [keypad_action(rng)]
        else:
            lines = touch_action(rng, width, height)
        if rng.random() < 0.03:  # a burst: a hurried visitor presses twice
            lines = lines * 2
        for line in lines:
            script.command(line)
        # Reading or listening; now and then long enough for the inactivity warning.
        think = rng.choice([rng.randint(300, 2500), rng.randint(1000, 9000), rng.randint(1000, 9000), rng.randint(15_000, 75_000)])
        script.advance_to(script.now + think)


def write_script(args, out):
    rng = random.Random(args.seed)
    script = Script(out, args.stats)
    opening, closing = parse_clock(args.open), parse_clock(args.close)
    visitors = 0
    out.write(f"# phare soak: {args.days} day(s) played {args.passes} time(s), seed {args.seed}, "
              f"open {args.open}-{args.close} on {args.open_days} day(s) a week\n")
    for day in range(args.days * args.passes):
        if day % args.days == 0:
            rng = random.Random(args.seed)  # each pass brings the same visitors
        day_start = day * DAY_MS
        if day % 7 < args.open_days:
            script.advance_to(day_start + opening)
            if args.maintenance:  # a technician looks at the maintenance screen at opening
                script.command("key maintenance")
                script.advance_to(script.now + 20_000)
                script.command("key back")
            while True:
                # The next visitor: sometimes at once, usually after the kiosk has reset.
                gap = rng.choice([rng.randint(2_000, 30_000), rng.randint(95_000, 900_000), rng.randint(95_000, 900_000)])
                script.advance_to(script.now + gap)
                if script.now >= day_start + closing:
                    break
                visitors += 1
                visitor(script, rng, args.width, args.height, day_start + closing)
    script.advance_to(args.days * args.passes * DAY_MS)  # the last night, and its closing stats line
    out.write("quit\n")
    return visitors, script.inputs


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--days", type=int, default=7, help="simulated days (default 7)")
    parser.add_argument("--seed", type=int, default=44, help="random seed (default 44)")
    parser.add_argument("--passes", type=int, default=1, help="play the days this many times, the same visitors each time (default 1)")
    parser.add_argument("--open", default="08:30", help="opening time HH:MM (default 08:30)")
    parser.add_argument("--close", default="16:30", help="closing time HH:MM (default 16:30)")
    parser.add_argument("--open-days", type=int, default=5, help="open days at the start of each week (default 5)")
    parser.add_argument("--size", default="1080x1920", help="the kiosk's screen in pixels, where taps land (default 1080x1920)")
    parser.add_argument("--stats", default="stats.jsonl", help="the file `stats` lines append to (default stats.jsonl)")
    parser.add_argument("--no-maintenance", dest="maintenance", action="store_false", help="no maintenance screen at opening")
    parser.add_argument("-o", "--output", help="the script file (default: standard output)")
    args = parser.parse_args()
    try:
        args.width, args.height = (int(v) for v in args.size.split("x"))
        opening, closing = parse_clock(args.open), parse_clock(args.close)
    except ValueError:
        parser.error("--size takes WxH and --open/--close take HH:MM")
    if not (0 <= opening < closing <= DAY_MS) or args.days < 1 or args.passes < 1 or not 0 <= args.open_days <= 7:
        parser.error("opening must come before closing within a day, --days and --passes at least 1, --open-days 0 to 7")
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    with out:
        visitors, inputs = write_script(args, out)
    print(f"make_script: {args.days} day(s) x {args.passes}, {visitors} visitors, {inputs} inputs", file=sys.stderr)


if __name__ == "__main__":
    main()
