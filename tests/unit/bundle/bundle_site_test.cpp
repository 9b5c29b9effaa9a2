// A bundle's site carries the agents' status: attached when it fits the site, refusing the whole
// bundle when it does not, and a moved service is routed to where it now is.

#include "core/bundle/bundle_site.h"
#include "support/site_files.h"

#include <catch2/catch.hpp>

using namespace phare;

namespace {

content::SourceFiles tiny_with_status(const std::string& status)
{
    content::SourceFiles files = test::read_site("tests/fixtures/sites/tiny");
    files["status.json"] = status;
    return files;
}

bool names(const content::Problems& problems, const std::string& file, const std::string& words)
{
    for (const auto& p : problems)
        if (p.file == file && p.message.find(words) != std::string::npos)
            return true;
    return false;
}

}  // namespace

TEST_CASE("without status.json a bundle's site is the site as its files say")
{
    auto loaded = bundle::load_bundle_site(test::read_site("tests/fixtures/sites/tiny"));
    REQUIRE(loaded.site);
    CHECK(loaded.site->status.services.empty());
    CHECK(loaded.site->status.notices.empty());
}

TEST_CASE("a status that fits the site is attached, and a moved service leads to its new place")
{
    auto loaded = bundle::load_bundle_site(tiny_with_status(
        R"({"format":1,"services":{"permis":{"state":"moved","moved_to":"t-guichet","message":{"fr":"Au guichet d'accueil","ar":"عند شباك الاستقبال"}}},
            "notices":[{"id":"n1","level":"normal","starts":"2026-11-26T08:00","ends":"2026-11-26T18:00","text":{"fr":"Travaux","ar":"أشغال"}}]})"));
    INFO((loaded.problems.empty() ? std::string() : loaded.problems.front().message));
    REQUIRE(loaded.site);
    CHECK(loaded.site->status.notices.size() == 1);
    REQUIRE(loaded.site->find_service("permis"));
    CHECK(loaded.site->find_service("permis")->destination == "t-guichet");
    CHECK(loaded.site->find_service("accueil")->destination == "t-guichet");  // untouched
}

TEST_CASE("a status that does not fit the site refuses the whole bundle, naming status.json")
{
    auto unknown_service = bundle::load_bundle_site(tiny_with_status(R"({"format":1,"services":{"passeports":{"state":"moved","moved_to":"t-hall"}}})"));
    CHECK_FALSE(unknown_service.site);
    CHECK(names(unknown_service.problems, "status.json", "passeports"));

    auto unknown_node = bundle::load_bundle_site(tiny_with_status(R"({"format":1,"services":{"permis":{"state":"moved","moved_to":"t-nulle-part"}}})"));
    CHECK_FALSE(unknown_node.site);
    CHECK(names(unknown_node.problems, "status.json", "t-nulle-part"));

    auto garbage = bundle::load_bundle_site(tiny_with_status("{not json"));
    CHECK_FALSE(garbage.site);
    CHECK_FALSE(garbage.problems.empty());
}
