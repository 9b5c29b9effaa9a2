#pragma once
// Every screen a visitor can reach in one language and set of modes, found by activating every
// actionable element breadth-first. Tests and the contact sheet walk whatever screens exist, so
// they cover new screens without being told about them.

#include "core/content/site.h"
#include "core/ui/device.h"
#include "core/ui/state.h"
#include "core/ui/text_metrics.h"

#include <vector>

namespace phare::ui {

std::vector<State> reachable_states(const content::Site& site, const DeviceProfile& device, TextMetrics& metrics, const State& start,
                                    std::size_t limit = 2000);

}  // namespace phare::ui
