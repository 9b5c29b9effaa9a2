// phare route --site DIR --from KIOSK --to SERVICE [--step-free] [--easy] [--lang L] [--json]:
// prints the directions a kiosk gives, so maintainers can review routes without walking to a
// kiosk. Exits non-zero with the reason when there is no route.

#include "command_registry.h"
#include "core/content/site_loader.h"
#include "platform/store/site_directory.h"
#include "core/wayfinding/directions.h"
#include "core/wayfinding/graph.h"
#include "core/wayfinding/route.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <optional>

namespace phare::cli {

namespace {

struct RouteOptions {
    std::string site;
    std::string from;
    std::string to;
    std::string lang;
    bool step_free = false;
    bool easy = false;
    bool json = false;
};

std::string* value_of(RouteOptions& options, const std::string& flag)
{
    if (flag == "--site")
        return &options.site;
    if (flag == "--from")
        return &options.from;
    if (flag == "--to")
        return &options.to;
    if (flag == "--lang")
        return &options.lang;
    return nullptr;
}

std::optional<RouteOptions> parse_options(const std::vector<std::string>& args)
{
    RouteOptions options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        bool has_value = i + 1 < args.size();
        if (arg == "--step-free")
            options.step_free = true;
        else if (arg == "--easy")
            options.easy = true;
        else if (arg == "--json")
            options.json = true;
        else if (std::string* field = value_of(options, arg); field && has_value)
            *field = args[++i];
        else
            return std::nullopt;
    }
    if (options.site.empty() || options.from.empty() || options.to.empty())
        return std::nullopt;
    return options;
}

std::optional<content::Site> load(const std::string& dir)
{
    auto files = store::read_site_directory(dir);
    if (!files) {
        std::fprintf(stderr, "%s\n", describe(files.error()).c_str());
        return std::nullopt;
    }
    auto loaded = content::load_site(*files);
    if (!loaded.site) {
        for (const auto& problem : loaded.problems)
            if (problem.severity == content::Severity::Error)
                std::fprintf(stderr, "%s\n", content::describe(problem, dir).c_str());
        std::fprintf(stderr, "%s: the site has errors (run phare validate)\n", dir.c_str());
    }
    return std::move(loaded.site);
}

void print(const std::vector<wayfinding::Direction>& steps, double length_m, bool json)
{
    if (!json) {
        for (std::size_t i = 0; i < steps.size(); ++i)
            std::printf("%zu. %s\n", i + 1, steps[i].text.c_str());
        std::printf("(%.0f m)\n", std::round(length_m));
        return;
    }
    nlohmann::json out{{"steps", nlohmann::json::array()}, {"length_m", std::round(length_m * 10) / 10}};
    for (const auto& step : steps) {
        nlohmann::json kinds = nlohmann::json::array();
        for (auto kind : step.edge_kinds)
            kinds.push_back(std::string(content::to_string(kind)));
        out["steps"].push_back({{"text", step.text}, {"level", step.level}, {"edge_kinds", kinds}});
    }
    std::printf("%s\n", out.dump(2).c_str());
}

int route(const std::vector<std::string>& args)
{
    auto options = parse_options(args);
    if (!options) {
        std::fprintf(stderr, "usage: phare route --site DIR --from KIOSK --to SERVICE [--step-free] [--easy] [--lang L] [--json]\n");
        return 2;
    }
    auto site = load(options->site);
    if (!site)
        return 1;
    std::string lang = options->lang.empty() ? site->default_language : options->lang;
    if (!site->find_language(lang)) {
        std::fprintf(stderr, "phare route: \"%s\" is not a language of this site\n", lang.c_str());
        return 2;
    }
    wayfinding::RoutingGraph graph(site->map, site->routing);
    auto profile = options->step_free ? wayfinding::Profile::StepFree : wayfinding::Profile::Standard;
    auto planned = wayfinding::plan_route(*site, graph, options->from, options->to, profile);
    if (!planned) {
        std::fprintf(stderr, "phare route: %s\n", planned.error().message.c_str());
        if (const content::Service* service = site->find_service(options->to))
            std::fprintf(stderr, "%s\n", wayfinding::no_route_text(*site, planned.error(), service->destination, lang).c_str());
        return 1;
    }
    auto wording = options->easy ? wayfinding::Wording::EasyRead : wayfinding::Wording::Standard;
    print(wayfinding::directions(*site, *planned, lang, wording), planned->length_m, options->json);
    return 0;
}

const RegisterCommand registered{{"route", "print the directions from a kiosk to a service", route}};

}  // namespace

}  // namespace phare::cli
