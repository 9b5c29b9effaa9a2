#include "core/ui/session.h"

namespace phare::ui {

State reset_session(const State& state)
{
    State fresh = state;
    fresh.place = {};
    if (state.board_role)
        fresh.place.screen = ScreenId::Queue;  // the hall display always shows the board
    fresh.history.clear();
    fresh.lang = state.home.lang;
    fresh.modes = state.home.modes;
    fresh.focus.clear();
    fresh.keypad = false;
    fresh.help_open = false;
    fresh.help_layer = 0;
    fresh.in_session = false;
    fresh.timeout_warning = false;
    fresh.last_key = -1;
    // Volume and rate go back to their defaults; the output follows the jack, which stays as it is.
    fresh.audio = a11y::AudioSettings{.output = state.audio.output};
    fresh.feedback = {};
    fresh.ticket = {};
    fresh.last_service.clear();
    fresh.caption.clear();
    return fresh;
}

std::optional<std::pair<State, Effects>> on_session_tick(const State& state)
{
    if (!state.in_session)
        return std::nullopt;
    const std::int64_t idle = state.now_ms - state.last_input_ms;
    if (idle >= state.policy.inactivity_ms + state.policy.warning_ms)
        return std::make_pair(reset_session(state), Effects{PlayEarcon{Earcon::PageChange}});
    if (idle >= state.policy.inactivity_ms && !state.timeout_warning) {
        State warned = state;
        warned.timeout_warning = true;
        // The warning is seen (the screen changes) and heard (a chime), R-55.
        return std::make_pair(warned, Effects{PlayEarcon{Earcon::TimeoutWarning}});
    }
    return std::nullopt;
}

std::optional<std::int64_t> idle_hint_due(const State& state)
{
    if (state.in_session || state.idle_hint_given || state.audio.output != a11y::AudioOutput::Headset)
        return std::nullopt;
    return state.headset_since_ms + 5000;
}

std::optional<std::int64_t> next_session_deadline(const State& state)
{
    if (!state.in_session)
        return idle_hint_due(state);
    if (!state.timeout_warning)
        return state.last_input_ms + state.policy.inactivity_ms;
    return state.last_input_ms + state.policy.inactivity_ms + state.policy.warning_ms;
}

bool is_double_strike(const State& state, int key)
{
    return state.policy.double_strike_ms > 0 && state.last_key == key && state.now_ms - state.last_key_ms < state.policy.double_strike_ms;
}

}  // namespace phare::ui
