#include "core/ui/reduce_parts.h"

#include "core/i18n/template.h"

#include <algorithm>

namespace phare::ui {

Update change_volume(const State& state, const Context& context, int step)
{
    Update update{state, {}};
    const int last = static_cast<int>(a11y::volume_gain_db.size()) - 1;
    const int next = std::clamp(state.audio.volume_step + step, 0, last);
    update.state.audio.volume_step = next;
    // Each change is confirmed by speech, and the limits are named.
    std::string text = next == 0      ? context.ui("speech.volume_min")
                       : next == last ? context.ui("speech.volume_max")
                                      : i18n::fill(context.ui("speech.volume"), {{"percent", std::to_string(update.state.audio.volume_percent())}});
    if (next == state.audio.volume_step)
        update.effects.push_back(PlayEarcon{Earcon::NoAction});
    say(update.effects, std::move(text), context.frame.lang);
    return update;
}

// Private listening: speech goes to the headset only. Pulling the headset out ends private
// listening and brings the volume back to its safe default.
Update change_output(const State& state, bool headset, const content::Site& site)
{
    Update update{state, {}};
    update.state.audio.output = headset ? a11y::AudioOutput::Headset : a11y::AudioOutput::Speaker;
    update.state.headset_since_ms = state.now_ms;
    update.state.idle_hint_given = false;
    if (!headset)
        update.state.audio.volume_step = a11y::default_volume_step;
    if (state.in_session)
        say(update.effects, std::string(site.ui(headset ? "speech.headset_on" : "speech.headset_off", state.lang)), state.lang);
    return update;
}

}  // namespace phare::ui
