#include "core/queue/queue_rules.h"

#include <algorithm>
#include <vector>

namespace phare::queue {

namespace {

// Call order within a class: issue time (a transfer keeps it), then the number, then the service,
// so that the choice never depends on how the hub stores the day.
bool before(const Ticket& a, const Ticket& b)
{
    if (a.issued_at != b.issued_at)
        return a.issued_at < b.issued_at;
    if (a.number != b.number)
        return a.number < b.number;
    return a.service < b.service;
}

// Whether one of the last `count` calls of `counter`'s services was a priority one.
bool recent_priority_call(std::span<const Ticket> tickets, const content::Counter& counter, int count)
{
    std::vector<const Ticket*> called;
    for (const Ticket& ticket : tickets)
        if (ticket.called_at > 0 && serves(counter, ticket.service))
            called.push_back(&ticket);
    std::size_t window = std::min<std::size_t>(static_cast<std::size_t>(count), called.size());
    std::partial_sort(called.begin(), called.begin() + static_cast<std::ptrdiff_t>(window), called.end(),
                      [](const Ticket* a, const Ticket* b) { return a->called_at > b->called_at; });
    return std::any_of(called.begin(), called.begin() + static_cast<std::ptrdiff_t>(window),
                       [](const Ticket* t) { return is_priority(*t); });
}

std::string state_words(TicketState state)
{
    switch (state) {
    case TicketState::Waiting: return "en attente";
    case TicketState::Called: return "déjà appelé";
    case TicketState::Served: return "déjà servi";
    case TicketState::Absent: return "marqué absent";
    case TicketState::Cancelled: return "annulé";
    }
    return "";
}

Refusal refuse(const Ticket& ticket, const char* wanted)
{
    return "Le ticket " + ticket.label + " est " + state_words(ticket.state) + " : " + wanted + ".";
}

// Called -> `outcome` (served or absent).
Refusal end_call(Ticket& ticket, std::int64_t now, TicketState outcome, const char* wanted)
{
    if (ticket.state != TicketState::Called)
        return refuse(ticket, wanted);
    ticket.state = outcome;
    ticket.finished_at = now;
    return std::nullopt;
}

}  // namespace

bool serves(const content::Counter& counter, std::string_view service)
{
    return std::find(counter.services.begin(), counter.services.end(), service) != counter.services.end();
}

std::optional<std::size_t> next_ticket(std::span<const Ticket> tickets, const content::Counter& counter, int one_call_in)
{
    std::optional<std::size_t> priority, normal;
    for (std::size_t i = 0; i < tickets.size(); ++i) {
        const Ticket& ticket = tickets[i];
        if (ticket.state != TicketState::Waiting || !serves(counter, ticket.service))
            continue;
        auto& best = is_priority(ticket) ? priority : normal;
        if (!best || before(ticket, tickets[*best]))
            best = i;
    }
    if (!priority || !normal)
        return priority ? priority : normal;
    bool priority_turn = one_call_in <= 1 || !recent_priority_call(tickets, counter, one_call_in - 1);
    return priority_turn ? priority : normal;
}

Refusal call(Ticket& ticket, const content::Counter& counter, std::int64_t now)
{
    if (ticket.state != TicketState::Waiting)
        return refuse(ticket, "seul un ticket en attente peut être appelé");
    if (!serves(counter, ticket.service))
        return "Le guichet " + counter.id + " ne traite pas le service de ce ticket.";
    ticket.state = TicketState::Called;
    ticket.called_at = now;
    ticket.counter = counter.id;
    ticket.calls = 1;
    return std::nullopt;
}

Refusal recall(Ticket& ticket)
{
    if (ticket.state != TicketState::Called)
        return refuse(ticket, "seul un ticket appelé peut être rappelé");
    ++ticket.calls;
    return std::nullopt;
}

Refusal serve(Ticket& ticket, std::int64_t now) { return end_call(ticket, now, TicketState::Served, "il faut l'appeler avant de le servir"); }

Refusal mark_absent(Ticket& ticket, std::int64_t now)
{
    return end_call(ticket, now, TicketState::Absent, "seul un ticket appelé peut être marqué absent");
}

Refusal cancel(Ticket& ticket, std::int64_t now)
{
    if (is_finished(ticket.state))
        return refuse(ticket, "il ne peut plus être annulé");
    ticket.state = TicketState::Cancelled;
    ticket.finished_at = now;
    return std::nullopt;
}

Refusal transfer(Ticket& ticket, std::string_view service)
{
    if (is_finished(ticket.state))
        return refuse(ticket, "il ne peut plus être transféré");
    if (service.empty() || service == ticket.service)
        return "Choisissez un autre service que celui du ticket " + ticket.label + ".";
    ticket.service = std::string(service);
    ticket.state = TicketState::Waiting;
    ticket.called_at = 0;
    ticket.counter.clear();
    ticket.calls = 0;
    return std::nullopt;
}

int people_ahead(std::span<const Ticket> tickets, const Ticket& ticket)
{
    int ahead = 0;
    for (const Ticket& other : tickets) {
        if (&other == &ticket || other.state != TicketState::Waiting || other.service != ticket.service)
            continue;
        bool same_class = is_priority(other) == is_priority(ticket);
        if (same_class ? before(other, ticket) : is_priority(other))
            ++ahead;
    }
    return ahead;
}

}  // namespace phare::queue
