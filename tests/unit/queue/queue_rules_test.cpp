// The calling rules: legal moves of a ticket, who is called next, and fairness over many random
// days (seeded, so a failure can be replayed).

#include "core/queue/queue_rules.h"

#include <catch2/catch.hpp>

#include <map>
#include <random>
#include <vector>

using namespace phare;
using namespace phare::queue;

namespace {

content::Counter counter(std::string id, std::vector<std::string> services) { return {std::move(id), {}, "n", std::move(services)}; }

Ticket waiting(std::string service, int number, std::int64_t issued_at, Priority priority = Priority::None)
{
    Ticket t;
    t.service = std::move(service);
    t.number = number;
    t.issued_at = issued_at;
    t.priority = priority;
    t.label = ticket_label("A", number);
    return t;
}

// Calls, at `at`, whatever next_ticket chooses; returns its label ("" when nobody waits).
std::string call_next(std::vector<Ticket>& tickets, const content::Counter& c, int one_call_in, std::int64_t at)
{
    auto next = next_ticket(tickets, c, one_call_in);
    if (!next)
        return "";
    REQUIRE_FALSE(call(tickets[*next], c, at));
    return tickets[*next].label;
}

}  // namespace

TEST_CASE("a ticket moves only along the legal transitions", "[queue]")
{
    const auto guichet = counter("guichet-3", {"titres"});
    Ticket t = waiting("titres", 42, 100);
    CHECK(recall(t));  // not called yet
    CHECK(serve(t, 150));
    CHECK(mark_absent(t, 150));
    REQUIRE_FALSE(call(t, guichet, 200));
    CHECK(t.state == TicketState::Called);
    CHECK(t.called_at == 200);
    CHECK(t.counter == "guichet-3");
    CHECK(t.calls == 1);
    CHECK(call(t, guichet, 210));  // already called
    REQUIRE_FALSE(recall(t));
    CHECK(t.calls == 2);
    CHECK(t.called_at == 200);  // the wait ended at the first call
    REQUIRE_FALSE(serve(t, 500));
    CHECK(t.state == TicketState::Served);
    CHECK(t.finished_at == 500);
    const Ticket served = t;
    auto refusal = cancel(t, 600);
    REQUIRE(refusal);
    CHECK(*refusal == "Le ticket A 042 est déjà servi : il ne peut plus être annulé.");
    CHECK(transfer(t, "permis"));
    CHECK(t.state == served.state);
    CHECK(t.finished_at == served.finished_at);
}

TEST_CASE("absent and cancelled are final; a waiting or called ticket may be cancelled", "[queue]")
{
    const auto guichet = counter("g", {"titres"});
    Ticket a = waiting("titres", 1, 100);
    REQUIRE_FALSE(call(a, guichet, 110));
    REQUIRE_FALSE(mark_absent(a, 200));
    CHECK(a.state == TicketState::Absent);
    CHECK(call(a, guichet, 210));
    CHECK(cancel(a, 210));
    Ticket w = waiting("titres", 2, 100);
    REQUIRE_FALSE(cancel(w, 120));
    CHECK(w.state == TicketState::Cancelled);
    CHECK(w.finished_at == 120);
    Ticket c = waiting("titres", 3, 100);
    REQUIRE_FALSE(call(c, guichet, 110));
    REQUIRE_FALSE(cancel(c, 130));
    CHECK(c.state == TicketState::Cancelled);
}

TEST_CASE("a counter calls only tickets of its services", "[queue]")
{
    Ticket t = waiting("permis", 1, 100);
    auto refusal = call(t, counter("guichet-a", {"titres"}), 120);
    REQUIRE(refusal);
    CHECK(refusal->find("guichet-a") != std::string::npos);
    CHECK(t.state == TicketState::Waiting);
    std::vector<Ticket> tickets{t};
    CHECK_FALSE(next_ticket(tickets, counter("guichet-a", {"titres"}), 3));
    CHECK(next_ticket(tickets, counter("guichet-b", {"titres", "permis"}), 3) == 0u);
}

TEST_CASE("a transferred ticket keeps its place by issue time and its label", "[queue]")
{
    std::vector<Ticket> tickets{waiting("permis", 1, 150), waiting("permis", 2, 160), waiting("titres", 7, 100)};
    const auto desk = counter("d", {"titres"});
    REQUIRE_FALSE(call(tickets[2], desk, 170));
    REQUIRE_FALSE(transfer(tickets[2], "permis"));
    CHECK(tickets[2].state == TicketState::Waiting);
    CHECK(tickets[2].service == "permis");
    CHECK(tickets[2].label == "A 007");
    CHECK(tickets[2].counter.empty());
    CHECK(tickets[2].called_at == 0);
    CHECK(transfer(tickets[2], "permis"));  // to where it already is
    CHECK(people_ahead(tickets, tickets[0]) == 1);
    CHECK(next_ticket(tickets, counter("p", {"permis"}), 3) == 2u);
}

TEST_CASE("priority tickets take one call in N while others wait", "[queue]")
{
    auto run = [](int one_call_in) {
        std::vector<Ticket> tickets;
        for (int i = 0; i < 6; ++i) {
            tickets.push_back(waiting("s", i + 1, 100 + i));
            tickets.push_back(waiting("s", 101 + i, 200 + i, Priority::Pregnancy));
        }
        std::string order;
        const auto c = counter("c", {"s"});
        for (std::int64_t at = 1000;; ++at) {
            auto next = next_ticket(tickets, c, one_call_in);
            if (!next)
                break;
            order += is_priority(tickets[*next]) ? 'P' : 'n';
            REQUIRE_FALSE(call(tickets[*next], c, at));
        }
        return order;
    };
    CHECK(run(1) == "PPPPPPnnnnnn");
    CHECK(run(2) == "PnPnPnPnPnPn");
    CHECK(run(3) == "PnnPnnPnnPPP");  // no normal ticket left to protect
}

TEST_CASE("within a class the oldest ticket is called first, across a counter's services", "[queue]")
{
    std::vector<Ticket> tickets{waiting("b", 1, 300), waiting("a", 1, 200), waiting("a", 2, 250), waiting("b", 2, 100, Priority::Disability)};
    tickets[0].label = "B 001";
    tickets[3].label = "B 002";
    const auto c = counter("c", {"a", "b"});
    std::vector<std::string> order;
    for (std::int64_t at = 1000; at < 1010; ++at)
        if (std::string label = call_next(tickets, c, 1, at); !label.empty())
            order.push_back(label);
    CHECK(order == std::vector<std::string>{"B 002", "A 001", "A 002", "B 001"});
    CHECK(tickets[3].called_at == 1000);  // the priority one first
    CHECK(tickets[1].called_at == 1001);
    CHECK(tickets[2].called_at == 1002);
    CHECK(tickets[0].called_at == 1003);
}

TEST_CASE("people ahead: older tickets of the class, and waiting priority ones for a normal ticket", "[queue]")
{
    std::vector<Ticket> tickets{waiting("s", 1, 100), waiting("s", 2, 110), waiting("s", 3, 120, Priority::ReducedMobility),
                                waiting("s", 4, 130), waiting("t", 1, 90)};
    CHECK(people_ahead(tickets, tickets[0]) == 1);
    CHECK(people_ahead(tickets, tickets[1]) == 2);
    CHECK(people_ahead(tickets, tickets[2]) == 0);
    CHECK(people_ahead(tickets, tickets[3]) == 3);
    tickets[0].state = TicketState::Called;
    CHECK(people_ahead(tickets, tickets[3]) == 2);
}
