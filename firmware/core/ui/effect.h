#pragma once
// What the kiosk must do in the world after an input; the app executes these (speech, sounds...).

#include <string>
#include <variant>
#include <vector>

namespace phare::ui {

enum class Interrupt { No, Yes };

struct Speak {
    std::string text;
    std::string lang;
    Interrupt interrupt = Interrupt::Yes;
};

enum class Earcon { Move, Select, NoAction, PageChange, TimeoutWarning };

struct PlayEarcon {
    Earcon earcon = Earcon::Move;
};

using Effect = std::variant<Speak, PlayEarcon>;
using Effects = std::vector<Effect>;

}  // namespace phare::ui
