#include "queue_sim/queue_day.h"

#include "core/queue/queue_rules.h"

#include <algorithm>
#include <cmath>
#include <queue>
#include <random>

namespace phare::bench {

namespace {

constexpr double day_s = 8 * 3600;              // opening hours, from 0
constexpr double last_ticket_s = day_s - 1800;  // tickets stop half an hour before closing
constexpr double peak_s = 1.5 * 3600;           // the morning peak, 1 h 30 after opening
constexpr double peak_width_s = 3600;
constexpr double peak_height = 1.5;  // at its top, 2.5 times the quietest rate
constexpr double absent_after_s = 120;  // two calls, then marked absent
constexpr double mean_patience_s = 4 * 3600;

std::string service_id(std::size_t index) { return "s" + std::to_string(index); }

double profile(double t) { return 1 + peak_height * std::exp(-0.5 * std::pow((t - peak_s) / peak_width_s, 2)); }

double mean_profile()
{
    double sum = 0;
    const int steps = 1000;
    for (int i = 0; i < steps; ++i)
        sum += profile(last_ticket_s * (i + 0.5) / steps);
    return sum / steps;
}

enum class Kind { Arrival, CounterFree, Open, Close, GiveUp };

struct Event {
    double at = 0;
    Kind kind = Kind::Arrival;
    std::size_t index = 0;  // service (Arrival), counter, or ticket (GiveUp)
    bool operator>(const Event& other) const { return at > other.at; }
};

struct CounterState {
    content::Counter counter;
    bool open = false;
    bool busy = false;
    std::size_t ticket = 0;
    bool absent = false;
};

class Day {
public:
    Day(const SiteShape& shape, std::uint64_t seed) : m_shape(shape), m_random(seed) {}

    std::vector<Observation> run()
    {
        schedule_arrivals();
        schedule_counters();
        while (!m_events.empty()) {
            Event event = m_events.top();
            m_events.pop();
            m_now = event.at;
            handle(event);
            call_if_idle();
        }
        std::vector<Observation> called;
        for (std::size_t i = 0; i < m_tickets.size(); ++i)
            if (m_tickets[i].called_at > 0)
                called.push_back(m_observations[i]);
        return called;
    }

private:
    double uniform(double a, double b) { return std::uniform_real_distribution<double>(a, b)(m_random); }
    bool chance(double p) { return uniform(0, 1) < p; }
    std::int64_t now() const { return static_cast<std::int64_t>(m_now); }

    void schedule_arrivals()
    {
        const double average = mean_profile();
        const double top = 1 + peak_height;
        for (std::size_t s = 0; s < m_shape.services.size(); ++s) {
            const ServiceShape& service = m_shape.services[s];
            const double rate = service.load * capacity(s) / (service.mean_service_min * 60) / average;  // per second at profile 1
            std::exponential_distribution<double> gap(rate * top);
            for (double t = gap(m_random); t < last_ticket_s; t += gap(m_random))
                if (chance(profile(t) / top))  // thinning: a Poisson process with the day's profile
                    m_events.push({t, Kind::Arrival, s});
        }
    }

    // Counters serving several services share their time among them.
    double capacity(std::size_t service) const
    {
        double sum = 0;
        for (const auto& served : m_shape.counters)
            if (std::find(served.begin(), served.end(), static_cast<int>(service)) != served.end())
                sum += 1.0 / static_cast<double>(served.size());
        return sum;
    }

    void schedule_counters()
    {
        std::vector<bool> kept(m_shape.services.size(), false);
        for (std::size_t c = 0; c < m_shape.counters.size(); ++c) {
            CounterState state;
            state.counter.id = "c" + std::to_string(c);
            bool first_for_a_service = false;
            for (int s : m_shape.counters[c]) {
                state.counter.services.push_back(service_id(static_cast<std::size_t>(s)));
                if (!kept[static_cast<std::size_t>(s)])
                    first_for_a_service = kept[static_cast<std::size_t>(s)] = true;
            }
            m_counters.push_back(state);
            m_events.push({uniform(0, 900), Kind::Open, c});
            if (chance(0.7)) {  // lunch
                double leave = uniform(3.25 * 3600, 4.25 * 3600);
                m_events.push({leave, Kind::Close, c});
                m_events.push({leave + uniform(2700, 4500), Kind::Open, c});
            } else if (!first_for_a_service && chance(0.3)) {  // gone for the afternoon
                m_events.push({uniform(5.5 * 3600, 7 * 3600), Kind::Close, c});
            }
        }
    }

    void handle(const Event& event)
    {
        switch (event.kind) {
        case Kind::Arrival: issue(event.index); break;
        case Kind::Open: m_counters[event.index].open = true; break;
        case Kind::Close: m_counters[event.index].open = false; break;
        case Kind::CounterFree: finish(m_counters[event.index]); break;
        case Kind::GiveUp:
            if (m_tickets[event.index].state == queue::TicketState::Waiting)
                (void)queue::cancel(m_tickets[event.index], now());
            break;
        }
    }

    void issue(std::size_t service)
    {
        const std::string id = service_id(service);
        const std::string prefix(1, static_cast<char>('A' + service));
        auto priority = chance(m_shape.priority_share) ? queue::Priority::ReducedMobility : queue::Priority::None;
        m_tickets.push_back(queue::issue_ticket(m_tickets, id, prefix, priority, now()));
        const queue::Ticket& ticket = m_tickets.back();
        content::QueueSetup setup;
        std::vector<std::string> open;
        for (const CounterState& c : m_counters) {
            setup.counters.push_back(c.counter);
            if (c.open)
                open.push_back(c.counter.id);
        }
        Observation observation;
        observation.estimate = queue::estimate_for(setup, open, m_tickets, ticket, now());
        observation.priority = priority != queue::Priority::None;
        observation.issued_min = m_now / 60;
        m_observations.push_back(observation);
        std::exponential_distribution<double> patience(1 / mean_patience_s);
        m_events.push({m_now + patience(m_random), Kind::GiveUp, m_tickets.size() - 1});
    }

    void call_if_idle()
    {
        // Counters stay until the last ticket of the day is called, as agents do.
        const bool closing_time = m_now >= day_s;
        for (std::size_t c = 0; c < m_counters.size(); ++c) {
            CounterState& state = m_counters[c];
            if (state.busy || !(state.open || closing_time))
                continue;
            auto next = queue::next_ticket(m_tickets, state.counter, m_shape.one_call_in);
            if (!next)
                continue;
            queue::Ticket& ticket = m_tickets[*next];
            (void)queue::call(ticket, state.counter, now());
            m_observations[*next].true_wait_min = static_cast<double>(ticket.called_at - ticket.issued_at) / 60;
            state.busy = true;
            state.ticket = *next;
            state.absent = chance(m_shape.absent_share);
            double duration = state.absent ? absent_after_s : service_seconds(ticket.service);
            m_events.push({m_now + duration, Kind::CounterFree, c});
        }
    }

    double service_seconds(const std::string& service)
    {
        const ServiceShape& shape = m_shape.services[static_cast<std::size_t>(std::stoi(service.substr(1)))];
        double sigma = shape.log_spread;
        double mu = std::log(shape.mean_service_min * 60) - sigma * sigma / 2;
        return std::max(30.0, std::lognormal_distribution<double>(mu, sigma)(m_random));
    }

    void finish(CounterState& state)
    {
        queue::Ticket& ticket = m_tickets[state.ticket];
        if (state.absent) {
            (void)queue::recall(ticket);
            (void)queue::mark_absent(ticket, now());
        } else {
            (void)queue::serve(ticket, now());
        }
        state.busy = false;
    }

    const SiteShape& m_shape;
    std::mt19937_64 m_random;
    std::priority_queue<Event, std::vector<Event>, std::greater<>> m_events;
    std::vector<CounterState> m_counters;
    std::vector<queue::Ticket> m_tickets;
    std::vector<Observation> m_observations;
    double m_now = 0;
};

double quantile(std::vector<double> values, double q)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    auto index = static_cast<std::size_t>(std::lround(q * static_cast<double>(values.size() - 1)));
    return values[index];
}

}  // namespace

std::vector<SiteShape> standard_shapes()
{
    std::vector<SiteShape> shapes;
    shapes.push_back({"small office: 1 service, 1 counter", {{7, 0.6, 0.8}}, {{0}}});
    shapes.push_back({"town hall: 2 services, 3 counters, one shared", {{5, 0.5, 0.85}, {12, 0.7, 0.8}}, {{0}, {0, 1}, {1}}});
    shapes.push_back({"prefecture: 5 services, 8 counters",
                      {{4, 0.5, 0.85}, {15, 0.6, 0.85}, {8, 0.7, 0.8}, {20, 0.5, 0.75}, {6, 0.8, 0.9}},
                      {{0}, {0, 4}, {1}, {1}, {1, 2}, {2}, {3}, {4}}});
    shapes.push_back({"large hall: 1 service, 10 counters", {{9, 0.6, 0.9}}, {{0}, {0}, {0}, {0}, {0}, {0}, {0}, {0}, {0}, {0}}});
    return shapes;
}

std::vector<Observation> simulate_day(const SiteShape& shape, std::uint64_t seed) { return Day(shape, seed).run(); }

Summary summarise(const std::vector<Observation>& observations)
{
    Summary summary;
    summary.tickets = observations.size();
    std::vector<double> errors, widths;
    std::size_t inside = 0, unknown = 0, late = 0;
    double bias = 0;
    for (const Observation& o : observations) {
        if (!o.estimate.known) {
            ++unknown;
            continue;
        }
        double middle = (o.estimate.low_minutes + o.estimate.high_minutes) / 2.0;
        errors.push_back(std::abs(middle - o.true_wait_min));
        bias += o.true_wait_min - middle;
        late += o.true_wait_min > o.estimate.high_minutes;
        widths.push_back(o.estimate.high_minutes - o.estimate.low_minutes);
        inside += o.true_wait_min >= o.estimate.low_minutes && o.true_wait_min <= o.estimate.high_minutes;
    }
    if (summary.tickets > 0)
        summary.unknown_share = static_cast<double>(unknown) / static_cast<double>(summary.tickets);
    if (!errors.empty()) {
        summary.median_error_min = quantile(errors, 0.5);
        summary.p90_error_min = quantile(errors, 0.9);
        const auto known = static_cast<double>(errors.size());
        summary.inside_share = static_cast<double>(inside) / known;
        summary.late_share = static_cast<double>(late) / known;
        summary.bias_min = bias / known;
        summary.median_width_min = quantile(widths, 0.5);
    }
    return summary;
}

}  // namespace phare::bench
