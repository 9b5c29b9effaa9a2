// The keypad (docs/accessibility.md): Up and Down walk the reading order, Enter acts or repeats,
// Left and Right turn pages, and the other keys each do one thing.

#include "core/ui/reduce_parts.h"

#include <algorithm>

namespace phare::ui {

namespace {

// The first press of an EZ key with guidance off turns guidance on and reads where the visitor
// is, and does nothing else (docs/accessibility.md, "The first press"): a blind visitor
// never acts by accident.
Update start_guidance(const State& state, const Context& context)
{
    Update update{state, {}};
    update.state.modes.speech = true;
    update.state.keypad = true;
    const Element* item = current_item(state, context.frame);
    if (!item)
        item = landing_item(context.frame);
    say(update.effects, context.ui("speech.guidance_on"), context.frame.lang);
    if (item) {
        update.state.focus = item->id;
        speak_element(update.effects, *item, Interrupt::No);
    }
    return update;
}

Update move_focus(const State& state, const Context& context, int step)
{
    Update update{state, {}};
    update.state.keypad = true;
    auto order = context.frame.reading_order();
    if (order.empty())
        return update;
    auto current = std::find_if(order.begin(), order.end(), [&](const Element* e) { return e->id == state.focus; });
    std::ptrdiff_t index = 0;
    if (current == order.end()) {
        index = step > 0 ? 0 : static_cast<std::ptrdiff_t>(order.size()) - 1;
    } else {
        index = (current - order.begin()) + step;
        if (index < 0 || index >= static_cast<std::ptrdiff_t>(order.size())) {
            // At an edge the focus stays; the visitor hears where they are (docs/accessibility.md,
            // "Screen edges").
            update.effects.push_back(PlayEarcon{Earcon::NoAction});
            say(update.effects, context.ui(step < 0 ? "speech.first_item" : "speech.last_item"), context.frame.lang);
            speak_element(update.effects, **current, Interrupt::No);
            return update;
        }
    }
    const Element& target = *order[static_cast<std::size_t>(index)];
    update.state.focus = target.id;
    update.effects.push_back(PlayEarcon{Earcon::Move});
    speak_element(update.effects, target);
    return update;
}

Update turn_page(const State& state, const Context& context, Key key)
{
    // Left/Right turn pages; in right-to-left languages the page that comes next is on the left.
    const bool rtl = context.frame.direction == TextDirection::RightToLeft;
    const bool forward = (key == Key::Right) != rtl;
    const Element* control = context.frame.find(forward ? "page.next" : "page.previous");
    Update update{state, {}};
    update.state.keypad = true;
    if (control && control->action)
        return activate(update.state, *control);
    update.effects.push_back(PlayEarcon{Earcon::NoAction});
    return update;
}

Update press_enter(const State& state, const Context& context)
{
    const Element* focused = current_item(state, context.frame);
    if (!focused)
        return move_focus(state, context, +1);
    if (focused->action) {
        Update update = activate(state, *focused);
        update.state.keypad = true;
        return update;
    }
    // Enter on something that does nothing repeats it (R-13; docs/accessibility.md, "Enter repeats").
    Update update{state, {PlayEarcon{Earcon::NoAction}}};
    say(update.effects, context.ui("speech.repeating"), context.frame.lang);
    speak_element(update.effects, *focused, Interrupt::No);
    return update;
}

}  // namespace

Update on_key(const State& state, const KeyPress& press, const Context& context)
{
    // Back is left out on purpose: it only ever leaves or goes back, so it may act at once, and
    // it must always leave an overlay.
    const bool ez_key = press.key == Key::Up || press.key == Key::Down || press.key == Key::Enter;
    if (ez_key && !state.modes.speech)
        return start_guidance(state, context);
    switch (press.key) {
    case Key::Up: return move_focus(state, context, -1);
    case Key::Down: return move_focus(state, context, +1);
    case Key::Left:
    case Key::Right: return turn_page(state, context, press.key);
    case Key::Enter: return press_enter(state, context);
    case Key::Back:
    case Key::Help:
    case Key::Accessibility: {
        const Action action = press.key == Key::Back ? Action{Back{}} : press.key == Key::Help ? Action{Help{}} : Action{OpenAccessibility{}};
        Update update{ui::apply(state, action), {StopSpeech{}, PlayEarcon{Earcon::Select}}};
        update.state.keypad = true;
        return update;
    }
    case Key::VolumeUp: return change_volume(state, context, +1);
    case Key::VolumeDown: return change_volume(state, context, -1);
    case Key::Pause: return {state, {TogglePause{}}};
    case Key::Headset: return change_output(state, state.audio.output != a11y::AudioOutput::Headset, context.site);
    case Key::Maintenance: {
        Update update{state, {StopSpeech{}}};
        if (state.place.screen != ScreenId::Maintenance)
            go_to(update.state, {ScreenId::Maintenance, {}, 0});
        return update;
    }
    }
    return {state, {}};
}

}  // namespace phare::ui
