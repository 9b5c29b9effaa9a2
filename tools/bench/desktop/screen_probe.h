#pragma once
// What reaches the X screen and when: every damage to the root window (any window drawing on it)
// is seen as the X server applies it, and a pixel can be read back at that moment. This is what
// a person would see, unlike a program's own "I presented" log.

#include <cstdint>
#include <optional>
#include <string>

typedef struct _XDisplay Display;

namespace phare::bench {

// CLOCK_MONOTONIC in microseconds: the clock of the kiosk's --trace, so both can be compared.
std::int64_t now_us();

class ScreenProbe {
public:
    explicit ScreenProbe(const std::string& display_name);  // throws std::runtime_error
    ~ScreenProbe();
    ScreenProbe(const ScreenProbe&) = delete;
    ScreenProbe& operator=(const ScreenProbe&) = delete;

    // Waits for the next damage, up to `deadline_us`; its arrival time, or nothing at the deadline.
    std::optional<std::int64_t> next_damage(std::int64_t deadline_us);
    // Waits until nothing has been drawn for `quiet_ms`, or the deadline passes.
    void wait_quiet(int quiet_ms, std::int64_t deadline_us);
    // 0xRRGGBB at (x, y) on the root window.
    std::uint32_t pixel(int x, int y);
    // Presses and releases a key by its X keysym name ("Down", "Tab") through XTest.
    void tap_key(const std::string& keysym_name);
    int width() const;
    int height() const;

private:
    Display* m_display = nullptr;
    unsigned long m_damage = 0;
    int m_damage_event_base = 0;
};

}  // namespace phare::bench
