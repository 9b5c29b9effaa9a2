#include "core/bundle/bundle_site.h"

#include "core/bundle/site_status.h"
#include "core/wayfinding/step_free_check.h"

#include <algorithm>

namespace phare::bundle {

content::LoadedSite load_bundle_site(const content::SourceFiles& files, const content::Voices* voices)
{
    content::LoadedSite loaded = content::load_site(files, voices);
    if (loaded.site)
        wayfinding::warn_without_step_free_route(*loaded.site, loaded.problems);
    auto file = files.find(status_file);
    if (!loaded.site || file == files.end())
        return loaded;
    ParsedStatus parsed = parse_status(file->second);
    loaded.problems.insert(loaded.problems.end(), parsed.problems.begin(), parsed.problems.end());
    if (parsed.status)
        validate_status(*parsed.status, *loaded.site, loaded.problems);
    const bool broken = std::any_of(loaded.problems.begin(), loaded.problems.end(),
                                    [](const content::Problem& p) { return p.severity == content::Severity::Error; });
    if (broken || !parsed.status)
        loaded.site.reset();
    else
        loaded.site->status = std::move(*parsed.status);
    // A moved service is found where it now is: its page, its directions, the map and the route
    // page all follow from the destination (validate_status checked that the node exists).
    if (loaded.site)
        for (content::Service& service : loaded.site->services)
            if (auto it = loaded.site->status.services.find(service.id);
                it != loaded.site->status.services.end() && it->second.state == ServiceState::Moved)
                service.destination = it->second.moved_to;
    return loaded;
}

}  // namespace phare::bundle
