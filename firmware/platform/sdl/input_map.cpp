#include "platform/sdl/input_map.h"

#include <SDL.h>

#include <cstdlib>
#include <string>

namespace phare::sdl {

namespace {

// Movement beyond this many logical pixels turns a touch into exploration rather than a tap.
constexpr int slide_px = 24;

std::optional<ui::Key> key_from_sym(SDL_Keycode sym)
{
    switch (sym) {
    case SDLK_UP: return ui::Key::Up;
    case SDLK_DOWN: return ui::Key::Down;
    case SDLK_LEFT: return ui::Key::Left;
    case SDLK_RIGHT: return ui::Key::Right;
    case SDLK_RETURN:
    case SDLK_KP_ENTER: return ui::Key::Enter;
    case SDLK_BACKSPACE:
    case SDLK_ESCAPE: return ui::Key::Back;
    case SDLK_h:
    case SDLK_F1: return ui::Key::Help;
    case SDLK_PLUS:
    case SDLK_EQUALS:
    case SDLK_KP_PLUS: return ui::Key::VolumeUp;
    case SDLK_MINUS:
    case SDLK_KP_MINUS: return ui::Key::VolumeDown;
    case SDLK_a:
    case SDLK_F2: return ui::Key::Accessibility;
    case SDLK_SPACE:
    case SDLK_p: return ui::Key::Pause;
    case SDLK_k:
    case SDLK_F3: return ui::Key::Headset;
    case SDLK_F12: return ui::Key::Maintenance;
    default: return std::nullopt;
    }
}

}  // namespace

MappedEvent InputMap::map(const SDL_Event& event)
{
    switch (event.type) {
    case SDL_QUIT: return {EventOutcome::Quit, {}};
    case SDL_WINDOWEVENT:
        if (event.window.event == SDL_WINDOWEVENT_EXPOSED || event.window.event == SDL_WINDOWEVENT_SIZE_CHANGED)
            return {EventOutcome::Redraw, {}};
        return {};
    case SDL_KEYDOWN: {
        // Held keys repeat nothing: a visitor with a tremor must not skip items.
        if (event.key.repeat != 0)
            return {};
        if (auto key = key_from_sym(event.key.keysym.sym))
            return {EventOutcome::Input, ui::KeyPress{*key}};
        return {};
    }
    case SDL_MOUSEBUTTONDOWN:
        if (event.button.button == SDL_BUTTON_LEFT)
            m_press = {true, false, event.button.x, event.button.y};
        return {};
    case SDL_MOUSEMOTION:
        // A finger that slides reads what it passes over; the lift that ends it is no tap.
        if (m_press.down && (m_press.exploring || std::abs(event.motion.x - m_press.x) + std::abs(event.motion.y - m_press.y) > slide_px)) {
            m_press.exploring = true;
            return {EventOutcome::Input, ui::Explore{event.motion.x, event.motion.y}};
        }
        return {};
    case SDL_MOUSEBUTTONUP: {
        if (event.button.button != SDL_BUTTON_LEFT)
            return {};
        const bool was_exploring = m_press.exploring;
        m_press = {};
        if (was_exploring)
            return {};
        return {EventOutcome::Input, ui::Tap{event.button.x, event.button.y}};
    }
    default: return {};
    }
}

std::optional<ui::Key> key_from_name(const std::string& name)
{
    if (name == "up") return ui::Key::Up;
    if (name == "down") return ui::Key::Down;
    if (name == "left") return ui::Key::Left;
    if (name == "right") return ui::Key::Right;
    if (name == "enter") return ui::Key::Enter;
    if (name == "back") return ui::Key::Back;
    if (name == "help") return ui::Key::Help;
    if (name == "vol+") return ui::Key::VolumeUp;
    if (name == "vol-") return ui::Key::VolumeDown;
    if (name == "access") return ui::Key::Accessibility;
    if (name == "pause") return ui::Key::Pause;
    if (name == "headset") return ui::Key::Headset;
    if (name == "maintenance") return ui::Key::Maintenance;
    return std::nullopt;
}

}  // namespace phare::sdl
