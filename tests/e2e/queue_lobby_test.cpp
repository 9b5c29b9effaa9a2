// A lobby on loopback: the real hub, two real kiosks (the hall's and the first floor's) and a hall
// display, all running the phare-kiosk binary with real eSpeak NG and SDL's real-time dummy audio.
// Two agents work their counters through the real counter page; calls come faster than they can
// be announced. Every screen and every loudspeaker must give each call once, in order, in every
// language of the site, French first.

#include "agent_client.h"
#include "provisioned_kiosk.h"

#include <signal.h>
#include <sys/wait.h>

#include <chrono>
#include <functional>
#include <set>
#include <sstream>
#include <thread>

namespace {

using namespace phare::test;

// An agent at a counter, through the counter page as a browser posts it.
struct Agent {
    RunningHub& hub;
    std::string counter;
    std::string session;

    void press(const std::string& verb, const httplib::Params& extra = {})
    {
        auto page = hub.client().Get(("/agent/guichet/" + counter).c_str(), {{"Cookie", session}});
        REQUIRE(page);
        REQUIRE(page->status == 200);
        httplib::Params params{{"csrf", csrf_in(page->body)}};
        params.insert(extra.begin(), extra.end());
        auto done = hub.client().Post(("/agent/guichet/" + counter + "/" + verb).c_str(), {{"Cookie", session}}, params);
        REQUIRE(done);
        INFO(done->body);
        REQUIRE(done->status == 303);
    }
};

// One of the lobby's screens: the kiosk binary with its speech log and trace.
struct Screen {
    std::string name;
    fs::path speech_log;
    fs::path trace;
    fs::path log;
    pid_t pid = -1;

    Screen(const std::string& screen_name, const fs::path& config, const fs::path& folder, const std::vector<std::string>& extra)
        : name(screen_name), speech_log(folder / (screen_name + ".speech.jsonl")), trace(folder / (screen_name + ".trace.jsonl")),
          log(folder / (screen_name + ".log"))
    {
        std::vector<std::string> arguments{"--config", config.string(), "--state-dir", (folder / (screen_name + "-state")).string(),
                                           "--speech-log", speech_log.string(), "--trace", trace.string()};
        arguments.insert(arguments.end(), extra.begin(), extra.end());
        pid = spawn_kiosk(arguments, log.string(), folder.string());
    }
    Screen(const Screen&) = delete;
    Screen& operator=(const Screen&) = delete;
    ~Screen() { stop_process(pid); }

    std::vector<Json> lines(const fs::path& path) const
    {
        std::vector<Json> out;
        std::istringstream text(read_file(path));
        for (std::string line; std::getline(text, line);)
            if (!line.empty())
                out.push_back(Json::parse(line));
        return out;
    }
    // The ticket on the call banner of the last frame presented ("" if none).
    std::string banner() const
    {
        const auto presented = lines(trace);
        for (auto it = presented.rbegin(); it != presented.rend(); ++it)
            if ((*it)["event"] == "presented")
                return (*it)["call"];
        return "(nothing presented)";
    }
    // What started to play, "lang: text", in order.
    std::vector<std::string> heard() const
    {
        std::vector<std::string> out;
        for (const Json& line : lines(speech_log))
            if (line["event"] == "start")
                out.push_back(line["lang"].get<std::string>() + ": " + line["text"].get<std::string>());
        return out;
    }
};

bool wait_until(const std::function<bool()>& done, std::chrono::seconds limit)
{
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < deadline) {
        if (done())
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return done();
}

// The announcements heard after the warm-up call, which a screen that was still starting may
// have taken from the snapshot without announcing it.
std::vector<std::string> after_warm_up(const std::vector<std::string>& heard)
{
    std::vector<std::string> out;
    for (const std::string& line : heard)
        if (line.find("A 1") == std::string::npos)
            out.push_back(line);
    return out;
}

}  // namespace

TEST_CASE("two kiosks and a hall display announce every call once, in order, in every language, as two agents call", "[e2e][queue]")
{
    TempDir temp;
    RunningHub hub;
    const fs::path folder = temp.path();
    ProvisionedKiosk hall(hub, (folder / "hall").string(), 2, "hall");
    ProvisionedKiosk floor(hub, (folder / "etage-1").string(), 2, "etage-1");

    hub.add_user("marie", "correct horse battery");
    hub.add_user("paul", "battery staple horse");
    Agent marie{hub, "guichet-a", log_in(hub, "marie", "correct horse battery")};
    Agent paul{hub, "guichet-b", log_in(hub, "paul", "battery staple horse")};
    REQUIRE_FALSE(marie.session.empty());
    REQUIRE_FALSE(paul.session.empty());
    marie.press("ouvrir", {{"service", "titres-sejour"}});
    paul.press("ouvrir", {{"service", "titres-sejour"}});
    // Visitors take tickets at the hall's kiosk (its API, as the kiosk's ticket desk posts it).
    std::string token = read_file(hall.dir / "kiosk.token");
    token.erase(token.find_last_not_of('\n') + 1);
    for (int i = 0; i < 4; ++i) {
        Json body{{"service", "titres-sejour"}, {"priority", "none"}, {"request", "visitor-" + std::to_string(i)}};
        auto taken = hub.client().Post("/api/v1/kiosks/hall/tickets", bearer(token), body.dump(), "application/json");
        REQUIRE(taken);
        REQUIRE(taken->status == 201);
    }

    Screen hall_kiosk("hall", hall.dir / "kiosk.toml", folder, {});
    Screen floor_kiosk("etage-1", floor.dir / "kiosk.toml", folder, {});
    Screen board("board", hall.dir / "kiosk.toml", folder, {"--role", "board"});
    const std::vector<Screen*> screens{&hall_kiosk, &floor_kiosk, &board};

    // Calls made before a screen holds the live channel reach it in a snapshot, shown but not
    // announced (a screen that just started does not repeat old calls): wait for every screen.
    for (Screen* screen : screens) {
        INFO(screen->name << ": " << read_file(screen->log));
        REQUIRE(wait_until([&] { return read_file(screen->log).find("live channel: connected") != std::string::npos; },
                           std::chrono::seconds(60)));
    }
    // Warm-up: every screen shows the first call.
    marie.press("appeler");
    for (Screen* screen : screens) {
        INFO(screen->name << ": " << read_file(screen->log));
        REQUIRE(wait_until([&] { return screen->banner() == "A 001"; }, std::chrono::seconds(60)));
    }

    // Three calls in a few milliseconds, faster than any announcement.
    paul.press("appeler");     // A 002 at Guichet B
    marie.press("appeler");    // A 003 at Guichet A (A 001 served)
    paul.press("rappeler");    // A 002 again
    const std::vector<std::string> expected_french{"fr: Appel du ticket A 2 : Guichet B.", "fr: Appel du ticket A 3 : Guichet A.",
                                                   "fr: Rappel du ticket A 2 : Guichet B."};
    const std::size_t languages = 5;  // the example site's: fr, en, ar, es, uk
    for (Screen* screen : screens) {
        INFO(screen->name << ": " << read_file(screen->log));
        CHECK(wait_until([&] { return after_warm_up(screen->heard()).size() >= expected_french.size() * languages; },
                         std::chrono::seconds(120)));
    }
    std::this_thread::sleep_for(std::chrono::seconds(1));  // nothing more comes

    for (Screen* screen : screens) {
        const auto heard = after_warm_up(screen->heard());
        INFO(screen->name);
        for (const std::string& line : heard)
            UNSCOPED_INFO(line);
        REQUIRE(heard.size() == expected_french.size() * languages);
        for (std::size_t call = 0; call < expected_french.size(); ++call) {
            // French first, then each other language of the site once, for this call only.
            CHECK(heard[call * languages] == expected_french[call]);
            std::set<std::string> others;
            for (std::size_t i = 1; i < languages; ++i) {
                const std::string& line = heard[call * languages + i];
                others.insert(line.substr(0, line.find(':')));
                CHECK(line.find(call == 1 ? "3" : "2") != std::string::npos);
            }
            CHECK(others == std::set<std::string>{"en", "ar", "es", "uk"});
        }
        CHECK(screen->banner() == "A 002");  // the recall is the last call: it stays on screen
    }
}
