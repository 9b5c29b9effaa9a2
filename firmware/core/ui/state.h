#pragma once
// Everything a visitor's session is: where they are, which language and modes they chose. A value
// type: reduce() makes a new one, nothing mutates it behind the UI's back.

#include <cstdint>
#include <string>
#include <vector>

namespace phare::ui {

enum class ScreenId { Welcome, Service, Accessibility };
enum class TextSize { Standard, Large, Larger };
enum class Contrast { Standard, Dark, Light };

struct Modes {
    TextSize text_size = TextSize::Standard;
    Contrast contrast = Contrast::Standard;
    bool easy_read = false;
    bool speech = false;
    bool operator==(const Modes&) const = default;
};

struct Place {
    ScreenId screen = ScreenId::Welcome;
    std::string service;  // for ScreenId::Service
    int page = 0;
    bool operator==(const Place&) const = default;
};

struct State {
    Place place;
    std::vector<Place> history;  // for Back; cleared at session end
    std::string lang;
    Modes modes;
    std::string focus;    // id of the focused element; empty when the visitor uses touch
    bool keypad = false;  // the visitor is using the keypad: a new screen focuses its first item
    bool help_open = false;
    std::int64_t now_ms = 0;
};

// A fresh session in the site's default language.
State initial_state(const std::string& default_language, Modes modes = {});

}  // namespace phare::ui
