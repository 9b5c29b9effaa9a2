#pragma once
// What the world tells the kiosk. platform/sdl maps SDL events to these; scripts produce them too.

#include <cstdint>
#include <variant>

namespace phare::ui {

// Accessibility opens the display and listening choices from the keypad in one press.
// Pause toggles pausing speech.
enum class Key { Up, Down, Left, Right, Enter, Back, Help, VolumeUp, VolumeDown, Accessibility, Pause };

struct Tap {
    int x = 0;
    int y = 0;
};

// A finger resting or sliding on the screen (touch exploration, R-07): read, never act.
struct Explore {
    int x = 0;
    int y = 0;
};

struct KeyPress {
    Key key = Key::Enter;
};

// Time passes (milliseconds on the kiosk's monotonic clock).
struct Tick {
    std::int64_t now_ms = 0;
};

// The outbox answered a StoreRating: the rating is on disk (or could not be stored).
struct RatingStored {
    bool ok = true;
};

using Input = std::variant<Tap, Explore, KeyPress, Tick, RatingStored>;

}  // namespace phare::ui
