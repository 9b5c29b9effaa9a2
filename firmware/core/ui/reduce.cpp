#include "ui/reduce.h"

#include "ui/session.h"

#include <algorithm>

namespace phare::ui {

namespace {

template<class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};

void go_to(State& state, Place place)
{
    state.history.push_back(state.place);
    state.place = std::move(place);
    state.help_open = false;
}

TextSize parse_size(const std::string& arg)
{
    if (arg == "large")
        return TextSize::Large;
    if (arg == "larger")
        return TextSize::Larger;
    return TextSize::Standard;
}

Contrast parse_contrast(const std::string& arg)
{
    if (arg == "dark")
        return Contrast::Dark;
    if (arg == "light")
        return Contrast::Light;
    return Contrast::Standard;
}

void speak_element(Effects& effects, const Element& element)
{
    if (!element.spoken.empty())
        effects.push_back(Speak{element.spoken, element.lang, Interrupt::Yes});
}

Update move_focus(const State& state, const Frame& frame, int step)
{
    Update update{state, {}};
    update.state.keypad = true;
    auto order = frame.focus_order();
    if (order.empty())
        return update;
    auto current = std::find_if(order.begin(), order.end(), [&](const Element* e) { return e->id == state.focus; });
    std::ptrdiff_t index = 0;
    if (current == order.end()) {
        index = step > 0 ? 0 : static_cast<std::ptrdiff_t>(order.size()) - 1;
    } else {
        index = (current - order.begin()) + step;
        if (index < 0 || index >= static_cast<std::ptrdiff_t>(order.size())) {
            // At an edge the focus stays; the visitor hears where they are (EZ Access 2.3.6).
            update.effects.push_back(PlayEarcon{Earcon::NoAction});
            speak_element(update.effects, **current);
            return update;
        }
    }
    const Element& target = *order[static_cast<std::size_t>(index)];
    update.state.focus = target.id;
    update.effects.push_back(PlayEarcon{Earcon::Move});
    speak_element(update.effects, target);
    return update;
}

Update activate(const State& state, const Element& element)
{
    Update update{apply(state, *element.action), {PlayEarcon{Earcon::Select}}};
    return update;
}

Update on_key(const State& state, const KeyPress& press, const Frame& frame)
{
    const bool rtl = frame.direction == TextDirection::RightToLeft;
    switch (press.key) {
    case Key::Up: return move_focus(state, frame, -1);
    case Key::Down: return move_focus(state, frame, +1);
    case Key::Left:
    case Key::Right: {
        // Left/Right turn pages; in right-to-left languages the page that comes next is on the left.
        bool forward = (press.key == Key::Right) != rtl;
        const Element* control = frame.find(forward ? "page.next" : "page.previous");
        Update update{state, {}};
        update.state.keypad = true;
        if (control && control->action)
            return activate(update.state, *control);
        update.effects.push_back(PlayEarcon{Earcon::NoAction});
        return update;
    }
    case Key::Enter: {
        const Element* focused = state.focus.empty() ? nullptr : frame.find(state.focus);
        if (!focused)
            return move_focus(state, frame, +1);
        if (focused->action) {
            Update update = activate(state, *focused);
            update.state.keypad = true;
            return update;
        }
        Update update{state, {PlayEarcon{Earcon::NoAction}}};
        speak_element(update.effects, *focused);
        return update;
    }
    case Key::Back: {
        Update update{apply(state, {ActionKind::Back, {}}), {PlayEarcon{Earcon::Select}}};
        update.state.keypad = true;
        return update;
    }
    case Key::Help: {
        Update update{apply(state, {ActionKind::Help, {}}), {PlayEarcon{Earcon::Select}}};
        update.state.keypad = true;
        return update;
    }
    case Key::Accessibility: {
        Update update{apply(state, {ActionKind::OpenAccessibility, {}}), {PlayEarcon{Earcon::Select}}};
        update.state.keypad = true;
        return update;
    }
    case Key::VolumeUp:
    case Key::VolumeDown: return {state, {}};
    }
    return {state, {}};
}

}  // namespace

State apply(const State& state, const Action& action)
{
    State next = state;
    switch (action.kind) {
    case ActionKind::OpenService: go_to(next, {ScreenId::Service, action.arg, 0}); break;
    case ActionKind::OpenAccessibility:
        if (next.place.screen != ScreenId::Accessibility)
            go_to(next, {ScreenId::Accessibility, {}, 0});
        break;
    case ActionKind::SetLanguage: next.lang = action.arg; break;
    case ActionKind::SetTextSize: next.modes.text_size = parse_size(action.arg); break;
    case ActionKind::SetContrast: next.modes.contrast = parse_contrast(action.arg); break;
    case ActionKind::ToggleEasyRead: next.modes.easy_read = !next.modes.easy_read; break;
    case ActionKind::ToggleSpeech: next.modes.speech = !next.modes.speech; break;
    case ActionKind::NextPage: ++next.place.page; break;
    case ActionKind::PreviousPage: next.place.page = std::max(0, next.place.page - 1); break;
    case ActionKind::Back:
        if (next.help_open) {
            next.help_open = false;  // Back always leaves an overlay first
        } else if (!next.history.empty()) {
            next.place = next.history.back();
            next.history.pop_back();
        } else {
            next.place = {};
        }
        break;
    case ActionKind::Home:
        next.place = {};
        next.history.clear();
        next.help_open = false;
        break;
    case ActionKind::Help: next.help_open = !next.help_open; break;
    case ActionKind::ContinueSession: next.timeout_warning = false; break;
    }
    return next;
}

namespace {

// Any touch or key answers the "are you still here?" warning, and does only that.
std::optional<Update> session_input(const State& state, std::optional<Key> key)
{
    if (key && is_double_strike(state, static_cast<int>(*key)))
        return Update{state, {}};
    if (!state.timeout_warning)
        return std::nullopt;
    Update update{state, {PlayEarcon{Earcon::Select}}};
    update.state.timeout_warning = false;
    update.state.last_input_ms = state.now_ms;
    return update;
}

Update record_input(Update update, const State& before, std::optional<Key> key)
{
    update.state.in_session = true;
    update.state.last_input_ms = before.now_ms;
    update.state.last_key = key ? static_cast<int>(*key) : -1;
    update.state.last_key_ms = before.now_ms;
    return update;
}

}  // namespace

Update reduce(const State& state, const Input& input, const Frame& current)
{
    std::optional<Key> key;
    if (const auto* press = std::get_if<KeyPress>(&input))
        key = press->key;
    if (!std::holds_alternative<Tick>(input)) {
        if (auto answered = session_input(state, key))
            return record_input(std::move(*answered), state, key);
        return record_input(reduce_visitor_input(state, input, current), state, key);
    }
    Update update{state, {}};
    update.state.now_ms = std::get<Tick>(input).now_ms;
    if (auto ticked = on_session_tick(update.state))
        return {std::move(ticked->first), std::move(ticked->second)};
    return update;
}

Update reduce_visitor_input(const State& state, const Input& input, const Frame& current)
{
    return std::visit(Overloaded{
                          [&](const Tap& tap) -> Update {
                              const Element* target = current.hit(tap.x, tap.y);
                              Update update{state, {}};
                              update.state.keypad = false;
                              update.state.focus.clear();
                              if (!target)
                                  return update;
                              return activate(update.state, *target);
                          },
                          [&](const KeyPress& press) { return on_key(state, press, current); },
                          [&](const Tick& tick) {
                              Update update{state, {}};
                              update.state.now_ms = tick.now_ms;
                              return update;
                          },
                      },
                      input);
}

}  // namespace phare::ui
