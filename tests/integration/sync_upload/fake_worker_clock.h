#pragma once
// Simulated time for the network worker: every wait jumps straight to its deadline, so a week of
// schedule runs in seconds of real time, and `on_advance` lets the test make things happen at
// simulated moments (ratings arriving, the hub coming back). Used only by the worker's thread.

#include "app/sync/net_worker.h"

#include <atomic>
#include <chrono>
#include <functional>

namespace phare::test {

class FakeWorkerClock final : public app::WorkerClock {
public:
    TimePoint now() override { return TimePoint{} + std::chrono::milliseconds(m_ms.load()); }

    void wait_until(std::condition_variable&, std::unique_lock<std::mutex>& lock, TimePoint deadline) override
    {
        const auto target = std::chrono::duration_cast<std::chrono::milliseconds>(deadline.time_since_epoch()).count();
        // The worker's lock is released while the test's hook runs: the hook may take its time
        // (start a hub) and other threads may read the worker's status meanwhile.
        lock.unlock();
        if (target > m_ms.load()) {
            m_ms.store(target);
            ++m_waits;
            if (on_advance)
                on_advance(target);
        }
        lock.lock();
    }

    // Time that passes inside a call (a long-poll the hub holds): from the worker's thread only.
    void advance(std::chrono::milliseconds by) { m_ms += by.count(); }
    void advance_to(std::int64_t ms)
    {
        if (ms > m_ms.load())
            m_ms.store(ms);
    }

    std::int64_t seconds() const { return m_ms.load() / 1000; }
    std::int64_t milliseconds() const { return m_ms.load(); }
    std::int64_t waits() const { return m_waits.load(); }
    std::function<void(std::int64_t now_ms)> on_advance;

private:
    std::atomic<std::int64_t> m_ms{0};
    std::atomic<std::int64_t> m_waits{0};
};

}  // namespace phare::test
