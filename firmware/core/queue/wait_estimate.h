#pragma once
// "How long will I wait?" (docs/queue.md): a range in minutes from the recent service times of a
// service, its open counters and the people ahead. Pure; validated against simulated days by
// tools/bench/queue_estimator_bench.cpp.

#include "core/content/queue_setup.h"
#include "core/queue/ticket.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace phare::queue {

struct WaitEstimate {
    bool known = false;
    int low_minutes = 0;   // a multiple of the rounding step; 0 = "less than high"
    int high_minutes = 0;  // > low_minutes when known
    bool operator==(const WaitEstimate&) const = default;
};

inline constexpr std::size_t estimate_window = 20;   // service times looked at, the newest
inline constexpr std::size_t estimate_min_services = 3;  // fewer: unknown
inline constexpr std::int64_t estimate_recent_s = 3600;  // a counter closed since is likely back soon

// The service times (finished_at - called_at, seconds) of the `service`'s last `window` served
// tickets, oldest first.
std::vector<double> recent_service_times(std::span<const Ticket> today, std::string_view service,
                                         std::size_t window = estimate_window);

// How many counters work for `service` now: each open counter serving it counts for the share of
// its waiting visitors who are the service's (a counter serving two busy services gives each about
// half its time), and fully when nobody waits at its other services. `open` lists the open
// counters' ids. 0 when none is open.
double serving_counters(const content::QueueSetup& setup, std::span<const std::string> open, std::span<const Ticket> today,
                        std::string_view service);

// The counters that called a ticket of `service` within estimate_recent_s before `now`.
std::vector<std::string> recently_serving(std::span<const Ticket> today, std::string_view service, std::int64_t now);

// The wait of someone with `ahead` people before them, given `service_seconds`, the service's
// recent service times, and `counters` working for it now (serving_counters, or simply how many
// are open). `returning` counts those closed now that served it lately (at lunch, probably back
// soon): the low end of the range assumes they come back, the high end that they do not.
// Unknown with fewer than estimate_min_services times or no counter open.
WaitEstimate estimate_wait(std::span<const double> service_seconds, double counters, int ahead, double returning = 0);

// All of the above for `ticket` (waiting, in `today` or about to be): what the hub shows when a
// ticket is taken and on its status page. `open` lists the open counters' ids.
WaitEstimate estimate_for(const content::QueueSetup& setup, std::span<const std::string> open, std::span<const Ticket> today,
                          const Ticket& ticket, std::int64_t now);
// The wait of a visitor taking a normal ticket for `service` now: the boards' estimate.
WaitEstimate estimate_for_newcomer(const content::QueueSetup& setup, std::span<const std::string> open,
                                   std::span<const Ticket> today, std::string_view service, std::int64_t now);

}  // namespace phare::queue
