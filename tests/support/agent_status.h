#pragma once
// What reception agents might have changed on any site, for tests: the first three services
// closed today, with reduced hours and moved (to where the first one is), and an urgent and a
// normal notice, all written in the site's default language only (other languages fall back).

#include "core/bundle/bundle_site.h"
#include "core/bundle/site_status.h"
#include "support/site_files.h"

#include <catch2/catch.hpp>

namespace phare::test {

inline const std::string status_day = "2026-11-26";

inline content::SiteStatus agent_status_for(const content::Site& site)
{
    const std::string lang = site.default_language;
    content::SiteStatus status;
    status.services[site.services.at(0).id] = {content::ServiceState::ClosedToday, status_day, {}, {}, {{lang, "Inventaire"}}};
    if (site.services.size() > 1)
        status.services[site.services.at(1).id] = {content::ServiceState::Reduced, status_day, {"09:00-12:00"}, {}, {}};
    if (site.services.size() > 2)
        status.services[site.services.at(2).id] = {content::ServiceState::Moved, {}, {}, site.services.at(0).destination, {}};
    status.notices.push_back({"travaux", content::NoticeLevel::Normal, status_day + "T08:00", status_day + "T18:00",
                              {{lang, "Travaux au rez-de-chaussée : suivez le fléchage provisoire jusqu'aux guichets."}}});
    status.notices.push_back({"greve", content::NoticeLevel::Urgent, status_day + "T08:00", status_day + "T18:00",
                              {{lang, "Grève : attente longue"}}});
    return status;
}

// The site folder as a bundle carrying that status, loaded as the kiosk loads bundles.
inline content::Site site_with_agent_status(const std::string& folder)
{
    content::SourceFiles files = read_site(folder);
    const content::LoadedSite plain = content::load_site(files);
    REQUIRE(plain.site);
    files["status.json"] = bundle::to_json(agent_status_for(*plain.site));
    content::LoadedSite loaded = bundle::load_bundle_site(files);
    INFO(folder);
    REQUIRE(loaded.site);
    return *loaded.site;
}

}  // namespace phare::test
