// Tickets: labels, the day's numbering per service, and their names on the wire.

#include "core/queue/ticket.h"

#include <catch2/catch.hpp>

#include <vector>

using namespace phare::queue;

TEST_CASE("a ticket label is the prefix and the number on three digits, more when needed", "[queue]")
{
    CHECK(ticket_label("A", 42) == "A 042");
    CHECK(ticket_label("A", 7) == "A 007");
    CHECK(ticket_label("RDV", 999) == "RDV 999");
    CHECK(ticket_label("A", 1000) == "A 1000");
}

TEST_CASE("each service numbers its tickets of the day from 1, transfers keeping theirs", "[queue]")
{
    std::vector<Ticket> today;
    today.push_back(issue_ticket(today, "titres", "A", Priority::None, 100));
    today.push_back(issue_ticket(today, "titres", "A", Priority::Pregnancy, 110));
    today.push_back(issue_ticket(today, "permis", "D", Priority::None, 120));
    CHECK(today[0].label == "A 001");
    CHECK(today[1].label == "A 002");
    CHECK(today[1].priority == Priority::Pregnancy);
    CHECK(today[2].label == "D 001");
    CHECK(today[2].state == TicketState::Waiting);
    CHECK(today[2].issued_at == 120);
    // A 002 moved to the permis queue: D keeps counting its own tickets, A its own.
    today[1].service = "permis";
    CHECK(next_number(today, "permis", "D") == 2);
    CHECK(next_number(today, "titres", "A") == 3);
    CHECK(next_number({}, "titres", "A") == 1);
}

TEST_CASE("priorities and states read back what they write, and nothing else", "[queue]")
{
    for (Priority p : {Priority::None, Priority::ReducedMobility, Priority::Pregnancy, Priority::Disability})
        CHECK(parse_priority(to_string(p)) == p);
    for (TicketState s : {TicketState::Waiting, TicketState::Called, TicketState::Served, TicketState::Absent, TicketState::Cancelled})
        CHECK(parse_ticket_state(to_string(s)) == s);
    CHECK(to_string(Priority::ReducedMobility) == "reduced_mobility");
    CHECK(to_string(TicketState::Cancelled) == "cancelled");
    CHECK_FALSE(parse_priority("Pregnancy"));
    CHECK_FALSE(parse_ticket_state(""));
}
