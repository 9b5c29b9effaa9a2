#pragma once
// The one validator of a site, used by every entry point (phare validate, phare-kiosk --validate
// and its start, the kiosk's sync, the hub's publisher), so that they all give the same verdict
// and the same messages: the site's files validated by content::load_site, the agents'
// status.json (if any) parsed, checked against that site and attached, and a warning for each
// destination without a step-free route. A status that does not fit the site is an error of the
// whole bundle, as it is for the hub when it publishes.

#include "core/content/site_loader.h"
#include "core/content/voices.h"

namespace phare::bundle {

// `voices`: the eSpeak NG voices installed (speech/installed_voices.h); nullptr where nothing
// speaks (the hub), and a language's voice is then not checked.
content::LoadedSite load_bundle_site(const content::SourceFiles& files, const content::Voices* voices = nullptr);

}  // namespace phare::bundle
