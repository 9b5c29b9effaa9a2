// A destination a kiosk reaches only by stairs gets a warning naming the service, the destination
// and the kiosk; the site still loads (docs/site-format.md, "services.json").

#include "core/bundle/bundle_site.h"
#include "support/site_files.h"

#include <catch2/catch.hpp>

using namespace phare;
using Json = nlohmann::json;

TEST_CASE("a destination without a step-free route is a warning", "[content][step-free]")
{
    auto tiny = test::read_site("tests/fixtures/sites/tiny");
    auto fine = bundle::load_bundle_site(tiny);
    INFO(test::all_problems(fine.problems));
    CHECK(fine.problems.empty());

    // Without its lift, the first floor (service "permis", node "t-bureau") is stairs only.
    auto files = test::with_json(tiny, "map.json", [](Json& j) {
        Json kept = Json::array();
        for (Json& edge : j["edges"])
            if (edge["kind"] != "lift")
                kept.push_back(edge);
        j["edges"] = kept;
    });
    auto loaded = bundle::load_bundle_site(files);
    INFO(test::all_problems(loaded.problems));
    CHECK(loaded.site);
    REQUIRE(loaded.problems.size() == 1);
    CHECK(test::has_problem(loaded.problems, content::Severity::Warning, "services.json", "/services/1/destination",
                            "no step-free route from kiosk \"borne\" to \"t-bureau\" (service \"permis\")"));
}

TEST_CASE("a destination no route reaches at all is one error, not also a step-free warning", "[content][step-free]")
{
    auto files = test::with_json(test::read_site("tests/fixtures/sites/tiny"), "map.json", [](Json& j) {
        Json kept = Json::array();
        for (Json& edge : j["edges"])
            if (edge["to"] != "t-bureau")
                kept.push_back(edge);
        j["edges"] = kept;
    });
    auto loaded = bundle::load_bundle_site(files);
    INFO(test::all_problems(loaded.problems));
    CHECK_FALSE(loaded.site);
    CHECK(loaded.problems.size() == 1);
    CHECK(test::has_problem(loaded.problems, content::Severity::Error, "services.json", "/services/1/destination", "cannot be reached"));
}
