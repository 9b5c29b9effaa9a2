#pragma once
// How the visitor chose to see and hear the screens: text size, contrast, easy-read, speech.

namespace phare::ui {

enum class TextSize { Standard, Large, Larger };
enum class Contrast { Standard, Dark, Light };

struct Modes {
    TextSize text_size = TextSize::Standard;
    Contrast contrast = Contrast::Standard;
    bool easy_read = false;
    bool speech = false;
    bool operator==(const Modes&) const = default;
};

}  // namespace phare::ui
