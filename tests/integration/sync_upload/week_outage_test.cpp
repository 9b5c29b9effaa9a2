// The hub is down for a simulated week while visitors keep rating (200 a day): the network worker
// keeps trying on its backoff schedule against a port where nothing listens (real refused
// connections, counted), never faster than its floor and never less often than its cap. Then a
// real hub comes up on that very port and the backlog drains: every stored rating reaches the hub
// exactly once, except those the full outbox dropped by its documented policy (oldest first,
// counted, reported in the heartbeat).

#include "app/sync/net_worker.h"
#include "fake_worker_clock.h"
#include "upload_fixture.h"

#include "hub.h"

#include <catch2/catch.hpp>

#include <future>
#include <iostream>

using namespace phare;

namespace {

constexpr std::int64_t day_ms = 86'400'000;
constexpr std::int64_t week_ms = 7 * day_ms;
constexpr std::int64_t hub_epoch = 1'790'000'000;
constexpr int ratings_per_day = 200;

struct Attempt {
    std::string kind;
    std::int64_t at_ms;
};

// What the worker tried during the outage, per kind of call.
struct Tries {
    std::vector<std::int64_t> at;
    std::int64_t min_gap_ms() const
    {
        std::int64_t gap = week_ms;
        for (std::size_t i = 1; i < at.size(); ++i)
            gap = std::min(gap, at[i] - at[i - 1]);
        return gap;
    }
    std::int64_t max_gap_ms() const
    {
        std::int64_t gap = 0;
        for (std::size_t i = 1; i < at.size(); ++i)
            gap = std::max(gap, at[i] - at[i - 1]);
        return gap;
    }
};

}  // namespace

TEST_CASE("hub down for a simulated week, then back: the backlog drains, nothing lost or duplicated", "[upload][fault][week]")
{
    // Capacity above the week's 1400 ratings; then a capacity of 1000, where the 400 oldest go.
    auto [capacity, expected_drops] = GENERATE(table<std::int64_t, std::int64_t>({{5000, 0}, {1000, 400}}));
    INFO("outbox capacity " << capacity);

    const int port = test::free_loopback_port();
    const std::string url = "http://127.0.0.1:" + std::to_string(port);
    test::TempDir dir;
    const std::string hub_data = dir.path() + "/hub";
    // The kiosk was provisioned before the outage: the hub had published the site (ratings dated
    // before a site's first publication are refused) and its token exists in the data folder.
    std::string token;
    {
        auto before = hub::Hub::open({hub_data, test::source_dir("config/sites/prefecture-44"), [] { return hub_epoch; }});
        REQUIRE(before);
        token = hub::issue_kiosk_token(*(*before)->context().storage, "hall", hub_epoch);
    }
    // Two connections on one file, as in the kiosk: the recorder's and the network worker's.
    auto worker_outbox = test::open_outbox(dir.path() + "/outbox.db", capacity);
    auto recorder_outbox = test::open_outbox(dir.path() + "/outbox.db", capacity);

    test::FakeWorkerClock clock;
    std::atomic<bool> cancel{false};
    net::CurlHttpClient curl(test::loopback_options(), &cancel);
    test::CountingClient http(curl);
    std::mutex attempts_mutex;
    std::vector<Attempt> attempts;
    http.before_send = [&](const net::HttpRequest& request) {
        std::lock_guard lock(attempts_mutex);
        attempts.push_back({test::CountingClient::kind(request.url), clock.seconds() * 1000});
    };

    app::FeedbackUploader uploader(http, *worker_outbox, {url, "hall", token, 100});
    app::HeartbeatSender heartbeat(http, {url, "hall", token});
    // Content sync stands in as a manifest poll through the same client (the real ContentSync is
    // plugged in by the app): it fails while the hub is down and works once it is back.
    app::ContentJob content = [&] {
        net::HttpRequest request;
        request.url = url + "/api/v1/sites/prefecture-44/manifest";
        auto response = http.send(request);
        app::ContentPollResult result;
        result.ok = response.status == 200 || response.status == 304;
        result.hub_answered = response.status != 0;
        result.content_version = 1;
        if (!result.ok)
            result.error = app::describe("content sync", response);
        return result;
    };
    app::NetWorkerSettings settings;
    settings.seed = 7;
    settings.content_version = 1;
    // When, in simulated time, an upload run first left the outbox empty after the hub came back.
    std::atomic<bool> hub_is_up{false};
    std::atomic<std::int64_t> drained_at_s{-1};
    auto on_event = [&](const app::NetEvent& event) {
        if (hub_is_up && event.job == app::NetJob::Upload && event.ok && event.backlog == 0 && drained_at_s < 0)
            drained_at_s = clock.seconds();
    };
    app::NetWorker worker({content, &uploader, &heartbeat}, settings, clock, on_event, &cancel);

    // Visitors rate every 432 simulated seconds; each rating nudges the worker, as the app does.
    std::mt19937_64 random(static_cast<std::uint64_t>(capacity));
    std::vector<std::string> added;
    std::int64_t next_arrival = day_ms / ratings_per_day;
    std::promise<void> week_over, hub_up;
    auto hub_up_future = hub_up.get_future();
    bool paused = false;
    clock.on_advance = [&](std::int64_t now) {
        for (; next_arrival <= now && next_arrival <= week_ms; next_arrival += day_ms / ratings_per_day) {
            added.push_back(test::uuid(random));
            if (auto stored = recorder_outbox->add(test::kiosk_rating(added.back(), static_cast<int>(added.size()))); !stored)
                FAIL_CHECK("outbox add failed: " << describe(stored.error()));
            worker.nudge();
        }
        if (now >= week_ms && !paused) {
            paused = true;
            week_over.set_value();
            hub_up_future.wait();
        }
        if (paused)  // let real time pass so the drain is not outrun by simulated polls
            std::this_thread::sleep_for(std::chrono::milliseconds(3));
    };

    const auto real_start = std::chrono::steady_clock::now();
    worker.start();
    REQUIRE(week_over.get_future().wait_for(std::chrono::seconds(90)) == std::future_status::ready);
    const double outage_real_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - real_start).count();

    // The outage, seen from the worker's requests.
    std::map<std::string, Tries> tries;
    {
        std::lock_guard lock(attempts_mutex);
        for (const auto& attempt : attempts)
            tries[attempt.kind].at.push_back(attempt.at_ms);
    }
    std::cout << "week outage (capacity " << capacity << "): " << tries["feedback"].at.size() << " upload, "
              << tries["heartbeat"].at.size() << " heartbeat, " << tries["other"].at.size() << " manifest attempts in "
              << outage_real_s << " s real\n";
    for (const char* kind : {"feedback", "heartbeat", "other"}) {
        INFO(kind);
        const Tries& each = tries[kind];
        // Backoff caps the attempts: on average no more than one every 5 minutes (a hot loop would
        // make hundreds of thousands)...
        CHECK(each.at.size() <= 7u * 24 * 12);
        // ...never two within the 5 s floor, and never a silence longer than the 15 min cap.
        CHECK(each.min_gap_ms() >= 5'000);
        CHECK(each.max_gap_ms() <= 15 * 60'000);
        CHECK(each.at.size() >= 7u * 24 * 4);
    }
    const auto during = worker.status();
    CHECK_FALSE(during.hub_reachable);
    CHECK(during.last_error.find("hub unreachable") != std::string::npos);
    REQUIRE(added.size() == 7u * ratings_per_day);
    auto stats = worker_outbox->stats();
    CHECK(stats.pending == std::min<std::int64_t>(capacity, 7 * ratings_per_day));
    CHECK(stats.dropped == expected_drops);

    // The hub comes back on the port the kiosk was configured with; its clock is the simulation's.
    test::HubOnPort hub(port, hub_data, [&clock] { return hub_epoch + clock.seconds(); });
    const std::int64_t back_at_s = clock.seconds();
    hub_is_up = true;
    hub_up.set_value();

    const std::vector<std::string> expected(added.begin() + expected_drops, added.end());
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    test::HubRatings on_hub;
    app::NetStatus after;
    do {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        on_hub = test::hub_ratings(hub.data_dir());
        after = worker.status();
    } while ((on_hub.rows < static_cast<std::int64_t>(expected.size()) || !after.last_error.empty() ||
              hub.context().storage->heartbeats().empty() || hub.context().storage->heartbeats()[0].outbox_backlog != 0) &&
             std::chrono::steady_clock::now() < deadline);
    const std::int64_t drained_after_s = drained_at_s - back_at_s;
    worker.stop();
    std::cout << "  hub back: drained within " << drained_after_s << " simulated s\n";

    CHECK(on_hub.rows == static_cast<std::int64_t>(expected.size()));
    CHECK(on_hub.distinct() == test::as_set(expected));  // nothing lost but the documented drops
    CHECK(worker_outbox->stats().pending == 0);
    CHECK(drained_at_s >= 0);
    CHECK(drained_after_s <= 15 * 60);  // the first retry after the hub is back is at most the cap away
    CHECK(after.hub_reachable);
    CHECK(after.last_error.empty());
    CHECK(after.dropped == expected_drops);
    auto beats = hub.context().storage->heartbeats();
    REQUIRE(beats.size() == 1);
    CHECK(beats[0].outbox_dropped == expected_drops);
    CHECK(beats[0].outbox_backlog == 0);
    CHECK(beats[0].content_version == 1);
}
