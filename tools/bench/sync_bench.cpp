// phare-bench-sync: what content sync costs on the wire and in time, against the real hub
// (in-process, 127.0.0.1) and a real bundle store in a temporary folder:
//   - the first full sync of the example prefecture (bytes, blobs, time);
//   - a poll when nothing changed (a 304: bytes, and p50 / p99 time over N polls);
//   - an agent's change of one service's text (only the changed blob: bytes, blobs, time), and
//     the time from the agent's save (publication) to the new bundle committed on the kiosk;
//   - an agent closing a service for the day (only status.json changes).
// Usage: phare-bench-sync [--polls N] [--site DIR]

#include "app/sync/content_sync.h"
#include "core/bundle/site_status.h"
#include "hub.h"
#include "hub_context.h"
#include "platform/net/curl_http_client.h"
#include "publisher.h"
#include "platform/store/bundle_store.h"
#include "platform/store/site_directory.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

using namespace phare;
using Clock = std::chrono::steady_clock;

namespace {

double ms_since(Clock::time_point start) { return std::chrono::duration<double, std::milli>(Clock::now() - start).count(); }

std::string temporary_folder()
{
    std::string pattern = (std::filesystem::temp_directory_path() / "phare-bench-sync-XXXXXX").string();
    if (!::mkdtemp(pattern.data()))
        std::exit(1);
    return pattern;
}

[[noreturn]] void fail(const std::string& what)
{
    std::fprintf(stderr, "phare-bench-sync: %s\n", what.c_str());
    std::exit(1);
}

struct Row {
    std::string what;
    app::SyncOutcome outcome;
    double ms = 0;
};

void print_row(const Row& row)
{
    std::printf("| %-40s | %-9s | %7d | %10llu | %10llu | %8.2f |\n", row.what.c_str(), app::to_string(row.outcome.kind),
                static_cast<int>(row.outcome.blobs_fetched), static_cast<unsigned long long>(row.outcome.bytes_sent),
                static_cast<unsigned long long>(row.outcome.bytes_transferred), row.ms);
}

}  // namespace

int main(int argc, char** argv)
{
    int polls = 500;
    std::string site = std::string(PHARE_SOURCE_DIR) + "/config/sites/prefecture-44";
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string option = argv[i];
        if (option == "--polls")
            polls = std::max(1, std::atoi(argv[i + 1]));
        else if (option == "--site")
            site = argv[i + 1];
    }
    const std::string folder = temporary_folder();
    auto opened = hub::Hub::open({folder + "/hub", site});
    if (!opened)
        fail(describe(opened.error()));
    auto& hub = **opened;
    auto port = hub.bind("127.0.0.1", 0);
    if (!port)
        fail(describe(port.error()));
    std::thread server([&hub] { hub.run(); });
    while (!hub.is_running())
        std::this_thread::sleep_for(std::chrono::milliseconds(2));

    auto store = store::BundleStore::open(folder + "/kiosk");
    if (!store)
        fail(describe(store.error()));
    net::CurlHttpClient http;
    auto current = hub.context().publisher->current();
    app::ContentSync sync(http, **store,
                          {"http://127.0.0.1:" + std::to_string(*port), current->site.id, hub.public_key_hex()});

    std::vector<Row> rows;
    auto timed = [&](const std::string& what) {
        auto start = Clock::now();
        auto outcome = sync.poll_once();
        rows.push_back({what, std::move(outcome), ms_since(start)});
        return rows.back();
    };
    timed("first sync (every blob)");
    timed("poll, nothing changed (304)");

    std::vector<double> times;
    for (int i = 0; i < polls; ++i) {
        auto start = Clock::now();
        if (sync.poll_once().kind != app::SyncKind::Unchanged)
            fail("a no-change poll did not answer Unchanged");
        times.push_back(ms_since(start));
    }
    std::sort(times.begin(), times.end());

    auto files = store::read_site_directory(site);
    if (!files)
        fail(describe(files.error()));
    auto services = nlohmann::json::parse(files->at("services.json"));
    services["services"][0]["description"]["fr"] = "Texte modifié par un agent.";
    (*files)["services.json"] = services.dump(2);
    auto saved = Clock::now();
    hub.context().publisher->publish_source(*files, "agent");
    const double publish_ms = ms_since(saved);
    auto change = timed("one service's text changed");
    const double save_to_kiosk_ms = ms_since(saved);

    bundle::SiteStatus status;
    status.services[current->site.services.front().id] = {bundle::ServiceState::ClosedToday, "2026-11-26", {}, {}, {}};
    hub.context().publisher->publish_status(status, "agent", "closed today");
    timed("an agent closes a service (status.json)");
    const auto manifest_bytes = (*(*store)->current())->manifest_bytes.size();

    std::printf("\ncontent sync, site %s, hub on 127.0.0.1 (%d no-change polls)\n\n", current->site.id.c_str(), polls);
    std::printf("| %-40s | %-9s | %7s | %10s | %10s | %8s |\n", "cycle", "outcome", "blobs", "bytes sent", "received", "ms");
    std::printf("|%s|%s|%s|%s|%s|%s|\n", std::string(42, '-').c_str(), std::string(11, '-').c_str(),
                std::string(9, '-').c_str(), std::string(12, '-').c_str(), std::string(12, '-').c_str(), std::string(10, '-').c_str());
    for (const auto& row : rows)
        print_row(row);
    std::printf("\nthe manifest is %zu bytes; bytes count HTTP headers and bodies\n", manifest_bytes);
    std::printf("no-change poll time: p50 %.3f ms, p99 %.3f ms\n", times[times.size() / 2],
                times[std::min(times.size() - 1, times.size() * 99 / 100)]);
    std::printf("agent's save to bundle committed on the kiosk: %.1f ms (publish %.1f ms + poll cycle %.1f ms),\n"
                "plus the wait for the next poll (15 s by default, with jitter: 7.5 s on average)\n",
                save_to_kiosk_ms, publish_ms, change.ms);

    hub.stop();
    server.join();
    std::filesystem::remove_all(folder);
    return 0;
}
