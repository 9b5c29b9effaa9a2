// The network worker with the live channel on simulated time (docs/sync.md, "The live channel"):
// the wait for the next job is a long-poll; a content event or a resync runs the content sync at
// once; other kinds only advance; `since` moves only past handled events, so none is lost or
// repeated; errors back off with jitter while the periodic poll carries on; a busy hub's
// Retry-After is obeyed; broken hubs (early answers, endless resyncs, malformed answers) cannot
// start a loop. The hub's side is a double (live_hub_double.h) driven by the worker's clock.

#include "app/sync/net_worker.h"
#include "fake_worker_clock.h"
#include "live_hub_double.h"

#include <catch2/catch.hpp>

#include <thread>

using namespace phare;
using namespace std::chrono_literals;

namespace {

constexpr std::int64_t s = 1000;  // milliseconds in a simulated second

// One worker with a content job (which records when it ran) and the live channel, run until the
// simulated clock passes `horizon_ms`.
struct LiveRun {
    test::FakeWorkerClock clock;
    test::LiveHubDouble hub{clock};
    net::HttpClient* http = &hub;  // what the live channel talks to (a test may put a switch in front)
    std::vector<std::int64_t> content_polls;  // simulated ms
    std::vector<app::NetStatus> status_at_polls;
    app::NetWorkerSettings settings;
    app::NetStatus final_status;

    LiveRun()
    {
        settings.content.poll_interval = 15min;
        settings.seed = 17;
    }

    void run(std::int64_t horizon_ms)
    {
        std::atomic<bool> cancel{false};
        app::LiveChannel live(*http, {"http://hub.test", "hall", std::string(64, 'a')});
        app::NetJobs jobs;
        app::NetWorker* self = nullptr;
        jobs.content = [&] {
            content_polls.push_back(clock.milliseconds());
            if (self)
                status_at_polls.push_back(self->status());
            app::ContentPollResult result;
            result.content_version = 1;
            return result;
        };
        jobs.live = &live;
        app::NetWorker worker(std::move(jobs), settings, clock, nullptr, &cancel);
        self = &worker;
        worker.start();
        const auto deadline = std::chrono::steady_clock::now() + 20s;
        while (clock.milliseconds() < horizon_ms && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(1ms);
        worker.stop();
        final_status = worker.status();
        REQUIRE(clock.milliseconds() >= horizon_ms);  // else the worker got stuck in real time
    }

    std::vector<test::LiveRequest> requests_before(std::int64_t horizon_ms) const
    {
        std::vector<test::LiveRequest> before;
        for (const auto& request : hub.requests)
            if (request.at_ms < horizon_ms)
                before.push_back(request);
        return before;
    }
    std::int64_t polls_between(std::int64_t from_ms, std::int64_t to_ms) const
    {
        return std::count_if(content_polls.begin(), content_polls.end(), [&](std::int64_t at) { return at >= from_ms && at < to_ms; });
    }
};

std::int64_t min_gap(const std::vector<test::LiveRequest>& requests)
{
    std::int64_t gap = INT64_MAX;
    for (std::size_t i = 1; i < requests.size(); ++i)
        gap = std::min(gap, requests[i].at_ms - requests[i - 1].at_ms);
    return gap;
}

net::HttpResponse failure(int status, std::string error = {}, long retry_after_s = -1)
{
    net::HttpResponse response;
    response.status = status;
    response.error = std::move(error);
    response.retry_after_s = retry_after_s;
    response.body = status ? R"({"error":"busy"})" : "";
    return response;
}

}  // namespace

TEST_CASE("a content event runs the content sync at once; other kinds only advance since", "[upload][live]")
{
    LiveRun run;
    run.hub.publish_at(100 * s, "content");  // seq 1
    run.hub.publish_at(200 * s, "queue");    // 2
    run.hub.publish_at(300 * s, "command");  // 3
    run.hub.publish_at(300 * s + 500, "firmware");  // 4: a kind this kiosk does not know
    run.hub.publish_at(400 * s, "content");  // 5
    run.run(3600 * s);

    // At start, then exactly when each content event was published, then the periodic fallback.
    REQUIRE(run.content_polls.size() >= 3);
    CHECK(run.content_polls[0] == 0);
    CHECK(run.content_polls[1] == 100 * s);
    CHECK(run.content_polls[2] == 400 * s);
    CHECK(run.final_status.live_content_syncs == 2);
    // The periodic poll still runs (15 min ± 20 %) after the last event.
    CHECK(run.polls_between(400 * s + 1, 3600 * s) >= 2);
    for (std::size_t i = 1; i < run.content_polls.size(); ++i)
        CHECK(run.content_polls[i] - run.content_polls[i - 1] <= 18 * 60 * s);

    // `since` never goes back, and each event is asked past exactly once.
    const auto requests = run.requests_before(3600 * s);
    std::vector<std::int64_t> since_values;
    for (std::size_t i = 0; i < requests.size(); ++i) {
        if (i > 0)
            CHECK(requests[i].since >= requests[i - 1].since);
        if (since_values.empty() || since_values.back() != requests[i].since)
            since_values.push_back(requests[i].since);
        CHECK(requests[i].wait_s >= 1);
        CHECK(requests[i].wait_s <= 25);
        CHECK(requests[i].timeout_ms > requests[i].wait_s * 1000L);  // the client does not time out first
        CHECK(requests[i].has_token);
    }
    CHECK(since_values == std::vector<std::int64_t>{0, 1, 2, 3, 4, 5});
    CHECK(run.final_status.live_seq == 5);
    CHECK(run.final_status.live_connected);
    CHECK(run.final_status.live_error.empty());
    // Between events the hub holds each request for the whole wait: about one request per 25 s.
    CHECK(requests.size() >= 3600 / 25);
    CHECK(requests.size() <= 3600 / 25 + 60);  // plus the ones shortened to end before a poll
}

TEST_CASE("the long-poll ends before the next due job, so the periodic poll is never late", "[upload][live]")
{
    LiveRun run;
    run.settings.content.poll_interval = 60s;
    run.settings.content.poll_jitter = 0.0;
    run.run(600 * s);
    // Polls at 0, 60, 120 ... exactly: no long-poll overran a due poll.
    REQUIRE(run.content_polls.size() >= 10);
    for (std::size_t i = 0; i < 10; ++i)
        CHECK(run.content_polls[i] == static_cast<std::int64_t>(i) * 60 * s);
    for (const auto& request : run.requests_before(600 * s)) {
        const std::int64_t next_poll = (request.at_ms / (60 * s) + 1) * 60 * s;
        CHECK(request.at_ms + request.wait_s * s <= next_poll);
    }
}

TEST_CASE("a live channel that fails backs off with jitter while the periodic poll carries on", "[upload][live][fault]")
{
    LiveRun run;
    constexpr std::int64_t outage_end = 1800 * s;
    run.hub.fault = [](const test::LiveRequest& request) -> std::optional<net::HttpResponse> {
        if (request.at_ms < outage_end)
            return failure(0, "Failed to connect to hub.test port 443: Connection refused");
        return std::nullopt;
    };
    // After the cap (5 min) the channel is surely back: this event must be acted on at once.
    run.hub.publish_at(outage_end + 400 * s, "content");
    run.run(outage_end + 900 * s);

    std::vector<test::LiveRequest> during;
    for (const auto& request : run.hub.requests)
        if (request.at_ms < outage_end)
            during.push_back(request);
    INFO("live attempts during a 30 min outage: " << during.size());
    CHECK(during.size() >= 5);
    CHECK(during.size() <= 30);
    CHECK(min_gap(during) >= 5 * s);  // the floor: never a hot loop
    for (std::size_t i = 1; i < during.size(); ++i)
        CHECK(during[i].at_ms - during[i - 1].at_ms <= 5 * 60 * s);  // the cap: back within 5 min
    CHECK(during.back().since == 0);  // nothing was handled: nothing skipped

    // The periodic poll kept the content fresh meanwhile, and the maintenance facts said why.
    CHECK(run.polls_between(1, outage_end) >= 1);
    bool saw_down = false;
    for (const auto& status : run.status_at_polls)
        if (!status.live_connected && status.live_error.find("live channel: hub unreachable") != std::string::npos)
            saw_down = true;
    CHECK(saw_down);
    // After the outage: connected again, and the next content event is acted on at once.
    CHECK(run.final_status.live_connected);
    CHECK(run.final_status.live_error.empty());
    CHECK(std::find(run.content_polls.begin(), run.content_polls.end(), outage_end + 400 * s) != run.content_polls.end());
    CHECK(run.final_status.last_error.empty());  // polling worked all along: not a kiosk error
}

TEST_CASE("a hub without the live channel (404): polling only, said plainly, never a hot loop", "[upload][live][fault]")
{
    LiveRun run;
    run.hub.fault = [](const test::LiveRequest&) -> std::optional<net::HttpResponse> { return failure(404); };
    run.run(3600 * s);
    const auto requests = run.requests_before(3600 * s);
    INFO(requests.size() << " attempts in an hour");
    CHECK(requests.size() <= 40);  // full jitter under a 5 min cap: about one every 2.5 min
    CHECK(min_gap(requests) >= 5 * s);
    CHECK(run.final_status.live_error == "live channel: the hub has no live channel (HTTP 404); polling only");
    CHECK_FALSE(run.final_status.live_connected);
    CHECK(run.final_status.hub_reachable);  // the hub answered
    CHECK(run.polls_between(0, 3600 * s) >= 4);
}

TEST_CASE("a busy hub's Retry-After is obeyed before the next long-poll", "[upload][live][fault]")
{
    LiveRun run;
    int answered = 0;
    run.hub.fault = [&](const test::LiveRequest&) -> std::optional<net::HttpResponse> {
        if (answered++ == 0)
            return failure(429, {}, 120);
        return std::nullopt;
    };
    run.run(300 * s);
    const auto requests = run.requests_before(300 * s);
    REQUIRE(requests.size() >= 2);
    CHECK(requests[0].at_ms == 0);
    CHECK(requests[1].at_ms >= 120 * s);
    CHECK(requests[1].since == 0);
}

TEST_CASE("a malformed answer advances nothing: the event is delivered again and handled once", "[upload][live][fault]")
{
    LiveRun run;
    run.hub.publish_at(50 * s, "content");
    bool broke = false;
    run.hub.fault = [&](const test::LiveRequest& request) -> std::optional<net::HttpResponse> {
        if (request.at_ms >= 25 * s && !broke) {
            broke = true;  // the answer to the request that would carry event 1 is garbled once
            net::HttpResponse garbled;
            garbled.status = 200;
            garbled.body = R"({"events":[{"seq":1,"kind":"content"}],"next":0,"resync":false})";
            return garbled;
        }
        return std::nullopt;
    };
    run.run(900 * s);
    const auto requests = run.requests_before(900 * s);
    REQUIRE(requests.size() >= 3);
    // The garbled answer did not move `since`; the next request asks from 0 again and gets event 1.
    auto garbled = std::find_if(requests.begin(), requests.end(), [](const auto& r) { return r.at_ms >= 25 * s; });
    REQUIRE(garbled != requests.end());
    REQUIRE(std::next(garbled) != requests.end());
    CHECK(std::next(garbled)->since == 0);
    CHECK(std::next(garbled)->at_ms - garbled->at_ms >= 5 * s);  // backed off
    CHECK(run.final_status.live_content_syncs == 1);
    CHECK(run.final_status.live_seq == 1);
    CHECK(run.polls_between(50 * s, 100 * s) == 1);  // exactly one sync for the one event
}

TEST_CASE("a hub that answers at once instead of holding is asked once per wait, not in a loop", "[upload][live][fault]")
{
    LiveRun run;
    run.hub.ignore_wait = true;
    run.hub.publish_at(60 * s, "content");
    run.run(600 * s);
    const auto requests = run.requests_before(600 * s);
    INFO(requests.size() << " requests in 10 min");
    CHECK(requests.size() <= 600 / 25 + 3);
    // Asked again from the same place only after the wait would have ended.
    for (std::size_t i = 1; i < requests.size(); ++i)
        if (requests[i].since == requests[i - 1].since)
            CHECK(requests[i].at_ms - requests[i - 1].at_ms >= 2 * s);
    // The event still arrives, at most one wait late.
    REQUIRE(run.content_polls.size() >= 2);
    CHECK(run.content_polls[1] >= 60 * s);
    CHECK(run.content_polls[1] <= 85 * s);
}

TEST_CASE("a hub that resyncs every since=0 does not start a sync loop", "[upload][live][fault]")
{
    LiveRun run;
    run.hub.resync_at_zero = true;
    run.hub.publish_at(300 * s, "content");
    run.run(600 * s);
    // The start-up poll and the one the first resync asked for; then nothing until the event (its
    // resync from 0 is normal: no back-off) and nothing after it until the periodic poll.
    CHECK(run.polls_between(0, 300 * s) == 2);
    CHECK(run.polls_between(300 * s, 325 * s) == 1);
    CHECK(run.polls_between(325 * s, 600 * s) == 0);
    CHECK(run.final_status.live_content_syncs == 2);
    CHECK(run.final_status.live_seq == 1);
    const auto requests = run.requests_before(600 * s);
    CHECK(requests.size() <= 600 / 25 + 3);
    auto first_past_zero = std::find_if(requests.begin(), requests.end(), [](const auto& r) { return r.since == 1; });
    REQUIRE(first_past_zero != requests.end());
    CHECK(first_past_zero->at_ms < 325 * s);  // asked again at once, not after a back-off
}

TEST_CASE("a hub that answers every request with a resync at a new position is backed off", "[upload][live][fault]")
{
    LiveRun run;
    run.hub.fault = [](const test::LiveRequest& request) -> std::optional<net::HttpResponse> {
        net::HttpResponse response;
        response.status = 200;
        response.body = nlohmann::json{{"events", nlohmann::json::array()}, {"next", request.since + 7}, {"resync", true}}.dump();
        return response;
    };
    run.run(1200 * s);
    const auto requests = run.requests_before(1200 * s);
    INFO(requests.size() << " requests, " << run.polls_between(0, 1200 * s) << " content polls in 20 min");
    // Each resync costs a manifest poll: they come further and further apart, never in a loop.
    CHECK(run.polls_between(0, 1200 * s) <= 15);
    CHECK(requests.size() <= 15);
    for (std::size_t i = 2; i < requests.size(); ++i)
        CHECK(requests[i].at_ms - requests[i - 1].at_ms >= 5 * s);
}

TEST_CASE("a hub whose log was reset answers resync: a full sync, then its new numbering", "[upload][live][fault]")
{
    // Two hubs in turn behind one address: the first publishes seq 1 and 2, then a restarted hub
    // with an empty log publishes its own seq 1.
    LiveRun run;
    test::LiveHubDouble restarted(run.clock);
    run.hub.publish_at(100 * s, "content");
    run.hub.publish_at(200 * s, "content");
    restarted.publish_at(400 * s, "content");
    struct Switch final : net::HttpClient {
        test::FakeWorkerClock& clock;
        net::HttpClient& before;
        net::HttpClient& after;
        Switch(test::FakeWorkerClock& c, net::HttpClient& b, net::HttpClient& a) : clock(c), before(b), after(a) {}
        net::HttpResponse send(const net::HttpRequest& request) override
        {
            return clock.milliseconds() < 300 * s ? before.send(request) : after.send(request);
        }
    } switcher(run.clock, run.hub, restarted);
    run.http = &switcher;
    run.run(900 * s);

    REQUIRE(restarted.requests.size() >= 2);
    CHECK(restarted.requests[0].since == 2);  // the old numbering: the hub cannot replay from it
    CHECK(restarted.requests[1].since == 0);  // its `next`
    CHECK(run.polls_between(100 * s, 100 * s + 1) == 1);
    CHECK(run.polls_between(200 * s, 200 * s + 1) == 1);
    CHECK(run.polls_between(300 * s, 325 * s) == 1);  // the resync's full sync
    CHECK(run.polls_between(400 * s, 400 * s + 1) == 1);
    CHECK(run.final_status.live_content_syncs == 4);
    CHECK(run.final_status.live_seq == 1);
}

TEST_CASE("live_channel off: the worker sleeps between polls and never asks for events", "[upload][live]")
{
    test::FakeWorkerClock clock;
    std::atomic<bool> cancel{false};
    app::NetWorkerSettings settings;
    settings.content.poll_interval = 60s;
    std::atomic<int> polls{0};
    app::NetJobs jobs;
    jobs.content = [&] {
        ++polls;
        return app::ContentPollResult{};
    };
    app::NetWorker worker(std::move(jobs), settings, clock, nullptr, &cancel);
    worker.start();
    const auto deadline = std::chrono::steady_clock::now() + 10s;
    while (clock.seconds() < 600 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(1ms);
    worker.stop();
    CHECK(polls >= 9);
    CHECK(worker.status().live_polls == 0);
    CHECK_FALSE(worker.status().live_connected);
}
