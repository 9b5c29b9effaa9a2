#pragma once
// render(State) -> Frame: pure, deterministic, given the same text metrics.

#include "core/content/site.h"
#include "core/ui/device.h"
#include "core/ui/frame.h"
#include "core/ui/state.h"
#include "core/ui/text_metrics.h"

namespace phare::ui {

Frame render(const State& state, const content::Site& site, const DeviceProfile& device, TextMetrics& metrics);

}  // namespace phare::ui
