// One root cause, one error: a wrong language code, a bad ordinal or a value of the wrong type
// is said once, where it is, and nothing that only follows from it is said again
// (docs/site-format.md, "Errors").

#include "core/content/site_loader.h"
#include "support/site_files.h"

#include <catch2/catch.hpp>

using namespace phare;
using content::Severity;
using test::has_problem;
using Json = nlohmann::json;

namespace {

const content::SourceFiles& prefecture()
{
    static const content::SourceFiles files = test::read_site("config/sites/prefecture-44");
    return files;
}

const content::SourceFiles& tiny() { return test::tiny_files(); }

content::SourceFiles with_language_code(const content::SourceFiles& files, std::size_t index, const std::string& code)
{
    return test::with_json(files, "site.json", [&](Json& j) { j["languages"][index]["code"] = code; });
}

}  // namespace

TEST_CASE("a wrong language code is one error, not one per text", "[content][cascade]")
{
    // prefecture-44 declares fr, en, ar, es, uk; each text has them all.
    struct Case {
        std::size_t index;
        const char* code;
        const char* words;
    };
    auto c = GENERATE(Case{1, "eng", "\"eng\" is not a language code (a BCP 47 language tag such as \"fr\", \"ar\" or \"pt-BR\"); did you mean \"en\"?"},
                      Case{2, "ara", "did you mean \"ar\"?"},
                      Case{0, "fre", "\"fre\" is not a language code"},
                      Case{3, "es_ES", "did you mean \"es-ES\"?"},
                      Case{4, "UK", "write the language in lower case"},
                      Case{1, "xx", "\"xx\" is not a language code"});
    auto loaded = content::load_site(with_language_code(prefecture(), c.index, c.code));
    INFO(test::all_problems(loaded.problems));
    CHECK_FALSE(loaded.site);
    CHECK(has_problem(loaded.problems, Severity::Error, "site.json", "/languages/" + std::to_string(c.index) + "/code", c.words));
    CHECK(loaded.problems.size() == 1);
}

TEST_CASE("a language code that is well formed is accepted", "[content][cascade]")
{
    // "en-GB" beside "en": a regional variant is a language of its own with its own strings.
    auto files = with_language_code(prefecture(), 1, "en-GB");
    files["strings/en-GB.json"] = files.at("strings/en.json");
    files = test::with_json(files, "services.json", [](Json& j) {
        for (Json& service : j["services"])
            for (const char* field : {"name", "easy_name", "description", "easy_description"}) {
                service[field]["en-GB"] = service[field]["en"];
                service[field].erase("en");
            }
    });
    auto loaded = content::load_site(files);
    INFO(test::all_problems(loaded.problems));
    CHECK_FALSE(has_problem(loaded.problems, Severity::Error, "site.json", "/languages/1/code", "not a language code"));
}

TEST_CASE("texts in a language the site does not declare are one warning for all of them", "[content][cascade]")
{
    // Dropping "uk" from the languages leaves every text's "uk" translation unused.
    auto files = test::with_json(prefecture(), "site.json", [](Json& j) { j["languages"].erase(4); });
    auto loaded = content::load_site(files);
    INFO(test::all_problems(loaded.problems));
    REQUIRE(loaded.site);
    REQUIRE(loaded.problems.size() == 1);
    const content::Problem& p = loaded.problems.front();
    CHECK(p.severity == Severity::Warning);
    CHECK(p.message.find("\"uk\" is not a language of this site; ") == 0);
    CHECK(p.message.find(" texts have it and none of them is shown") != std::string::npos);
}

TEST_CASE("a bad ordinal is one error, not a second false one", "[content][cascade]")
{
    // Read as 0 it would clash with the street level, and "1" would be a false duplicate.
    auto text = content::load_site(test::with_json(tiny(), "map.json", [](Json& j) { j["levels"][1]["ordinal"] = "1"; }));
    INFO(test::all_problems(text.problems));
    CHECK(has_problem(text.problems, Severity::Error, "map.json", "/levels/1/ordinal", "expected a whole number, found text \"1\""));
    CHECK(text.problems.size() == 1);

    // The reception's level with a bad ordinal is not "off the street level" too.
    auto reception = content::load_site(test::with_json(tiny(), "map.json", [](Json& j) {
        j["levels"][0]["ordinal"] = 0.5;
        j["levels"][1]["ordinal"] = 0;
    }));
    INFO(test::all_problems(reception.problems));
    CHECK(has_problem(reception.problems, Severity::Error, "map.json", "/levels/0/ordinal", "expected a whole number"));
    CHECK(reception.problems.size() == 1);
}

TEST_CASE("a value of the wrong type is not also out of range", "[content][cascade]")
{
    auto files = test::with_json(tiny(), "map.json", [](Json& j) {
        j["edges"][1]["length_m"] = "12";
        j["edges"][6]["steps"] = "20";
        j["edges"][2]["kind"] = "hallway";
    });
    files = test::with_json(files, "site.json", [](Json& j) { j["kiosks"][0]["heading_deg"] = "north"; });
    auto loaded = content::load_site(files);
    INFO(test::all_problems(loaded.problems));
    CHECK(has_problem(loaded.problems, Severity::Error, "map.json", "/edges/1/length_m", "expected a number"));
    CHECK(has_problem(loaded.problems, Severity::Error, "map.json", "/edges/6/steps", "expected a whole number"));
    CHECK(has_problem(loaded.problems, Severity::Error, "map.json", "/edges/2/kind", "\"hallway\" is not one of"));
    CHECK(has_problem(loaded.problems, Severity::Error, "site.json", "/kiosks/0/heading_deg", "expected a number"));
    CHECK(loaded.problems.size() == 4);
}
