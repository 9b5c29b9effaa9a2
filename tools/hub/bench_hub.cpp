// phare-hub-bench: requests per second and latency percentiles of the two calls every kiosk makes
// all day — manifest polls (mostly 304) and feedback batches — against a real hub on 127.0.0.1 with
// its SQLite file in a temporary folder. A benchmark, not a test: it prints numbers. Client and
// server share this machine's cores, so the numbers are a floor for a dedicated hub.
//
//   phare-hub-bench [--site DIR] [--seconds N] [--threads N]

#include "auth.h"
#include "crypto/crypto.h"
#include "hub.h"
#include "hub_context.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <thread>
#include <vector>

namespace {

using namespace phare;
using Clock = std::chrono::steady_clock;

struct Result {
    std::size_t requests = 0;
    std::size_t failures = 0;
    double seconds = 0;
    std::vector<double> latencies_ms;
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1));
    return values[index];
}

std::string uuid()
{
    std::string hex = crypto::random_hex(16);
    return hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-4" + hex.substr(13, 3) + "-8" + hex.substr(17, 3) + "-" + hex.substr(20, 12);
}

std::string feedback_batch(const std::string& kiosk, std::size_t ratings)
{
    nlohmann::json batch{{"kiosk", kiosk}, {"ratings", nlohmann::json::array()}};
    for (std::size_t i = 0; i < ratings; ++i)
        batch["ratings"].push_back({{"id", uuid()}, {"site", "prefecture-44"}, {"at", "2026-11-26T14:00:00Z"},
                                    {"satisfaction", "good"}, {"clarity", 4}, {"lang", "fr"}, {"modes", {"large-text"}}});
    return batch.dump();
}

// Runs `call` from `threads` threads until `seconds` pass or `max_requests` are made.
template<typename Call>
Result hammer(int threads, double seconds, std::size_t max_requests, Call call)
{
    std::atomic<std::size_t> issued{0};
    std::vector<Result> partial(static_cast<std::size_t>(threads));
    auto start = Clock::now();
    auto deadline = start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t)
        workers.emplace_back([&, t] {
            Result& mine = partial[static_cast<std::size_t>(t)];
            while (Clock::now() < deadline && issued.fetch_add(1) < max_requests) {
                auto before = Clock::now();
                bool ok = call(static_cast<std::size_t>(t));
                mine.latencies_ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - before).count());
                mine.requests += 1;
                mine.failures += ok ? 0 : 1;
            }
        });
    for (auto& worker : workers)
        worker.join();
    Result total;
    total.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    for (auto& p : partial) {
        total.requests += p.requests;
        total.failures += p.failures;
        total.latencies_ms.insert(total.latencies_ms.end(), p.latencies_ms.begin(), p.latencies_ms.end());
    }
    return total;
}

double report(const char* name, const Result& result)
{
    double rate = static_cast<double>(result.requests) / result.seconds;
    std::printf("%-34s %7zu requests in %5.1f s: %8.0f req/s, p50 %6.2f ms, p99 %6.2f ms, failures %zu\n", name, result.requests,
                result.seconds, rate, percentile(result.latencies_ms, 0.50), percentile(result.latencies_ms, 0.99), result.failures);
    return rate;
}

}  // namespace

int main(int argc, char** argv)
{
    std::string site = "config/sites/prefecture-44";
    double seconds = 5;
    int threads = 4;
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string flag = argv[i];
        if (flag == "--site")
            site = argv[i + 1];
        else if (flag == "--seconds")
            seconds = std::clamp(std::atof(argv[i + 1]), 1.0, 60.0);
        else if (flag == "--threads")
            threads = std::clamp(std::atoi(argv[i + 1]), 1, 64);
    }
    auto folder = std::filesystem::temp_directory_path() / ("phare-hub-bench-" + crypto::random_hex(4));
    hub::HubOptions options{folder.string(), site};
    // Every request of the benchmark comes from 127.0.0.1: the per-address limits would measure
    // themselves, not the hub. Per-kiosk limits stay as in production.
    options.limits.feedback_ip_burst = 1e9;
    options.limits.feedback_ip_per_minute = 1e9;
    auto opened = hub::Hub::open(options);
    if (!opened) {
        std::fprintf(stderr, "phare-hub-bench: %s\n", opened.error().c_str());
        return 1;
    }
    auto& server = **opened;
    int port = server.bind("127.0.0.1", 0).value_or(0);
    std::thread serving([&] { server.run(); });
    while (!server.is_running())
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    // Many kiosks, so that the per-kiosk rate limit (a burst of 30 batches) measures the hub, not the limit.
    constexpr std::size_t kiosk_count = 1000;
    std::vector<std::string> tokens;
    for (std::size_t k = 0; k < kiosk_count; ++k)
        tokens.push_back(hub::issue_kiosk_token(*server.context().storage, "k" + std::to_string(k), hub::system_now()));
    std::string etag = httplib::Client("127.0.0.1", port).Get("/api/v1/sites/prefecture-44/manifest")->get_header_value("ETag");

    std::printf("phare-hub-bench: %d client threads, a new connection per request (as kiosks poll), %u cores\n", threads,
                std::thread::hardware_concurrency());
    std::atomic<std::size_t> counter{0};
    auto polls = hammer(threads, seconds, 200000, [&](std::size_t) {
        httplib::Client client("127.0.0.1", port);
        // One poll in ten comes from a kiosk whose bundle is out of date and gets the full manifest.
        bool stale = counter.fetch_add(1) % 10 == 0;
        auto res = stale ? client.Get("/api/v1/sites/prefecture-44/manifest")
                         : client.Get("/api/v1/sites/prefecture-44/manifest", {{"If-None-Match", etag}});
        return res && res->status == (stale ? 200 : 304);
    });
    double poll_rate = report("manifest polls (90% 304)", polls);
    auto batches = hammer(threads, seconds, 20000, [&](std::size_t) {
        httplib::Client client("127.0.0.1", port);
        std::size_t k = counter.fetch_add(1) % kiosk_count;
        auto res = client.Post("/api/v1/feedback", {{"Authorization", "Bearer " + tokens[k]}}, feedback_batch("k" + std::to_string(k), 10),
                               "application/json");
        return res && res->status == 200;
    });
    double batch_rate = report("feedback batches (10 ratings each)", batches);

    // A kiosk polls its manifest once a minute and sends one batch every five minutes.
    double kiosks = 1.0 / (1.0 / (poll_rate * 60.0) + 1.0 / (batch_rate * 300.0));
    std::printf("=> at one poll a minute and one batch every 5 minutes per kiosk, this hub serves about %.0f kiosks\n", kiosks);
    server.stop();
    serving.join();
    std::filesystem::remove_all(folder);
    return 0;
}
