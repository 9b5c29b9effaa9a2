#pragma once
// render(State) -> Frame: pure, deterministic, given the same text metrics.

#include "content/site.h"
#include "ui/device.h"
#include "ui/frame.h"
#include "ui/state.h"
#include "ui/text_metrics.h"

namespace phare::ui {

Frame render(const State& state, const content::Site& site, const DeviceProfile& device, TextMetrics& metrics);

}  // namespace phare::ui
