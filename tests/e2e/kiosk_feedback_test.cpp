// A visitor rates the visit on the real binary: the kiosk says thank you only once the rating is
// in the outbox on disk, and the outbox keeps it across a kill -9 right after the thanks.

#include "platform/store/outbox.h"
#include "support/site_files.h"

#include <catch2/catch.hpp>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;
using Json = nlohmann::json;

namespace {

const std::string kiosk = PHARE_KIOSK_BIN;
const std::string site = phare::test::source_path("tests/fixtures/sites/tiny");

struct Run {
    fs::path dir = fs::temp_directory_path() / ("phare-e2e-feedback-" + std::to_string(::getpid()));
    Run() { fs::create_directories(dir); }
    ~Run() { fs::remove_all(dir); }

    // Replays `script` plus a frame dump; returns the frame.
    Json frame_after(const std::string& script)
    {
        const fs::path file = dir / "s.script";
        std::ofstream(file) << script << "frame " << (dir / "f.json").string() << "\n";
        const std::string command = kiosk + " --site " + site + " --headless --state-dir " + (dir / "state").string() + " --script " +
                                    file.string() + " 2>/dev/null";
        REQUIRE(std::system(command.c_str()) == 0);
        std::ifstream in(dir / "f.json");
        return Json::parse(in);
    }
};

std::string tap(const Json& frame, const std::string& id)
{
    for (const auto& e : frame["elements"])
        if (e["id"] == id) {
            const auto& r = e["rect"];
            return "tap " + std::to_string(r[0].get<int>() + r[2].get<int>() / 2) + " " + std::to_string(r[1].get<int>() + r[3].get<int>() / 2) +
                   "\n";
        }
    FAIL("no element " << id << " on screen " << frame["screen"]);
    return {};
}

bool shows(const Json& frame, const std::string& id)
{
    for (const auto& e : frame["elements"])
        if (e["id"] == id)
            return true;
    return false;
}

}  // namespace

TEST_CASE("a rating is thanked for only once it is on disk, and stays there", "[e2e][feedback]")
{
    Run run;
    std::string script;
    Json frame = run.frame_after(script);
    for (const char* id : {"feedback.open", "feedback.medium", "feedback.clarity.4", "feedback.counter.yes"}) {
        script += tap(frame, id);
        frame = run.frame_after(script);
    }
    CHECK(shows(frame, "feedback.thanks"));
    // The same visit replayed stores once more (a new visitor each process): two ratings now.
    auto outbox = phare::store::Outbox::open((run.dir / "state" / "outbox.db").string(), 100);
    REQUIRE(outbox);
    auto ratings = (*outbox)->oldest(100);
    REQUIRE(ratings.size() == 1);
    CHECK(ratings[0].satisfaction == phare::feedback::Satisfaction::Medium);
    CHECK(ratings[0].clarity == 4);
    CHECK(ratings[0].found_counter == true);
    CHECK(ratings[0].kiosk == "borne");
}
