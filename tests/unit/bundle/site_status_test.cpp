// status.json: what agents change during the day round-trips through JSON, malformed overrides are
// named, and overrides that do not fit the site are refused before publishing.

#include "core/bundle/site_status.h"
#include "support/site_files.h"

#include <catch2/catch.hpp>

using namespace phare;
using bundle::ServiceState;

namespace {

const content::Site& prefecture()
{
    static const content::Site site = *content::load_site(test::read_site("config/sites/prefecture-44")).site;
    return site;
}

bool has(const content::Problems& problems, const std::string& pointer, const std::string& words)
{
    for (const auto& p : problems)
        if (p.pointer == pointer && p.message.find(words) != std::string::npos)
            return true;
    return false;
}

bundle::SiteStatus sample()
{
    bundle::SiteStatus status;
    const auto& service = prefecture().services.front();
    status.services[service.id] = {ServiceState::ClosedToday, "2026-11-26", {}, {}, {{"fr", "Fermé aujourd'hui"}}};
    status.notices.push_back({"greve", bundle::NoticeLevel::Urgent, "2026-11-26T08:00", "2026-11-26T18:00",
                              {{"fr", "Grève : attente longue"}, {"en", "Strike: long wait"}}});
    return status;
}

}  // namespace

TEST_CASE("a status round-trips through status.json", "[bundle]")
{
    auto status = sample();
    auto parsed = bundle::parse_status(bundle::to_json(status));
    INFO(test::all_problems(parsed.problems));
    REQUIRE(parsed.status);
    CHECK(bundle::to_json(*parsed.status) == bundle::to_json(status));
    CHECK(parsed.status->notices.at(0).level == bundle::NoticeLevel::Urgent);
}

TEST_CASE("a status that fits the site validates", "[bundle]")
{
    content::Problems problems;
    bundle::validate_status(sample(), prefecture(), problems);
    INFO(test::all_problems(problems));
    CHECK(problems.empty());
}

TEST_CASE("malformed overrides are named", "[bundle]")
{
    struct Case {
        std::string json;
        std::string pointer;
        std::string words;
    };
    auto c = GENERATE(as<Case>{},
        Case{R"({"format":1,"services":{"a":{"state":"gone"}}})", "/services/a/state", "not one of"},
        Case{R"({"format":1,"services":{"a":{"state":"closed_today"}}})", "/services/a/date", "YYYY-MM-DD"},
        Case{R"({"format":1,"services":{"a":{"state":"closed_today","date":"2026-13-01"}}})", "/services/a/date", "YYYY-MM-DD"},
        Case{R"({"format":1,"services":{"a":{"state":"reduced","date":"2026-11-26"}}})", "/services/a/hours", "that day's hours"},
        Case{R"({"format":1,"services":{"a":{"state":"reduced","date":"2026-11-26","hours":["9h-12h"]}}})", "/services/a/hours/0", "HH:MM-HH:MM"},
        Case{R"({"format":1,"services":{"a":{"state":"moved"}}})", "/services/a/moved_to", "node"},
        Case{R"({"format":1,"notices":[{"id":"n","level":"loud","starts":"2026-11-26T08:00","ends":"2026-11-26T09:00","text":{"fr":"x"}}]})", "/notices/0/level", "not one of"},
        Case{R"({"format":1,"notices":[{"id":"n","level":"normal","starts":"2026-11-26T08:00","ends":"2026-11-26T07:00","text":{"fr":"x"}}]})", "/notices/0/ends", "after starts"},
        Case{R"({"format":1,"notices":[{"id":"n","level":"normal","starts":"tomorrow","ends":"2026-11-26T07:00","text":{"fr":"x"}}]})", "/notices/0/starts", "local time"},
        Case{R"({"format":2})", "/format", "unsupported"});
    auto parsed = bundle::parse_status(c.json);
    INFO(c.json << "\n" << test::all_problems(parsed.problems));
    CHECK_FALSE(parsed.status);
    CHECK(has(parsed.problems, c.pointer, c.words));
}

TEST_CASE("a status.json that is a number too large for a double is reported, not thrown", "[bundle]")
{
    // Found by tests/fuzz (status): these 8 bytes ended the kiosk, the hub and phare validate.
    auto parsed = bundle::parse_status("1e400:1\x7f");
    CHECK_FALSE(parsed.status);
    REQUIRE(parsed.problems.size() == 1);
    CHECK(parsed.problems.front().file == "status.json");
    CHECK(parsed.problems.front().pointer == "line 1, column 1");
    CHECK(parsed.problems.front().message == "not valid JSON: the number 1e400 is too large (more than a double can hold)");
}

TEST_CASE("overrides must fit the site", "[bundle]")
{
    bundle::SiteStatus status;
    status.services["no-such-service"] = {ServiceState::Moved, "", {}, "n-nowhere", {{"en", "Moved"}}};
    status.notices.push_back({"n", bundle::NoticeLevel::Normal, "2026-11-26T08:00", "2026-11-26T09:00", {{"xx", "?"}}});
    content::Problems problems;
    bundle::validate_status(status, prefecture(), problems);
    INFO(test::all_problems(problems));
    CHECK(has(problems, "/services/no-such-service", "unknown service"));
    CHECK(has(problems, "/services/no-such-service/moved_to", "unknown node"));
    CHECK(has(problems, "/services/no-such-service/message", "default language"));
    CHECK(has(problems, "/notices/0/text/xx", "not a language of the site"));
}
