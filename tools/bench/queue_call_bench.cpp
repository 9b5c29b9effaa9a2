// phare-bench-queue-call: an agent's "call next" to the call on the kiosk's screen and to the first
// audible sample of its announcement (docs/queue.md, "Measured: from a call to the lobby").
//
// Real parts only: the phare-hub binary on loopback, the phare-kiosk binary provisioned against it
// (live channel, real eSpeak NG, SDL's audio device: the dummy driver plays in real time without a
// sound card), and calls pushed through the queue-system API. The kiosk writes a --trace whose
// lines carry CLOCK_MONOTONIC, which this process reads too: each latency is the kiosk's timestamp
// minus the moment just before the call was sent. Each call waits until the previous announcement
// has ended, as in a lobby, so a call never queues behind another.
//
// Then the hall display's CPU while its board changes every second (a ticket taken each second,
// nothing announced), over --board-s seconds once settled.
//
// Usage: phare-bench-queue-call [--calls 200] [--board-s 30] [--site DIR] [--all-languages] [--hub BIN] [--kiosk BIN]
// By default the site is copied with its default language only (one utterance per call); the
// other languages follow the first one and do not change the time to its first sample.
// With DISPLAY set the kiosk opens a real window there; otherwise SDL's dummy video driver.

#include "app/trace_log.h"
#include "desktop/process_tree.h"
#include "fleet/hub_process.h"
#include "queue_call/trace_follower.h"
#include "support/free_port.h"
#include "support/spawn.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

using namespace phare;
using Json = nlohmann::json;
namespace fs = std::filesystem;

namespace {

struct Settings {
    int calls = 200;
    int board_s = 30;
    std::string site = PHARE_SOURCE_DIR "/config/sites/prefecture-44";
    bool all_languages = false;
    std::string hub = PHARE_HUB_BIN;
    std::string kiosk = PHARE_KIOSK_BIN;
};

Settings parse(int argc, char** argv)
{
    Settings s;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc)
                throw std::runtime_error(arg + " needs a value");
            return argv[++i];
        };
        if (arg == "--calls")
            s.calls = std::max(1, std::atoi(value().c_str()));
        else if (arg == "--board-s")
            s.board_s = std::max(0, std::atoi(value().c_str()));
        else if (arg == "--site")
            s.site = value();
        else if (arg == "--all-languages")
            s.all_languages = true;
        else if (arg == "--hub")
            s.hub = value();
        else if (arg == "--kiosk")
            s.kiosk = value();
        else
            throw std::runtime_error("unknown option " + arg + " (see the comment at the top of queue_call_bench.cpp)");
    }
    return s;
}

std::string read_text(const fs::path& path)
{
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

Json read_json(const fs::path& path)
{
    std::ifstream in(path);
    if (!in)
        throw std::runtime_error("cannot read " + path.string());
    return Json::parse(in);
}

// The site as the hub and the kiosk get it: a copy, with only its default language unless asked.
fs::path copy_site(const Settings& s, const fs::path& work)
{
    const fs::path site = work / "site";
    fs::copy(s.site, site, fs::copy_options::recursive);
    if (!s.all_languages) {
        Json description = read_json(site / "site.json");
        const std::string first = description["default_language"];
        Json kept = Json::array();
        for (const Json& language : description["languages"])
            if (language["code"] == first)
                kept.push_back(language);
        description["languages"] = kept;
        std::ofstream(site / "site.json") << description.dump(2) << '\n';
        for (const auto& entry : fs::directory_iterator(site / "strings"))
            if (entry.path().stem() != first)
                fs::remove(entry.path());
    }
    return site;
}

std::string run_capture(const std::string& command)
{
    std::string out;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe)
        throw std::runtime_error("cannot run " + command);
    char buffer[512];
    while (std::fgets(buffer, sizeof buffer, pipe))
        out += buffer;
    if (::pclose(pipe) != 0)
        throw std::runtime_error("failed: " + command);
    while (!out.empty() && (out.back() == '\n' || out.back() == ' '))
        out.pop_back();
    return out;
}

// The kiosk as a child process, stopped with SIGTERM (SDL turns it into a quit).
class KioskProcess {
public:
    KioskProcess(const Settings& s, const fs::path& work, const fs::path& config, const fs::path& trace, const std::string& name = "kiosk",
                 const std::vector<std::string>& extra = {})
    {
        std::vector<std::string> args{"--config", config.string(), "--state-dir", (work / (name + "-state")).string(),
                                      "--trace", trace.string()};
        args.insert(args.end(), extra.begin(), extra.end());
        std::vector<std::string> env{"SDL_AUDIODRIVER=dummy", "HOME=" + work.string()};
        const char* display = std::getenv("DISPLAY");
        env.push_back(display && *display ? std::string("DISPLAY=") + display : "SDL_VIDEODRIVER=dummy");
        m_pid = test::spawn_process(s.kiosk, args, (work / (name + ".log")).string(), env);
    }
    pid_t pid() const { return m_pid; }
    KioskProcess(const KioskProcess&) = delete;
    KioskProcess& operator=(const KioskProcess&) = delete;
    ~KioskProcess() { test::stop_process(m_pid); }

private:
    pid_t m_pid = -1;
};

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[index];
}

void report(const char* what, const std::vector<double>& ms)
{
    std::printf("  %-44s p50 %7.1f ms   p90 %7.1f ms   p99 %7.1f ms   max %7.1f ms\n", what, percentile(ms, 0.5), percentile(ms, 0.9),
                percentile(ms, 0.99), *std::max_element(ms.begin(), ms.end()));
}

// Reads the trace until `done` says so, or throws after `seconds`.
void follow_until(bench::TraceFollower& trace, double seconds, const std::string& waiting_for, const std::function<bool(const Json&)>& done,
                  const std::function<bool()>& finished_without_line = {})
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    for (;;) {
        for (const Json& line : trace.read_new())
            if (done(line))
                return;
        if (finished_without_line && finished_without_line())
            return;
        if (std::chrono::steady_clock::now() > deadline)
            throw std::runtime_error("timed out waiting for " + waiting_for);
        std::this_thread::sleep_for(std::chrono::microseconds(500));
    }
}

struct Lobby {
    httplib::Client client;
    httplib::Headers auth;
    std::string counter;
    std::string service;

    Json event(const Json& body)
    {
        auto res = client.Post("/api/v1/queue/events", auth, body.dump(), "application/json");
        if (!res || (res->status != 200 && res->status != 201))
            throw std::runtime_error("queue event " + body.dump() + " failed: " + (res ? res->body : httplib::to_string(res.error())));
        return Json::parse(res->body);
    }
};

void wait_connected(const fs::path& log)
{
    // Calls made before the kiosk holds the live channel reach it in a snapshot, unannounced.
    const auto started = std::chrono::steady_clock::now();
    while (read_text(log).find("live channel: connected") == std::string::npos) {
        if (std::chrono::steady_clock::now() - started > std::chrono::seconds(60))
            throw std::runtime_error("the kiosk did not connect to the hub's live channel within 60 s; see " + log.string());
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

// The hall display (--role board) while a ticket is taken every second: its CPU in % of one core.
void measure_board(const Settings& s, const fs::path& work, Lobby& lobby)
{
    const fs::path trace_path = work / "board-trace.jsonl";
    KioskProcess board(s, work, work / "kiosk" / "kiosk.toml", trace_path, "board", {"--role", "board"});
    wait_connected(work / "board.log");
    // Settled: its audio device closes after 10 s of silence, as on a quiet afternoon.
    std::this_thread::sleep_for(std::chrono::seconds(12));
    bench::TraceFollower trace(trace_path.string());
    trace.read_new();
    const long long before = bench::process_cpu_ticks(board.pid());
    const auto start = std::chrono::steady_clock::now();
    for (int second = 0; second < s.board_s; ++second) {
        lobby.event({{"type", "issued"}, {"service", lobby.service}});
        std::this_thread::sleep_until(start + std::chrono::seconds(second + 1));
    }
    const long long used = bench::process_cpu_ticks(board.pid()) - before;
    int frames = 0;
    for (const Json& line : trace.read_new())
        frames += line["event"] == "presented" ? 1 : 0;
    std::printf("  the hall display while a ticket is taken every second: %.2f %% of one core over %d s (%d frames presented)\n",
                100.0 * static_cast<double>(used) / static_cast<double>(sysconf(_SC_CLK_TCK)) / s.board_s, s.board_s, frames);
}

int run(const Settings& s)
{
    const fs::path work = fs::temp_directory_path() / ("phare-bench-queue-call-" + std::to_string(::getpid()));
    fs::create_directories(work);
    const fs::path site = copy_site(s, work);
    const Json queue = read_json(site / "queue.json");
    const Json description = read_json(site / "site.json");
    const int port = test::free_loopback_port();
    const std::string url = "http://127.0.0.1:" + std::to_string(port);

    auto hub = fleet::HubProcess::start(s.hub, (work / "hub").string(), site.string(), port, (work / "hub.log").string());
    if (!hub)
        throw std::runtime_error(describe(hub.error()));
    if (auto listening = hub->wait_listening(port, 20); !listening)
        throw std::runtime_error(describe(listening.error()));
    const std::string hub_cli = s.hub + " --data " + (work / "hub").string();
    run_capture(hub_cli + " kiosk provision " + description["kiosks"][0]["id"].get<std::string>() + " --hub-url " + url + " --out " +
                (work / "kiosk").string() + " --site " + site.string() + " 2>/dev/null");
    const std::string token = run_capture(hub_cli + " queue-system add bench 2>/dev/null");

    Lobby lobby{httplib::Client(url), {{"Authorization", "Bearer " + token}}, queue["counters"][0]["id"], queue["counters"][0]["services"][0]};
    // As a browser does: one connection kept alive, TCP_NODELAY (else Nagle's algorithm holds the
    // body behind the headers until the hub's delayed ACK, 40 ms on Linux).
    lobby.client.set_keep_alive(true);
    lobby.client.set_tcp_nodelay(true);
    lobby.event({{"type", "counter_opened"}, {"counter", lobby.counter}, {"services", {lobby.service}}});
    for (int i = 0; i <= s.calls; ++i)
        lobby.event({{"type", "issued"}, {"service", lobby.service}});

    const fs::path trace_path = work / "trace.jsonl";
    KioskProcess kiosk(s, work, work / "kiosk" / "kiosk.toml", trace_path);
    bench::TraceFollower trace(trace_path.string());
    wait_connected(work / "kiosk.log");
    std::printf("phare-bench-queue-call: %d calls, site %s (%s), %s, kiosk %s\n", s.calls, description["id"].get<std::string>().c_str(),
                s.all_languages ? "every language" : "default language only",
                std::getenv("DISPLAY") ? "window on $DISPLAY" : "SDL dummy video", description["kiosks"][0]["id"].get<std::string>().c_str());

    std::vector<double> http_ms, banner_ms, speech_ms;
    // One warm-up call (the kiosk starts, fetches its bundle and its board), then the measured ones.
    for (int i = -1; i < s.calls; ++i) {
        const std::int64_t sent = app::monotonic_us();
        const Json called = lobby.event({{"type", "next"}, {"counter", lobby.counter}});
        const std::int64_t answered = app::monotonic_us();
        const std::string ticket = called["ticket"];
        std::optional<std::int64_t> banner, speech;
        int begun = 0, ended = 0;
        std::int64_t last_line = 0;
        const double limit = i < 0 ? 60 : 20;
        follow_until(
            trace, limit, "the call " + ticket + " on screen and announced",
            [&](const Json& line) {
                const std::int64_t t = line["t_us"];
                if (t < sent)
                    return false;
                if (line["event"] == "presented" && line["call"] == ticket && !banner)
                    banner = t;
                if (line["event"] == "speech") {
                    last_line = t;
                    if (line["phase"] == "start" && !speech)
                        speech = t;
                    line["phase"] == "start" ? ++begun : ++ended;
                }
                return false;
            },
            // Done: seen on screen, heard, and silent again for 300 ms (the last utterance ended).
            [&] { return banner && speech && begun == ended && app::monotonic_us() - last_line > 300'000; });
        if (i < 0)
            continue;
        http_ms.push_back(static_cast<double>(answered - sent) / 1000.0);
        banner_ms.push_back(static_cast<double>(*banner - sent) / 1000.0);
        speech_ms.push_back(static_cast<double>(*speech - sent) / 1000.0);
    }
    report("'call next' answered by the hub", http_ms);
    report("the call on the kiosk's screen (presented)", banner_ms);
    report("first audible sample of its announcement", speech_ms);
    const double worst = std::max(percentile(banner_ms, 0.99), percentile(speech_ms, 0.99));
    std::printf("  target: p99 under 500 ms on loopback: %s\n", worst < 500 ? "met" : "NOT met");
    if (s.board_s > 0)
        measure_board(s, work, lobby);
    fs::remove_all(work);
    return 0;
}

}  // namespace

int main(int argc, char** argv)
{
    try {
        return run(parse(argc, argv));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "phare-bench-queue-call: %s\n", e.what());
        return 1;
    }
}
