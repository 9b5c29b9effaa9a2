#include "core/ui/reduce_parts.h"

namespace phare::ui {

// Touch exploration: the finger reads what it rests on and never acts.
Update explore(const State& state, const Explore& touch, const Context& context)
{
    Update update{state, {}};
    update.state.modes.speech = true;
    update.state.keypad = false;
    for (auto it = context.frame.elements.rbegin(); it != context.frame.elements.rend(); ++it) {
        if (!it->rect.contains(touch.x, touch.y) || it->spoken.empty() || it->role == Role::Panel)
            continue;
        if (it->id != state.focus) {
            update.state.focus = it->id;
            update.effects.push_back(PlayEarcon{it->action ? Earcon::Move : Earcon::MoveToText});
            speak_element(update.effects, *it);
        }
        return update;
    }
    return update;
}

}  // namespace phare::ui
