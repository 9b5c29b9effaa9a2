// Strict site files: an entry of a list of objects that is not an object, a value of the wrong
// type, and a misspelt field are each one error naming the file, the place and what was expected
// (docs/site-format.md, "Strictness"). Nothing is silently ignored or shown empty.

#include "core/content/json_reader.h"
#include "core/content/nearest_name.h"
#include "core/content/site_loader.h"
#include "support/site_files.h"

#include <catch2/catch.hpp>

using namespace phare;
using content::Severity;
using test::has_problem;
using Json = nlohmann::json;

namespace {

const content::SourceFiles& tiny() { return test::tiny_files(); }

std::size_t error_count(const content::Problems& problems)
{
    std::size_t n = 0;
    for (const auto& p : problems)
        n += p.severity == Severity::Error ? 1 : 0;
    return n;
}

}  // namespace

TEST_CASE("a list entry that is not an object is an error naming what was expected", "[content][strict]")
{
    struct Case {
        const char* file;
        const char* list;
        const char* pointer;
        const char* expected;
    };
    auto c = GENERATE(Case{"services.json", "services", "/services/3", "expected a service (an object { ... }), found text \"foo\""},
                      Case{"map.json", "levels", "/levels/2", "expected a level (an object { ... }), found text \"foo\""},
                      Case{"map.json", "nodes", "/nodes/", "expected a node (an object { ... }), found text \"foo\""},
                      Case{"map.json", "edges", "/edges/", "expected an edge (an object { ... }), found text \"foo\""},
                      Case{"site.json", "languages", "/languages/2", "expected a language (an object { ... }), found text \"foo\""},
                      Case{"site.json", "kiosks", "/kiosks/1", "expected a kiosk (an object { ... }), found text \"foo\""});
    std::size_t index = 0;
    auto files = test::with_json(tiny(), c.file, [&](Json& j) {
        index = j[c.list].size();
        j[c.list].push_back("foo");
    });
    auto loaded = content::load_site(files);
    INFO(test::all_problems(loaded.problems));
    CHECK_FALSE(loaded.site);
    std::string at = c.pointer;
    if (at.back() == '/')
        at += std::to_string(index);
    CHECK(has_problem(loaded.problems, Severity::Error, c.file, at, c.expected));
    // One root cause, one error: nothing else is said about the entry.
    CHECK(error_count(loaded.problems) == 1);
}

TEST_CASE("a service that is a number or a list is skipped, never shown as an empty button", "[content][strict]")
{
    auto files = test::with_json(tiny(), "services.json", [](Json& j) {
        j["services"].push_back(7);
        j["services"].push_back(Json::array());
    });
    auto loaded = content::load_site(files);
    CHECK(has_problem(loaded.problems, Severity::Error, "services.json", "/services/3", "found a number (7)"));
    CHECK(has_problem(loaded.problems, Severity::Error, "services.json", "/services/4", "found a list"));
    CHECK_FALSE(loaded.site);
}

TEST_CASE("values of the wrong type are errors, null included", "[content][strict]")
{
    auto files = test::with_json(tiny(), "services.json", [](Json& j) {
        j["services"][0]["destination"] = 12;
        j["services"][1]["queue_prefix"] = nullptr;
        j["services"][2]["hours"]["mon"] = Json::array({930});
    });
    files = test::with_json(files, "map.json", [](Json& j) {
        j["nodes"][0]["x"] = "12.5";
        j["levels"][0]["ordinal"] = 0.5;
        j["edges"][0]["one_way"] = "yes";
    });
    files = test::with_json(files, "site.json", [](Json& j) { j["languages"][1]["fallback"] = Json::array({Json::object()}); });
    auto loaded = content::load_site(files);
    INFO(test::all_problems(loaded.problems));
    CHECK(has_problem(loaded.problems, Severity::Error, "services.json", "/services/0/destination", "expected text, found a number (12)"));
    CHECK(has_problem(loaded.problems, Severity::Error, "services.json", "/services/1/queue_prefix", "expected text, found null"));
    CHECK(has_problem(loaded.problems, Severity::Error, "services.json", "/services/2/hours/mon/0",
                      "expected a time range like \"08:30-12:00\", found a number (930)"));
    CHECK(has_problem(loaded.problems, Severity::Error, "map.json", "/nodes/0/x", "expected a number, found text \"12.5\""));
    CHECK(has_problem(loaded.problems, Severity::Error, "map.json", "/levels/0/ordinal", "expected a whole number, found a number (0.5)"));
    CHECK(has_problem(loaded.problems, Severity::Error, "map.json", "/edges/0/one_way", "expected true or false, found text \"yes\""));
    CHECK(has_problem(loaded.problems, Severity::Error, "site.json", "/languages/1/fallback/0", "expected a language code, found an object"));
}

TEST_CASE("a misspelt field names the nearest known field", "[content][strict]")
{
    auto files = test::with_json(tiny(), "services.json", [](Json& j) {
        j["services"][2]["destinaton"] = j["services"][2]["destination"];
        j["services"][2].erase("destination");
        j["services"][0]["hours"]["mno"] = Json::array();
    });
    files = test::with_json(files, "map.json", [](Json& j) {
        j["edges"][0]["lenght_m"] = 3;
        j["levels"][0]["ordinl"] = 0;
    });
    files = test::with_json(files, "site.json", [](Json& j) {
        j["languages"][1]["fallbak"] = Json::array({"fr"});
        j["defaut_language"] = "fr";
        j["routing"] = {{"lift_wiat_s", 30}};
    });
    auto loaded = content::load_site(files);
    INFO(test::all_problems(loaded.problems));
    CHECK_FALSE(loaded.site);
    CHECK(has_problem(loaded.problems, Severity::Error, "services.json", "/services/2/destinaton", "unknown field; did you mean \"destination\"?"));
    // One mistake, one error: not also "missing required field" where the field should be.
    CHECK_FALSE(has_problem(loaded.problems, Severity::Error, "services.json", "/services/2/destination", "missing"));
    CHECK(has_problem(loaded.problems, Severity::Error, "services.json", "/services/0/hours/mno", "unknown field; did you mean \"mon\"?"));
    CHECK(has_problem(loaded.problems, Severity::Error, "map.json", "/edges/0/lenght_m", "unknown field; did you mean \"length_m\"?"));
    CHECK(has_problem(loaded.problems, Severity::Error, "map.json", "/levels/0/ordinl", "unknown field; did you mean \"ordinal\"?"));
    CHECK(has_problem(loaded.problems, Severity::Error, "site.json", "/languages/1/fallbak", "unknown field; did you mean \"fallback\"?"));
    CHECK(has_problem(loaded.problems, Severity::Error, "site.json", "/defaut_language", "unknown field; did you mean \"default_language\"?"));
    CHECK(has_problem(loaded.problems, Severity::Error, "site.json", "/routing/lift_wiat_s", "unknown field; did you mean \"lift_wait_s\"?"));
}

TEST_CASE("a field far from every known one lists the known fields", "[content][strict]")
{
    auto files = test::with_json(tiny(), "map.json", [](Json& j) { j["nodes"][0]["colour"] = "blue"; });
    auto loaded = content::load_site(files);
    INFO(test::all_problems(loaded.problems));
    CHECK(has_problem(loaded.problems, Severity::Error, "map.json", "/nodes/0/colour",
                      "unknown field (the known fields here are id, level, x, y, kind, name)"));
}

TEST_CASE("a number too large for a double is an error naming the file and its place", "[content][strict]")
{
    // Found by tests/fuzz: nlohmann throws out_of_range (not parse_error) for such a number, which
    // ended every program that read the site. A "-1e999" inside a text is not the number.
    auto files = tiny();
    files["map.json"] = "{\"levels\": [{\"id\": \"-1e999\", \"ordinal\": 0}],\n \"nodes\": [{\"x\": -1e999}]}";
    auto loaded = content::load_site(files);
    INFO(test::all_problems(loaded.problems));
    CHECK_FALSE(loaded.site);
    CHECK(has_problem(loaded.problems, Severity::Error, "map.json", "line 2, column 18",
                      "not valid JSON: the number -1e999 is too large (more than a double can hold)"));
}

TEST_CASE("the agents' status.json is as strict as the site's files", "[content][strict]")
{
    content::Problems problems;
    content::JsonReader reader("status.json", problems);
    const Json* root = reader.parse_object(R"({"format": 1, "notices": ["urgent"], "servics": {}})");
    REQUIRE(root);
    auto notices = reader.objects(*root, "notices", "", content::Presence::Optional, "a notice");
    reader.finish();
    CHECK(notices.empty());
    CHECK(has_problem(problems, Severity::Error, "status.json", "/notices/0", "expected a notice (an object { ... }), found text \"urgent\""));
    // "format" and "notices" were read; "servics" was not, and nothing declared "services" here.
    CHECK(has_problem(problems, Severity::Error, "status.json", "/servics", "unknown field"));
}

TEST_CASE("a field is known once a parser reads or declares it", "[content][strict]")
{
    content::Problems problems;
    {
        content::JsonReader reader("queue.json", problems);
        const Json* root = reader.parse_object(R"({"counters": [{"id": "g-3", "node": "n", "servces": []}], "priority": {}})");
        REQUIRE(root);
        for (const auto& [counter, at] : reader.objects(*root, "counters", "", content::Presence::Required, "a counter")) {
            reader.string(*counter, "id", at, content::Presence::Required);
            reader.string(*counter, "node", at, content::Presence::Required);
            reader.known(*counter, at, {"services"});
        }
        reader.known(*root, "", {"priority"});
    }  // the reader reports at the latest when it goes
    REQUIRE(problems.size() == 1);
    CHECK(has_problem(problems, Severity::Error, "queue.json", "/counters/0/servces", "unknown field; did you mean \"services\"?"));
}

TEST_CASE("edit distance counts a swap of neighbours as one edit", "[content][strict]")
{
    CHECK(content::edit_distance("destinaton", "destination") == 1);
    CHECK(content::edit_distance("lenght_m", "length_m") == 1);
    CHECK(content::edit_distance("", "abc") == 3);
    CHECK(content::edit_distance("kitten", "sitting") == 3);
    CHECK(content::nearest_name("colour", {"id", "level", "x", "y", "kind", "name"}) == std::nullopt);
    CHECK(content::nearest_name("nmae", {"id", "name", "node"}) == "name");
}
