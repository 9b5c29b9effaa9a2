// The network worker on real time: stop() returns promptly even while a request hangs on a hub
// that never answers (cancellation reaches libcurl), nudge() uploads a new rating at once, and
// the heartbeat carries the backlog, the drops and the last error to the hub's fleet page.

#include "app/sync/net_worker.h"
#include "agent_client.h"
#include "upload_fixture.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <poll.h>

#include <filesystem>
#include <iostream>

using namespace phare;
using namespace std::chrono_literals;

namespace {

// Accepts connections and never answers: a hub stuck behind a broken proxy.
class StallingServer {
public:
    StallingServer()
    {
        m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        REQUIRE(::bind(m_listen, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
        REQUIRE(::listen(m_listen, 8) == 0);
        socklen_t length = sizeof address;
        ::getsockname(m_listen, reinterpret_cast<sockaddr*>(&address), &length);
        m_port = ntohs(address.sin_port);
        m_thread = std::thread([this] {
            while (!m_stop) {
                pollfd fd{m_listen, POLLIN, 0};
                if (::poll(&fd, 1, 20) > 0) {
                    int client = ::accept(m_listen, nullptr, nullptr);
                    std::lock_guard lock(m_mutex);
                    m_clients.push_back(client);
                }
            }
        });
    }
    ~StallingServer()
    {
        m_stop = true;
        m_thread.join();
        for (int client : m_clients)
            ::close(client);
        ::close(m_listen);
    }
    int port() const { return m_port; }
    std::size_t accepted()
    {
        std::lock_guard lock(m_mutex);
        return m_clients.size();
    }

private:
    int m_listen = -1;
    int m_port = 0;
    std::atomic<bool> m_stop{false};
    std::mutex m_mutex;
    std::vector<int> m_clients;
    std::thread m_thread;
};

template<typename Predicate>
bool eventually(Predicate predicate, std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!predicate()) {
        if (std::chrono::steady_clock::now() > deadline)
            return false;
        std::this_thread::sleep_for(10ms);
    }
    return true;
}

}  // namespace

TEST_CASE("stop() returns at once, not at the request's 60 s timeout, while an upload hangs on a hub that never answers",
          "[upload][worker]")
{
    StallingServer server;
    test::TempDir dir;
    auto outbox = test::open_outbox(dir.path() + "/outbox.db");
    std::mt19937_64 random(5);
    test::add_ratings(*outbox, 3, random);
    std::atomic<bool> cancel{false};
    net::HttpClientOptions options;
    options.total_timeout_ms = 60'000;  // without cancellation, stop() would wait this long
    net::CurlHttpClient curl(options, &cancel);
    app::FeedbackUploader uploader(curl, *outbox, {"http://127.0.0.1:" + std::to_string(server.port()), "hall", "t", 100});
    app::SteadyWorkerClock clock;
    app::NetWorkerSettings settings;
    settings.nudge_delay = 10ms;
    std::atomic<int> events{0};
    app::NetWorker worker({{}, &uploader, nullptr}, settings, clock, [&](const app::NetEvent&) { ++events; }, &cancel);

    worker.start();
    REQUIRE(eventually([&] { return server.accepted() > 0; }, 5s));
    std::this_thread::sleep_for(200ms);  // the POST is sent and waiting for an answer
    const auto before = std::chrono::steady_clock::now();
    worker.stop();
    const auto took = std::chrono::steady_clock::now() - before;

    std::cout << "stop() during a stalled request: " << std::chrono::duration<double, std::milli>(took).count() << " ms\n";
    CHECK(took < 10s);  // a wide margin below 60 s: a loaded machine must not decide
    CHECK(events == 0);  // a cancelled attempt is not reported as a hub failure
    CHECK(outbox->stats().pending == 3);
}

TEST_CASE("nudge() uploads a new rating promptly, and without it the upload waits for its poll", "[upload][worker]")
{
    test::RunningHub hub;
    const std::string token = hub.add_kiosk("hall");
    const std::string url = "http://127.0.0.1:" + std::to_string(hub.port());
    test::TempDir dir;
    auto worker_outbox = test::open_outbox(dir.path() + "/outbox.db");
    auto recorder_outbox = test::open_outbox(dir.path() + "/outbox.db");
    std::atomic<bool> cancel{false};
    net::CurlHttpClient curl(test::loopback_options(), &cancel);
    app::FeedbackUploader uploader(curl, *worker_outbox, {url, "hall", token, 100});
    app::SteadyWorkerClock clock;
    app::NetWorkerSettings settings;
    settings.upload.poll_interval = 1h;
    settings.nudge_delay = 100ms;
    std::atomic<int> uploads{0};
    app::NetWorker worker({{}, &uploader, nullptr}, settings, clock,
                          [&](const app::NetEvent& event) { uploads += event.job == app::NetJob::Upload ? 1 : 0; }, &cancel);
    worker.start();
    REQUIRE(eventually([&] { return uploads > 0; }, 3s));  // the start-up run found nothing to send

    std::mt19937_64 random(8);
    auto ids = test::add_ratings(*recorder_outbox, 1, random);
    std::this_thread::sleep_for(500ms);
    CHECK(test::hub_ratings(hub.data_dir()).rows == 0);  // not sent: the next poll is an hour away

    const auto nudged = std::chrono::steady_clock::now();
    worker.nudge();
    CHECK(eventually([&] { return test::hub_ratings(hub.data_dir()).rows == 1; }, 10s));  // not the poll an hour away
    const auto latency = std::chrono::steady_clock::now() - nudged;
    std::cout << "nudge to rating on the hub: " << std::chrono::duration<double, std::milli>(latency).count() << " ms\n";
    CHECK(test::hub_ratings(hub.data_dir()).distinct() == test::as_set(ids));
    CHECK(worker.status().backlog == 0);
    CHECK(worker.status().hub_reachable);
    worker.stop();
}

TEST_CASE("the heartbeat brings the backlog, the drops and the last error to the fleet page", "[upload][worker]")
{
    test::RunningHub hub;
    const std::string token = hub.add_kiosk("hall");
    const std::string url = "http://127.0.0.1:" + std::to_string(hub.port());
    test::TempDir dir;
    auto outbox = test::open_outbox(dir.path() + "/outbox.db", 8);
    std::mt19937_64 random(9);
    test::add_ratings(*outbox, 10, random);  // capacity 8: the 2 oldest are dropped and counted
    std::atomic<bool> cancel{false};
    net::CurlHttpClient curl(test::loopback_options(), &cancel);
    // The token file holds an old token for the upload (a maintainer's mistake), so the backlog stays.
    app::FeedbackUploader uploader(curl, *outbox, {url, "hall", std::string(64, '0'), 100});
    app::HeartbeatSender heartbeat(curl, {url, "hall", token});
    app::SteadyWorkerClock clock;
    app::NetWorkerSettings settings;
    settings.nudge_delay = 50ms;
    settings.content_version = 1;
    app::NetWorker worker({{}, &uploader, &heartbeat}, settings, clock, nullptr, &cancel);
    worker.start();
    REQUIRE(eventually([&] { return !hub.context().storage->heartbeats().empty(); }, 5s));
    worker.stop();

    auto beat = hub.context().storage->heartbeats().at(0);
    CHECK(beat.kiosk == "hall");
    CHECK(beat.outbox_backlog == 8);
    CHECK(beat.outbox_dropped == 2);
    CHECK(beat.outbox_rejected == 0);
    CHECK(beat.content_version == 1);
    CHECK(beat.last_error.find("feedback upload: token refused") != std::string::npos);
    auto status = worker.status();
    CHECK(status.backlog == 8);
    CHECK(status.dropped == 2);
    CHECK(status.last_error == beat.last_error);

    const std::string password = "correct horse battery";
    hub.add_user("marie", password);
    auto page = hub.client().Get("/agent/kiosks", {{"Cookie", test::log_in(hub, "marie", password)}});
    REQUIRE(page);
    CHECK(page->status == 200);
    CHECK(page->body.find("<td>8</td><td>2 / 0</td>") != std::string::npos);
    CHECK(page->body.find("token refused") != std::string::npos);
}

TEST_CASE("a heartbeat's error text is cut to the hub's 1000 bytes on a character boundary and stays valid UTF-8", "[upload]")
{
    app::HeartbeatReport report;
    report.last_error = std::string(998, 'x') + "é\xff" + "tail";  // an invalid byte becomes '?'
    auto parsed = nlohmann::json::parse(app::heartbeat_json(report));
    CHECK(parsed["last_error"] == std::string(998, 'x') + "é");
    CHECK(parsed["outbox_dropped"] == 0);
    report.last_error = std::string(999, 'x') + "é";  // "é" would straddle byte 1000: it goes whole
    parsed = nlohmann::json::parse(app::heartbeat_json(report));
    CHECK(parsed["last_error"] == std::string(999, 'x'));

    test::RunningHub hub;
    const std::string token = hub.add_kiosk("hall");
    net::CurlHttpClient curl(test::loopback_options());
    app::HeartbeatSender sender(curl, {"http://127.0.0.1:" + std::to_string(hub.port()), "hall", token});
    report.last_error = std::string(5000, 'e');
    report.outbox_rejected = 3;
    auto result = sender.send(report);
    INFO(result.error);
    CHECK(result.ok());
    CHECK(result.manifest_version == 1);
    CHECK(hub.context().storage->heartbeats().at(0).last_error.size() == 1000);
    CHECK(hub.context().storage->heartbeats().at(0).outbox_rejected == 3);
}

TEST_CASE("a hub data folder from before the drop counters gains them at start and keeps its heartbeats", "[upload]")
{
    test::TempDir dir;
    const std::string data = dir.path() + "/data";
    std::filesystem::create_directories(data);
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open((data + "/hub.sqlite").c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db,
                         "CREATE TABLE heartbeats (kiosk TEXT PRIMARY KEY, content_version INTEGER NOT NULL, uptime_s INTEGER NOT NULL, "
                         "outbox_backlog INTEGER NOT NULL, last_error TEXT NOT NULL, received_at INTEGER NOT NULL);"
                         "INSERT INTO heartbeats VALUES ('etage-1', 1, 60, 7, '', 1790000000);",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    std::filesystem::permissions(data, std::filesystem::perms::owner_all);

    test::RunningHub hub(test::source_dir("config/sites/prefecture-44"), data);
    auto old_beats = hub.context().storage->heartbeats();
    REQUIRE(old_beats.size() == 1);
    CHECK(old_beats[0].outbox_backlog == 7);
    CHECK(old_beats[0].outbox_dropped == 0);

    const std::string token = hub.add_kiosk("hall");
    net::CurlHttpClient curl(test::loopback_options());
    app::HeartbeatSender sender(curl, {"http://127.0.0.1:" + std::to_string(hub.port()), "hall", token});
    app::HeartbeatReport report;
    report.outbox_dropped = 4;
    auto result = sender.send(report);
    INFO(result.error);
    CHECK(result.ok());
    auto beats = hub.context().storage->heartbeats();
    REQUIRE(beats.size() == 2);
    CHECK(beats[1].kiosk == "hall");
    CHECK(beats[1].outbox_dropped == 4);
}

TEST_CASE("a held long-poll does not delay a rating, nor stop()", "[upload][worker][live]")
{
    // The live channel's hub holds every long-poll (a server that never answers stands in for the
    // wait); the uploads go to the real hub.
    StallingServer held;
    test::RunningHub hub;
    const std::string token = hub.add_kiosk("hall");
    const std::string url = "http://127.0.0.1:" + std::to_string(hub.port());
    test::TempDir dir;
    auto worker_outbox = test::open_outbox(dir.path() + "/outbox.db");
    auto recorder_outbox = test::open_outbox(dir.path() + "/outbox.db");
    std::atomic<bool> cancel{false};
    net::CurlHttpClient curl(test::loopback_options(), &cancel);
    net::CurlHttpClient live_curl(test::loopback_options(), &cancel);
    app::FeedbackUploader uploader(curl, *worker_outbox, {url, "hall", token, 100});
    app::LiveChannel live(live_curl, {"http://127.0.0.1:" + std::to_string(held.port()), "hall", token});
    app::SteadyWorkerClock clock;
    app::NetWorkerSettings settings;
    settings.upload.poll_interval = 1h;
    settings.content.poll_interval = 1h;
    settings.nudge_delay = 100ms;
    std::atomic<int> uploads{0};
    app::NetJobs jobs;
    jobs.content = [] { return app::ContentPollResult{}; };
    jobs.uploader = &uploader;
    jobs.live = &live;
    app::NetWorker worker(std::move(jobs), settings, clock,
                          [&](const app::NetEvent& event) { uploads += event.job == app::NetJob::Upload ? 1 : 0; }, &cancel);
    worker.start();
    REQUIRE(eventually([&] { return uploads > 0 && held.accepted() > 0; }, 5s));  // start-up upload, then the long-poll
    std::this_thread::sleep_for(300ms);

    std::mt19937_64 random(11);
    auto ids = test::add_ratings(*recorder_outbox, 1, random);
    const auto nudged = std::chrono::steady_clock::now();
    worker.nudge();
    CHECK(eventually([&] { return test::hub_ratings(hub.data_dir()).rows == 1; }, 10s));  // not the long-poll's 25 s
    const auto latency = std::chrono::steady_clock::now() - nudged;
    std::cout << "nudge to rating on the hub during a held long-poll: " << std::chrono::duration<double, std::milli>(latency).count()
              << " ms\n";
    // The long-poll is held again after the upload (the interrupted one's connection was closed).
    CHECK(eventually([&] { return held.accepted() >= 2; }, 3s));
    CHECK(worker.status().live_polls >= 1);
    CHECK(worker.status().live_error.empty());  // an interruption is not an error

    std::this_thread::sleep_for(200ms);
    const auto before = std::chrono::steady_clock::now();
    worker.stop();
    const auto took = std::chrono::steady_clock::now() - before;
    std::cout << "stop() during a held long-poll: " << std::chrono::duration<double, std::milli>(took).count() << " ms\n";
    CHECK(took < 10s);  // not the long-poll's 25 s
}
