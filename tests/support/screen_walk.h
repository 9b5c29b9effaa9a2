#pragma once
// Tests walk every reachable screen through the core's own walker.

#include "core/ui/screen_walk.h"

namespace phare::test {

inline std::vector<ui::State> reachable_states(const content::Site& site, const ui::DeviceProfile& device, ui::TextMetrics& metrics,
                                               const std::string& lang, const ui::Modes& modes, std::size_t limit = 2000)
{
    return ui::reachable_states(site, device, metrics, ui::initial_state(lang, modes), limit);
}

}  // namespace phare::test
