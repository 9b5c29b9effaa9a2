// phare-fleet-sim: a fleet of simulated kiosks against the real phare-hub binary, on loopback.
// Kiosks are provisioned straight into a fresh data folder, the hub is started as a child process,
// then every kiosk behaves as a real one (tools/bench/fleet/sim_kiosk.h) on one event-driven
// thread, while an agent publishes new content a few times. It reports latency per kind of call,
// failures, live-event delivery to every kiosk, and the hub's memory. A benchmark, not a test:
// docs/hub.md, "Fleet simulator", says how to run it and what was measured.

#include "auth.h"
#include "platform/crypto/crypto.h"
#include "fleet/fleet_agent.h"
#include "fleet/fleet_context.h"
#include "fleet/fleet_report.h"
#include "fleet/hub_process.h"
#include "fleet/sim_kiosk.h"
#include "fleet/slowloris.h"
#include "hub.h"
#include "storage.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <nlohmann/json.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <limits>
#include <thread>

namespace {

using namespace phare;
using namespace phare::fleet;
namespace asio = boost::asio;
using Seconds = std::chrono::duration<double>;

constexpr const char* agent_name = "fleet-agent";

SteadyClock::duration after(double s) { return std::chrono::duration_cast<SteadyClock::duration>(Seconds(s)); }

double cpu_seconds_of_this_process()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// The hard limit is what this machine allows; the soft one is raised to it.
Result<void> raise_open_file_limit(std::size_t needed)
{
    rlimit limit{};
    ::getrlimit(RLIMIT_NOFILE, &limit);
    limit.rlim_cur = limit.rlim_max;
    ::setrlimit(RLIMIT_NOFILE, &limit);
    if (limit.rlim_cur != RLIM_INFINITY && needed > limit.rlim_cur)
        return fail("", "this needs " + std::to_string(needed) + " open files; the limit here is " + std::to_string(limit.rlim_cur));
    return {};
}

int free_port()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t size = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

Result<std::string> site_id_of(const std::string& site_dir)
{
    std::ifstream file(site_dir + "/site.json");
    auto json = nlohmann::json::parse(file, nullptr, false);
    if (json.is_discarded() || !json.is_object() || !json.contains("id") || !json["id"].is_string())
        return fail(site_dir + "/site.json", "not found or without an \"id\" (give --site DIR)");
    return json["id"].get<std::string>();
}

struct Fleet {
    std::vector<std::string> ids;
    std::vector<std::string> tokens;
    std::string agent_password;
};

// Straight into the data folder, before the hub starts: one transaction for every token.
Result<Fleet> provision(const std::string& data_dir, std::size_t kiosks)
{
    auto storage = hub::open_data_storage(data_dir);
    if (!storage)
        return tl::unexpected(storage.error());
    Fleet fleet;
    char id[32];
    for (std::size_t i = 0; i < kiosks; ++i) {
        std::snprintf(id, sizeof id, "sim-%05zu", i + 1);
        fleet.ids.emplace_back(id);
    }
    try {
        fleet.tokens = hub::issue_kiosk_tokens(**storage, fleet.ids, hub::system_now());
        fleet.agent_password = crypto::random_hex(16);
        auto hash = crypto::hash_password(fleet.agent_password);
        if (!hash)
            return fail("", "out of memory while hashing the agent's password");
        (*storage)->save_user({agent_name, hub::Role::Admin, *hash});
    } catch (const hub::StorageError& e) {
        return fail(data_dir, std::string(e.what()));
    }
    return fleet;
}

asio::ip::address_v4 loopback(unsigned b, unsigned c, unsigned d) { return asio::ip::address_v4((127u << 24) | (b << 16) | (c << 8) | d); }

// Kiosks come from 127.0.0.2-250, then 127.0.1.2-250 and so on (127.0.0.1 is the agent's, 127.1.0.X
// the slow-loris'): a fleet is many hosts, and the ephemeral ports never run out.
asio::ip::address_v4 kiosk_source(std::size_t index)
{
    return loopback(0, static_cast<unsigned>(index / 249), 2 + static_cast<unsigned>(index % 249));
}

// Runs the io_context until `done` is set (one set-up exchange at a time).
template<typename Start>
std::string run_exchange(asio::io_context& io, Start start)
{
    std::string error;
    bool done = false;
    start([&](std::string result) {
        error = std::move(result);
        done = true;
    });
    io.restart();
    while (!done && io.run_one() > 0) {
    }
    return done ? error : std::string("the exchange never finished");
}

int run(const FleetOptions& options, const std::string& program)
{
    if (auto raised = raise_open_file_limit(options.kiosks + options.slowloris + 256); !raised) {
        std::fprintf(stderr, "phare-fleet-sim: %s\n", describe(raised.error()).c_str());
        return 1;
    }
    auto site = site_id_of(options.site_dir);
    if (!site) {
        std::fprintf(stderr, "phare-fleet-sim: %s\n", describe(site.error()).c_str());
        return 2;
    }
    const std::string hub_binary =
        options.hub_binary.empty() ? (std::filesystem::path(program).parent_path() / "phare-hub").string() : options.hub_binary;
    const bool temporary = options.data_dir.empty();
    const std::string data_dir = temporary ? (std::filesystem::temp_directory_path() / ("phare-fleet-" + crypto::random_hex(4))).string()
                                           : options.data_dir;

    RunInfo info;
    info.hub_binary = hub_binary;
    info.cores = std::thread::hardware_concurrency();
    const auto provisioning_started = SteadyClock::now();
    auto fleet = provision(data_dir, options.kiosks);
    info.provisioning_s = Seconds(SteadyClock::now() - provisioning_started).count();
    if (!fleet) {
        std::fprintf(stderr, "phare-fleet-sim: provisioning: %s\n", describe(fleet.error()).c_str());
        return 1;
    }
    std::fprintf(stderr, "phare-fleet-sim: %zu kiosk tokens written to %s in %.2f s\n", options.kiosks, data_dir.c_str(), info.provisioning_s);

    const int port = options.port != 0 ? options.port : free_port();
    const std::string log_path = data_dir + "/hub.log";
    auto hub = HubProcess::start(hub_binary, data_dir, options.site_dir, port, log_path);
    if (!hub) {
        std::fprintf(stderr, "phare-fleet-sim: %s\n", describe(hub.error()).c_str());
        return 1;
    }
    auto cleanup = [&] {
        if (temporary) {
            std::error_code ignored;
            std::filesystem::remove_all(data_dir, ignored);
        }
    };
    if (auto listening = hub->wait_listening(port, 60); !listening) {
        std::fprintf(stderr, "phare-fleet-sim: %s (its log: %s)\n", describe(listening.error()).c_str(), log_path.c_str());
        return 1;
    }

    asio::io_context io(1);
    FleetStats stats;
    FleetContext context(io, asio::ip::tcp::endpoint(asio::ip::address_v4::loopback(), static_cast<unsigned short>(port)), options, *site, stats);

    // Every kiosk starts up to date: its first poll is a 304, as in a fleet already in service.
    std::shared_ptr<const ManifestInfo> manifest;
    HttpClient probe(io, context.hub, asio::ip::address_v4::loopback());
    std::string failure = run_exchange(io, [&](auto done) {
        probe.send(Request{http::verb::get, "/api/v1/sites/" + *site + "/manifest", 11}, std::chrono::seconds(30), [&, done](Outcome&& outcome) {
            if (outcome.error.empty() && outcome.response.result_int() == 200)
                manifest = context.manifest(std::string(outcome.response[http::field::etag]), outcome.response.body());
            done(manifest ? std::string() : "GET manifest: " + (outcome.error.empty() ? "HTTP " + std::to_string(outcome.response.result_int()) : outcome.error));
        });
    });
    probe.close();
    FleetAgent agent(context, agent_name, fleet->agent_password, loopback(0, 0, 1));
    if (failure.empty() && options.events > 0)
        failure = run_exchange(io, [&](auto done) { agent.log_in(done); });
    if (!failure.empty()) {
        std::fprintf(stderr, "phare-fleet-sim: %s (hub log: %s)\n", failure.c_str(), log_path.c_str());
        hub->stop(5);
        return 1;
    }

    std::vector<std::unique_ptr<SimKiosk>> kiosks;
    for (std::size_t i = 0; i < options.kiosks; ++i)
        kiosks.push_back(std::make_unique<SimKiosk>(context, i, fleet->ids[i], fleet->tokens[i], kiosk_source(i % options.sources), manifest));
    std::vector<std::unique_ptr<SlowClient>> slow;
    for (std::size_t i = 0; i < options.slowloris; ++i)
        slow.push_back(std::make_unique<SlowClient>(context, loopback(1, 0, 1 + static_cast<unsigned>(i % 250))));

    const double ramp_s = options.ramp_s < 0 ? options.poll_s : options.ramp_s;
    auto sample = [&](const std::string& label) {
        HubSample s = hub->sample();
        s.at_s = context.seconds_since_start();
        s.label = label;
        for (const auto& kiosk : kiosks)
            s.kiosk_connections += static_cast<std::size_t>(kiosk->connected());
        for (const auto& client : slow)
            s.slow_connections += static_cast<std::size_t>(client->open());
        stats.samples.push_back(s);
        return s;
    };

    io.restart();
    context.origin = SteadyClock::now();
    sample("before");
    const double cpu_at_start = cpu_seconds_of_this_process();
    const auto origin = context.origin;
    for (auto& kiosk : kiosks)
        kiosk->start(origin + after(context.uniform(0, ramp_s)));
    for (auto& client : slow)
        client->start(origin + after(context.uniform(0, std::min(ramp_s, 5.0))));

    // Publications spread over the run after the ramp, leaving a poll interval at the end.
    stats.deliveries.resize(static_cast<std::size_t>(options.events));
    std::vector<std::unique_ptr<asio::steady_timer>> timers;
    for (std::size_t e = 0; e < stats.deliveries.size(); ++e) {
        Delivery& d = stats.deliveries[e];
        d.published_at_s = std::numeric_limits<double>::infinity();
        d.receipt_ms.assign(options.kiosks, -1.0f);
        d.via_live.assign(options.kiosks, 0);
        const double span = std::max(0.0, options.duration_s - ramp_s - options.poll_s - 5);
        const double at = ramp_s + 2 + span * static_cast<double>(e + 1) / static_cast<double>(stats.deliveries.size() + 1);
        auto& timer = timers.emplace_back(std::make_unique<asio::steady_timer>(io, origin + after(at)));
        timer->async_wait([&, e](const boost::system::error_code& ec) {
            if (!ec)
                agent.publish(e);
        });
    }
    const double connected_at = std::min(ramp_s + 3, options.duration_s - 1);
    auto& connected_timer = timers.emplace_back(std::make_unique<asio::steady_timer>(io, origin + after(connected_at)));
    connected_timer->async_wait([&](const boost::system::error_code& ec) {
        if (!ec)
            sample("connected");
    });
    asio::steady_timer sampler(io);
    std::function<void()> periodic = [&] {
        sampler.expires_after(std::chrono::seconds(5));
        sampler.async_wait([&](const boost::system::error_code& ec) {
            if (ec || context.stopping)
                return;
            auto s = sample("");
            std::fprintf(stderr, "  %5.0f s: hub RSS %.0f MiB, %ld files, CPU %.0f s; %zu kiosks + %zu slow connected; %zu polls ok\n", s.at_s,
                         static_cast<double>(s.rss_kib) / 1024, s.fds, s.cpu_s, s.kiosk_connections, s.slow_connections,
                         stats.of(CallKind::Poll).ok_ms.size());
            periodic();
        });
    };
    periodic();
    asio::steady_timer lag_timer(io);
    std::function<void(SteadyClock::time_point)> measure_lag = [&](SteadyClock::time_point due) {
        lag_timer.expires_at(due);
        lag_timer.async_wait([&, due](const boost::system::error_code& ec) {
            if (ec || context.stopping)
                return;
            const auto now = SteadyClock::now();
            stats.loop_lag_ms.push_back(static_cast<float>(std::chrono::duration<double, std::milli>(now - due).count()));
            measure_lag(now + std::chrono::milliseconds(100));
        });
    };
    measure_lag(SteadyClock::now() + std::chrono::milliseconds(100));
    asio::steady_timer end(io, origin + after(options.duration_s));
    end.async_wait([&](const boost::system::error_code&) {
        sample("end");
        context.stopping = true;
        info.run_s = context.seconds_since_start();
        for (const auto& kiosk : kiosks)
            if (auto call = kiosk->in_flight(); call && call->first != "live") {
                info.unfinished += 1;
                info.oldest_unfinished_s = std::max(info.oldest_unfinished_s, call->second);
            }
        io.stop();
    });
    if (!hub->running()) {
        std::fprintf(stderr, "phare-fleet-sim: the hub died during set-up (log: %s)\n", log_path.c_str());
        return 1;
    }
    io.run();
    info.simulator_cpu_s = cpu_seconds_of_this_process() - cpu_at_start;

    // Stopped while every connection is still open: a hub must stop within seconds regardless.
    const bool hub_alive = hub->running();
    info.hub_stop_s = hub_alive ? hub->stop(10) : -1;
    for (auto& kiosk : kiosks) {
        info.connections_opened += kiosk->connections_opened();
        kiosk->stop();
    }
    for (auto& client : slow)
        client->stop();

    print_report(options, info, stats);
    if (!hub_alive)
        std::printf("  THE HUB DIED DURING THE RUN (log: %s)\n", log_path.c_str());
    if (!options.json_path.empty()) {
        std::ofstream json(options.json_path, std::ios::trunc);
        json << report_json(options, info, stats).dump(2) << "\n";
        if (!json.flush())
            std::fprintf(stderr, "phare-fleet-sim: cannot write %s\n", options.json_path.c_str());
    }
    kiosks.clear();
    slow.clear();
    if (hub_alive)
        cleanup();
    return hub_alive ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv)
{
    auto options = parse_fleet_options(std::vector<std::string>(argv + 1, argv + argc));
    if (!options) {
        std::fprintf(stderr, "phare-fleet-sim: %s\n%s", describe(options.error()).c_str(), fleet_usage().c_str());
        return 2;
    }
    if (options->help) {
        std::printf("%s", fleet_usage().c_str());
        return 0;
    }
    std::string program = argv[0];
    char self[4096];
    if (const auto n = ::readlink("/proc/self/exe", self, sizeof self - 1); n > 0)
        program.assign(self, static_cast<std::size_t>(n));
    return run(*options, program);
}
