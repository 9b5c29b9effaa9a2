#include "queue_choice.h"

namespace phare::hub {

std::optional<std::size_t> choose_next_ticket(const std::vector<QueueTicket>& waiting, const std::vector<std::string>& recent_priorities,
                                              int one_call_in)
{
    std::optional<std::size_t> first_priority;
    std::optional<std::size_t> first_normal;
    for (std::size_t i = 0; i < waiting.size(); ++i) {
        auto& slot = waiting[i].priority == "none" ? first_normal : first_priority;
        if (!slot)
            slot = i;
    }
    if (!first_priority || !first_normal)
        return first_priority ? first_priority : first_normal;
    // A priority call among the last N-1 calls: this one goes to the oldest normal ticket.
    const std::size_t window = static_cast<std::size_t>(one_call_in > 1 ? one_call_in - 1 : 0);
    for (std::size_t i = 0; i < window && i < recent_priorities.size(); ++i)
        if (recent_priorities[recent_priorities.size() - 1 - i] != "none")
            return first_normal;
    return first_priority;
}

}  // namespace phare::hub
