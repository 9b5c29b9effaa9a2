#pragma once
// "How long will I wait?" (docs/queue.md): a range in minutes from the recent service times of a
// service, its open counters and the people ahead. Pure; validated against simulated days by
// tools/bench/queue_estimator_bench.cpp.

#include "queue/ticket.h"

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace phare::queue {

struct WaitEstimate {
    bool known = false;
    int low_minutes = 0;   // a multiple of the rounding step; 0 = "less than high"
    int high_minutes = 0;  // > low_minutes when known
};

inline constexpr std::size_t estimate_window = 20;   // service times looked at, the newest
inline constexpr std::size_t estimate_min_services = 3;  // fewer: unknown

// The service times (finished_at - called_at, seconds) of the `service`'s last `window` served
// tickets, oldest first.
std::vector<double> recent_service_times(std::span<const Ticket> today, std::string_view service,
                                         std::size_t window = estimate_window);

// The wait of someone with `ahead` people before them, `open_counters` counters open for the
// service and `service_seconds` its recent service times. Unknown with fewer than
// estimate_min_services times or no counter open.
WaitEstimate estimate_wait(std::span<const double> service_seconds, int open_counters, int ahead);

}  // namespace phare::queue
