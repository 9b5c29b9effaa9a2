#pragma once
// Where the kiosk's time comes from, chosen once in app/main.cpp: the machine's monotonic clock
// in service, a manual clock in headless scripts (a `wait` line takes no time, so a replay is
// deterministic and a simulated week runs in minutes). Milliseconds since the clock started.

#include <chrono>
#include <cstdint>

namespace phare::system {

class Clock {
public:
    virtual ~Clock() = default;
    virtual std::int64_t now_ms() const = 0;
    // Moves the clock to `ms` if it can: a manual clock jumps there; real time cannot be skipped
    // (false: the caller waits for it).
    virtual bool skip_to(std::int64_t ms) = 0;
};

class SteadyClock final : public Clock {
public:
    std::int64_t now_ms() const override
    {
        return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - m_origin).count();
    }
    bool skip_to(std::int64_t) override { return false; }

private:
    std::chrono::steady_clock::time_point m_origin = std::chrono::steady_clock::now();
};

class ManualClock final : public Clock {
public:
    std::int64_t now_ms() const override { return m_now_ms; }
    bool skip_to(std::int64_t ms) override
    {
        if (ms > m_now_ms)
            m_now_ms = ms;
        return true;
    }

private:
    std::int64_t m_now_ms = 0;
};

}  // namespace phare::system
