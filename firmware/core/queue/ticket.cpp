#include "core/queue/ticket.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <utility>

namespace phare::queue {

namespace {

constexpr std::array<std::pair<std::string_view, Priority>, 4> priorities{{
    {"none", Priority::None},
    {"reduced_mobility", Priority::ReducedMobility},
    {"pregnancy", Priority::Pregnancy},
    {"disability", Priority::Disability},
}};
constexpr std::array<std::pair<std::string_view, TicketState>, 5> states{{
    {"waiting", TicketState::Waiting},
    {"called", TicketState::Called},
    {"served", TicketState::Served},
    {"absent", TicketState::Absent},
    {"cancelled", TicketState::Cancelled},
}};

template<typename Enum, std::size_t N>
std::string_view name_of(const std::array<std::pair<std::string_view, Enum>, N>& names, Enum value)
{
    for (const auto& [name, v] : names)
        if (v == value)
            return name;
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> value_of(const std::array<std::pair<std::string_view, Enum>, N>& names, std::string_view text)
{
    for (const auto& [name, v] : names)
        if (name == text)
            return v;
    return std::nullopt;
}

}  // namespace

std::string_view to_string(Priority priority) { return name_of(priorities, priority); }
std::optional<Priority> parse_priority(std::string_view text) { return value_of(priorities, text); }
std::string_view to_string(TicketState state) { return name_of(states, state); }
std::optional<TicketState> parse_ticket_state(std::string_view text) { return value_of(states, text); }

std::string ticket_label(std::string_view prefix, int number)
{
    char digits[16];
    std::snprintf(digits, sizeof digits, "%03d", std::max(number, 0));
    std::string label(prefix);
    if (!label.empty())
        label += ' ';
    return label + digits;
}

int next_number(std::span<const Ticket> today, std::string_view service, std::string_view prefix)
{
    // A transferred ticket keeps its label (and so its number) but changes service: the numbers
    // a service issued are recognised by its prefix on the label.
    const std::string mark = std::string(prefix) + ' ';
    int highest = 0;
    for (const Ticket& ticket : today) {
        bool by_label = !ticket.label.empty() && !prefix.empty();
        if (by_label ? ticket.label.starts_with(mark) : ticket.service == service)
            highest = std::max(highest, ticket.number);
    }
    return highest + 1;
}

Ticket issue_ticket(std::span<const Ticket> today, std::string_view service, std::string_view prefix, Priority priority,
                    std::int64_t now)
{
    Ticket ticket;
    ticket.service = std::string(service);
    ticket.number = next_number(today, service, prefix);
    ticket.priority = priority;
    ticket.issued_at = now;
    ticket.label = ticket_label(prefix, ticket.number);
    return ticket;
}

bool is_priority(const Ticket& ticket) { return ticket.priority != Priority::None; }

bool is_finished(TicketState state)
{
    return state == TicketState::Served || state == TicketState::Absent || state == TicketState::Cancelled;
}

}  // namespace phare::queue
