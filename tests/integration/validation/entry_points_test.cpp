// One validator for every entry point: `phare validate` and `phare-kiosk --validate`, the real
// binaries, give the same verdict and the same messages on the same broken sites (a table of
// them, each written to a real folder), and each message says what the table expects.

#include "support/site_files.h"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

using namespace phare;
using Json = nlohmann::json;
namespace fs = std::filesystem;

namespace {

struct TempSite {
    fs::path path = fs::temp_directory_path() / ("phare-validation-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    explicit TempSite(const content::SourceFiles& files)
    {
        for (const auto& [name, bytes] : files) {
            fs::create_directories((path / name).parent_path());
            std::ofstream(path / name, std::ios::binary) << bytes;
        }
    }
    ~TempSite() { fs::remove_all(path); }
    static inline int counter = 0;
};

struct Outcome {
    int status = -1;
    std::vector<std::string> problems;  // stderr lines that name a place in the site
};

// Runs `command` and keeps its standard error's lines about the site folder.
Outcome run(const std::string& command, const std::string& site_dir)
{
    Outcome outcome;
    FILE* pipe = ::popen((command + " 2>&1 >/dev/null").c_str(), "r");
    REQUIRE(pipe);
    std::string all;
    char buffer[512];
    while (std::fgets(buffer, sizeof buffer, pipe))
        all += buffer;
    outcome.status = ::pclose(pipe);
    std::istringstream lines(all);
    for (std::string line; std::getline(lines, line);)
        if (line.find(site_dir + "/") != std::string::npos && line.rfind("phare-kiosk: ", 0) != 0)
            outcome.problems.push_back(line);
    return outcome;
}

std::string joined(const std::vector<std::string>& lines)
{
    std::string text;
    for (const auto& line : lines)
        text += line + "\n";
    return text;
}

struct Broken {
    const char* what;
    std::function<content::SourceFiles(content::SourceFiles)> change;
    bool valid;            // a warning leaves the site valid
    const char* expected;  // words of the message, after the folder
};

content::SourceFiles edit(content::SourceFiles files, const std::string& name, const std::function<void(Json&)>& change)
{
    return test::with_json(std::move(files), name, change);
}

const std::vector<Broken>& table()
{
    static const std::vector<Broken> cases{
        {"a valid site", [](content::SourceFiles f) { return f; }, true, nullptr},
        {"a service that is text",
         [](content::SourceFiles f) { return edit(f, "services.json", [](Json& j) { j["services"].push_back("foo"); }); }, false,
         "/services.json:/services/3: expected a service (an object { ... }), found text \"foo\""},
        {"a misspelt field",
         [](content::SourceFiles f) {
             return edit(f, "services.json", [](Json& j) {
                 j["services"][2]["destinaton"] = j["services"][2]["destination"];
                 j["services"][2].erase("destination");
             });
         },
         false, "/services.json:/services/2/destinaton: unknown field; did you mean \"destination\"?"},
        {"a wrong language code",
         [](content::SourceFiles f) { return edit(f, "site.json", [](Json& j) { j["languages"][1]["code"] = "ara"; }); }, false,
         "/site.json:/languages/1/code: \"ara\" is not a language code (a BCP 47 language tag such as \"fr\", \"ar\" or \"pt-BR\"); did "
         "you mean \"ar\"?"},
        {"a voice eSpeak NG does not have",
         [](content::SourceFiles f) { return edit(f, "site.json", [](Json& j) { j["languages"][1]["voice"] = "elvish"; }); }, false,
         "/site.json:/languages/1/voice: eSpeak NG has no voice \"elvish\"; for \"ar\" it has "},
        {"a bad ordinal",
         [](content::SourceFiles f) { return edit(f, "map.json", [](Json& j) { j["levels"][1]["ordinal"] = "1"; }); }, false,
         "/map.json:/levels/1/ordinal: expected a whole number, found text \"1\""},
        {"a destination with stairs only",
         [](content::SourceFiles f) {
             return edit(f, "map.json", [](Json& j) {
                 Json kept = Json::array();
                 for (Json& edge : j["edges"])
                     if (edge["kind"] != "lift")
                         kept.push_back(edge);
                 j["edges"] = kept;
             });
         },
         true, "/services.json:/services/1/destination: no step-free route from kiosk \"borne\" to \"t-bureau\" (service \"permis\")"},
        {"a status.json naming an unknown service",
         [](content::SourceFiles f) {
             f["status.json"] = R"({"format": 1, "services": {"passeports": {"state": "closed_today", "date": "2026-12-01"}}})";
             return f;
         },
         false, "/status.json:/services/passeports: unknown service \"passeports\""},
        {"a misspelt field in status.json",
         [](content::SourceFiles f) {
             f["status.json"] = R"({"format": 1, "notices": [{"id": "n-1", "level": "urgent", "starts": "2026-12-01T08:00",
                                   "ends": "2026-12-01T18:00", "txt": {"fr": "Grève"}}]})";
             return f;
         },
         false, "/status.json:/notices/0/txt: unknown field; did you mean \"text\"?"},
    };
    return cases;
}

}  // namespace

TEST_CASE("phare validate and phare-kiosk --validate agree on every broken site of the table", "[validation][binary]")
{
    const content::SourceFiles tiny = test::read_site("tests/fixtures/sites/tiny");
    for (const Broken& broken : table()) {
        INFO(broken.what);
        TempSite site(broken.change(tiny));
        const std::string dir = site.path.string();
        Outcome cli = run(std::string(PHARE_CLI_BINARY) + " validate --site " + dir, dir);
        Outcome kiosk = run(std::string(PHARE_KIOSK_BIN) + " --site " + dir + " --validate", dir);
        INFO("phare validate:\n" << joined(cli.problems) << "phare-kiosk --validate:\n" << joined(kiosk.problems));
        CHECK((cli.status == 0) == broken.valid);
        CHECK((kiosk.status == 0) == broken.valid);
        CHECK(cli.problems == kiosk.problems);
        if (broken.expected) {
            // One root cause, one line.
            REQUIRE(cli.problems.size() == 1);
            CHECK(cli.problems.front().find(dir + broken.expected) != std::string::npos);
        } else {
            CHECK(cli.problems.empty());
        }
    }
}

TEST_CASE("every example site is valid for both entry points, with the same messages", "[validation][binary]")
{
    for (const char* folder : {"config/sites/prefecture-44", "config/sites/mairie-demo", "tests/fixtures/sites/tiny", "tests/fixtures/sites/sous-sol"}) {
        const std::string dir = test::source_path(folder);
        INFO(folder);
        Outcome cli = run(std::string(PHARE_CLI_BINARY) + " validate --site " + dir, dir);
        Outcome kiosk = run(std::string(PHARE_KIOSK_BIN) + " --site " + dir + " --validate", dir);
        INFO(joined(cli.problems));
        CHECK(cli.status == 0);
        CHECK(kiosk.status == 0);
        CHECK(cli.problems == kiosk.problems);
        // The example sites have no warning either; the fixtures may lack the newest string keys.
        if (std::string(folder).starts_with("config/"))
            CHECK(cli.problems.empty());
    }
}
