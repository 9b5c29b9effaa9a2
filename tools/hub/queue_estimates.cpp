#include "queue_estimates.h"

#include "core/queue/wait_estimate.h"

namespace phare::hub {

namespace {

queue::Ticket core_ticket(const QueueTicket& stored)
{
    queue::Ticket ticket;
    ticket.service = stored.service;
    ticket.number = stored.number;
    ticket.priority = queue::parse_priority(stored.priority).value_or(queue::Priority::None);
    ticket.state = queue::parse_ticket_state(stored.state).value_or(queue::TicketState::Waiting);
    ticket.issued_at = stored.issued_at;
    ticket.called_at = stored.called_at;
    ticket.finished_at = stored.finished_at;
    ticket.counter = stored.counter;
    ticket.calls = stored.calls;
    ticket.label = stored.label;
    return ticket;
}

struct CoreDay {
    std::vector<queue::Ticket> tickets;
    std::vector<std::string> open_counters;
};

CoreDay core_day(const QueueDay& day)
{
    CoreDay core;
    core.tickets.reserve(day.tickets.size());
    for (const QueueTicket& ticket : day.tickets)
        core.tickets.push_back(core_ticket(ticket));
    for (const CounterState& counter : day.counters)
        if (counter.open)
            core.open_counters.push_back(counter.counter);
    return core;
}

QueueEstimate from_core(const queue::WaitEstimate& estimate)
{
    return {estimate.known, estimate.low_minutes, estimate.high_minutes};
}

}  // namespace

QueueEstimate newcomer_estimate(const content::Site& site, const QueueDay& day, const std::string& service, std::int64_t now)
{
    const CoreDay core = core_day(day);
    return from_core(queue::estimate_for_newcomer(site.queue, core.open_counters, core.tickets, service, now));
}

QueueEstimate ticket_estimate(const content::Site& site, const QueueDay& day, const QueueTicket& ticket, std::int64_t now)
{
    const CoreDay core = core_day(day);
    return from_core(queue::estimate_for(site.queue, core.open_counters, core.tickets, core_ticket(ticket), now));
}

}  // namespace phare::hub
