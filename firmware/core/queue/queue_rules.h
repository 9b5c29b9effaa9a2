#pragma once
// The queue's rules (docs/queue.md): which waiting ticket a counter calls next, and the legal
// moves of a ticket. Pure functions over the day's tickets; the hub stores them and the time.

#include "core/content/queue_setup.h"
#include "core/queue/ticket.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace phare::queue {

bool serves(const content::Counter& counter, std::string_view service);

// The index in `tickets` of the ticket `counter` should call now, nullopt when none of its
// services has anyone waiting. Oldest first (issue time, then number) within each class; a
// priority ticket goes before normal ones unless, while normal tickets wait, one of the last
// `one_call_in - 1` calls for these services was already a priority one: at most one call in N is
// a priority call while others wait (N = 1: priority always first).
std::optional<std::size_t> next_ticket(std::span<const Ticket> tickets, const content::Counter& counter, int one_call_in);

// The legal moves. Each changes `ticket` and returns nullopt, or leaves it as it was and returns
// why not, in French for the agent who asked.
using Refusal = std::optional<std::string>;

// Waiting -> Called at `counter` (which must serve the ticket's service).
Refusal call(Ticket& ticket, const content::Counter& counter, std::int64_t now);
// Called -> Called again (the visitor did not come yet); counts the calls.
Refusal recall(Ticket& ticket);
// Called -> Served.
Refusal serve(Ticket& ticket, std::int64_t now);
// Called -> Absent (did not come after the calls).
Refusal mark_absent(Ticket& ticket, std::int64_t now);
// Waiting or Called -> Cancelled (the visitor gave up, or an agent cancels it).
Refusal cancel(Ticket& ticket, std::int64_t now);
// Waiting or Called -> Waiting for `service` (another queued service), keeping its place by issue
// time and its printed label: the visitor is not sent to the back of the other queue.
Refusal transfer(Ticket& ticket, std::string_view service);

// How many tickets would be called before `ticket` for its service (waiting, in call order,
// ignoring the tickets issued after it that the priority rule may still put first).
int people_ahead(std::span<const Ticket> tickets, const Ticket& ticket);

}  // namespace phare::queue
