// Golden directions: the texts a visitor reads, for every kiosk and destination of the example
// site, in French and English. A change of wording or of route shows as a diff to review (read
// it aloud). To accept a change: PHARE_UPDATE_GOLDEN=1 phare_unit_tests "[golden]"

#include "support/site_files.h"
#include "core/wayfinding/directions.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

using namespace phare;
using namespace phare::wayfinding;

namespace {

std::string render_all(const content::Site& site, const std::string& lang, Wording wording)
{
    RoutingGraph graph(site.map, site.routing);
    std::ostringstream out;
    for (const content::Kiosk& kiosk : site.kiosks)
        for (const content::Service& service : site.services)
            for (Profile profile : {Profile::Standard, Profile::StepFree}) {
                out << "## " << kiosk.id << " -> " << service.id << (profile == Profile::StepFree ? " (step-free)" : "") << "\n";
                auto route = plan_route(site, graph, kiosk.id, service.id, profile);
                if (!route) {
                    out << no_route_text(site, route.error(), service.destination, lang) << "\n\n";
                    continue;
                }
                auto lines = directions(site, *route, lang, wording);
                for (std::size_t i = 0; i < lines.size(); ++i)
                    out << i + 1 << ". " << lines[i].text << "\n";
                out << "\n";
            }
    return out.str();
}

std::string read_text(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

TEST_CASE("directions of the example site match the reviewed golden texts", "[wayfinding][golden]")
{
    auto lang = GENERATE(as<std::string>{}, "fr", "en");
    auto wording = GENERATE(Wording::Standard, Wording::EasyRead);
    auto site = *content::load_site(test::read_site("config/sites/prefecture-44")).site;
    std::string name = "tests/golden/directions/prefecture-44." + lang + (wording == Wording::EasyRead ? ".easy" : "") + ".txt";
    std::string actual = render_all(site, lang, wording);
    const char* update = std::getenv("PHARE_UPDATE_GOLDEN");
    if (update && std::string(update) == "1") {
        std::ofstream(test::source_path(name), std::ios::binary) << actual;
        WARN("updated " << name);
        return;
    }
    INFO(name << " differs; review the change, then run with PHARE_UPDATE_GOLDEN=1 to accept it");
    CHECK(read_text(test::source_path(name)) == actual);
}
