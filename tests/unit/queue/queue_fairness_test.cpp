// Fairness of the calling rule over many random days (a seeded generator, so any failure replays):
// nobody starves, each class is called oldest first, and priority calls keep to one in N.

#include "core/queue/queue_rules.h"

#include <catch2/catch.hpp>

#include <random>
#include <vector>

using namespace phare;
using namespace phare::queue;

namespace {

struct Call {
    std::size_t ticket = 0;
    bool normal_waiting = false;  // whether a normal ticket waited when this call was made
};

struct Day {
    std::vector<Ticket> tickets;
    std::vector<Call> calls;
    std::vector<int> normal_ahead_at_issue;  // per ticket
    int one_call_in = 3;
};

bool normal_waiting(const std::vector<Ticket>& tickets)
{
    for (const Ticket& t : tickets)
        if (t.state == TicketState::Waiting && !is_priority(t))
            return true;
    return false;
}

// Arrivals and calls in a random order at counters that all serve the same two services, then
// calls until nobody waits. Every step is one second, so calls are in a clear order.
Day random_day(std::mt19937_64& random)
{
    Day day;
    day.one_call_in = std::uniform_int_distribution<int>(1, 5)(random);
    const int counters = std::uniform_int_distribution<int>(1, 3)(random);
    const double priority_share = std::uniform_real_distribution<double>(0.05, 0.6)(random);
    const double arrival_share = std::uniform_real_distribution<double>(0.4, 0.7)(random);
    std::vector<content::Counter> desks;
    for (int c = 0; c < counters; ++c)
        desks.push_back({"c" + std::to_string(c), {}, "n", {"a", "b"}});
    std::vector<std::optional<std::size_t>> serving(desks.size());
    std::bernoulli_distribution arrives(arrival_share), priority(priority_share), service_a(0.5);
    const int steps = std::uniform_int_distribution<int>(20, 300)(random);
    auto call_at = [&](std::size_t desk, std::int64_t now) {
        if (serving[desk])
            REQUIRE_FALSE(serve(day.tickets[*serving[desk]], now));
        serving[desk].reset();
        bool others = normal_waiting(day.tickets);
        auto next = next_ticket(day.tickets, desks[desk], day.one_call_in);
        if (!next)
            return false;
        REQUIRE_FALSE(call(day.tickets[*next], desks[desk], now));
        serving[desk] = *next;
        day.calls.push_back({*next, others});
        return true;
    };
    std::int64_t now = 1;
    for (int step = 0; step < steps; ++step, ++now) {
        if (arrives(random)) {
            std::string service = service_a(random) ? "a" : "b";
            Ticket t = issue_ticket(day.tickets, service, service == "a" ? "A" : "B",
                                    priority(random) ? Priority::Disability : Priority::None, now);
            int ahead = 0;
            for (const Ticket& other : day.tickets)
                ahead += other.state == TicketState::Waiting && !is_priority(other);
            day.normal_ahead_at_issue.push_back(ahead);
            day.tickets.push_back(t);
        } else {
            call_at(std::uniform_int_distribution<std::size_t>(0, desks.size() - 1)(random), now);
        }
    }
    while (call_at(static_cast<std::size_t>(now) % desks.size(), now))
        ++now;
    return day;
}

}  // namespace

TEST_CASE("over many random days nobody starves, classes go oldest first, priority keeps to one call in N", "[queue]")
{
    std::mt19937_64 random(20261201);
    int days_with_both_classes = 0;
    for (int run = 0; run < 300; ++run) {
        Day day = random_day(random);
        INFO("day " << run << ", one call in " << day.one_call_in << ", " << day.tickets.size() << " tickets");

        // Nobody starves: after the last arrival every ticket is called.
        for (const Ticket& t : day.tickets)
            CHECK(t.state != TicketState::Waiting);
        REQUIRE(day.calls.size() == day.tickets.size());

        // Within a class, calls follow issue order.
        std::int64_t last_normal = 0, last_priority = 0;
        for (const Call& c : day.calls) {
            const Ticket& t = day.tickets[c.ticket];
            std::int64_t& last = is_priority(t) ? last_priority : last_normal;
            CHECK(t.issued_at >= last);
            last = t.issued_at;
        }

        // In any N consecutive calls made while normal tickets waited, at most one priority call.
        const std::size_t n = static_cast<std::size_t>(day.one_call_in);
        bool both = false;
        for (std::size_t end = n; end <= day.calls.size(); ++end) {
            int priority_calls = 0;
            bool all_with_normal_waiting = true;
            for (std::size_t i = end - n; i < end; ++i) {
                priority_calls += is_priority(day.tickets[day.calls[i].ticket]);
                all_with_normal_waiting = all_with_normal_waiting && day.calls[i].normal_waiting;
            }
            if (all_with_normal_waiting && n > 1) {
                CHECK(priority_calls <= 1);
                both = both || priority_calls == 1;
            }
        }
        days_with_both_classes += both;

        // Bounded wait: a normal ticket with A normal tickets ahead is called within
        // A + 1 + ceil((A + 1) / (N - 1)) calls, however many priority visitors come.
        if (n > 1)
            for (std::size_t i = 0; i < day.tickets.size(); ++i) {
                const Ticket& t = day.tickets[i];
                if (is_priority(t))
                    continue;
                int calls_waited = 0;
                for (const Call& c : day.calls)
                    calls_waited += day.tickets[c.ticket].called_at >= t.issued_at && day.tickets[c.ticket].called_at <= t.called_at;
                const int a = day.normal_ahead_at_issue[i];
                const int bound = a + 1 + (a + 1 + static_cast<int>(n) - 2) / (static_cast<int>(n) - 1);
                CHECK(calls_waited <= bound);
            }
    }
    // The windows above were really tested with both classes competing.
    CHECK(days_with_both_classes > 100);
}

TEST_CASE("with N = 1 a priority ticket is always called before any normal one", "[queue]")
{
    std::mt19937_64 random(42);
    for (int run = 0; run < 100; ++run) {
        Day day = random_day(random);
        if (day.one_call_in != 1)
            continue;
        for (const Call& c : day.calls) {
            if (is_priority(day.tickets[c.ticket]))
                continue;
            for (const Ticket& other : day.tickets)
                if (is_priority(other) && other.issued_at < day.tickets[c.ticket].called_at)
                    CHECK(other.called_at <= day.tickets[c.ticket].called_at);
        }
    }
}
