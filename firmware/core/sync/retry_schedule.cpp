#include "core/sync/retry_schedule.h"

#include <algorithm>

namespace phare::sync {

std::uint64_t SeededRandom::next()
{
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

double SeededRandom::unit()
{
    // The top 53 bits make an exactly representable double in [0, 1).
    return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0);
}

RetrySchedule::RetrySchedule(RetryPolicy policy, std::uint64_t seed) : m_policy(policy), m_random(seed)
{
    // A policy whose numbers contradict each other is clamped rather than trusted: the floor is what
    // keeps a kiosk from hammering a hub, so it wins.
    m_policy.backoff_floor = std::max(m_policy.backoff_floor, Millis{1});
    m_policy.backoff_first = std::max(m_policy.backoff_first, m_policy.backoff_floor);
    m_policy.backoff_cap = std::max(m_policy.backoff_cap, m_policy.backoff_first);
    m_policy.poll_jitter = std::clamp(m_policy.poll_jitter, 0.0, 1.0);
}

Millis RetrySchedule::uniform(Millis low, Millis high)
{
    const auto span = static_cast<double>((high - low).count());
    return low + Millis{static_cast<Millis::rep>(span * m_random.unit())};
}

Millis RetrySchedule::after_success()
{
    m_failures = 0;
    const auto interval = static_cast<double>(m_policy.poll_interval.count());
    const auto spread = static_cast<Millis::rep>(interval * m_policy.poll_jitter);
    return uniform(m_policy.poll_interval - Millis{spread}, m_policy.poll_interval + Millis{spread});
}

Millis RetrySchedule::next_backoff_ceiling() const
{
    Millis ceiling = m_policy.backoff_first;
    for (int i = 0; i < m_failures && ceiling < m_policy.backoff_cap; ++i)
        ceiling *= 2;
    return std::min(ceiling, m_policy.backoff_cap);
}

Millis RetrySchedule::after_failure()
{
    const Millis ceiling = next_backoff_ceiling();
    if (m_failures < 1'000'000)
        ++m_failures;
    return uniform(m_policy.backoff_floor, ceiling);
}

}  // namespace phare::sync
