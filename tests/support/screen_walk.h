#pragma once
// Finds every screen a visitor can reach in one language and set of modes, by activating every
// actionable element breadth-first. It walks whatever screens exist, so checks built on it keep
// covering new screens without being told about them.

#include "ui/reduce.h"
#include "ui/render.h"

#include <deque>
#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace phare::test {

inline bool changes_session_settings(ui::ActionKind kind)
{
    using K = ui::ActionKind;
    return kind == K::SetLanguage || kind == K::SetTextSize || kind == K::SetContrast || kind == K::ToggleEasyRead || kind == K::ToggleSpeech;
}

inline std::vector<ui::State> reachable_states(const content::Site& site, const ui::DeviceProfile& device, ui::TextMetrics& metrics,
                                               const std::string& lang, const ui::Modes& modes, std::size_t limit = 400)
{
    auto key = [](const ui::State& s) { return std::make_tuple(s.place.screen, s.place.service, s.place.page, s.help_open); };
    std::vector<ui::State> found;
    std::set<decltype(key(ui::State{}))> seen;
    std::deque<ui::State> todo{ui::initial_state(lang, modes)};
    seen.insert(key(todo.front()));
    while (!todo.empty() && found.size() < limit) {
        ui::State state = todo.front();
        todo.pop_front();
        found.push_back(state);
        ui::Frame frame = ui::render(state, site, device, metrics);
        for (const ui::Element& element : frame.elements) {
            if (!element.action || changes_session_settings(element.action->kind))
                continue;
            ui::State next = ui::apply(state, *element.action);
            if (seen.insert(key(next)).second)
                todo.push_back(next);
        }
    }
    return found;
}

}  // namespace phare::test
