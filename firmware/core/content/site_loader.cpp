#include "core/content/site_loader.h"

#include "core/content/queue_parser.h"
#include "core/content/site_parser.h"
#include "core/content/site_validator.h"

namespace phare::content {

LoadedSite load_site(const SourceFiles& files, const Voices* voices)
{
    LoadedSite result;
    SourceMap where;
    Site site = parse_site(files, where, result.problems);
    validate_site(site, where, files, result.problems, voices);
    parse_queue(files, site, result.problems);
    if (!has_errors(result.problems))
        result.site = std::move(site);
    return result;
}

}  // namespace phare::content
