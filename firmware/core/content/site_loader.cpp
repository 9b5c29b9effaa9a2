#include "content/site_loader.h"

#include "content/queue_parser.h"
#include "content/site_parser.h"
#include "content/site_validator.h"

namespace phare::content {

LoadedSite load_site(const SourceFiles& files)
{
    LoadedSite result;
    SourceMap where;
    Site site = parse_site(files, where, result.problems);
    validate_site(site, where, files, result.problems);
    parse_queue(files, site, result.problems);
    if (!has_errors(result.problems))
        result.site = std::move(site);
    return result;
}

}  // namespace phare::content
