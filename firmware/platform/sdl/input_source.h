#pragma once
// Where the visitor's input comes from, chosen once in app/main.cpp: SDL's event queue behind a
// window, or nothing at all (a headless script brings its own input and needs no event queue).
// The main loop sleeps in wait(), so whatever another thread has to tell it goes through waker().

#include "platform/sdl/input_map.h"

#include <cstdint>
#include <functional>
#include <optional>

namespace phare::sdl {

class InputSource {
public:
    virtual ~InputSource() = default;
    // The next event's meaning, waiting up to `timeout_ms` (negative: until one comes); nothing
    // when the time ran out.
    virtual std::optional<MappedEvent> wait(int timeout_ms) = 0;
    // An event already queued, without waiting.
    virtual std::optional<MappedEvent> poll() = 0;
    // Wakes a wait() from any thread (speech started, a rating stored, content arrived).
    virtual std::function<void()> waker() = 0;
};

// SDL's event queue: keys, touches, the window's life. Needs SDL_INIT_EVENTS.
class SdlInput final : public InputSource {
public:
    SdlInput();
    std::optional<MappedEvent> wait(int timeout_ms) override;
    std::optional<MappedEvent> poll() override;
    std::function<void()> waker() override;

private:
    InputMap m_map;
    std::uint32_t m_wake_type;  // an event type of our own, registered once
};

// No input and nothing to wake: headless scripts.
class NoInput final : public InputSource {
public:
    std::optional<MappedEvent> wait(int) override { return std::nullopt; }
    std::optional<MappedEvent> poll() override { return std::nullopt; }
    std::function<void()> waker() override { return [] {}; }
};

}  // namespace phare::sdl
