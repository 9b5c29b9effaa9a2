#pragma once
// Which waiting ticket a counter calls next: priority tickets first, but while normal tickets wait
// at most one call in `one_call_in` is a priority one; oldest first within each. Stands in for
// core's queue rules (firmware/core/queue/queue_rules.h) until they land.

#include "queue_storage.h"

namespace phare::hub {

// `waiting`: oldest first; `recent_priorities`: the latest calls' priorities, oldest first.
std::optional<std::size_t> choose_next_ticket(const std::vector<QueueTicket>& waiting, const std::vector<std::string>& recent_priorities,
                                              int one_call_in);

}  // namespace phare::hub
