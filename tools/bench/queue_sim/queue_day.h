#pragma once
// A simulated day at a queue, to check the wait estimate against the waits that really happen
// (docs/queue.md, "How long will I wait?"). Visitors arrive at random (Poisson, busier in the
// morning), take a ticket and get the estimate the kiosk would show; counters open late, close for
// lunch or for the day, call with the real rules (core/queue) and serve for a random time
// (lognormal). Seeded: the same shape and seed give the same day.

#include "core/queue/wait_estimate.h"

#include <cstdint>
#include <string>
#include <vector>

namespace phare::bench {

struct ServiceShape {
    double mean_service_min = 6;  // the mean service time
    double log_spread = 0.6;      // sigma of the service time's logarithm
    double load = 0.85;           // arrivals / capacity over the day (above 1 in the morning peak)
};

struct SiteShape {
    std::string name;
    std::vector<ServiceShape> services;
    std::vector<std::vector<int>> counters;  // per counter, the services it serves
    double priority_share = 0.06;            // tickets with a priority
    double absent_share = 0.04;              // called, never came
    int one_call_in = 3;
};

// Generic shapes of sites (a small office, a town hall, a prefecture, a large hall), not any
// real site's numbers.
std::vector<SiteShape> standard_shapes();

struct Observation {
    queue::WaitEstimate estimate;  // what the kiosk said when the ticket was taken
    double true_wait_min = 0;      // issue to first call
    double issued_min = 0;         // minutes after opening
    bool priority = false;
};

// One day: the estimate and the true wait of every ticket that was called.
std::vector<Observation> simulate_day(const SiteShape& shape, std::uint64_t seed);

struct Summary {
    std::size_t tickets = 0;
    double unknown_share = 0;     // tickets given no estimate
    double median_error_min = 0;  // |middle of the range - true wait|, known estimates only
    double p90_error_min = 0;
    double inside_share = 0;      // true wait within [low, high]
    double late_share = 0;        // true wait above high: called later than said
    double bias_min = 0;          // mean of true wait - middle of the range
    double median_width_min = 0;  // high - low
};

Summary summarise(const std::vector<Observation>& observations);

}  // namespace phare::bench
