// A script's `stats` line (README.md, Scripts): how it is read, and what the real kiosk appends
// for it, the line soak runs (tools/bench/soak) are built on.

#include "app/script.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

using nlohmann::json;
using phare::app::parse_script;
using phare::app::StatsCommand;

struct TempFolder {
    TempFolder()
    {
        std::string pattern = (std::filesystem::temp_directory_path() / "phare-stats-XXXXXX").string();
        REQUIRE(::mkdtemp(pattern.data()));
        path = pattern;
    }
    ~TempFolder() { std::filesystem::remove_all(path); }
    std::string path;
};

}  // namespace

TEST_CASE("a stats line names the file its JSON line is appended to")
{
    const auto script = parse_script("soak.txt", "key down\nstats out/stats.jsonl\n");
    REQUIRE(script.errors.empty());
    REQUIRE(script.commands.size() == 2);
    const auto* stats = std::get_if<StatsCommand>(&script.commands[1].action);
    REQUIRE(stats);
    CHECK(stats->path == "out/stats.jsonl");
    CHECK(script.commands[1].line == 2);
}

TEST_CASE("a stats line without a path, or with more than one, is an error naming the line")
{
    const auto script = parse_script("soak.txt", "wait 10\nstats\nstats a.jsonl b.jsonl\n");
    REQUIRE(script.errors.size() == 2);
    CHECK(script.errors[0] == "soak.txt:2: stats takes a file path");
    CHECK(script.errors[1] == "soak.txt:3: unexpected \"b.jsonl\" at the end of the line");
}

TEST_CASE("the kiosk appends one JSON line per stats line: its time, memory, descriptors and textures")
{
    TempFolder folder;
    std::ofstream(folder.path + "/script.txt") << "stats stats.jsonl\nkey down\nwait 1500\nstats stats.jsonl\n";
    const std::string command = "cd '" + folder.path + "' && '" + PHARE_KIOSK_BIN + "' --site '" + PHARE_SOURCE_DIR +
                                "/config/sites/prefecture-44' --headless --state-dir state --script script.txt 2> stderr.txt";
    REQUIRE(std::system(command.c_str()) == 0);

    std::ifstream in(folder.path + "/stats.jsonl");
    std::vector<json> lines;
    for (std::string line; std::getline(in, line);)
        lines.push_back(json::parse(line));
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].at("t_ms") == 0);
    CHECK(lines[1].at("t_ms") == 1500);  // the script's virtual clock, not the machine's
    for (const json& line : lines) {
        INFO(line.dump());
        CHECK(line.at("rss_kb").get<long>() > 0);
        CHECK(line.at("hwm_kb").get<long>() >= line.at("rss_kb").get<long>());
        CHECK(line.at("heap_bytes").get<long>() > 0);
        CHECK((line.at("heap_source") == "glibc" || line.at("heap_source") == "asan" || line.at("heap_source") == "tsan"));
        CHECK(line.at("fds").get<int>() >= 3);  // at least standard input, output and error
        // The welcome screen is drawn: its texts are shaped and its services' pictograms decoded.
        CHECK(line.at("text_textures").get<int>() > 0);
        CHECK(line.at("text_bytes").get<long>() > 0);
        CHECK(line.at("text_budget_bytes").get<long>() >= line.at("text_bytes").get<long>());
        CHECK(line.at("images").get<int>() > 0);
    }
}
