// SDL events through SDL's own event queue into the kiosk's inputs: what a keypad, a finger and
// the window manager send, read back by the input source the window uses (platform/sdl).

#include "platform/sdl/input_source.h"

#include <catch2/catch.hpp>
#include <SDL.h>

#include <thread>

using namespace phare;

namespace {

struct SdlEvents {
    SdlEvents() { REQUIRE(SDL_Init(SDL_INIT_EVENTS) == 0); }
    ~SdlEvents() { SDL_Quit(); }
};

void push(SDL_Event event) { REQUIRE(SDL_PushEvent(&event) == 1); }

void key(SDL_Keycode sym, Uint8 repeat = 0)
{
    SDL_Event event{};
    event.type = SDL_KEYDOWN;
    event.key.keysym.sym = sym;
    event.key.repeat = repeat;
    push(event);
}

void button(Uint32 type, int x, int y, Uint8 which = SDL_BUTTON_LEFT)
{
    SDL_Event event{};
    event.type = type;
    event.button.button = which;
    event.button.x = x;
    event.button.y = y;
    push(event);
}

void motion(int x, int y)
{
    SDL_Event event{};
    event.type = SDL_MOUSEMOTION;
    event.motion.x = x;
    event.motion.y = y;
    push(event);
}

// Every input the queue holds now, in order; events that mean nothing are skipped.
std::vector<ui::Input> drain(sdl::InputSource& source)
{
    std::vector<ui::Input> inputs;
    while (auto event = source.poll())
        if (event->outcome == sdl::EventOutcome::Input)
            inputs.push_back(event->input);
    return inputs;
}

}  // namespace

TEST_CASE("keypad keys become key presses, and a held key repeats nothing", "[sdl][input]")
{
    SdlEvents sdl;
    sdl::SdlInput source;
    key(SDLK_DOWN);
    key(SDLK_DOWN, 1);  // auto-repeat of a held key
    key(SDLK_RETURN);
    key(SDLK_ESCAPE);
    key(SDLK_F1);
    key(SDLK_KP_PLUS);
    key(SDLK_z);  // not on the keypad
    const auto inputs = drain(source);
    REQUIRE(inputs.size() == 5);
    const ui::Key expected[] = {ui::Key::Down, ui::Key::Enter, ui::Key::Back, ui::Key::Help, ui::Key::VolumeUp};
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const auto* press = std::get_if<ui::KeyPress>(&inputs[i]);
        REQUIRE(press);
        CHECK(press->key == expected[i]);
    }
}

TEST_CASE("a press and lift in place is a tap where the finger lifted", "[sdl][input]")
{
    SdlEvents sdl;
    sdl::SdlInput source;
    button(SDL_MOUSEBUTTONDOWN, 300, 500);
    motion(305, 503);  // a finger wobbles a little without meaning to slide
    button(SDL_MOUSEBUTTONUP, 306, 504);
    button(SDL_MOUSEBUTTONDOWN, 10, 10, SDL_BUTTON_RIGHT);  // only the primary button taps
    button(SDL_MOUSEBUTTONUP, 10, 10, SDL_BUTTON_RIGHT);
    const auto inputs = drain(source);
    REQUIRE(inputs.size() == 1);
    const auto* tap = std::get_if<ui::Tap>(&inputs[0]);
    REQUIRE(tap);
    CHECK(tap->x == 306);
    CHECK(tap->y == 504);
}

TEST_CASE("a finger that slides explores what it passes over, and its lift is no tap", "[sdl][input]")
{
    SdlEvents sdl;
    sdl::SdlInput source;
    button(SDL_MOUSEBUTTONDOWN, 100, 100);
    motion(100, 160);
    motion(100, 220);
    button(SDL_MOUSEBUTTONUP, 100, 220);
    motion(400, 400);  // no finger down: the pointer moving alone reads nothing
    const auto inputs = drain(source);
    REQUIRE(inputs.size() == 2);
    const auto* first = std::get_if<ui::Explore>(&inputs[0]);
    const auto* second = std::get_if<ui::Explore>(&inputs[1]);
    REQUIRE(first);
    REQUIRE(second);
    CHECK(first->y == 160);
    CHECK(second->y == 220);
}

TEST_CASE("the window's life: closing quits, exposure redraws", "[sdl][input]")
{
    SdlEvents sdl;
    sdl::SdlInput source;
    SDL_Event exposed{};
    exposed.type = SDL_WINDOWEVENT;
    exposed.window.event = SDL_WINDOWEVENT_EXPOSED;
    push(exposed);
    SDL_Event quit{};
    quit.type = SDL_QUIT;
    push(quit);
    auto first = source.poll();
    auto second = source.poll();
    REQUIRE(first);
    REQUIRE(second);
    CHECK(first->outcome == sdl::EventOutcome::Redraw);
    CHECK(second->outcome == sdl::EventOutcome::Quit);
    CHECK_FALSE(source.poll());
}

TEST_CASE("another thread's wake-up ends a wait that would otherwise last forever", "[sdl][input]")
{
    SdlEvents sdl;
    sdl::SdlInput source;
    auto wake = source.waker();
    std::thread other([wake] { wake(); });
    auto event = source.wait(-1);  // returns only because of the wake-up
    other.join();
    REQUIRE(event);
    CHECK(event->outcome == sdl::EventOutcome::Ignored);
}
