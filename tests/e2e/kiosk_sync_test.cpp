// The real phare-kiosk binary, provisioned with a config file, against a real hub on loopback:
// an agent's change reaches the kiosk's screen, a restarted kiosk shows the last good bundle
// without the hub, and a running kiosk picks a change up by itself within seconds.

#include "agent_client.h"
#include "provisioned_kiosk.h"

#include <signal.h>

#include <chrono>
#include <optional>
#include <thread>

namespace {

using namespace phare::test;

bool shows_text(const Json& frame, const std::string& text)
{
    for (const Json& element : frame["elements"])
        if (element.value("text", "").find(text) != std::string::npos)
            return true;
    return false;
}

// The agent closes "titres-sejour" for the day through the real form.
void close_for_today(RunningHub& hub)
{
    hub.add_user("marie", "correct horse battery");
    const std::string session = phare::test::log_in(hub, "marie", "correct horse battery");
    REQUIRE_FALSE(session.empty());
    auto form = hub.client().Get("/agent/services/titres-sejour", {{"Cookie", session}});
    REQUIRE(form);
    httplib::Params params{{"csrf", phare::test::csrf_in(form->body)}, {"state", "closed_today"}, {"date", day},
                           {"message_fr", "Fermé pour inventaire"}};
    auto saved = hub.client().Post("/agent/services/titres-sejour", {{"Cookie", session}}, params);
    REQUIRE(saved);
    REQUIRE(saved->status == 303);
}

}  // namespace

TEST_CASE("an agent's closure reaches the kiosk's screen, and stays there when the hub is gone", "[e2e][sync]")
{
    phare::test::TempDir temp;
    std::optional<RunningHub> hub(std::in_place);
    ProvisionedKiosk kiosk(*hub, temp.path() + "/kiosk");

    // A fresh kiosk syncs version 1: the list shows the service as usual.
    REQUIRE(kiosk.script("first", "sync\nframe " + (kiosk.dir / "first.json").string() + "\n") == 0);
    CHECK(read_file(kiosk.dir / "first.log").find("now showing bundle 1") != std::string::npos);
    CHECK_FALSE(shows_text(kiosk.frame("first"), "Fermé aujourd'hui"));

    close_for_today(*hub);
    REQUIRE(kiosk.script("second", "sync\nframe " + (kiosk.dir / "second.json").string() + "\n") == 0);
    CHECK(read_file(kiosk.dir / "second.log").find("now showing bundle 2") != std::string::npos);
    const Json second = kiosk.frame("second");
    CHECK(shows_text(second, "Titres de séjour – Fermé aujourd'hui"));

    // The service's own page says it first, with the agent's words.
    Json button;
    for (const Json& element : second["elements"])
        if (element["id"] == "service.titres-sejour")
            button = element;
    REQUIRE(button.is_object());
    const int x = button["rect"][0].get<int>() + button["rect"][2].get<int>() / 2;
    const int y = button["rect"][1].get<int>() + button["rect"][3].get<int>() / 2;
    REQUIRE(kiosk.script("page", "sync\ntap " + std::to_string(x) + " " + std::to_string(y) + "\nframe " +
                                     (kiosk.dir / "page.json").string() + "\n") == 0);
    const Json page = kiosk.frame("page");
    CHECK(page["screen"] == "service");
    CHECK(shows_text(page, "Fermé aujourd'hui"));  // the status tag
    CHECK(shows_text(page, "Fermé pour inventaire"));  // the agent's words under it
    CHECK(shows_text(page, "Fermé exceptionnellement"));  // today's line, never its usual hours

    // A technician's F12: what the kiosk shows and how its hub is doing.
    REQUIRE(kiosk.script("maintenance", "sync\nkey maintenance\nframe " + (kiosk.dir / "maintenance.json").string() + "\n") == 0);
    const Json maintenance = kiosk.frame("maintenance");
    CHECK(maintenance["screen"] == "maintenance");
    CHECK(shows_text(maintenance, "Contenu affiché : version 2"));
    CHECK(shows_text(maintenance, "Serveur : joignable"));
    CHECK(shows_text(maintenance, "Dernière erreur : aucune"));

    // The hub goes away; a restarted kiosk starts from its last good bundle, not its install.
    hub.reset();
    REQUIRE(kiosk.script("offline", "frame " + (kiosk.dir / "offline.json").string() + "\n") == 0);
    CHECK(shows_text(kiosk.frame("offline"), "Titres de séjour – Fermé aujourd'hui"));
    // A sync without a hub says why and changes nothing.
    CHECK(kiosk.script("unreachable", "sync\n") == 4);
    CHECK(read_file(kiosk.dir / "unreachable.log").find("sync: ") != std::string::npos);
    REQUIRE(kiosk.script("still", "frame " + (kiosk.dir / "still.json").string() + "\n") == 0);
    CHECK(shows_text(kiosk.frame("still"), "Titres de séjour – Fermé aujourd'hui"));
}

TEST_CASE("a running kiosk shows an agent's change within seconds, by itself", "[e2e][sync]")
{
    phare::test::TempDir temp;
    RunningHub hub;
    ProvisionedKiosk kiosk(hub, temp.path() + "/kiosk");
    const std::string log = (kiosk.dir / "run.log").string();

    // The interactive kiosk (SDL's dummy video driver: a window without a screen), stderr to a file.
    const pid_t pid = spawn_kiosk({"--config", (kiosk.dir / "kiosk.toml").string()}, log, temp.path());

    auto wait_for = [&](const std::string& words, std::chrono::seconds limit) {
        const auto deadline = std::chrono::steady_clock::now() + limit;
        while (std::chrono::steady_clock::now() < deadline) {
            if (read_file(log).find(words) != std::string::npos)
                return true;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        return false;
    };
    CHECK(wait_for("now showing bundle 1", std::chrono::seconds(15)));
    const auto saved_at = std::chrono::steady_clock::now();
    close_for_today(hub);
    const bool shown = wait_for("now showing bundle 2", std::chrono::seconds(15));
    const auto latency = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - saved_at);
    WARN("agent's save to the kiosk's screen: " << latency.count() << " ms (poll every 2 s)");
    CHECK(shown);

    ::kill(pid, SIGTERM);  // SDL turns it into a quit: the kiosk stops its worker and exits
    int status = 0;
    ::waitpid(pid, &status, 0);
    INFO(read_file(log));
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
}

TEST_CASE("phare-hub kiosk provision writes what a new kiosk needs, and the kiosk syncs with it", "[e2e][sync]")
{
    phare::test::TempDir temp;
    const std::string data = temp.path() + "/hub";
    const std::string out = temp.path() + "/etc-phare";
    const std::string provision = std::string(PHARE_HUB_BIN) + " --data " + data + " kiosk provision hall --out " + out + " --site " + site;

    // Before the hub has ever run it has no key to hand out: said, and nothing written.
    CHECK(run(provision + " --hub-url http://127.0.0.1:1 2>" + temp.path() + "/early.log") == 1);
    CHECK(read_file(temp.path() + "/early.log").find("start the hub once") != std::string::npos);
    CHECK_FALSE(fs::exists(out + "/kiosk.toml"));

    RunningHub hub(source_dir("config/sites/prefecture-44"), data);
    REQUIRE(run(provision + " --hub-url http://127.0.0.1:" + std::to_string(hub.port()) + "/ 2>/dev/null") == 0);
    struct stat token_file {};
    REQUIRE(::stat((out + "/kiosk.token").c_str(), &token_file) == 0);
    CHECK((token_file.st_mode & 0777) == 0600);
    const std::string config = read_file(out + "/kiosk.toml");
    CHECK(config.find("public_key = \"" + hub.hub().public_key_hex() + "\"") != std::string::npos);
    CHECK(config.find("url = \"http://127.0.0.1:" + std::to_string(hub.port()) + "\"\n") != std::string::npos);  // no trailing slash

    // The kiosk runs from exactly those files (its state elsewhere than /var/lib/phare for the test).
    const std::string script = temp.path() + "/sync.script";
    std::ofstream(script) << "sync\nquit\n";
    CHECK(run(kiosk_bin + " --config " + out + "/kiosk.toml --state-dir " + temp.path() + "/state --headless --script " + script +
              " 2>" + temp.path() + "/kiosk.log") == 0);
    CHECK(read_file(temp.path() + "/kiosk.log").find("now showing bundle 1") != std::string::npos);
    // The token is the kiosk's.
    std::string token = read_file(out + "/kiosk.token");
    token.erase(token.find_last_not_of('\n') + 1);
    auto beat = hub.client().Post("/api/v1/kiosks/hall/heartbeat", phare::test::bearer(token),
                                  R"({"content_version":1,"uptime_s":1,"outbox_backlog":0})", "application/json");
    REQUIRE(beat);
    CHECK(beat->status == 200);
}
