#include "core/ui/reduce.h"

#include "core/i18n/speech_text.h"
#include "core/i18n/template.h"
#include "core/ui/queue_reduce.h"
#include "core/ui/session.h"

#include <algorithm>

namespace phare::ui {

namespace {

template<class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};
// Clang 14 (the fuzz build) does not deduce an aggregate's template arguments by itself.
template<class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

struct Context {
    const Frame& frame;
    const content::Site& site;
    std::string ui(std::string_view key) const { return std::string(site.ui(key, frame.lang)); }
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

void say(Effects& effects, std::string text, const std::string& lang, Interrupt interrupt = Interrupt::Yes)
{
    // Labels from a Frame are already prepared; hints and announcements built here are not.
    if (!text.empty())
        effects.push_back(Speak{i18n::speech_text(text, lang), lang, interrupt});
}


const Element* current_item(const State& state, const Frame& frame)
{
    return state.focus.empty() ? nullptr : frame.find(state.focus);
}

// The first press of an EZ key with guidance off turns guidance on and reads where the visitor
// is, and does nothing else (docs/accessibility.md, the EZ first press): a blind visitor never acts by accident.
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
            // At an edge the focus stays; the visitor hears where they are (EZ Access 2.3.6).
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

Update activate(const State& state, const Element& element)
{
    return Update{apply(state, *element.action), {StopSpeech{}, PlayEarcon{Earcon::Select}}};
}

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
    // Enter on something that does nothing repeats it (R-13, EZ Access 2.2).
    Update update{state, {PlayEarcon{Earcon::NoAction}}};
    say(update.effects, context.ui("speech.repeating"), context.frame.lang);
    speak_element(update.effects, *focused, Interrupt::No);
    return update;
}

Update change_output(const State& state, bool headset, const content::Site& site);

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
        const ActionKind kind = press.key == Key::Back ? ActionKind::Back : press.key == Key::Help ? ActionKind::Help : ActionKind::OpenAccessibility;
        Update update{apply(state, {kind, {}}), {StopSpeech{}, PlayEarcon{Earcon::Select}}};
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
            update.effects.push_back(PlayEarcon{it->action ? Earcon::Move : Earcon::Move});
            speak_element(update.effects, *it);
        }
        return update;
    }
    return update;
}

}  // namespace

void speak_element(Effects& effects, const Element& element, Interrupt interrupt)
{
    if (!element.intro.empty()) {
        say(effects, element.intro, element.intro_lang, interrupt);
        interrupt = Interrupt::No;
    }
    say(effects, element.spoken, element.lang, interrupt);
}

const Element* landing_item(const Frame& frame)
{
    // A new screen is announced from its first heading, the way a sighted visitor reads it.
    for (const Element& element : frame.elements)
        if (element.role == Role::Heading && !element.spoken.empty())
            return &element;
    auto order = frame.reading_order();
    return order.empty() ? nullptr : order.front();
}

State apply(const State& state, const Action& action)
{
    State next = state;
    switch (action.kind) {
    case ActionKind::OpenService:
        go_to(next, {ScreenId::Service, action.arg, 0});
        next.last_service = action.arg;
        break;
    case ActionKind::OpenFeedback:
        if (!next.feedback.given) {
            go_to(next, {ScreenId::Feedback, {}, 0});
            next.feedback.step = FeedbackStep::Satisfaction;
        }
        break;
    case ActionKind::Rate:
        next.feedback.satisfaction = action.arg;
        next.feedback.step = FeedbackStep::Clarity;
        next.place.page = 0;
        break;
    case ActionKind::SetClarity:
        next.feedback.clarity = action.arg.size() == 1 && action.arg[0] >= '1' && action.arg[0] <= '5' ? action.arg[0] - '0' : 0;
        next.feedback.step = FeedbackStep::Counter;
        next.place.page = 0;
        break;
    case ActionKind::SetFoundCounter:
        next.feedback.found_counter = action.arg == "yes" ? 1 : action.arg == "no" ? 0 : -1;
        next.feedback.step = FeedbackStep::Saving;
        next.place.page = 0;
        break;
    case ActionKind::OpenDirections: go_to(next, {ScreenId::Directions, action.arg, 0}); break;
    case ActionKind::OpenMap: go_to(next, {ScreenId::Map, action.arg, 0, state.place.step_free, state.place.counter}); break;
    case ActionKind::OpenQueue: go_to(next, {ScreenId::Queue, {}, 0}); break;
    case ActionKind::OpenCounterRoute: go_to(next, {ScreenId::Directions, {}, 0, false, action.arg}); break;
    case ActionKind::OpenTicket:
        go_to(next, {ScreenId::Ticket, {}, 0});
        next.ticket = {};
        break;
    case ActionKind::ChooseTicketService:
        next.ticket = {};
        next.ticket.service = action.arg;
        next.ticket.step = TicketStep::Confirm;
        next.place.page = 0;
        break;
    case ActionKind::TakeTicket:
        next.ticket.priority = action.arg.empty() ? "none" : action.arg;
        next.ticket.step = TicketStep::Requesting;
        next.place.page = 0;
        break;
    case ActionKind::ToggleStepFree:
        next.place.step_free = !next.place.step_free;
        next.place.page = 0;  // another route: start reading it from its first step
        break;
    case ActionKind::OpenAccessibility:
        if (next.place.screen != ScreenId::Accessibility)
            go_to(next, {ScreenId::Accessibility, {}, 0});
        break;
    case ActionKind::OpenLanguages: go_to(next, {ScreenId::Languages, {}, 0}); break;
    case ActionKind::SetLanguage:
        next.lang = action.arg;
        // Chosen from the language list: back to where the visitor came from.
        if (next.place.screen == ScreenId::Languages && !next.history.empty()) {
            next.place = next.history.back();
            next.history.pop_back();
        }
        break;
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
    case ActionKind::Help:
        next.help_open = !next.help_open;
        next.help_layer = 0;
        break;
    case ActionKind::HelpNextLayer:
        next.help_layer = std::min(next.help_layer + 1, 2);
        next.place.page = 0;
        break;
    case ActionKind::ContinueSession: next.timeout_warning = false; break;
    case ActionKind::SetSpeechRate: {
        const int step = action.arg.size() == 1 && action.arg[0] >= '0' && action.arg[0] <= '9' ? action.arg[0] - '0' : a11y::default_rate_step;
        next.audio.rate_step = std::clamp(step, 0, static_cast<int>(a11y::speech_rate_wpm.size()) - 1);
        break;
    }
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
    Update update{state, {StopSpeech{}, PlayEarcon{Earcon::Select}}};
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

namespace {

std::vector<std::string> mode_names(const Modes& modes)
{
    std::vector<std::string> names;
    if (modes.text_size == TextSize::Large)
        names.emplace_back("large");
    if (modes.text_size == TextSize::Larger)
        names.emplace_back("larger");
    if (modes.contrast == Contrast::Dark)
        names.emplace_back("contrast");
    if (modes.contrast == Contrast::Light)
        names.emplace_back("contrast-light");
    if (modes.easy_read)
        names.emplace_back("easy");
    if (modes.speech)
        names.emplace_back("speech");
    return names;
}

feedback::Rating draft_rating(const State& state, const content::Site& site)
{
    feedback::Rating rating;
    rating.site = site.id;
    rating.kiosk = state.kiosk;
    rating.satisfaction = feedback::satisfaction_from_string(state.feedback.satisfaction).value_or(feedback::Satisfaction::Medium);
    if (state.feedback.clarity > 0)
        rating.clarity = state.feedback.clarity;
    if (state.feedback.found_counter >= 0)
        rating.found_counter = state.feedback.found_counter == 1;
    rating.service = state.last_service;
    rating.lang = state.lang;
    rating.modes = mode_names(state.modes);
    return rating;
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

// "Merci, votre avis est enregistré" only once it is true (issue: a power cut loses no rating the
// visitor saw acknowledged).
Update rating_stored(const State& state, const RatingStored& stored, const content::Site& site)
{
    Update update{state, {}};
    if (state.feedback.step != FeedbackStep::Saving)
        return update;
    update.state.feedback.step = stored.ok ? FeedbackStep::Thanks : FeedbackStep::Failed;
    update.state.feedback.given = stored.ok;
    say(update.effects, std::string(site.ui(stored.ok ? "feedback.thanks" : "feedback.failed", state.lang)), state.lang);
    return update;
}

}  // namespace

Update reduce(const State& state, const Input& input, const Frame& current, const content::Site& site)
{
    if (const auto* stored = std::get_if<RatingStored>(&input))
        return rating_stored(state, *stored, site);
    if (const auto* headset = std::get_if<HeadsetChanged>(&input))
        return change_output(state, headset->plugged, site);
    if (auto queued = reduce_queue(state, input, site))
        return std::move(*queued);
    // The hall display shows and announces; nobody operates it (docs/queue.md).
    if (state.board_role && !std::holds_alternative<Tick>(input))
        return {state, {}};
    if (const auto* tick = std::get_if<Tick>(&input)) {
        Update update{state, {}};
        update.state.now_ms = tick->now_ms;
        if (auto due = idle_hint_due(update.state); due && update.state.now_ms >= *due) {
            // A headset on the attract screen: after 5 s, one hint, in the headset only (the
            // output is the headset), and the same words on screen. Never repeated.
            const std::string hint(site.ui("speech.idle_hint", state.lang));
            update.state.idle_hint_given = true;
            update.state.caption = hint;
            say(update.effects, hint, state.lang);
            return update;
        }
        if (state.board_role && update.state.now_ms >= state.board_page_since_ms + board_page_ms) {
            ++update.state.place.page;  // the layout starts again after the last page
            update.state.board_page_since_ms = update.state.now_ms;
            return update;
        }
        if (auto ticked = on_session_tick(update.state))
            return {std::move(ticked->first), std::move(ticked->second)};
        return update;
    }
    std::optional<Key> key;
    if (const auto* press = std::get_if<KeyPress>(&input))
        key = press->key;
    if (auto answered = session_input(state, key))
        return record_input(std::move(*answered), state, key);
    const Context context{current, site};
    Update update = std::visit(Overloaded{
                                   [&](const Tap& tap) -> Update {
                                       // A tap acts and silences speech; guidance stays on (docs/speech.md).
                                       const Element* target = current.hit(tap.x, tap.y);
                                       Update tapped{state, {StopSpeech{}}};
                                       tapped.state.keypad = false;
                                       tapped.state.focus.clear();
                                       return target ? activate(tapped.state, *target) : tapped;
                                   },
                                   [&](const Explore& touch) { return explore(state, touch, context); },
                                   [&](const KeyPress& press) { return on_key(state, press, context); },
                                   // Handled above.
                                   [&](const auto&) { return Update{state, {}}; },
                               },
                               input);
    if (state.feedback.step != FeedbackStep::Saving && update.state.feedback.step == FeedbackStep::Saving &&
        update.state.place.screen == ScreenId::Feedback)
        update.effects.push_back(StoreRating{draft_rating(update.state, site)});
    if (state.ticket.step != TicketStep::Requesting && update.state.ticket.step == TicketStep::Requesting &&
        update.state.place.screen == ScreenId::Ticket)
        update.effects.push_back(RequestTicket{update.state.ticket.service, update.state.ticket.priority});
    return record_input(std::move(update), state, key);
}

}  // namespace phare::ui
