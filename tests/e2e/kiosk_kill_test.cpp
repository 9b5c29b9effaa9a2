// The real phare-kiosk killed with SIGKILL at random moments while visitors rate their visit: every
// rating the kiosk thanked a visitor for ("Merci, votre avis est enregistré") survives, and once
// the kiosk runs again with its hub, each one reaches the hub exactly once.

#include "provisioned_kiosk.h"
#include "platform/store/outbox.h"

#include <signal.h>

#include <chrono>
#include <random>
#include <thread>

namespace {

using namespace phare::test;

std::string tap(const Json& frame, const std::string& id)
{
    for (const auto& e : frame["elements"])
        if (e["id"] == id) {
            const auto& r = e["rect"];
            return "tap " + std::to_string(r[0].get<int>() + r[2].get<int>() / 2) + " " +
                   std::to_string(r[1].get<int>() + r[3].get<int>() / 2) + "\n";
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

// The taps of one visitor's survey, found by walking it once.
std::string survey_taps(ProvisionedKiosk& kiosk)
{
    // The way in to the survey is on the welcome screen's last page.
    std::string taps;
    REQUIRE(kiosk.script("probe", "frame " + (kiosk.dir / "probe.json").string() + "\n") == 0);
    Json frame = kiosk.frame("probe");
    for (int page = 0; page < 5 && !shows(frame, "feedback.open"); ++page) {
        taps += "key right\n";
        REQUIRE(kiosk.script("probe", taps + "frame " + (kiosk.dir / "probe.json").string() + "\n") == 0);
        frame = kiosk.frame("probe");
    }
    for (const char* id : {"feedback.open", "feedback.good", "feedback.clarity.5", "feedback.counter.yes"}) {
        taps += tap(frame, id);
        REQUIRE(kiosk.script("probe", taps + "frame " + (kiosk.dir / "probe.json").string() + "\n") == 0);
        frame = kiosk.frame("probe");
    }
    REQUIRE(shows(frame, "feedback.thanks"));
    return taps;
}

// Ratings the hub holds, one row per (kiosk, id): a rating stored twice would count twice. (The
// open-data CSV is no measure: it holds complete days only.)
int ratings_on_hub(RunningHub& hub) { return static_cast<int>(hub.context().storage->rating_count()); }

}  // namespace

TEST_CASE("kill -9 while visitors rate: every thanked rating reaches the hub exactly once", "[e2e][fault]")
{
    phare::test::TempDir temp;
    RunningHub hub;
    // The kiosk runs below on the real clock, and the hub refuses ratings more than a day ahead
    // of its own: it runs on the real clock too (after publishing at the fixture's date).
    hub.now = phare::hub::system_now();
    ProvisionedKiosk kiosk(hub, temp.path() + "/kiosk");
    const std::string taps = survey_taps(kiosk);
    std::filesystem::remove(kiosk.dir / "state" / "outbox.db");  // the probe's own ratings
    std::filesystem::remove(kiosk.dir / "state" / "outbox.db-wal");
    std::filesystem::remove(kiosk.dir / "state" / "outbox.db-shm");

    // Each run: visitors one after another; after each thank-you the frame is dumped (so its file
    // exists only if the thanks was shown), then the session times out for the next visitor.
    constexpr int runs = 25;
    constexpr int visitors = 30;
    std::mt19937 random(20261126);
    std::uniform_int_distribution<int> delay_ms(0, 900);
    for (int r = 0; r < runs; ++r) {
        std::string script;
        for (int v = 0; v < visitors; ++v)
            script += taps + "frame " + (kiosk.dir / ("ack-" + std::to_string(r) + "-" + std::to_string(v) + ".json")).string() +
                      "\nwait 200000\n";
        const std::string name = "run-" + std::to_string(r);
        std::ofstream(kiosk.dir / (name + ".script")) << script;
        const pid_t pid = spawn_kiosk({"--config", (kiosk.dir / "kiosk.toml").string(), "--headless", "--script",
                                       (kiosk.dir / (name + ".script")).string()},
                                      (kiosk.dir / "runs.log").string(), temp.path());
        std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms(random)));
        ::kill(pid, SIGKILL);
        int status = 0;
        ::waitpid(pid, &status, 0);
    }

    // What visitors were told: a complete frame file showing the thanks.
    int thanked = 0;
    for (const auto& entry : std::filesystem::directory_iterator(kiosk.dir))
        if (entry.path().filename().string().rfind("ack-", 0) == 0) {
            Json frame = Json::parse(read_file(entry.path()), nullptr, false);
            if (!frame.is_discarded() && shows(frame, "feedback.thanks"))
                ++thanked;
        }
    std::int64_t stored = 0;
    {
        auto outbox = phare::store::Outbox::open((kiosk.dir / "state" / "outbox.db").string(), 100000);
        REQUIRE(outbox);
        stored = (*outbox)->stats().pending;
    }
    INFO("thanked " << thanked << ", stored " << stored);
    CHECK(thanked > 0);           // the kills left time for some visitors
    CHECK(stored >= thanked);     // nobody was thanked for a rating that is not on disk
    CHECK(thanked < runs * visitors);  // and the kills did interrupt runs

    // The kiosk runs again with its hub: the outbox drains, each rating once.
    const std::string log = (kiosk.dir / "upload.log").string();
    const pid_t pid = spawn_kiosk({"--config", (kiosk.dir / "kiosk.toml").string()}, log, temp.path());
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (ratings_on_hub(hub) < stored && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    std::this_thread::sleep_for(std::chrono::milliseconds(500));  // anything sent twice would show now
    ::kill(pid, SIGTERM);
    int status = 0;
    ::waitpid(pid, &status, 0);
    INFO(read_file(log));
    CHECK(ratings_on_hub(hub) == stored);
    auto outbox = phare::store::Outbox::open((kiosk.dir / "state" / "outbox.db").string(), 100000);
    REQUIRE(outbox);
    CHECK((*outbox)->stats().pending == 0);
    WARN(runs << " kills: " << thanked << " ratings thanked, " << stored << " stored, all on the hub once");
}
