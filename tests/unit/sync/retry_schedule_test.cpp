// The network worker's schedule: polls spread by jitter, backoff that doubles up to a cap and
// never goes below its floor, a reset on success, and the same seed giving the same delays.

#include "core/sync/retry_schedule.h"

#include <catch2/catch.hpp>

#include <set>
#include <vector>

using namespace phare::sync;
using namespace std::chrono_literals;

TEST_CASE("polls stay within the jitter band around the interval and are spread", "[sync][retry]")
{
    RetrySchedule schedule({}, 42);
    std::set<Millis::rep> seen;
    Millis total{0};
    for (int i = 0; i < 1000; ++i) {
        Millis delay = schedule.after_success();
        INFO(delay.count());
        REQUIRE(delay >= 48s);
        REQUIRE(delay <= 72s);
        seen.insert(delay.count());
        total += delay;
    }
    CHECK(seen.size() > 900);  // spread, not one value
    CHECK(total / 1000 > 58s);  // centred on the interval
    CHECK(total / 1000 < 62s);
}

TEST_CASE("backoff ceilings double from 10 s to the 15 min cap and every delay is at least 5 s", "[sync][retry]")
{
    RetrySchedule schedule({}, 7);
    const std::vector<Millis> ceilings = {10s, 20s, 40s, 80s, 160s, 320s, 640s, 900s, 900s, 900s};
    for (std::size_t i = 0; i < ceilings.size(); ++i) {
        INFO("failure " << i + 1);
        CHECK(schedule.next_backoff_ceiling() == ceilings[i]);
        Millis delay = schedule.after_failure();
        CHECK(delay >= 5s);
        CHECK(delay <= ceilings[i]);
        CHECK(schedule.consecutive_failures() == static_cast<int>(i + 1));
    }
    for (int i = 0; i < 10'000; ++i) {
        Millis delay = schedule.after_failure();
        REQUIRE(delay >= 5s);
        REQUIRE(delay <= 15min);
    }
}

TEST_CASE("at the cap, delays use the whole range (full jitter) with a mean near half the cap", "[sync][retry]")
{
    RetrySchedule schedule({}, 99);
    for (int i = 0; i < 20; ++i)
        schedule.after_failure();
    Millis total{0}, lowest = 15min, highest{0};
    for (int i = 0; i < 5000; ++i) {
        Millis delay = schedule.after_failure();
        total += delay;
        lowest = std::min(lowest, delay);
        highest = std::max(highest, delay);
    }
    CHECK(lowest < 30s);
    CHECK(highest > 14min);
    CHECK(total / 5000 > 7min);
    CHECK(total / 5000 < 8min + 30s);
}

TEST_CASE("a success forgets the failures, and reset forgets them without a delay", "[sync][retry]")
{
    RetrySchedule schedule({}, 1);
    for (int i = 0; i < 6; ++i)
        schedule.after_failure();
    CHECK(schedule.next_backoff_ceiling() == 640s);
    Millis poll = schedule.after_success();
    CHECK(poll >= 48s);
    CHECK(schedule.consecutive_failures() == 0);
    CHECK(schedule.next_backoff_ceiling() == 10s);
    schedule.after_failure();
    schedule.after_failure();
    schedule.reset();
    CHECK(schedule.after_failure() <= 10s);
}

TEST_CASE("the same seed replays the same delays, and another seed does not", "[sync][retry]")
{
    auto run = [](std::uint64_t seed) {
        RetrySchedule schedule({}, seed);
        std::vector<Millis::rep> delays;
        for (int i = 0; i < 12; ++i)
            delays.push_back((i % 4 == 3 ? schedule.after_success() : schedule.after_failure()).count());
        return delays;
    };
    CHECK(run(2026) == run(2026));
    CHECK(run(2026) != run(2027));
}

TEST_CASE("a contradictory policy is clamped so the floor still holds", "[sync][retry]")
{
    RetryPolicy policy;
    policy.backoff_floor = 0ms;
    policy.backoff_first = 0ms;
    policy.backoff_cap = 0ms;
    policy.poll_jitter = 5.0;
    RetrySchedule schedule(policy, 3);
    for (int i = 0; i < 100; ++i)
        CHECK(schedule.after_failure() >= 1ms);
    for (int i = 0; i < 100; ++i) {
        Millis delay = schedule.after_success();
        CHECK(delay >= 0ms);
        CHECK(delay <= 2 * policy.poll_interval);
    }
}
