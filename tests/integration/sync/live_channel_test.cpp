// The live channel against the REAL hub on 127.0.0.1 (docs/sync.md, "The live channel"): a kiosk
// whose periodic poll is an hour away still shows an agent's change, through the same keep-alive
// connection as its other calls, and a restarted kiosk recovers with a resync. The delay is printed,
// not asserted: a loaded test machine decides it, not the code; phare-fleet-sim measures it under a
// fleet's load (docs/hub.md).
//
// Needs the hub's live route (GET /api/v1/kiosks/{id}/events, docs/hub.md and docs/sync.md).

#include "sync_support.h"

#include "app/sync/live_channel.h"
#include "app/sync/net_worker.h"
#include "publisher.h"

#include <catch2/catch.hpp>

#include <condition_variable>
#include <iostream>
#include <thread>

using namespace phare;
using namespace std::chrono_literals;

namespace {

// The hub serves the live route to this kiosk (a hub without it answers 404: a failure here).
void require_live_route(test::RunningHub& hub, const std::string& token)
{
    net::CurlHttpClient http(test::quick_client());
    app::LiveChannel probe(http, {"http://127.0.0.1:" + std::to_string(hub.port()), "hall", token});
    const app::LiveOutcome outcome = probe.wait_for_events(0, 0s, nullptr);
    INFO(outcome.error);
    REQUIRE(outcome.kind == app::LiveOutcome::Kind::Events);
}

// The kiosk's network side as HubLink builds it: one client for content, heartbeats and the live channel.
struct LiveKiosk {
    LiveKiosk(test::RunningHub& hub, const std::string& token, const std::string& state_dir)
        : url("http://127.0.0.1:" + std::to_string(hub.port())),
          store(test::open_store(state_dir)),
          sync(http, *store, {url, "prefecture-44", hub.hub().public_key_hex()}),
          live(http, {url, "hall", token})
    {
        settings.content.poll_interval = 1h;  // polling cannot explain an update within the test
        settings.seed = 3;
        app::NetJobs jobs;
        jobs.content = [this] {
            const app::SyncOutcome outcome = sync.poll_once();
            std::lock_guard lock(mutex);
            polls.push_back({std::chrono::steady_clock::now(), outcome.version, outcome.kind});
            app::ContentPollResult result;
            result.ok = outcome.kind == app::SyncKind::Unchanged || outcome.kind == app::SyncKind::Updated;
            result.hub_answered = outcome.kind != app::SyncKind::Unreachable;
            result.content_version = outcome.version;
            result.error = outcome.reason;
            return result;
        };
        jobs.live = &live;
        worker = std::make_unique<app::NetWorker>(std::move(jobs), settings, clock, nullptr, &cancel);
    }
    ~LiveKiosk() { worker->stop(); }

    struct Poll {
        std::chrono::steady_clock::time_point at;
        int version;
        app::SyncKind kind;
    };
    std::optional<Poll> first_poll_with_version(int version)
    {
        std::lock_guard lock(mutex);
        for (const Poll& poll : polls)
            if (poll.version == version && poll.kind == app::SyncKind::Updated)
                return poll;
        return std::nullopt;
    }
    std::size_t poll_count()
    {
        std::lock_guard lock(mutex);
        return polls.size();
    }

    std::string url;
    std::atomic<bool> cancel{false};
    net::CurlHttpClient http{test::quick_client(), &cancel};
    std::unique_ptr<store::BundleStore> store;
    app::ContentSync sync;
    app::LiveChannel live;
    app::SteadyWorkerClock clock;
    app::NetWorkerSettings settings;
    std::unique_ptr<app::NetWorker> worker;
    std::mutex mutex;
    std::vector<Poll> polls;
};

// The live route as docs/sync.md specifies it, on a real socket, for what the kiosk's client does
// with it regardless of the hub's implementation: holds each long-poll for its wait (or until
// `publish()`), and notes the client port of every request, i.e. which connection carried it.
class LongPollServer {
public:
    LongPollServer()
    {
        m_server.set_keep_alive_max_count(1000);
        m_server.set_keep_alive_timeout(60);
        m_server.Get(R"(/api/v1/kiosks/hall/events)", [this](const httplib::Request& request, httplib::Response& response) {
            note(request, "events");
            const auto since = std::stoll(request.get_param_value("since"));
            const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(std::stoi(request.get_param_value("wait")));
            std::unique_lock lock(m_mutex);
            m_changed.wait_until(lock, deadline, [&] { return m_latest > since; });
            nlohmann::json events = nlohmann::json::array();
            for (std::int64_t seq = since + 1; seq <= m_latest; ++seq)
                events.push_back({{"seq", seq}, {"kind", "content"}});
            response.set_content(nlohmann::json{{"events", events}, {"next", m_latest}, {"resync", false}}.dump(), "application/json");
        });
        m_server.Get(R"(/api/v1/sites/prefecture-44/manifest)", [this](const httplib::Request& request, httplib::Response& response) {
            note(request, "manifest");
            response.status = 304;
        });
        m_port = m_server.bind_to_any_port("127.0.0.1");
        m_thread = std::thread([this] { m_server.listen_after_bind(); });
        while (!m_server.is_running())
            std::this_thread::sleep_for(1ms);
    }
    ~LongPollServer()
    {
        m_server.stop();
        m_thread.join();
    }
    std::string url() const { return "http://127.0.0.1:" + std::to_string(m_port); }
    void publish()
    {
        {
            std::lock_guard lock(m_mutex);
            ++m_latest;
        }
        m_changed.notify_all();
    }
    std::vector<std::pair<std::string, int>> requests()
    {
        std::lock_guard lock(m_mutex);
        return m_requests;
    }

private:
    void note(const httplib::Request& request, const std::string& what)
    {
        std::lock_guard lock(m_mutex);
        m_requests.emplace_back(what, request.remote_port);
    }

    httplib::Server m_server;
    int m_port = 0;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::int64_t m_latest = 0;
    std::vector<std::pair<std::string, int>> m_requests;
};

template<typename Predicate>
bool eventually(Predicate predicate, std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!predicate()) {
        if (std::chrono::steady_clock::now() > deadline)
            return false;
        std::this_thread::sleep_for(5ms);
    }
    return true;
}

}  // namespace

TEST_CASE("live channel, real hub: an agent's change reaches a kiosk at once, not at its next poll an hour away",
          "[sync][live]")
{
    test::RunningHub hub;
    const std::string token = hub.add_kiosk("hall");
    require_live_route(hub, token);
    test::TempDir state;
    LiveKiosk kiosk(hub, token, state.path());
    kiosk.worker->start();
    REQUIRE(eventually([&] { return kiosk.first_poll_with_version(1).has_value(); }, 5s));
    // Let the start-up resync settle and the long-poll be held.
    REQUIRE(eventually([&] { return kiosk.worker->status().live_connected; }, 5s));
    std::this_thread::sleep_for(500ms);
    const std::size_t polls_before = kiosk.poll_count();

    auto changed = test::with_service_text(test::prefecture_files(), "Accueil au rez-de-chaussée, porte B.");
    const auto published_at = std::chrono::steady_clock::now();
    auto published = hub.context().publisher->publish_source(changed, "agent");
    REQUIRE(published.kind == hub::PublishKind::Published);
    REQUIRE(published.version == 2);
    REQUIRE(eventually([&] { return kiosk.first_poll_with_version(2).has_value(); }, 10s));
    const auto latency = kiosk.first_poll_with_version(2)->at - published_at;
    std::cout << "agent's publish to bundle 2 committed on the kiosk, over the live channel: "
              << std::chrono::duration<double, std::milli>(latency).count() << " ms\n";
    CHECK(kiosk.poll_count() == polls_before + 1);  // one sync for one event
    // The worker records the poll's result after the job has returned it.
    REQUIRE(eventually([&] { return kiosk.worker->status().content_version == 2; }, 10s));
    const app::NetStatus status = kiosk.worker->status();
    CHECK(status.live_connected);
    CHECK(status.live_seq >= 1);
    CHECK(status.content_version == 2);
}

TEST_CASE("live channel, real hub: a kiosk that was off resyncs at start and follows what comes next",
          "[sync][live]")
{
    test::RunningHub hub;
    const std::string token = hub.add_kiosk("hall");
    require_live_route(hub, token);
    test::TempDir state;
    {
        LiveKiosk kiosk(hub, token, state.path());
        kiosk.worker->start();
        REQUIRE(eventually([&] { return kiosk.first_poll_with_version(1).has_value(); }, 5s));
    }
    // Published while the kiosk is off: recovered by the start-up sync and the resync.
    REQUIRE(hub.context().publisher->publish_source(test::with_service_text(test::prefecture_files(), "Version deux."), "agent").version == 2);
    LiveKiosk kiosk(hub, token, state.path());
    kiosk.worker->start();
    REQUIRE(eventually([&] { return kiosk.first_poll_with_version(2).has_value(); }, 5s));
    REQUIRE(eventually([&] { return kiosk.worker->status().live_connected; }, 5s));
    std::this_thread::sleep_for(300ms);
    REQUIRE(hub.context().publisher->publish_source(test::with_service_text(test::prefecture_files(), "Version trois."), "agent").version == 3);
    CHECK(eventually([&] { return kiosk.first_poll_with_version(3).has_value(); }, 10s));
    // the start-up resync and the event, recorded by the worker after the job returns
    CHECK(eventually([&] { return kiosk.worker->status().live_content_syncs >= 2; }, 10s));
}

TEST_CASE("the long-poll and the kiosk's other calls share one keep-alive connection", "[sync][live]")
{
    LongPollServer server;
    std::atomic<bool> cancel{false};
    net::CurlHttpClient http(test::quick_client(), &cancel);  // total timeout 5 s: the long-poll sets its own
    app::LiveChannel live(http, {server.url(), "hall", std::string(64, 'a')});
    app::SteadyWorkerClock clock;
    app::NetWorkerSettings settings;
    settings.content.poll_interval = 60s;
    settings.live_wait = 6s;  // longer than the client's own 5 s total timeout
    std::atomic<int> content_polls{0};
    app::NetJobs jobs;
    jobs.content = [&] {
        net::HttpRequest request;
        request.url = server.url() + "/api/v1/sites/prefecture-44/manifest";
        const auto response = http.send(request);
        ++content_polls;
        app::ContentPollResult result;
        result.ok = response.status == 304;
        result.error = response.error;
        return result;
    };
    jobs.live = &live;
    app::NetWorker worker(std::move(jobs), settings, clock, nullptr, &cancel);
    worker.start();
    std::this_thread::sleep_for(9s);  // the start-up poll, a 6 s long-poll held to its end, half the next
    const int before = content_polls;
    const auto published_at = std::chrono::steady_clock::now();
    server.publish();
    REQUIRE(eventually([&] { return content_polls > before; }, 10s));  // the next poll is 50 s away
    const auto latency = std::chrono::steady_clock::now() - published_at;
    std::cout << "event to content poll over a held long-poll on loopback: " << std::chrono::duration<double, std::milli>(latency).count()
              << " ms\n";
    std::this_thread::sleep_for(500ms);  // the next long-poll, after the manifest
    worker.stop();

    const auto requests = server.requests();
    int polls = 0, manifests = 0;
    for (const auto& [what, port] : requests) {
        INFO(what << " from port " << port);
        CHECK(port == requests.front().second);  // one connection for everything
        (what == "events" ? polls : manifests) += 1;
    }
    CHECK(polls >= 3);      // held to its end, answered with the event, the next one
    CHECK(manifests == 2);  // the start-up poll and the event's
    const auto status = worker.status();
    CHECK(status.live_connected);
    CHECK(status.live_seq == 1);
    CHECK(status.live_content_syncs == 1);
    CHECK(status.live_error.empty());  // no long-poll ended by the client's 5 s timeout
}
