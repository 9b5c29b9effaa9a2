#include "core/queue/wait_estimate.h"

#include "core/queue/queue_rules.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace phare::queue {

namespace {

// The method and its reasoning are in docs/queue.md, "How long will I wait?"; the constants were
// set on simulated days (tools/bench/queue_estimator_bench.cpp) and are generic, not per site.
constexpr double shortest_service_s = 20;  // below this a "service" is a misclick; count it as 20 s
constexpr double min_log_spread = 0.25;    // few or equal times do not prove services never vary
constexpr double max_log_spread = 1.5;
constexpr double z = 1.0;              // half-width of the range in standard deviations
constexpr double drift = 0.2;         // + relative margin: priority arrivals, counters opening and closing
constexpr double start_fraction = 0.5;  // of a service already under way at the counters when one arrives

double median(std::vector<double> values)
{
    auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    double upper = *middle;
    if (values.size() % 2 == 1)
        return upper;
    double lower = *std::max_element(values.begin(), middle);
    return (lower + upper) / 2;
}

int round_down(double minutes, int step) { return static_cast<int>(std::floor(minutes / step)) * step; }
int round_up(double minutes, int step) { return static_cast<int>(std::ceil(minutes / step)) * step; }

}  // namespace

std::vector<double> recent_service_times(std::span<const Ticket> today, std::string_view service, std::size_t window)
{
    std::vector<const Ticket*> served;
    for (const Ticket& ticket : today)
        if (ticket.state == TicketState::Served && ticket.service == service && ticket.called_at > 0 &&
            ticket.finished_at >= ticket.called_at)
            served.push_back(&ticket);
    std::sort(served.begin(), served.end(), [](const Ticket* a, const Ticket* b) { return a->finished_at < b->finished_at; });
    std::size_t first = served.size() > window ? served.size() - window : 0;
    std::vector<double> times;
    for (std::size_t i = first; i < served.size(); ++i)
        times.push_back(static_cast<double>(served[i]->finished_at - served[i]->called_at));
    return times;
}

double serving_counters(const content::QueueSetup& setup, std::span<const std::string> open, std::span<const Ticket> today,
                        std::string_view service)
{
    auto waiting = [&](std::string_view id) {
        return std::count_if(today.begin(), today.end(), [&](const Ticket& t) { return t.state == TicketState::Waiting && t.service == id; });
    };
    // The visitor being estimated is waiting for `service` too, even before their ticket is stored.
    const double own = static_cast<double>(std::max<std::ptrdiff_t>(waiting(service), 1));
    double counters = 0;
    for (const std::string& id : open) {
        const content::Counter* counter = setup.find_counter(id);
        if (!counter || std::find(counter->services.begin(), counter->services.end(), service) == counter->services.end())
            continue;
        double all = own;
        for (const std::string& other : counter->services)
            if (other != service)
                all += static_cast<double>(waiting(other));
        counters += own / all;
    }
    return counters;
}

std::vector<std::string> recently_serving(std::span<const Ticket> today, std::string_view service, std::int64_t now)
{
    std::vector<std::string> counters;
    for (const Ticket& t : today)
        if (t.service == service && !t.counter.empty() && t.called_at > 0 && t.called_at >= now - estimate_recent_s &&
            std::find(counters.begin(), counters.end(), t.counter) == counters.end())
            counters.push_back(t.counter);
    return counters;
}

WaitEstimate estimate_wait(std::span<const double> service_seconds, double counters, int ahead, double returning)
{
    if (service_seconds.size() < estimate_min_services || counters <= 0 || ahead < 0)
        return {};
    // Service times are skewed (most are short, a few very long) and hold mistakes (a ticket closed
    // an hour late): fit a lognormal robustly, with the median and the median absolute deviation of
    // the logarithms, instead of a mean that one outlier drags.
    std::vector<double> logs;
    for (double seconds : service_seconds)
        logs.push_back(std::log(std::max(seconds, shortest_service_s)));
    const double mu = median(logs);
    std::vector<double> deviations;
    for (double value : logs)
        deviations.push_back(std::abs(value - mu));
    const double spread = std::clamp(1.4826 * median(deviations), min_log_spread, max_log_spread);
    const double mean = std::exp(mu + spread * spread / 2);
    const double sd = mean * std::sqrt(std::exp(spread * spread) - 1);
    const double k = static_cast<double>(service_seconds.size());

    // With c counters busy, the visitor is called at the (ahead + 1)-th end of service; ends come
    // c times as fast as at one counter, and the first one sooner since services are under way.
    const double n = ahead + start_fraction;
    struct Bounds {
        double expected, deviation;
    };
    auto wait_with = [&](double c) {
        const double expected = n * mean / c;
        // Spread of a sum of n services shared by c counters, the uncertainty of the mean itself
        // (estimated from k times), and a margin for what no history shows.
        const double random = std::sqrt(n) * sd / c;
        const double of_mean = n * sd / (c * std::sqrt(k));
        return Bounds{expected, std::sqrt(random * random + of_mean * of_mean) + drift * expected};
    };
    const Bounds slow = wait_with(counters);
    const Bounds fast = wait_with(counters + std::max(returning, 0.0));

    const double low = std::max(0.0, fast.expected - z * fast.deviation) / 60;
    const double high = (slow.expected + z * slow.deviation) / 60;
    const int step = high > 60 ? 10 : 5;
    WaitEstimate estimate;
    estimate.known = true;
    estimate.low_minutes = round_down(low, step);
    estimate.high_minutes = std::max(round_up(high, step), estimate.low_minutes + step);
    return estimate;
}

WaitEstimate estimate_for(const content::QueueSetup& setup, std::span<const std::string> open, std::span<const Ticket> today,
                          const Ticket& ticket, std::int64_t now)
{
    const double counters = serving_counters(setup, open, today, ticket.service);
    std::vector<std::string> closed;
    for (std::string& id : recently_serving(today, ticket.service, now))
        if (std::find(open.begin(), open.end(), id) == open.end())
            closed.push_back(std::move(id));
    const double returning = serving_counters(setup, closed, today, ticket.service);
    return estimate_wait(recent_service_times(today, ticket.service), counters, people_ahead(today, ticket), returning);
}

WaitEstimate estimate_for_newcomer(const content::QueueSetup& setup, std::span<const std::string> open,
                                   std::span<const Ticket> today, std::string_view service, std::int64_t now)
{
    Ticket newcomer;
    newcomer.service = std::string(service);
    newcomer.issued_at = now;
    newcomer.number = std::numeric_limits<int>::max();  // after every ticket issued this second
    return estimate_for(setup, open, today, newcomer, now);
}

}  // namespace phare::queue
