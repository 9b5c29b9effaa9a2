#include "core/ui/screen_walk.h"

#include "core/ui/reduce.h"
#include "core/ui/render.h"

#include <deque>
#include <set>
#include <tuple>

namespace phare::ui {

namespace {

// Language and mode changes would multiply the walk; callers choose those themselves.
bool changes_session_settings(const Action& action)
{
    return std::holds_alternative<SetLanguage>(action) || std::holds_alternative<SetTextSize>(action) ||
           std::holds_alternative<SetContrast>(action) || std::holds_alternative<ToggleEasyRead>(action) ||
           std::holds_alternative<ToggleSpeech>(action) || std::holds_alternative<SetSpeechRate>(action);
}

}  // namespace

std::vector<State> reachable_states(const content::Site& site, const DeviceProfile& device, TextMetrics& metrics, const State& start,
                                    std::size_t limit)
{
    // Help shows the same text for every service of a screen type: one help state per type. The
    // survey's step shows only on the survey (leaving it and coming back starts it again), so
    // other screens are not walked once per step.
    auto key = [](const State& s) {
        const FeedbackStep step = s.place.screen == ScreenId::Feedback ? s.feedback.step : FeedbackStep::Satisfaction;
        // The ticket screen's step and service, and a counter's route, are places of their own.
        const std::string where = s.place.screen == ScreenId::Ticket
                                      ? s.ticket.service + "/" + std::to_string(static_cast<int>(s.ticket.step))
                                      : s.place.service + (s.place.counter.empty() ? "" : "@" + s.place.counter);
        return s.help_open ? std::make_tuple(s.place.screen, std::to_string(s.help_layer), s.place.page, false, true, step)
                           : std::make_tuple(s.place.screen, where, s.place.page, s.place.step_free, false, step);
    };
    std::vector<State> found;
    // The maintenance screen is reached by a technician's key, not by anything on screen.
    State maintenance = start;
    maintenance.place = {ScreenId::Maintenance, {}, 0};
    std::set<decltype(key(start))> seen{key(start), key(maintenance)};
    std::deque<State> todo{start, maintenance};
    while (!todo.empty() && found.size() < limit) {
        State state = todo.front();
        todo.pop_front();
        found.push_back(state);
        Frame frame = render(state, site, device, metrics);
        for (const Element& element : frame.elements) {
            if (!element.action || changes_session_settings(*element.action))
                continue;
            // Help depends on the screen, not on its page: open it from each screen's first page.
            if (std::holds_alternative<Help>(*element.action) && !state.help_open && state.place.page != 0)
                continue;
            State next = ui::apply(state, *element.action);
            if (seen.insert(key(next)).second)
                todo.push_back(next);
        }
    }
    return found;
}

}  // namespace phare::ui
