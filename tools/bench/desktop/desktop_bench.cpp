// phare-bench-desktop: a program on an X display measured as a person sees it.
//   first frame   launch to the first damage after which the probe pixel shows the expected colour
//   memory        PSS of the whole process tree once settled
//   idle CPU      CPU of the whole tree over a quiet period, in % of one core
//   input         a key sent with XTest to the next damage on screen, over N presses
//   speech        the same key to the first sample of its utterance the audio device took (the
//                 kiosk's --trace), when the program is phare-kiosk in speech mode
// Any program can be measured, so Phare and Chromium are measured by the same code. One JSON line
// per run on stdout; tools/dev bench runs it several times and writes docs/benchmarks.md.
//
// Usage: phare-bench-desktop [options] -- COMMAND [ARGS...]
//   --display :N       the X display (default $DISPLAY)
//   --probe X,Y        the pixel that tells the first frame (default 1040,50: inside the kiosk's
//                      Accessibilité button at the top end of a 1080-wide portrait screen)
//   --color RRGGBB     its colour once the program shows its screen (default 000091)
//   --settle-s N       wait after the first frame before measuring memory (default 3)
//   --idle-s N         seconds of idle CPU measured (default 10; 0 skips)
//   --inputs N         key presses timed (default 0)
//   --keys K1,K2       X keysyms pressed in turn (default Down,Up)
//   --speech-trace F   the kiosk's --trace file: also time each key to its first audible sample
//   --env NAME=VALUE   added to the program's environment (repeatable)
//   --timeout-s N      give up waiting for the first frame (default 30)

#include "process_tree.h"
#include "queue_call/trace_follower.h"
#include "screen_probe.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace phare::bench;

namespace {

struct Options {
    std::string display;
    int probe_x = 1040;
    int probe_y = 50;
    std::uint32_t color = 0x000091;
    int settle_s = 3;
    int idle_s = 10;
    int inputs = 0;
    std::vector<std::string> keys{"Down", "Up"};
    std::vector<std::string> env;
    std::string speech_trace;
    int timeout_s = 30;
    std::vector<std::string> command;
};

[[noreturn]] void usage_error(const std::string& message)
{
    std::fprintf(stderr, "phare-bench-desktop: %s\nusage: phare-bench-desktop [options] -- COMMAND [ARGS...]\n", message.c_str());
    std::exit(2);
}

int to_int(const std::string& text, const char* option)
{
    std::size_t used = 0;
    int value = 0;
    try {
        value = std::stoi(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != text.size() || value < 0)
        usage_error(std::string(option) + " wants a whole number, not \"" + text + "\"");
    return value;
}

std::vector<std::string> split(const std::string& text, char separator)
{
    std::vector<std::string> parts;
    std::istringstream in(text);
    for (std::string part; std::getline(in, part, separator);)
        parts.push_back(part);
    return parts;
}

Options parse(int argc, char** argv)
{
    Options o;
    if (const char* display = std::getenv("DISPLAY"))
        o.display = display;
    int i = 1;
    auto value = [&](const char* option) -> std::string {
        if (i + 1 >= argc)
            usage_error(std::string(option) + " needs a value");
        return argv[++i];
    };
    for (; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--") {
            o.command.assign(argv + i + 1, argv + argc);
            break;
        }
        if (arg == "--display") {
            o.display = value("--display");
        } else if (arg == "--probe") {
            auto xy = split(value("--probe"), ',');
            if (xy.size() != 2)
                usage_error("--probe wants X,Y");
            o.probe_x = to_int(xy[0], "--probe");
            o.probe_y = to_int(xy[1], "--probe");
        } else if (arg == "--color") {
            const std::string hex = value("--color");
            char* end = nullptr;
            o.color = static_cast<std::uint32_t>(std::strtoul(hex.c_str(), &end, 16));
            if (hex.size() != 6 || *end)
                usage_error("--color wants RRGGBB, not \"" + hex + "\"");
        } else if (arg == "--settle-s") {
            o.settle_s = to_int(value("--settle-s"), "--settle-s");
        } else if (arg == "--idle-s") {
            o.idle_s = to_int(value("--idle-s"), "--idle-s");
        } else if (arg == "--inputs") {
            o.inputs = to_int(value("--inputs"), "--inputs");
        } else if (arg == "--keys") {
            o.keys = split(value("--keys"), ',');
        } else if (arg == "--speech-trace") {
            o.speech_trace = value("--speech-trace");
        } else if (arg == "--env") {
            o.env.push_back(value("--env"));
        } else if (arg == "--timeout-s") {
            o.timeout_s = to_int(value("--timeout-s"), "--timeout-s");
        } else {
            usage_error("unknown option " + arg);
        }
    }
    if (o.command.empty())
        usage_error("no command to measure (put it after --)");
    if (o.keys.empty())
        usage_error("--keys is empty");
    return o;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p / 100.0 * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

// The trace's first "speech start" stamped at or after `since_us`, waited for until `deadline_us`.
std::optional<std::int64_t> first_speech_start(TraceFollower& trace, std::int64_t since_us, std::int64_t deadline_us)
{
    for (;;) {
        for (const auto& line : trace.read_new())
            if (line.value("event", "") == "speech" && line.value("phase", "") == "start" && line.value("t_us", std::int64_t{0}) >= since_us)
                return line.value("t_us", std::int64_t{0});
        if (now_us() >= deadline_us)
            return std::nullopt;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
}

}  // namespace

int main(int argc, char** argv)
{
    const Options options = parse(argc, argv);
    try {
        ScreenProbe screen(options.display);
        if (screen.pixel(options.probe_x, options.probe_y) == options.color)
            usage_error("the probe pixel already shows the colour: clear the screen first");
        std::vector<std::string> env = options.env;
        env.push_back("DISPLAY=" + options.display);
        const std::int64_t launched = now_us();
        ProcessTree program(options.command, env);
        const std::int64_t give_up = launched + options.timeout_s * 1'000'000LL;
        std::optional<std::int64_t> first_frame;
        while (!first_frame) {
            auto damage = screen.next_damage(give_up);
            if (!damage)
                break;
            if (screen.pixel(options.probe_x, options.probe_y) == options.color)
                first_frame = *damage;
        }
        nlohmann::ordered_json result;
        result["command"] = options.command.front();
        if (!first_frame) {
            result["error"] = program.alive() ? "no first frame within the timeout" : "the program exited";
            std::printf("%s\n", result.dump().c_str());
            return 1;
        }
        result["first_frame_ms"] = static_cast<double>(*first_frame - launched) / 1000.0;

        std::this_thread::sleep_for(std::chrono::seconds(options.settle_s));
        screen.wait_quiet(200, now_us() + 5'000'000);
        result["processes"] = program.members().size();
        result["pss_kib"] = program.pss_kib();

        if (options.idle_s > 0) {
            const long long before = program.cpu_ticks();
            std::this_thread::sleep_for(std::chrono::seconds(options.idle_s));
            const long long used = program.cpu_ticks() - before;
            result["idle_cpu_percent"] = 100.0 * static_cast<double>(used) / static_cast<double>(sysconf(_SC_CLK_TCK)) / options.idle_s;
        }

        if (options.inputs > 0) {
            std::vector<double> latencies_ms;
            std::vector<double> speech_ms;
            int missed = 0;
            int silent = 0;
            TraceFollower trace(options.speech_trace);
            for (int n = 0; n < options.inputs; ++n) {
                screen.wait_quiet(50, now_us() + 2'000'000);
                trace.read_new();  // what came before this key
                const std::int64_t sent = now_us();
                screen.tap_key(options.keys[static_cast<std::size_t>(n) % options.keys.size()]);
                if (auto damage = screen.next_damage(sent + 1'000'000))
                    latencies_ms.push_back(static_cast<double>(*damage - sent) / 1000.0);
                else
                    missed++;
                if (options.speech_trace.empty())
                    continue;
                if (auto started = first_speech_start(trace, sent, sent + 1'000'000))
                    speech_ms.push_back(static_cast<double>(*started - sent) / 1000.0);
                else
                    silent++;
            }
            result["inputs"] = options.inputs;
            result["input_missed"] = missed;
            result["input_p50_ms"] = percentile(latencies_ms, 50);
            result["input_p99_ms"] = percentile(latencies_ms, 99);
            result["input_max_ms"] = percentile(latencies_ms, 100);
            if (!options.speech_trace.empty()) {
                result["speech_silent"] = silent;
                result["speech_p50_ms"] = percentile(speech_ms, 50);
                result["speech_p99_ms"] = percentile(speech_ms, 99);
                result["speech_max_ms"] = percentile(speech_ms, 100);
            }
        }
        std::printf("%s\n", result.dump().c_str());
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "phare-bench-desktop: %s\n", e.what());
        return 1;
    }
}
