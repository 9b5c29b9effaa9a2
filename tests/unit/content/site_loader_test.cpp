// Loading a site: a valid one loads; each kind of mistake is reported with file, place and a
// sentence; every mistake is reported at once; nothing throws.

#include "core/content/site_loader.h"
#include "core/content/string_keys.h"
#include "support/site_files.h"

#include <catch2/catch.hpp>

#include <fstream>

using namespace phare;
using content::Severity;
using test::has_problem;
using Json = nlohmann::json;

namespace {

const content::SourceFiles& tiny() { return test::tiny_files(); }

content::LoadedSite load(const content::SourceFiles& files) { return content::load_site(files); }

}  // namespace

TEST_CASE("a valid site loads with no error", "[content]")
{
    auto loaded = load(tiny());
    INFO(test::all_problems(loaded.problems));
    REQUIRE(loaded.site);
    CHECK_FALSE(content::has_errors(loaded.problems));
    CHECK(loaded.site->id == "tiny");
    CHECK(loaded.site->services.size() == 3);
    CHECK(loaded.site->find_language("ar")->direction == content::TextDirection::RightToLeft);
}

TEST_CASE("every example site in config/sites is valid", "[content]")
{
    auto site = GENERATE(as<std::string>{}, "config/sites/prefecture-44", "config/sites/mairie-demo");
    auto loaded = load(test::read_site(site));
    INFO(site << "\n" << test::all_problems(loaded.problems));
    CHECK(loaded.site);
    CHECK(loaded.problems.empty());
}

TEST_CASE("broken JSON is reported with its line and column", "[content]")
{
    auto files = tiny();
    files["services.json"] = "{\n  \"services\": [\n    {\"id\": \"a\",,}\n  ]\n}";
    auto loaded = load(files);
    CHECK_FALSE(loaded.site);
    REQUIRE_FALSE(loaded.problems.empty());
    const auto& p = loaded.problems.front();
    CHECK(p.file == "services.json");
    CHECK(p.pointer.rfind("line 3, column", 0) == 0);
    CHECK(p.message.find("not valid JSON") != std::string::npos);
}

TEST_CASE("a missing file is named", "[content]")
{
    auto files = tiny();
    files.erase("map.json");
    auto loaded = load(files);
    CHECK_FALSE(loaded.site);
    CHECK(has_problem(loaded.problems, Severity::Error, "map.json", "", "file is missing"));
}

TEST_CASE("a translation missing with no fallback is an error", "[content]")
{
    auto files = test::with_json(tiny(), "site.json", [](Json& j) { j["languages"][1]["fallback"] = Json::array(); });
    files = test::with_json(files, "services.json", [](Json& j) { j["services"][0]["name"].erase("ar"); });
    auto loaded = load(files);
    CHECK_FALSE(loaded.site);
    CHECK(has_problem(loaded.problems, Severity::Error, "services.json", "/services/0/name/ar", "missing translation"));
}

TEST_CASE("a translation covered by the fallback chain is a visible warning", "[content]")
{
    auto files = test::with_json(tiny(), "services.json", [](Json& j) { j["services"][0]["name"].erase("ar"); });
    auto loaded = load(files);
    CHECK(loaded.site);
    CHECK(has_problem(loaded.problems, Severity::Warning, "services.json", "/services/0/name/ar", "\"fr\" is shown instead"));
    CHECK(loaded.site->text(loaded.site->services[0].name, "ar") == loaded.site->services[0].name.at("fr"));
}

TEST_CASE("the default language must have every text", "[content]")
{
    auto files = test::with_json(tiny(), "map.json", [](Json& j) { j["levels"][0]["name"].erase("fr"); });
    auto loaded = load(files);
    CHECK(has_problem(loaded.problems, Severity::Error, "map.json", "/levels/0/name/fr", "missing translation"));
}

TEST_CASE("an unknown reference names the id", "[content]")
{
    auto files = test::with_json(tiny(), "services.json", [](Json& j) { j["services"][1]["destination"] = "nowhere"; });
    auto loaded = load(files);
    CHECK(has_problem(loaded.problems, Severity::Error, "services.json", "/services/1/destination", "unknown node \"nowhere\""));
}

TEST_CASE("a duplicate id points at both places", "[content]")
{
    auto files = test::with_json(tiny(), "map.json", [](Json& j) { j["nodes"][3]["id"] = j["nodes"][2]["id"]; });
    auto loaded = load(files);
    CHECK(has_problem(loaded.problems, Severity::Error, "map.json", "/nodes/3/id", "first at /nodes/2/id"));
}

TEST_CASE("a destination no path reaches is unreachable from the kiosk", "[content]")
{
    std::string destination;
    auto files = test::with_json(tiny(), "map.json", [&](Json& j) {
        // Cut every edge that touches the first service's destination.
        auto services = Json::parse(tiny().at("services.json"));
        destination = services["services"][0]["destination"];
        Json kept = Json::array();
        for (auto& edge : j["edges"])
            if (edge["from"] != destination && edge["to"] != destination)
                kept.push_back(edge);
        j["edges"] = kept;
    });
    auto loaded = load(files);
    CHECK(has_problem(loaded.problems, Severity::Error, "services.json", "/services/0/destination", "cannot be reached from kiosk"));
}

TEST_CASE("bad opening hours say what is wrong", "[content]")
{
    auto [value, words] = GENERATE(std::make_pair(std::string("14:00-13:00"), std::string("ends before it starts")),
                                   std::make_pair(std::string("8h30-12:00"), std::string("is not a time range")),
                                   std::make_pair(std::string("09:00-25:00"), std::string("is not a time range")));
    auto files = test::with_json(tiny(), "services.json", [&](Json& j) { j["services"][0]["hours"]["tue"] = Json::array({value}); });
    auto loaded = load(files);
    INFO(test::all_problems(loaded.problems));
    CHECK(has_problem(loaded.problems, Severity::Error, "services.json", "/services/0/hours/tue/0", words));
}

TEST_CASE("overlapping opening hours are refused", "[content]")
{
    auto files = test::with_json(tiny(), "services.json",
                                 [](Json& j) { j["services"][0]["hours"]["wed"] = Json::array({"09:00-12:00", "11:00-14:00"}); });
    auto loaded = load(files);
    CHECK(has_problem(loaded.problems, Severity::Error, "services.json", "/services/0/hours/wed/1", "overlaps"));
}

TEST_CASE("unreadable media is refused by name", "[content]")
{
    auto files = tiny();
    auto services = Json::parse(files.at("services.json"));
    const std::string picture = services["services"][2]["pictogram"];
    SECTION("not a PNG")
    {
        files[picture] = "GIF89a not really";
        auto loaded = load(files);
        CHECK(has_problem(loaded.problems, Severity::Error, "services.json", "/services/2/pictogram", "is not a PNG file"));
    }
    SECTION("missing")
    {
        files.erase(picture);
        auto loaded = load(files);
        CHECK(has_problem(loaded.problems, Severity::Error, "services.json", "/services/2/pictogram", "does not exist"));
    }
    SECTION("outside the site folder")
    {
        files = test::with_json(files, "services.json", [](Json& j) { j["services"][2]["pictogram"] = "../../etc/passwd"; });
        auto loaded = load(files);
        CHECK(has_problem(loaded.problems, Severity::Error, "services.json", "/services/2/pictogram", "inside the site folder"));
    }
}

TEST_CASE("a site's own font is taken when it is a font file in the site folder, else refused by name", "[content]")
{
    auto files = tiny();
    const std::string truetype = std::string("\0\1\0\0", 4) + std::string(60, '\0');
    files["media/fonts/own.ttf"] = truetype;
    files["media/fonts/own-bold.otf"] = "OTTO" + std::string(60, '\0');
    auto with_font = [&](Json font) { return test::with_json(files, "site.json", [&](Json& j) { j["font"] = font; }); };
    SECTION("regular and bold")
    {
        auto loaded = load(with_font({{"regular", "media/fonts/own.ttf"}, {"bold", "media/fonts/own-bold.otf"}}));
        REQUIRE(loaded.site);
        CHECK(loaded.site->font.regular == "media/fonts/own.ttf");
        CHECK(loaded.site->font.bold == "media/fonts/own-bold.otf");
    }
    SECTION("none: the kiosk's bundled fonts")
    {
        auto loaded = load(files);
        REQUIRE(loaded.site);
        CHECK(loaded.site->font.regular.empty());
    }
    SECTION("missing")
    {
        auto loaded = load(with_font({{"regular", "media/fonts/gone.ttf"}}));
        CHECK(has_problem(loaded.problems, Severity::Error, "site.json", "/font/regular", "media/fonts/gone.ttf does not exist"));
    }
    SECTION("not a font")
    {
        files["media/fonts/own.ttf"] = "<html>not a font</html>";
        auto loaded = load(with_font({{"regular", "media/fonts/own-bold.otf"}, {"bold", "media/fonts/own.ttf"}}));
        CHECK(has_problem(loaded.problems, Severity::Error, "site.json", "/font/bold", "is not a TrueType or OpenType font file"));
        CHECK_FALSE(has_problem(loaded.problems, Severity::Error, "site.json", "/font/regular", "font"));
    }
    SECTION("outside the site folder")
    {
        auto loaded = load(with_font({{"regular", "../../usr/share/fonts/a.ttf"}}));
        CHECK(has_problem(loaded.problems, Severity::Error, "site.json", "/font/regular", "inside the site folder"));
    }
    SECTION("a bold face without a regular one")
    {
        auto loaded = load(with_font({{"bold", "media/fonts/own-bold.otf"}}));
        CHECK(has_problem(loaded.problems, Severity::Error, "site.json", "/font/regular", "missing required field"));
    }
}

TEST_CASE("a field of the wrong type is named with what was expected", "[content]")
{
    auto files = test::with_json(tiny(), "map.json", [](Json& j) { j["edges"][0]["length_m"] = "twelve"; });
    auto loaded = load(files);
    CHECK(has_problem(loaded.problems, Severity::Error, "map.json", "/edges/0/length_m", "expected a number, found text"));
}

TEST_CASE("a translated interface string must keep the placeholders", "[content]")
{
    auto files = test::with_json(tiny(), "strings/ar.json", [](Json& j) { j["nav.page_of"] = "صفحة {page}"; });
    auto loaded = load(files);
    CHECK(has_problem(loaded.problems, Severity::Error, "strings/ar.json", "/nav.page_of", "{page}{pages}"));
}

TEST_CASE("a corridor cannot join two levels", "[content]")
{
    auto files = test::with_json(tiny(), "map.json", [](Json& j) {
        // Turn the staircase into a corridor.
        for (auto& edge : j["edges"])
            if (edge["kind"] == "stairs")
                edge["kind"] = "corridor";
    });
    auto loaded = load(files);
    bool found = false;
    for (const auto& p : loaded.problems)
        found = found || (p.file == "map.json" && p.message.find("cannot join levels") != std::string::npos);
    CHECK(found);
}

TEST_CASE("every problem is reported in one run", "[content]")
{
    auto files = test::with_json(tiny(), "services.json", [](Json& j) {
        j["services"][0]["destination"] = "nowhere";
        j["services"][1]["hours"]["mon"] = Json::array({"bad"});
    });
    files = test::with_json(files, "site.json", [](Json& j) { j["kiosks"][0]["heading_deg"] = 400; });
    auto loaded = load(files);
    CHECK(has_problem(loaded.problems, Severity::Error, "services.json", "/services/0/destination", "unknown node"));
    CHECK(has_problem(loaded.problems, Severity::Error, "services.json", "/services/1/hours/mon/0", "time range"));
    CHECK(has_problem(loaded.problems, Severity::Error, "site.json", "/kiosks/0/heading_deg", "360"));
}

TEST_CASE("garbage in any file never throws", "[content]")
{
    auto name = GENERATE(as<std::string>{}, "site.json", "services.json", "map.json", "strings/fr.json");
    auto garbage = GENERATE(as<std::string>{}, "", "[]", "null", "{\"services\": 3, \"nodes\": {}}", "\xff\xfe\x00", "{\"a\":");
    auto files = tiny();
    files[name] = garbage;
    content::LoadedSite loaded;
    REQUIRE_NOTHROW(loaded = load(files));
    CHECK_FALSE(loaded.site);
    CHECK(content::has_errors(loaded.problems));
}

TEST_CASE("a site older than the kiosk still runs: a missing interface string is a warning and shows the kiosk's own French", "[content]")
{
    // Both languages lose a key this kiosk version knows: the site stays valid, every loss is named.
    auto files = test::with_json(tiny(), "strings/fr.json", [](Json& j) { j.erase("maint.title"); });
    files = test::with_json(files, "strings/ar.json", [](Json& j) { j.erase("maint.title"); });
    auto loaded = load(files);
    REQUIRE(loaded.site);
    CHECK(has_problem(loaded.problems, Severity::Warning, "strings/fr.json", "/maint.title", "built-in French text"));
    CHECK(has_problem(loaded.problems, Severity::Warning, "strings/ar.json", "/maint.title", "built-in French text"));
    CHECK(loaded.site->ui("maint.title", "ar") == "Maintenance");
    CHECK(loaded.site->ui("maint.title", "fr") == "Maintenance");
    // A key the kiosk does not know stays visible as itself, so that a typo in code shows up.
    CHECK(loaded.site->ui("no.such.key", "fr") == "no.such.key");
}

TEST_CASE("docs/string-keys.txt mirrors the kiosk's keys and French texts, in order", "[content]")
{
    std::ifstream doc(test::source_path("docs/string-keys.txt"));
    REQUIRE(doc);
    std::vector<std::string> keys;
    std::string line;
    while (std::getline(doc, line)) {
        if (line.empty() || line[0] == '#')
            continue;
        const auto eq = line.find(" = ");
        REQUIRE(eq != std::string::npos);
        const std::string key = line.substr(0, eq);
        INFO(key);
        REQUIRE(phare::content::builtin_french(key));
        CHECK(*phare::content::builtin_french(key) == line.substr(eq + 3));
        keys.push_back(key);
    }
    const auto required = phare::content::required_string_keys();
    CHECK(keys == std::vector<std::string>(required.begin(), required.end()));
}
