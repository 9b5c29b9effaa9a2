#pragma once
// reduce(State, Input) -> State + Effects. Pure: the same inputs give the same outputs, so every
// behaviour of the kiosk can be tested without a screen, a speaker or a clock.
//
// The current Frame is an input too: a tap means whatever element is under the finger, and Up/Down
// walk the focus order the screen actually shows.

#include "core/content/site.h"
#include "core/ui/effect.h"
#include "core/ui/frame.h"
#include "core/ui/input.h"
#include "core/ui/state.h"

namespace phare::ui {

struct Update {
    State state;
    Effects effects;
};

// The site gives the words reduce() says itself (volume, "first item", "repeating"...).
Update reduce(const State& state, const Input& input, const Frame& current, const content::Site& site);

// Speaks an element: its intro first when it has one (a fallback text's "Message en français :",
// in the visitor's voice), then its label in its own language's voice, queued after the intro.
void speak_element(Effects& effects, const Element& element, Interrupt interrupt = Interrupt::Yes);

// The item a keypad visitor lands on when a screen appears: its first heading.
const Element* landing_item(const Frame& frame);

// What activating an action does to the state (also used by scripts and tests). Call it as
// ui::apply: an Action is a std::variant, so an unqualified call also finds std::apply.
State apply(const State& state, const Action& action);

}  // namespace phare::ui
