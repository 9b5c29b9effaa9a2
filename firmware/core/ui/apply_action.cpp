#include "core/ui/reduce_parts.h"

#include <algorithm>

namespace phare::ui {

namespace {

// What each action does; `next` starts as a copy of the state it acts on.
void act(State& next, const OpenService& action)
{
    go_to(next, {ScreenId::Service, action.service_id, 0});
    next.last_service = action.service_id;
}

void act(State& next, const OpenFeedback&)
{
    if (!next.feedback.given) {
        next.feedback.before_visit = next.place.screen == ScreenId::Directions;
        go_to(next, {ScreenId::Feedback, {}, 0});
        next.feedback.step = FeedbackStep::Satisfaction;
    }
}

void act(State& next, const Rate& action)
{
    next.feedback.satisfaction = action.satisfaction;
    next.feedback.step = FeedbackStep::Clarity;
    next.place.page = 0;
}

void act(State& next, const SetClarity& action)
{
    next.feedback.clarity = action.clarity && *action.clarity >= 1 && *action.clarity <= 5 ? action.clarity : std::nullopt;
    next.feedback.step = next.feedback.before_visit ? FeedbackStep::Saving : FeedbackStep::Counter;
    next.place.page = 0;
}

void act(State& next, const SetFoundCounter& action)
{
    next.feedback.found_counter = action.found;
    next.feedback.step = FeedbackStep::Saving;
    next.place.page = 0;
}

void act(State& next, const OpenDirections& action) { go_to(next, {ScreenId::Directions, action.service_id, 0}); }

void act(State& next, const OpenMap& action)
{
    go_to(next, {ScreenId::Map, action.service_id, 0, next.place.step_free, next.place.counter});
}

void act(State& next, const OpenQueue&) { go_to(next, {ScreenId::Queue, {}, 0}); }

void act(State& next, const OpenCounterRoute& action) { go_to(next, {ScreenId::Directions, {}, 0, false, action.counter_id}); }

void act(State& next, const OpenTicket&)
{
    go_to(next, {ScreenId::Ticket, {}, 0});
    next.ticket = {};
}

void act(State& next, const ChooseTicketService& action)
{
    next.ticket = {};
    next.ticket.service = action.service_id;
    next.ticket.step = TicketStep::Confirm;
    next.place.page = 0;
}

void act(State& next, const TakeTicket& action)
{
    next.ticket.priority = action.priority;
    next.ticket.step = TicketStep::Requesting;
    next.place.page = 0;
}

void act(State& next, const ToggleStepFree&)
{
    next.place.step_free = !next.place.step_free;
    next.place.page = 0;  // another route: start reading it from its first step
}

void act(State& next, const OpenAccessibility&)
{
    if (next.place.screen != ScreenId::Accessibility)
        go_to(next, {ScreenId::Accessibility, {}, 0});
}

void act(State& next, const OpenLanguages&) { go_to(next, {ScreenId::Languages, {}, 0}); }

void act(State& next, const SetLanguage& action)
{
    next.lang = action.code;
    // Chosen from the language list: back to where the visitor came from.
    if (next.place.screen == ScreenId::Languages && !next.history.empty()) {
        next.place = next.history.back();
        next.history.pop_back();
    }
}

void act(State& next, const SetTextSize& action) { next.modes.text_size = action.size; }

void act(State& next, const SetContrast& action) { next.modes.contrast = action.contrast; }

void act(State& next, const ToggleEasyRead&) { next.modes.easy_read = !next.modes.easy_read; }

void act(State& next, const ToggleSpeech&) { next.modes.speech = !next.modes.speech; }

void act(State& next, const NextPage&) { ++next.place.page; }

void act(State& next, const PreviousPage&) { next.place.page = std::max(0, next.place.page - 1); }

void act(State& next, const Back&)
{
    if (next.help_open) {
        next.help_open = false;  // Back always leaves an overlay first
    } else if (!next.history.empty()) {
        next.place = next.history.back();
        next.history.pop_back();
    } else {
        next.place = {};
    }
}

void act(State& next, const Home&)
{
    next.place = {};
    next.history.clear();
    next.help_open = false;
}

void act(State& next, const Help&)
{
    next.help_open = !next.help_open;
    next.help_layer = 0;
}

void act(State& next, const HelpNextLayer&)
{
    next.help_layer = std::min(next.help_layer + 1, 2);
    next.place.page = 0;
}

void act(State& next, const ContinueSession&) { next.timeout_warning = false; }

void act(State& next, const SetSpeechRate& action)
{
    next.audio.rate_step = std::clamp(action.step, 0, static_cast<int>(a11y::speech_rate_wpm.size()) - 1);
}

}  // namespace

State apply(const State& state, const Action& action)
{
    State next = state;
    std::visit([&next](const auto& chosen) { act(next, chosen); }, action);
    return next;
}

}  // namespace phare::ui
