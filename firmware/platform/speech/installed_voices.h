#pragma once
// The voices eSpeak NG has on this machine (espeak_ListVoices), for validating a site's
// languages (content/voices.h). Listed once per process and kept: call it before a SpeechEngine
// starts (listing rebuilds eSpeak NG's own voice list, which its worker reads); later calls,
// from any thread, return the same list.

#include "core/content/voices.h"

namespace phare::speech {

const content::Voices& installed_voices();

}  // namespace phare::speech
