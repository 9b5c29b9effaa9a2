#pragma once
// When the kiosk's network worker tries a job again: a steady poll with jitter while the hub
// answers, exponential backoff with full jitter and a cap while it does not. Pure: no clock and
// no entropy of its own; the caller measures time and gives the seed, so tests replay exactly.
//
// It does not sleep, and it does not know what the job is (content poll, upload, heartbeat).

#include <chrono>
#include <cstdint>

namespace phare::sync {

using Millis = std::chrono::milliseconds;

struct RetryPolicy {
    Millis poll_interval{60'000};  // between attempts while the hub answers
    double poll_jitter = 0.2;      // ± this fraction of poll_interval, so a fleet does not poll in step
    Millis backoff_floor{5'000};   // never retry sooner than this after a failure (no hot loop)
    Millis backoff_first{10'000};  // ceiling of the first retry's delay
    Millis backoff_cap{15 * 60'000};  // the ceiling stops doubling here
};

// splitmix64: tiny, seedable, good enough to spread retries; not for secrets.
class SeededRandom {
public:
    explicit SeededRandom(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next();
    // Uniform in [0, 1).
    double unit();

private:
    std::uint64_t m_state;
};

class RetrySchedule {
public:
    RetrySchedule(RetryPolicy policy, std::uint64_t seed);

    // The attempt worked: failures are forgotten; the next attempt comes after a jittered poll.
    Millis after_success();
    // The attempt failed: the ceiling doubles from backoff_first up to backoff_cap, and the delay is
    // drawn uniformly between backoff_floor and that ceiling ("full jitter" above a floor).
    Millis after_failure();
    // Forget past failures without choosing a delay (progress was made, yet the job must retry).
    void reset() { m_failures = 0; }

    int consecutive_failures() const { return m_failures; }
    // The ceiling the next after_failure() draws under.
    Millis next_backoff_ceiling() const;
    const RetryPolicy& policy() const { return m_policy; }

private:
    Millis uniform(Millis low, Millis high);

    RetryPolicy m_policy;
    SeededRandom m_random;
    int m_failures = 0;
};

}  // namespace phare::sync
