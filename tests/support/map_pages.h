#pragma once
// The map screen as a visitor reaches it (directions of a service, step-free or not, then "Voir le
// plan") and every page of it, for the floor plan's tests.

#include "core/ui/reduce.h"
#include "core/ui/render.h"

#include <string>
#include <vector>

namespace phare::test {

inline ui::State map_state(const std::string& kiosk, const std::string& service, bool step_free, const std::string& lang,
                           ui::Modes modes = {})
{
    ui::State state = ui::initial_state(lang, modes);
    state.kiosk = kiosk;
    state = ui::apply(state, ui::OpenDirections{service});
    if (step_free)
        state = ui::apply(state, ui::ToggleStepFree{});
    return ui::apply(state, ui::OpenMap{service});
}

// Every page of the screen the state is on.
inline std::vector<ui::Frame> all_pages(ui::State state, const content::Site& site, ui::TextMetrics& metrics)
{
    std::vector<ui::Frame> pages;
    for (int page = 0; page < 20; ++page) {
        state.place.page = page;
        pages.push_back(ui::render(state, site, ui::DeviceProfile{}, metrics));
        if (!pages.back().find("page.next"))
            break;
    }
    return pages;
}

// Every level's plan in travel order ("map.plan", "map.plan.2", ...), whether the levels share a
// page or have one each; the pointers live as long as `pages`.
struct PlanOnPage {
    const ui::Element* plan = nullptr;
    const ui::Frame* page = nullptr;
};
inline std::vector<PlanOnPage> all_plans(const std::vector<ui::Frame>& pages)
{
    std::vector<PlanOnPage> plans;
    for (const ui::Frame& page : pages)
        for (const ui::Element& e : page.elements)
            if (e.id == "map.plan" || e.id.rfind("map.plan.", 0) == 0)
                plans.push_back({&e, &page});
    return plans;
}

}  // namespace phare::test
