#pragma once
// SDL events -> core Inputs. The keypad mapping follows docs/accessibility.md, "The keypad", for
// a keyboard-like keypad: arrows, Enter, Backspace/Escape = Back, H/F1 = Help, -/+ = volume.

#include "core/ui/input.h"

#include <optional>
#include <string>

union SDL_Event;

namespace phare::sdl {

enum class EventOutcome { Input, Quit, Redraw, Ignored };

struct MappedEvent {
    EventOutcome outcome = EventOutcome::Ignored;
    ui::Input input;
};

// Follows the one finger the kiosk listens to, from press to lift: a press and lift in place is a
// tap, a press that slides explores and its lift is no tap.
class InputMap {
public:
    MappedEvent map(const SDL_Event& event);

private:
    struct Press {
        bool down = false;
        bool exploring = false;
        int x = 0;
        int y = 0;
    };
    Press m_press;
};

// Names used by scripts: up, down, left, right, enter, back, help, vol+, vol-.
std::optional<ui::Key> key_from_name(const std::string& name);

}  // namespace phare::sdl
