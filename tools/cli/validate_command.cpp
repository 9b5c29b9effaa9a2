// phare validate --site DIR: every problem of a site, for maintainers and for CI of site repos.

#include "command_registry.h"
#include "core/bundle/bundle_site.h"
#include "platform/speech/installed_voices.h"
#include "platform/store/site_directory.h"

#include <cstdio>

namespace phare::cli {

namespace {

int validate(const std::vector<std::string>& args)
{
    if (args.size() != 2 || args[0] != "--site") {
        std::fprintf(stderr, "usage: phare validate --site DIR\n");
        return 2;
    }
    auto files = store::read_site_directory(args[1]);
    if (!files) {
        std::fprintf(stderr, "%s\n", describe(files.error()).c_str());
        return 1;
    }
    // The kiosk's own validator (phare-kiosk --validate says the same), with this machine's voices.
    auto loaded = bundle::load_bundle_site(*files, &speech::installed_voices());
    for (const auto& problem : loaded.problems)
        std::fprintf(stderr, "%s\n", content::describe(problem, args[1]).c_str());
    if (!loaded.site)
        return 1;
    std::printf("%s: valid (%zu services, %zu languages, %zu kiosks)\n", args[1].c_str(), loaded.site->services.size(),
                loaded.site->languages.size(), loaded.site->kiosks.size());
    return 0;
}

const RegisterCommand registered{{"validate", "check a site folder and print every problem", validate}};

}  // namespace

}  // namespace phare::cli
