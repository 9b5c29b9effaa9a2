#include "core/ui/reduce.h"

#include "core/ui/queue_reduce.h"
#include "core/ui/reduce_parts.h"
#include "core/ui/session.h"

namespace phare::ui {

namespace {

template<class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};
// Clang before 17 does not deduce an aggregate's template arguments by itself.
template<class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

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
        update.effects.push_back(RequestTicket{update.state.ticket.service, std::string(queue::to_string(update.state.ticket.priority))});
    return record_input(std::move(update), state, key);
}

}  // namespace phare::ui
