#pragma once
// The waits the hub shows on the boards, at the kiosks' ticket answers and on the phone pages:
// the core estimator (firmware/core/queue/wait_estimate.h, docs/queue.md "How long will I wait?")
// run on the day's tickets and counters as the hub stores them.

#include "core/content/site.h"
#include "queue_board.h"

#include <cstdint>
#include <string>

namespace phare::hub {

// The wait of a visitor who would take a normal ticket for `service` now.
QueueEstimate newcomer_estimate(const content::Site& site, const QueueDay& day, const std::string& service, std::int64_t now);
// The wait of `ticket` (waiting) from now.
QueueEstimate ticket_estimate(const content::Site& site, const QueueDay& day, const QueueTicket& ticket, std::int64_t now);

}  // namespace phare::hub
