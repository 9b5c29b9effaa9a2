#pragma once
// A visitor's session: when it times out, what a reset clears, and the double-strike
// filter. Pure functions over State; reduce() calls them.

#include "core/ui/effect.h"
#include "core/ui/state.h"

#include <optional>

namespace phare::ui {

// The state a new visitor finds: the kiosk's home language and modes, the welcome screen, no
// history, nothing the last visitor chose. Kiosk-level fields (policy, home) are kept.
State reset_session(const State& state);

// Time passes: warn, then reset. Returns nullopt when nothing changes.
std::optional<std::pair<State, Effects>> on_session_tick(const State& state);

// When the loop must wake up next for the session's timers; nullopt when no timer runs, so an
// untouched kiosk sleeps until someone touches it.
std::optional<std::int64_t> next_session_deadline(const State& state);

// When the idle hint is due in a headset on the attract screen; nullopt when none is.
std::optional<std::int64_t> idle_hint_due(const State& state);

// True when this key press is the double strike of the previous one and must be ignored.
bool is_double_strike(const State& state, int key);

}  // namespace phare::ui
