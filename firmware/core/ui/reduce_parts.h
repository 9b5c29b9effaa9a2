#pragma once
// The pieces reduce() is made of, each in a file of its own: what they share (the Context,
// saying, going to a place, activating), the keypad, touch exploration, the listening settings and
// the rating. Internal to core/ui: callers use reduce.h.

#include "core/ui/reduce.h"

#include <string>
#include <string_view>

namespace phare::ui {

struct Context {
    const Frame& frame;
    const content::Site& site;
    std::string ui(std::string_view key) const { return std::string(site.ui(key, frame.lang)); }
};

// reduce_parts.cpp
void go_to(State& state, Place place);
void say(Effects& effects, std::string text, const std::string& lang, Interrupt interrupt = Interrupt::Yes);
const Element* current_item(const State& state, const Frame& frame);
Update activate(const State& state, const Element& element);

// keypad_reduce.cpp: the EZ keys, page turns, volume, headset and maintenance keys.
Update on_key(const State& state, const KeyPress& press, const Context& context);

// explore_reduce.cpp
Update explore(const State& state, const Explore& touch, const Context& context);

// listening_reduce.cpp: volume and speaker or headset.
Update change_volume(const State& state, const Context& context, int step);
Update change_output(const State& state, bool headset, const content::Site& site);

// feedback_reduce.cpp: the rating a finished survey stores, and the answer of the store.
feedback::Rating draft_rating(const State& state, const content::Site& site);
Update rating_stored(const State& state, const RatingStored& stored, const content::Site& site);

}  // namespace phare::ui
