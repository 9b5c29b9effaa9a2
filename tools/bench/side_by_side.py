#!/usr/bin/env python3
"""phare-kiosk and Chromium's kiosk mode side by side on one virtual display (tools/dev bench).

Starts Xvfb at the kiosk's portrait size, measures both programs with phare-bench-desktop (the same
XDamage probe, the same /proc accounting), runs the speech and sync benchmarks, and writes the
results between the markers of docs/benchmarks.md, leaving the rest of that file as it is.
Medians of several runs; the machine is described so that the figures can be compared.
"""

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "config/sites/prefecture-44"
PAGE = ROOT / "tools/bench/welcome.html"
BEGIN = "<!-- side-by-side: written by tools/dev bench, do not edit by hand -->"
END = "<!-- side-by-side: end -->"
WIDTH, HEIGHT = 1080, 1920


def say(message):
    print(f"==> {message}", file=sys.stderr, flush=True)


def start_xvfb():
    for number in range(90, 140):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            break
    else:
        sys.exit("no free X display number between :90 and :139")
    display = f":{number}"
    # -br: a black root, so that no program's colour is on screen before it draws.
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{WIDTH}x{HEIGHT}x24", "-br", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        if Path(f"/tmp/.X11-unix/X{number}").exists():
            return display, xvfb
        time.sleep(0.05)
    xvfb.kill()
    sys.exit("Xvfb did not start")


def measure(tool, display, command, env=(), idle_s=0, inputs=0, keys="Down,Up", speech_trace=None, settle_s=3):
    args = [str(tool), "--display", display, "--idle-s", str(idle_s), "--settle-s", str(settle_s), "--inputs", str(inputs),
            "--keys", keys]
    for pair in env:
        args += ["--env", pair]
    if speech_trace:
        args += ["--speech-trace", speech_trace]
    result = subprocess.run(args + ["--"] + command, capture_output=True, text=True, timeout=600)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if not lines:
        sys.exit(f"phare-bench-desktop failed on {command[0]}:\n{result.stderr[-2000:]}")
    measured = json.loads(lines[-1])
    if "error" in measured:
        sys.exit(f"{command[0]}: {measured['error']}\n{result.stderr[-2000:]}")
    time.sleep(0.5)  # the display is black again before the next launch
    return measured


def median(runs, key):
    values = [run[key] for run in runs if key in run]
    return statistics.median(values) if values else None


def run_text(command):
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return ""


def machine():
    cpu = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem_kib = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
    debian = Path("/etc/debian_version").read_text().strip() if Path("/etc/debian_version").exists() else "?"
    sdl = run_text(["dpkg-query", "-W", "-f=${Version}", "libsdl2-2.0-0"]) or "?"
    chromium = run_text(["chromium", "--version"]) or "not installed"
    return (f"{cpu}, {os.cpu_count()} cores, {mem_kib / 1024 / 1024:.0f} GiB, Linux {platform.release()}, Debian {debian}; "
            f"Xvfb {WIDTH}x{HEIGHT}x24 without a GPU; SDL {sdl}; {chromium}")


def chromium_command(profile):
    command = ["chromium", "--kiosk", "--no-first-run", "--no-default-browser-check", "--noerrdialogs",
               "--disable-infobars", "--disable-features=Translate", "--lang=fr", f"--user-data-dir={profile}",
               "--window-position=0,0", f"--window-size={WIDTH},{HEIGHT}", PAGE.as_uri()]
    if os.geteuid() == 0:
        command.insert(1, "--no-sandbox")  # Chromium refuses to run as root with its sandbox
    return command


def board_cpu(build, display):
    """The hall display's CPU while its board changes every second (phare-bench-queue-call)."""
    env = dict(os.environ, DISPLAY=display)
    out = subprocess.run([str(build / "bin/phare-bench-queue-call"), "--calls", "10", "--board-s", "30"],
                         capture_output=True, text=True, timeout=600, env=env).stdout
    found = re.search(r"every second: ([0-9.]+) % of one core over (\d+) s \((\d+) frames", out)
    return {"percent": float(found.group(1)), "seconds": int(found.group(2)), "frames": int(found.group(3))} if found else {}


def speech_and_sync(build):
    sync = run_text([str(build / "bin/phare-bench-sync"), "--polls", "200"])
    row = next((line for line in sync.splitlines() if "nothing changed" in line), "")
    cells = [cell.strip() for cell in row.strip("|").split("|")]
    return {"poll_sent": int(cells[3]), "poll_received": int(cells[4])} if len(cells) >= 5 else {}


def fmt(value, unit="", digits=0):
    return "n/a" if value is None else f"{value:,.{digits}f}{unit}"


def ratio(chromium, phare):
    return "n/a" if not chromium or not phare else f"{chromium / phare:.1f}x"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default=str(ROOT / "build"))
    parser.add_argument("--runs", type=int, default=5, help="launches of each program (medians)")
    parser.add_argument("--idle-s", type=int, default=60, help="seconds of idle CPU measured")
    parser.add_argument("--inputs", type=int, default=500, help="key presses timed")
    parser.add_argument("--out", default=str(ROOT / "docs/benchmarks.md"))
    args = parser.parse_args()
    build = Path(args.build)
    tool = build / "bin/phare-bench-desktop"
    if not tool.exists():
        sys.exit(f"{tool} is missing: build first (tools/dev build)")

    display, xvfb = start_xvfb()
    work = Path(tempfile.mkdtemp(prefix="phare-bench-"))
    try:
        kiosk = [str(build / "bin/phare-kiosk"), "--site", str(SITE), "--state-dir", str(work / "state")]
        quiet = ["SDL_AUDIODRIVER=dummy"]  # SDL's dummy driver takes audio blocks at a sound card's pace
        rows = {}
        say(f"phare-kiosk, {args.runs} launches")
        rows["phare"] = [measure(tool, display, kiosk, quiet) for _ in range(args.runs)]
        say(f"phare-kiosk forced onto OpenGL (Mesa llvmpipe), {args.runs} launches")
        rows["opengl"] = [measure(tool, display, kiosk, quiet + ["SDL_RENDER_DRIVER=opengl"]) for _ in range(args.runs)]
        chromium = shutil.which("chromium")
        if chromium:
            profile = work / "chromium-profile"
            say("chromium --kiosk: one launch to create its profile, as a kiosk's would exist")
            measure(tool, display, chromium_command(profile), settle_s=1)
            say(f"chromium --kiosk, {args.runs} launches")
            rows["chromium"] = [measure(tool, display, chromium_command(profile)) for _ in range(args.runs)]
        say(f"idle CPU over {args.idle_s} s")
        # Settled: the kiosk closes its audio device after 10 s of silence; a lobby kiosk idles for hours.
        idle = {"phare": measure(tool, display, kiosk, quiet, idle_s=args.idle_s, settle_s=12)}
        if chromium:
            idle["chromium"] = measure(tool, display, chromium_command(profile), idle_s=args.idle_s, settle_s=12)
        say(f"{args.inputs} key presses to the screen and to the first audible sample (speech mode)")
        trace = str(work / "trace.jsonl")
        interactive = {"phare": measure(tool, display, kiosk + ["--mode", "speech", "--trace", trace], quiet,
                                        inputs=args.inputs, speech_trace=trace)}
        if chromium:
            interactive["chromium"] = measure(tool, display, chromium_command(profile), inputs=args.inputs, keys="Tab")
        say("the hall display's CPU while a ticket is taken every second")
        board = board_cpu(build, display)
        say("a no-change poll on the wire")
        sync = speech_and_sync(build)
    finally:
        xvfb.terminate()
        shutil.rmtree(work, ignore_errors=True)

    def cell(name, key, unit="", digits=0, scale=1.0, source=rows):
        runs = source.get(name)
        if runs is None:
            return None
        value = median(runs, key) if isinstance(runs, list) else runs.get(key)
        return None if value is None else value * scale

    mib = 1 / 1024
    p, g, c = "phare", "opengl", "chromium"
    lines = [BEGIN, "", f"Measured {time.strftime('%Y-%m-%d')} on {machine()}.", "",
             f"Medians of {args.runs} launches; idle CPU over {args.idle_s} s on the welcome screen, from 12 s after launch; "
             f"{args.inputs} key presses (phare-kiosk: Down and Up in speech mode; Chromium: Tab). "
             "First frame: launch to the first X damage after which a probe pixel (1040,50, in the Accessibilité button) shows the page's colour. "
             "PSS: the whole process tree, 3 s after the first frame.", "",
             "| | phare-kiosk | phare-kiosk on OpenGL (llvmpipe) | Chromium --kiosk | Chromium / phare-kiosk |",
             "| --- | --- | --- | --- | --- |",
             f"| first frame | {fmt(cell(p, 'first_frame_ms'), ' ms')} | {fmt(cell(g, 'first_frame_ms'), ' ms')} | "
             f"{fmt(cell(c, 'first_frame_ms'), ' ms')} | {ratio(cell(c, 'first_frame_ms'), cell(p, 'first_frame_ms'))} |",
             f"| memory (PSS) | {fmt(cell(p, 'pss_kib', scale=mib), ' MB', 1)} | {fmt(cell(g, 'pss_kib', scale=mib), ' MB', 1)} | "
             f"{fmt(cell(c, 'pss_kib', scale=mib), ' MB', 1)} | {ratio(cell(c, 'pss_kib'), cell(p, 'pss_kib'))} |",
             f"| processes | {fmt(cell(p, 'processes'))} | {fmt(cell(g, 'processes'))} | {fmt(cell(c, 'processes'))} | |",
             f"| idle CPU | {fmt(cell(p, 'idle_cpu_percent', source=idle), ' %', 2)} | | "
             f"{fmt(cell(c, 'idle_cpu_percent', source=idle), ' %', 2)} | |",
             f"| CPU of a hall display whose board changes every second | {fmt(board.get('percent'), ' %', 2)} "
             f"({fmt(board.get('frames'))} frames in {fmt(board.get('seconds'))} s) | | | |",
             f"| key to screen, p50 / p99 | {fmt(cell(p, 'input_p50_ms', source=interactive), ' ms', 1)} / "
             f"{fmt(cell(p, 'input_p99_ms', source=interactive), ' ms', 1)} | | "
             f"{fmt(cell(c, 'input_p50_ms', source=interactive), ' ms', 1)} / {fmt(cell(c, 'input_p99_ms', source=interactive), ' ms', 1)} | |",
             f"| key to first audible sample, p50 / p99 | {fmt(cell(p, 'speech_p50_ms', source=interactive), ' ms', 1)} / "
             f"{fmt(cell(p, 'speech_p99_ms', source=interactive), ' ms', 1)} | | (no speech) | |",
             f"| a no-change content poll on the wire | {fmt(sync.get('poll_sent'), ' B')} sent + "
             f"{fmt(sync.get('poll_received'), ' B')} received (HTTP) | | | |",
             "", "Every launch:", ""]
    for name, label in ((p, "phare-kiosk"), (g, "phare-kiosk on OpenGL"), (c, "Chromium")):
        for run in rows.get(name, []):
            lines.append(f"- {label}: first frame {run['first_frame_ms']:.0f} ms, PSS {run['pss_kib'] / 1024:.1f} MB")
    lines += ["", END]
    section = "\n".join(lines)

    out = Path(args.out)
    text = out.read_text() if out.exists() else "# Benchmarks\n"
    if BEGIN in text and END in text:
        text = text[:text.index(BEGIN)] + section + text[text.index(END) + len(END):]
    else:
        text = text.rstrip("\n") + "\n\n## Phare and a browser kiosk, side by side\n\n" + section + "\n"
    out.write_text(text)
    say(f"written to {out}")
    print(section)


if __name__ == "__main__":
    main()
