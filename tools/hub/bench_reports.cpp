// phare-hub-bench-reports: what a slow report costs the calls kiosks make, at the storage level
// (no HTTP, so the numbers are storage's alone). A SQLite file in a temporary folder gets
// --ratings ratings (default 200,000), then, for a few seconds each:
//   - manifest lookups and feedback batches (10 ratings) alone;
//   - the same while another thread runs the open-data report (every rating, by day and service)
//     again and again (a quarter of a second apart), first as the hub did before reports had their own connection (one lock for
//     everything: emulated here by one mutex around every call), then as it does now;
//   - the open data from OpenDataCache: the daily computation, then a cached answer.
// A benchmark, not a test: it prints numbers (docs/hub.md, "Benchmark").
//
//   phare-hub-bench-reports [--ratings N] [--seconds S]

#include "clock.h"
#include "platform/crypto/crypto.h"
#include "open_data_cache.h"
#include "storage_sqlite.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <thread>
#include <vector>

namespace {

using namespace phare;
using Steady = std::chrono::steady_clock;

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[static_cast<std::size_t>(p * static_cast<double>(values.size() - 1))];
}

std::string uuid()
{
    std::string hex = crypto::random_hex(16);
    return hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-4" + hex.substr(13, 3) + "-8" + hex.substr(17, 3) + "-" + hex.substr(20, 12);
}

std::vector<hub::Rating> ratings(std::size_t count, std::int64_t now, std::size_t& serial)
{
    static const char* services[] = {"titres-sejour", "regie", "cartes-grises", "permis", "accueil", "naturalisation"};
    static const char* satisfactions[] = {"good", "medium", "bad"};
    std::vector<hub::Rating> batch;
    for (std::size_t i = 0; i < count; ++i, ++serial) {
        hub::Rating r;
        r.id = uuid();
        r.site = "prefecture-44";
        r.at = hub::utc_iso((now - static_cast<std::int64_t>(serial % (365 * 24)) * 3600) / 3600 * 3600);  // a year of hours
        r.satisfaction = satisfactions[serial % 3];
        r.service = services[serial % 6];
        r.lang = "fr";
        r.modes = {"speech"};
        batch.push_back(std::move(r));
    }
    return batch;
}

struct Latencies {
    std::vector<double> ms;
    void print(const char* name) const
    {
        std::printf("  %-40s %6zu calls  p50 %8.2f ms  p90 %8.2f ms  p99 %8.2f ms  max %8.1f ms\n", name, ms.size(), percentile(ms, 0.5),
                    percentile(ms, 0.9), percentile(ms, 0.99), ms.empty() ? 0.0 : *std::max_element(ms.begin(), ms.end()));
    }
};

// Calls `call` at a fixed rate for `seconds`, as independent kiosks would arrive, and times each
// call from when it was due: a call held up behind a report delays those due after it too, so
// the percentiles show what kiosks wait (no coordinated omission).
template<typename Call>
Latencies time_calls(double seconds, std::chrono::microseconds interval, Call call)
{
    Latencies result;
    auto start = Steady::now();
    auto deadline = start + std::chrono::duration_cast<Steady::duration>(std::chrono::duration<double>(seconds));
    for (auto due = start; due < deadline; due += interval) {
        std::this_thread::sleep_until(due);
        call();
        result.ms.push_back(std::chrono::duration<double, std::milli>(Steady::now() - due).count());
    }
    return result;
}

}  // namespace

int main(int argc, char** argv)
{
    std::size_t count = 200'000;
    double seconds = 4;
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string flag = argv[i];
        if (flag == "--ratings")
            count = static_cast<std::size_t>(std::clamp(std::atol(argv[i + 1]), 1000L, 5'000'000L));
        else if (flag == "--seconds")
            seconds = std::clamp(std::atof(argv[i + 1]), 0.5, 60.0);
    }
    auto folder = std::filesystem::temp_directory_path() / ("phare-hub-bench-reports-" + crypto::random_hex(4));
    std::filesystem::create_directories(folder);
    auto storage = hub::open_sqlite_storage((folder / "hub.sqlite").string());
    const std::int64_t now = hub::system_now();
    storage->save_manifest({"prefecture-44", 1, std::string(4000, ' ') + "{}", "\"v1\"", now - 400 * 86400});

    auto fill_start = Steady::now();
    std::size_t serial = 0;
    while (serial < count)
        storage->store_ratings("k" + std::to_string(serial % 100), ratings(std::min<std::size_t>(500, count - serial), now, serial), now);
    std::printf("phare-hub-bench-reports: %zu ratings stored in %.1f s (batches of 500), %u cores\n", count,
                std::chrono::duration<double>(Steady::now() - fill_start).count(), std::thread::hardware_concurrency());

    std::size_t writes = 0;
    auto manifest = [&] { storage->latest_manifest("prefecture-44"); };
    auto feedback = [&] { storage->store_ratings("bench", ratings(10, now, writes), now); };
    auto report = [&] { return storage->rating_counts(hub::RatingDimension::DayAndService).size(); };

    auto report_start = Steady::now();
    report();
    std::printf("one open-data report over every rating: %.0f ms\n", std::chrono::duration<double, std::milli>(Steady::now() - report_start).count());
    std::printf("manifest lookups due every 2 ms, feedback batches every 20 ms, latency counted from when each was due\n\n");
    using std::chrono::microseconds;

    std::printf("alone:\n");
    time_calls(seconds, microseconds(2000), manifest).print("manifest lookup");
    time_calls(seconds, microseconds(20000), feedback).print("feedback batch (10 ratings, fsync)");

    for (bool shared_lock : {true, false}) {
        std::printf("\nwhile reports run one after another (250 ms apart), %s:\n",
                    shared_lock ? "BEFORE (one lock for reports and kiosks' calls, as the hub had)" : "NOW (reports on their own read connection)");
        std::mutex old_lock;
        std::atomic<bool> stop{false};
        std::atomic<int> reports{0};
        auto guarded = [&](auto call) {
            return [&, call] {
                if (shared_lock) {
                    std::lock_guard lock(old_lock);
                    call();
                } else {
                    call();
                }
            };
        };
        // A report, then a quarter of a second of rest, and again: someone downloading the export
        // over and over (back to back, the old lock starves the other callers without end).
        std::thread reporter([&] {
            while (!stop) {
                guarded(report)();
                ++reports;
                std::this_thread::sleep_for(std::chrono::milliseconds(250));
            }
        });
        time_calls(seconds, microseconds(2000), guarded(manifest)).print("manifest lookup");
        time_calls(seconds, microseconds(20000), guarded(feedback)).print("feedback batch (10 ratings, fsync)");
        stop = true;
        reporter.join();
        std::printf("  (%d reports ran meanwhile)\n", reports.load());
    }

    hub::OpenDataCache cache(*storage);
    auto first_start = Steady::now();
    cache.get(now);
    double first_ms = std::chrono::duration<double, std::milli>(Steady::now() - first_start).count();
    auto cached_start = Steady::now();
    for (int i = 0; i < 10'000; ++i)
        cache.get(now);
    double cached_us = std::chrono::duration<double, std::micro>(Steady::now() - cached_start).count() / 10'000.0;
    std::printf("\nopen data from OpenDataCache: daily computation %.0f ms; then %.2f us per request (%d computation for 10,001 requests)\n",
                first_ms, cached_us, cache.computations());

    storage.reset();
    std::filesystem::remove_all(folder);
    return 0;
}
