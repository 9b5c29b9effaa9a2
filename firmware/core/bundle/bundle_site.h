#pragma once
// A bundle's site as the kiosk shows it: the site's files validated by content::load_site, with
// the agents' status.json (if any) parsed, checked against that site and attached. A status that
// does not fit the site is an error of the whole bundle, as it is for the hub when it publishes.

#include "content/site_loader.h"

namespace phare::bundle {

content::LoadedSite load_bundle_site(const content::SourceFiles& files);

}  // namespace phare::bundle
