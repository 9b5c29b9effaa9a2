#pragma once
// A queue ticket and its words on the wire (docs/queue.md). Plain data: the hub keeps the day's
// tickets, the rules that move them are in queue_rules.h.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace phare::queue {

enum class TicketState { Waiting, Called, Served, Absent, Cancelled };
// Visitors who may not stand long; called before others under the "one call in N" rule.
enum class Priority { None, ReducedMobility, Pregnancy, Disability };

struct Ticket {
    std::string service;  // the service it waits for now (a transfer changes it)
    int number = 0;       // the day's number in the service that issued it, from 1
    Priority priority = Priority::None;
    TicketState state = TicketState::Waiting;
    std::int64_t issued_at = 0;    // unix seconds; its place in the queue, kept across transfers
    std::int64_t called_at = 0;    // first call, 0 = not yet
    std::int64_t finished_at = 0;  // served, absent or cancelled, 0 = not yet
    std::string counter;           // the counter that called it, "" before
    int calls = 0;                 // 1 after the call, more after recalls
    std::string label;             // as printed ("A 042"), kept across transfers
};

// "none", "reduced_mobility", "pregnancy", "disability"
std::string_view to_string(Priority priority);
std::optional<Priority> parse_priority(std::string_view text);
// "waiting", "called", "served", "absent", "cancelled"
std::string_view to_string(TicketState state);
std::optional<TicketState> parse_ticket_state(std::string_view text);

// "A 042": the prefix, a space, the number on 3 digits (more when it needs them).
std::string ticket_label(std::string_view prefix, int number);

// The next number of `service` today: 1 for its first ticket, then one more than the highest
// issued by it. `today` holds only today's tickets (the hub keeps the day).
int next_number(std::span<const Ticket> today, std::string_view service, std::string_view prefix);

// A new waiting ticket with its number and label.
Ticket issue_ticket(std::span<const Ticket> today, std::string_view service, std::string_view prefix, Priority priority,
                    std::int64_t now);

bool is_priority(const Ticket& ticket);
bool is_finished(TicketState state);

}  // namespace phare::queue
