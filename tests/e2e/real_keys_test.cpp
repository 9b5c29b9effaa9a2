// Keys pressed on a real X server (XTest) reach the kiosk through SDL's input mapping, change what
// is on the screen and are spoken: the path a keypad takes, from the outside, with the probe the
// benchmarks use (tools/bench/desktop). No timing is asserted here; docs/benchmarks.md has them.

#include "support/site_files.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace fs = std::filesystem;

TEST_CASE("keys sent to the X server move the focus on screen and are spoken", "[e2e][keys]")
{
    const fs::path dir = fs::temp_directory_path() / ("phare-e2e-keys-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    const fs::path trace = dir / "trace.jsonl";
    const fs::path out = dir / "result.json";
    const std::string command = "xvfb-run -a -s '-screen 0 1080x1920x24 -br' " + std::string(PHARE_BENCH_DESKTOP_BIN) +
                                " --idle-s 0 --settle-s 1 --inputs 20 --speech-trace " + trace.string() +
                                " --env SDL_AUDIODRIVER=dummy -- " + PHARE_KIOSK_BIN + " --site " +
                                phare::test::source_path("config/sites/prefecture-44") + " --state-dir " + (dir / "state").string() +
                                " --mode speech --trace " + trace.string() + " >" + out.string() + " 2>" + (dir / "log.txt").string();
    INFO(command);
    REQUIRE(std::system(command.c_str()) == 0);
    std::ifstream in(out);
    std::ostringstream text;
    text << in.rdbuf();
    INFO(text.str());
    const auto result = nlohmann::json::parse(text.str());
    CHECK(result.at("first_frame_ms").get<double>() > 0);     // the probe saw the kiosk's colour
    CHECK(result.at("input_missed").get<int>() == 0);         // every key redrew the screen
    CHECK(result.at("speech_silent").get<int>() == 0);        // and started an utterance
    CHECK(result.at("pss_kib").get<long>() > 0);
    fs::remove_all(dir);
}
