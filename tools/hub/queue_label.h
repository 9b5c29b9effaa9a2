#pragma once
// "A 042": a ticket's printed label, the prefix and the number on at least three digits. Stands in
// for core's queue::ticket_label (firmware/core/queue/ticket.h) until that lands.

#include <string>
#include <string_view>

namespace phare::hub {

inline std::string ticket_label(std::string_view prefix, int number)
{
    std::string digits = std::to_string(number);
    if (digits.size() < 3)
        digits.insert(0, 3 - digits.size(), '0');
    return std::string(prefix) + " " + digits;
}

}  // namespace phare::hub
