#pragma once
// The kiosk's earcons, synthesised rather than shipped: each is a short tone or chirp (< 300 ms,
// so none can ever play for long under speech, R-20), distinct in pitch and contour so that move
// (onto a control or onto text), select, no-action, page change and the timeout warning are told
// apart by ear (docs/accessibility.md, "Earcons").

#include "core/ui/effect.h"

#include <cstdint>
#include <vector>

namespace phare::audio {

// 16-bit mono PCM at `sample_rate`, peaking at about -9 dBFS so speech stays the louder sound.
std::vector<std::int16_t> synthesise_earcon(ui::Earcon earcon, int sample_rate);

}  // namespace phare::audio
