#include "platform/sdl/input_source.h"

#include <SDL.h>

namespace phare::sdl {

SdlInput::SdlInput() : m_wake_type(SDL_RegisterEvents(1)) {}

std::optional<MappedEvent> SdlInput::wait(int timeout_ms)
{
    SDL_Event event;
    const int got = timeout_ms < 0 ? SDL_WaitEvent(&event) : SDL_WaitEventTimeout(&event, timeout_ms);
    if (got == 0)
        return std::nullopt;
    return m_map.map(event);  // a wake-up maps to Ignored: the loop then looks at what changed
}

std::optional<MappedEvent> SdlInput::poll()
{
    SDL_Event event;
    if (SDL_PollEvent(&event) == 0)
        return std::nullopt;
    return m_map.map(event);
}

std::function<void()> SdlInput::waker()
{
    if (m_wake_type == static_cast<std::uint32_t>(-1))
        return [] {};  // SDL ran out of event types: the loop still wakes at its next deadline
    return [type = m_wake_type] {
        SDL_Event event{};
        event.type = type;
        SDL_PushEvent(&event);
    };
}

}  // namespace phare::sdl
