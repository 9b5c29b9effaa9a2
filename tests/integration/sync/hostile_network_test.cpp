// A hostile network between the kiosk and a real hub on loopback (docs/sync.md, "Hostile
// networks"): a TCP proxy (support/hostile_proxy.h) delays, stalls, truncates, resets and corrupts
// the hub's answers and loses requests and answers. Under every fault the kiosk keeps its last good
// bundle (a signature or a hash refuses damaged bytes), no rating is lost or stored twice, retries
// back off, a stall ends by the client's timeout without holding the main loop, and once the network
// heals the kiosk reaches the hub's latest content by itself within its retry schedule. Faults are
// drawn from PHARE_FAULT_SEED so that a run replays.

#include "hostile_world.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <iostream>
#include <sstream>

using namespace phare;
using namespace std::chrono_literals;
using test::Fault;
using test::FaultPlan;

namespace {

constexpr std::int64_t hub_epoch = 1'790'000'000;  // the hub fixture's clock at start

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string describe(const FaultPlan& plan)
{
    std::ostringstream text;
    text << test::to_string(plan.fault);
    if (plan.fault == Fault::Delay)
        text << " " << plan.delay.count() << " ms";
    if (plan.fault == Fault::Stall || plan.fault == Fault::Truncate || plan.fault == Fault::Reset)
        text << " at " << plan.at;
    if (plan.fault == Fault::Corrupt)
        text << " " << plan.flips << " bytes (salt " << plan.salt << ")";
    if (plan.fault == Fault::Drop)
        text << (plan.request_reaches_hub ? " the answer" : " the request") << (plan.with_reset ? " with RST" : " with FIN");
    return text.str();
}

// One of each fault, at the places that differ: before the hub sees the request, inside the head,
// inside the body.
std::vector<FaultPlan> every_fault()
{
    auto plan = [](Fault fault) {
        FaultPlan made;
        made.fault = fault;
        return made;
    };
    std::vector<FaultPlan> plans;
    plans.push_back(plan(Fault::Delay));
    plans.back().delay = 300ms;
    for (double at : {0.0, 0.6}) {
        plans.push_back(plan(Fault::Stall));
        plans.back().at = at;
    }
    for (double at : {0.0, 0.5}) {
        plans.push_back(plan(Fault::Truncate));
        plans.back().at = at;
    }
    for (double at : {0.0, 0.1, 0.7}) {
        plans.push_back(plan(Fault::Reset));
        plans.back().at = at;
    }
    for (int flips : {1, 3}) {
        plans.push_back(plan(Fault::Corrupt));
        plans.back().flips = flips;
        plans.back().salt = 1000u + static_cast<unsigned>(flips);
    }
    for (bool reaches : {false, true})
        for (bool reset : {false, true}) {
            plans.push_back(plan(Fault::Drop));
            plans.back().request_reaches_hub = reaches;
            plans.back().with_reset = reset;
        }
    return plans;
}

// `plan` for the requests `hit` picks, a clean pass for the others.
test::HostileProxy::Chooser only(std::function<bool(const test::ProxiedRequest&)> hit, FaultPlan plan)
{
    return [hit = std::move(hit), plan](const test::ProxiedRequest& request) { return hit(request) ? plan : FaultPlan{}; };
}

std::size_t hits(const test::HostileProxy& proxy, Fault fault, std::size_t from_index)
{
    std::size_t count = 0;
    for (const auto& record : proxy.records())
        count += record.index >= from_index && record.plan.fault == fault ? 1 : 0;
    return count;
}

}  // namespace

TEST_CASE("every fault on the manifest, a blob or status.json keeps the last good bundle, and the next clean poll takes the new one",
          "[sync][fault][hostile]")
{
    const std::string target = GENERATE(as<std::string>{}, "manifest", "services.json blob", "status.json blob");
    INFO("faults on the " << target);
    test::HostileWorld world;
    test::HostileKiosk kiosk(world);
    int shown = 0;
    auto first = kiosk.sync.poll_once();
    INFO(first.reason);
    REQUIRE(first.kind == app::SyncKind::Updated);
    REQUIRE(kiosk.content_problem(shown, true).empty());

    for (const FaultPlan& plan : every_fault()) {
        INFO(describe(plan));
        const int next = target == "status.json blob" ? world.publish_notice() : world.publish_text();
        const std::string changed_file = target == "status.json blob" ? "status.json" : "services.json";
        const std::string changed_sha = crypto::sha256_hex(world.at(next).files.at(changed_file));
        const auto& before = world.at(next - 1).files;
        REQUIRE((!before.count(changed_file) || crypto::sha256_hex(before.at(changed_file)) != changed_sha));
        const std::size_t from = world.proxy.exchanges();
        world.proxy.set_chooser(only(
            [&](const test::ProxiedRequest& request) {
                return target == "manifest" ? request.target.ends_with("/manifest") : request.target.ends_with(changed_sha);
            },
            plan));

        const auto hurt = kiosk.sync.poll_once();
        INFO(hurt.reason);
        CHECK(hits(world.proxy, plan.fault, from) >= 1);
        if (plan.fault == Fault::Delay) {
            CHECK(hurt.kind == app::SyncKind::Updated);  // latency is not a fault
        } else {
            CHECK(hurt.version == next - 1);
            CHECK(hurt.files.empty());
            CHECK_FALSE(kiosk.store->has_blob(changed_sha));
            if (plan.fault == Fault::Corrupt) {
                CHECK(hurt.kind == app::SyncKind::Refused);
                if (target == "manifest")
                    CHECK((contains(hurt.reason, "signature does not verify") || contains(hurt.reason, "malformed")));
                else
                    CHECK(contains(hurt.reason, "does not match its SHA-256"));
            } else {
                CHECK(hurt.kind == app::SyncKind::Unreachable);
                if (plan.fault == Fault::Stall)
                    CHECK(contains(hurt.reason, "timed out"));
            }
        }
        const std::string problem = kiosk.content_problem(shown, true);
        CHECK(problem.empty());
        CHECK(shown == (plan.fault == Fault::Delay ? next : next - 1));

        world.proxy.pass();
        const auto healed = kiosk.sync.poll_once();
        INFO(healed.reason);
        if (plan.fault == Fault::Delay) {
            CHECK(healed.kind == app::SyncKind::Unchanged);
        } else {
            CHECK(healed.kind == app::SyncKind::Updated);
            CHECK(healed.files == world.at(next).files);
        }
        CHECK(kiosk.content_problem(shown, true).empty());
        CHECK(shown == next);
    }
}

TEST_CASE("every fault on a feedback upload leaves each rating on the hub exactly once or waiting, none set aside",
          "[sync][fault][hostile]")
{
    test::HostileWorld world;
    test::HostileKiosk kiosk(world);
    for (const FaultPlan& plan : every_fault()) {
        INFO(describe(plan));
        world.hub.now += 60;  // a minute between uploads: the hub's per-kiosk rate limit refills
        kiosk.rate(3);
        world.proxy.set_chooser(only([](const test::ProxiedRequest& request) { return request.target == "/api/v1/feedback"; }, plan));
        const auto hurt = kiosk.uploader.upload_once();
        INFO(hurt.error);
        // A corrupted acknowledgement may still name every id (a flip in a key it does not need).
        if (plan.fault != Fault::Corrupt)
            CHECK(hurt.ok() == (plan.fault == Fault::Delay));
        CHECK(hurt.rejected == 0);
        // A cut after the status line failed: the error says how, not "unreachable (HTTP 200)".
        if (plan.fault != Fault::Delay && plan.fault != Fault::Corrupt)
            CHECK_FALSE(contains(hurt.error, "HTTP 200"));
        CHECK(kiosk.ratings_problem().empty());

        world.proxy.pass();
        const auto healed = kiosk.uploader.upload_once();
        INFO(healed.error);
        CHECK(healed.ok());
        CHECK(healed.pending == 0);
        CHECK(kiosk.ratings_problem().empty());
        CHECK(kiosk.all_delivered());
        // An answer lost after the hub stored the batch: the resend is acknowledged as duplicates.
        if (plan.fault == Fault::Drop && plan.request_reaches_hub)
            CHECK(healed.duplicate == 3);
        if (plan.fault == Fault::Drop && !plan.request_reaches_hub)
            CHECK(healed.accepted == 3);
    }
}

TEST_CASE("a stalled exchange holds neither status() nor nudge(), and stop() ends it", "[sync][fault][hostile]")
{
    test::HostileWorld world;
    // A client that would wait a minute: only cancellation ends the stall within this test.
    test::HostileKiosk kiosk(world, 60'000);
    world.proxy.set({Fault::Stall});
    app::SteadyWorkerClock clock;
    app::NetWorkerSettings settings;
    settings.nudge_delay = 10ms;
    std::atomic<int> events{0};
    app::NetJobs jobs;
    jobs.content = [&kiosk] { return kiosk.poll(); };
    jobs.uploader = &kiosk.uploader;
    app::NetWorker worker(std::move(jobs), settings, clock, [&](const app::NetEvent&) { ++events; }, &kiosk.cancel);
    worker.start();
    REQUIRE(world.proxy.wait_for([](const test::HostileProxy& proxy) { return proxy.stalled_now() >= 1; }, 30s));

    // What the main loop calls (the maintenance screen's status, a visitor's rating) while the
    // worker's exchange is stuck: both return while the stall still holds.
    const app::NetStatus status = worker.status();
    kiosk.rate(1);
    worker.nudge();
    CHECK(world.proxy.stalled_now() >= 1);
    CHECK(status.attempts[static_cast<std::size_t>(app::NetJob::Content)] == 0);

    worker.stop();
    CHECK(world.proxy.wait_for([](const test::HostileProxy& proxy) { return proxy.stalled_now() == 0; }, 30s));
    CHECK(events == 0);  // a cancelled exchange is not reported as a failure
}

TEST_CASE("a stall ends by the client's timeout, the worker backs off and recovers when the network heals", "[sync][fault][hostile]")
{
    test::HostileWorld world;
    test::HostileKiosk kiosk(world, 1000);
    world.proxy.set({Fault::Stall});
    app::SteadyWorkerClock clock;
    app::NetWorkerSettings settings;
    settings.content = {1s, 0.2, 50ms, 100ms, 400ms};
    std::mutex mutex;
    std::vector<app::NetEvent> events;
    app::NetJobs jobs;
    jobs.content = [&kiosk] { return kiosk.poll(); };
    app::NetWorker worker(
        std::move(jobs), settings, clock,
        [&](const app::NetEvent& event) {
            std::lock_guard lock(mutex);
            events.push_back(event);
        },
        &kiosk.cancel);
    auto count = [&](bool ok) {
        std::lock_guard lock(mutex);
        return std::count_if(events.begin(), events.end(), [ok](const app::NetEvent& event) { return event.ok == ok; });
    };
    worker.start();
    // Three stalls in a row, each ended by the 1 s timeout: the worker is never stuck in one.
    REQUIRE(world.proxy.wait_for([&](const test::HostileProxy&) { return count(false) >= 3; }, 60s));
    world.proxy.pass();
    REQUIRE(world.proxy.wait_for([&](const test::HostileProxy&) { return count(true) >= 1; }, 60s));
    worker.stop();

    std::lock_guard lock(mutex);
    for (const app::NetEvent& event : events) {
        if (event.ok)
            break;
        INFO(event.error);
        CHECK(contains(event.error, "timed out"));
        CHECK_FALSE(event.hub_answered);
    }
    const auto healed = std::find_if(events.begin(), events.end(), [](const app::NetEvent& event) { return event.ok; });
    REQUIRE(healed != events.end());
    CHECK(healed->content_version == 1);
    int shown = 0;
    CHECK(kiosk.content_problem(shown, true).empty());
    CHECK(shown == 1);
}

TEST_CASE("a stalled long-poll ends by its own timeout and the periodic poll carries on", "[sync][fault][hostile]")
{
    test::HostileWorld world;
    test::HostileKiosk kiosk(world);
    // Every long-poll stalls; the rest passes.
    world.proxy.set_chooser(only([](const test::ProxiedRequest& request) { return contains(request.target, "/events?"); }, {Fault::Stall}));
    app::LiveChannel live(kiosk.http, {world.proxy.url(), "hall", world.token}, 500ms);
    app::SteadyWorkerClock clock;
    app::NetWorkerSettings settings;
    settings.content = {2s, 0.2, 100ms, 200ms, 1s};
    settings.live = {25s, 0.2, 100ms, 200ms, 500ms};
    settings.live_wait = 1s;
    std::atomic<int> polls{0};
    app::NetJobs jobs;
    jobs.content = [&] {
        ++polls;
        return kiosk.poll();
    };
    jobs.live = &live;
    app::NetWorker worker(std::move(jobs), settings, clock, nullptr, &kiosk.cancel);
    worker.start();
    // Long-polls stall and time out (wait 1 s + margin 0.5 s) while content polls go on.
    REQUIRE(world.proxy.wait_for([&](const test::HostileProxy& proxy) { return hits(proxy, Fault::Stall, 0) >= 3 && polls >= 3; }, 60s));
    const app::NetStatus stalled = worker.status();
    world.proxy.pass();
    REQUIRE(world.proxy.wait_for([&](const test::HostileProxy&) { return worker.status().live_connected; }, 60s));
    worker.stop();

    INFO(stalled.live_error);
    CHECK_FALSE(stalled.live_connected);
    CHECK(contains(stalled.live_error, "timed out"));
    CHECK(stalled.last_error.empty());  // a live channel failure is not a kiosk error
    CHECK(stalled.content_version == 1);
}

namespace {

// The network worker on simulated time with content sync, upload, heartbeat and the live channel,
// every exchange through the hostile proxy. The test's `step` runs on the worker's thread before
// each exchange and whenever the worker sleeps; every invariant is checked at those moments.
struct WorkerRun {
    struct Attempt {
        std::int64_t at_ms = 0;
        bool ok = false;
        int version = 0;
        std::int64_t live_syncs = 0;  // content syncs the live channel had made due before this one
    };

    explicit WorkerRun(std::uint64_t seed) : kiosk(world, 2000, seed)
    {
        settings.content = {60s, 0.2, 5s, 10s, 5min};
        settings.upload = {5min, 0.2, 5s, 10s, 5min};
        settings.heartbeat = {5min, 0.2, 5s, 10s, 5min};
        settings.nudge_delay = 1s;
        settings.seed = seed;
        kiosk.http.simulated = &clock;
    }
    ~WorkerRun() { stop(); }

    void start()
    {
        app::NetJobs jobs;
        jobs.content = [this] {
            Attempt attempt;
            attempt.at_ms = clock.milliseconds();
            attempt.live_syncs = worker->status().live_content_syncs;
            const auto result = kiosk.poll();
            attempt.ok = result.ok;
            attempt.version = result.content_version;
            attempts.push_back(attempt);
            return result;
        };
        jobs.uploader = &kiosk.uploader;
        jobs.heartbeat = &kiosk.heartbeat;
        jobs.live = &live;
        worker = std::make_unique<app::NetWorker>(std::move(jobs), settings, clock,
                                                  [this](const app::NetEvent& event) {
                                                      if (on_event)
                                                          on_event(event);
                                                  },
                                                  &kiosk.cancel);
        clock.on_advance = [this](std::int64_t) { visit("sleep"); };
        kiosk.http.before = [this](const net::HttpRequest& request) { visit(request.method + " " + request.url); };
        worker->start();
    }
    void stop()
    {
        if (worker)
            worker->stop();
    }
    // Real time is only a safety net: the run ends when `finished` says so.
    bool run_until_finished(std::chrono::seconds limit)
    {
        const auto deadline = std::chrono::steady_clock::now() + limit;
        while (!finished && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(10ms);
        stop();
        return finished;
    }

    // Worker thread: the hub's clock follows the simulated one (its rate limits refill), the
    // invariants are checked, then the test's world moves.
    void visit(const std::string& where)
    {
        world.hub.now = hub_epoch + clock.seconds();
        ++visits;
        auto note = [&](const std::string& problem) {
            if (!problem.empty())
                problems.push_back("at " + std::to_string(clock.milliseconds()) + " ms, " + where + ": " + problem);
        };
        note(kiosk.content_problem(shown, false));
        note(kiosk.ratings_problem());
        try {
            if (step)
                step();
        } catch (const std::exception& error) {
            // Thrown here it would look like a failed job to the worker: say it instead.
            note(std::string("the test's step failed: ") + error.what());
        }
    }

    test::HostileWorld world;
    test::HostileKiosk kiosk;
    test::FakeWorkerClock clock;
    app::LiveChannel live{kiosk.http, {world.proxy.url(), "hall", world.token}};
    app::NetWorkerSettings settings;
    std::unique_ptr<app::NetWorker> worker;
    std::function<void()> step;
    std::function<void(const app::NetEvent&)> on_event;
    std::atomic<bool> finished{false};
    // Written on the worker's thread, read by the test once the worker has stopped.
    std::vector<Attempt> attempts;
    std::vector<std::string> problems;
    int shown = 0;
    std::int64_t visits = 0;
};

template<typename Map>
std::string fault_summary(const Map& counts)
{
    std::string text;
    for (const auto& [fault, count] : counts)
        text += std::string(text.empty() ? "" : ", ") + test::to_string(fault) + " " + std::to_string(count);
    return text;
}

}  // namespace

TEST_CASE("while every exchange fails, retries follow the backoff schedule, and once the network heals the kiosk catches up by itself",
          "[sync][fault][hostile]")
{
    const std::uint64_t seed = test::fault_seed();
    INFO("PHARE_FAULT_SEED=" << seed);
    WorkerRun run(seed);
    run.kiosk.sync.poll_once();  // version 1 on the card before the outage
    run.shown = 1;
    // Nothing gets through, in four ways that give nothing a parser could take for an answer.
    run.world.proxy.set_chooser([](const test::ProxiedRequest& request) {
        FaultPlan plan;
        switch (request.index % 4) {
        case 0: plan.fault = Fault::Reset; break;
        case 1: plan.fault = Fault::Drop; plan.with_reset = false; break;
        case 2: plan.fault = Fault::Drop; plan.request_reaches_hub = true; break;
        default: plan.fault = Fault::Truncate; plan.at = 0.5; break;
        }
        return plan;
    });
    const std::int64_t outage_ms = 2 * 3600 * 1000;
    std::int64_t next_change_ms = 0;
    std::int64_t healed_at = -1, content_back_at = -1, ratings_back_at = -1;
    int latest_at_heal = 0;
    run.step = [&] {
        const std::int64_t now = run.clock.milliseconds();
        if (healed_at >= 0 || now < next_change_ms)
            return;
        // The world goes on during the outage: agents publish, visitors rate.
        next_change_ms = now + 20 * 60 * 1000;
        run.world.publish_text();
        run.kiosk.rate(2);
        run.worker->nudge();
        if (now >= outage_ms) {
            latest_at_heal = run.world.latest();
            run.world.proxy.pass();
            healed_at = now;
        }
    };
    run.on_event = [&](const app::NetEvent& event) {
        if (healed_at < 0)
            return;
        const std::int64_t now = run.clock.milliseconds();
        if (content_back_at < 0 && event.job == app::NetJob::Content && event.ok && event.content_version == latest_at_heal)
            content_back_at = now;
        if (ratings_back_at < 0 && event.job == app::NetJob::Upload && event.ok && event.backlog == 0 && run.kiosk.all_delivered())
            ratings_back_at = now;
        if (content_back_at >= 0 && ratings_back_at >= 0 && run.worker->status().live_connected)
            run.finished = true;
    };
    run.start();
    REQUIRE(run.run_until_finished(240s));

    INFO(run.problems.size() << " problems; first: " << (run.problems.empty() ? "" : run.problems.front()));
    CHECK(run.problems.empty());
    // Every content attempt of the outage failed, and each came exactly when the backoff schedule
    // said: the ceiling doubles from 10 s to the 5 min cap, full jitter above a 5 s floor.
    sync::RetrySchedule expected(run.settings.content, seed);
    std::size_t during = 0;
    while (during < run.attempts.size() && run.attempts[during].at_ms < healed_at)
        ++during;
    REQUIRE(during >= 10);
    CHECK(run.attempts[0].at_ms == 0);
    std::int64_t longest_gap = 0;
    for (std::size_t i = 0; i + 1 < during; ++i) {
        INFO("attempt " << i << " at " << run.attempts[i].at_ms << " ms");
        CHECK_FALSE(run.attempts[i].ok);
        const std::int64_t gap = run.attempts[i + 1].at_ms - run.attempts[i].at_ms;
        CHECK(gap == expected.after_failure().count());
        CHECK(gap >= 5000);
        longest_gap = std::max(longest_gap, gap);
    }
    CHECK(longest_gap > 60'000);  // further apart than the steady poll: it backed off
    // Healed: the next attempt, due within the cap, fetches every version published meanwhile.
    REQUIRE(during < run.attempts.size());
    CHECK(run.attempts[during].ok);
    CHECK(run.attempts[during].version == latest_at_heal);
    CHECK(content_back_at - healed_at <= 5 * 60 * 1000);
    CHECK(ratings_back_at - healed_at <= 5 * 60 * 1000);
    CHECK(latest_at_heal >= 7);  // a publication every 20 min of the 2 h outage
    int shown = 0;
    CHECK(run.kiosk.content_problem(shown, true).empty());
    CHECK(shown == latest_at_heal);
    CHECK(run.kiosk.all_delivered());
    std::cout << "outage of 2 h (simulated): " << during << " content attempts, longest gap " << longest_gap / 1000
              << " s; content back " << (content_back_at - healed_at) / 1000 << " s and ratings back "
              << (ratings_back_at - healed_at) / 1000 << " s after the network healed; " << run.world.proxy.exchanges()
              << " exchanges\n";
}

TEST_CASE("a randomised schedule of 200 exchanges under seeded faults keeps every invariant at each step, then heals by itself",
          "[sync][fault][hostile]")
{
    const std::uint64_t seed = test::fault_seed();
    INFO("PHARE_FAULT_SEED=" << seed);
    const std::size_t random_exchanges = 200;
    WorkerRun run(seed);
    run.world.proxy.set_chooser(test::random_faults(seed));
    std::mt19937_64 world_random(seed ^ 0x5eedULL);
    std::int64_t healed_at = -1, content_back_at = -1, ratings_back_at = -1;
    int latest_at_heal = 0;
    int ratings_made = 0;
    run.step = [&] {
        if (healed_at >= 0)
            return;
        const auto roll = world_random() % 100;
        if (roll < 3) {
            run.world.publish_text();
        } else if (roll < 5) {
            run.world.publish_notice();
        } else if (roll < 15) {
            const int count = 1 + static_cast<int>(world_random() % 3);
            run.kiosk.rate(count);
            ratings_made += count;
            run.worker->nudge();
        }
        if (run.world.proxy.exchanges() >= random_exchanges) {
            latest_at_heal = run.world.latest();
            run.world.proxy.pass();
            healed_at = run.clock.milliseconds();
        }
    };
    run.on_event = [&](const app::NetEvent& event) {
        if (healed_at < 0)
            return;
        const std::int64_t now = run.clock.milliseconds();
        if (content_back_at < 0 && event.job == app::NetJob::Content && event.ok && event.content_version == latest_at_heal)
            content_back_at = now;
        if (ratings_back_at < 0 && event.job == app::NetJob::Upload && event.ok && event.backlog == 0 && run.kiosk.all_delivered())
            ratings_back_at = now;
        if (content_back_at >= 0 && ratings_back_at >= 0)
            run.finished = true;
    };
    const auto started = std::chrono::steady_clock::now();
    run.start();
    REQUIRE(run.run_until_finished(600s));
    const auto took = std::chrono::steady_clock::now() - started;

    const auto counts = run.world.proxy.fault_counts();
    INFO("faults: " << fault_summary(counts));
    INFO(run.problems.size() << " problems; first: " << (run.problems.empty() ? "" : run.problems.front()));
    CHECK(run.problems.empty());
    // The run met every kind of fault.
    for (Fault fault : {Fault::Pass, Fault::Delay, Fault::Stall, Fault::Truncate, Fault::Reset, Fault::Corrupt, Fault::Drop})
        CHECK(counts.count(fault) == 1);
    // Retries back off: after a failed content poll the next comes at least the 5 s floor later,
    // unless a content event or a resync from the live channel made it due at once.
    for (std::size_t i = 0; i + 1 < run.attempts.size(); ++i) {
        const auto& now = run.attempts[i];
        const auto& next = run.attempts[i + 1];
        if (!now.ok && next.live_syncs == now.live_syncs) {
            INFO("content attempts at " << now.at_ms << " and " << next.at_ms << " ms");
            CHECK(next.at_ms - now.at_ms >= 5000);
        }
    }
    // Healed: within the retry schedule (the 5 min cap, or the 60 s poll + 20 %), the kiosk shows
    // the hub's latest version and every rating is on the hub exactly once.
    CHECK(content_back_at - healed_at <= 5 * 60 * 1000);
    CHECK(ratings_back_at - healed_at <= 6 * 60 * 1000);
    int shown = 0;
    CHECK(run.kiosk.content_problem(shown, true).empty());
    CHECK(shown == latest_at_heal);
    CHECK(run.kiosk.all_delivered());
    CHECK(ratings_made > 0);
    CHECK(latest_at_heal > 1);
    std::cout << "randomised run, seed " << seed << ": " << run.world.proxy.exchanges() << " exchanges (" << fault_summary(counts)
              << "), " << run.visits << " checks, " << latest_at_heal - 1 << " publications, " << ratings_made << " ratings, "
              << run.attempts.size() << " content polls over " << run.clock.seconds() << " s simulated; healed in "
              << (content_back_at - healed_at) / 1000 << " s (content) and " << (ratings_back_at - healed_at) / 1000
              << " s (ratings); " << std::chrono::duration_cast<std::chrono::milliseconds>(took).count() << " ms real\n";
}

TEST_CASE("a middlebox that resets every idle connection costs the kiosk nothing: each call opens a new one",
          "[sync][fault][hostile]")
{
    test::HostileWorld world;
    test::HostileKiosk kiosk(world);
    FaultPlan plan;
    plan.drop_idle_after = true;
    world.proxy.set(plan);
    int shown = 0;
    for (int i = 0; i < 40; ++i) {
        if (i % 10 == 0)
            world.publish_text();
        const auto outcome = kiosk.sync.poll_once();
        INFO("poll " << i << ": " << outcome.reason);
        CHECK((outcome.kind == app::SyncKind::Updated || outcome.kind == app::SyncKind::Unchanged));
        kiosk.rate(1);
        world.hub.now += 60;
        const auto upload = kiosk.uploader.upload_once();
        INFO(upload.error);
        CHECK(upload.ok());
    }
    CHECK(kiosk.content_problem(shown, true).empty());
    CHECK(shown == world.latest());
    CHECK(kiosk.all_delivered());
}
