// The real binaries, as a maintainer runs them: `phare-hub kiosk add` and `user add`, then
// `phare-hub --data --site --listen` on a free loopback port, a kiosk using the printed token, and
// `phare keys verify` accepting the served manifest. The server is stopped with SIGTERM and must
// exit cleanly.

#include "clock.h"
#include "hub_fixture.h"
#include "raw_socket.h"
#include "support/free_port.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace phare;

namespace {


std::string run(const std::string& command, int& status)
{
    std::string output;
    FILE* pipe = ::popen(command.c_str(), "r");
    char buffer[256];
    while (pipe && std::fgets(buffer, sizeof buffer, pipe))
        output += buffer;
    status = pipe ? ::pclose(pipe) : -1;
    while (!output.empty() && output.back() == '\n')
        output.pop_back();
    return output;
}

class HubProcess {
public:
    HubProcess(const std::string& data, int port)
    {
        m_pid = ::fork();
        if (m_pid == 0) {
            std::string listen = "127.0.0.1:" + std::to_string(port);
            std::string site = test::source_dir("config/sites/prefecture-44");
            ::execl(PHARE_HUB_BINARY, PHARE_HUB_BINARY, "--data", data.c_str(), "--site", site.c_str(), "--listen", listen.c_str(),
                    static_cast<char*>(nullptr));
            ::_exit(127);
        }
    }
    ~HubProcess()
    {
        if (m_pid > 0) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, nullptr, 0);
        }
    }
    HubProcess(const HubProcess&) = delete;
    HubProcess& operator=(const HubProcess&) = delete;

    void kill_now()
    {
        ::kill(m_pid, SIGKILL);
        ::waitpid(m_pid, nullptr, 0);
        m_pid = -1;
    }

    // SIGTERM, then the exit status (-1 if it did not exit within 5 s).
    int terminate()
    {
        ::kill(m_pid, SIGTERM);
        for (int i = 0; i < 500; ++i) {
            int status = 0;
            if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
                m_pid = -1;
                return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
            }
            ::usleep(10000);
        }
        return -1;
    }

private:
    pid_t m_pid = -1;
};

bool wait_until_serving(httplib::Client& client)
{
    for (int i = 0; i < 500; ++i) {
        auto res = client.Get("/api/v1/sites/prefecture-44/manifest");
        if (res && res->status == 200)
            return true;
        ::usleep(10000);
    }
    return false;
}

// The real binary runs on the real clock: ratings must be of this hour to be accepted.
std::string this_hour() { return hub::utc_iso(hub::system_now() / 3600 * 3600); }

nlohmann::json batch_of(const std::string& kiosk, int batch)
{
    nlohmann::json ratings = nlohmann::json::array();
    for (int i = 0; i < 10; ++i) {
        char id[40];
        std::snprintf(id, sizeof id, "00000000-0000-4000-8000-%012d", batch * 10 + i);
        ratings.push_back({{"id", id}, {"site", "prefecture-44"}, {"at", this_hour()}, {"satisfaction", "good"}});
    }
    return {{"kiosk", kiosk}, {"ratings", ratings}};
}

}  // namespace

TEST_CASE("every acknowledged rating survives a kill -9 of the hub", "[hub][binary]")
{
    test::TempDir dir;
    std::string data = dir.path() + "/data";
    std::vector<std::string> tokens;
    int status = 0;
    for (int k = 0; k < 5; ++k)
        tokens.push_back(run(std::string(PHARE_HUB_BINARY) + " --data " + data + " kiosk add k" + std::to_string(k) + " 2>/dev/null", status));
    int port = test::free_loopback_port();
    HubProcess process(data, port);
    httplib::Client client("127.0.0.1", port);
    client.set_connection_timeout(1, 0);
    REQUIRE(wait_until_serving(client));

    // Batches go out one after another; the kill lands while they flow.
    std::atomic<int> acknowledged{0};
    std::thread killer([&] {
        while (acknowledged.load() < 50)
            ::usleep(1000);
        process.kill_now();
    });
    std::vector<int> stored_batches;
    for (int batch = 0; batch < 140; ++batch) {
        std::size_t k = static_cast<std::size_t>(batch) % tokens.size();
        auto res = client.Post("/api/v1/feedback", test::bearer(tokens[k]), batch_of("k" + std::to_string(k), batch).dump(),
                               "application/json");
        if (res && res->status == 200) {
            stored_batches.push_back(batch);
            acknowledged += 1;
        }
    }
    killer.join();
    REQUIRE(stored_batches.size() >= 50);

    // The data folder opens again, and every batch the dead hub acknowledged is already there.
    test::RunningHub reopened(test::source_dir("config/sites/prefecture-44"), data);
    reopened.now = hub::system_now();  // the ratings are of this hour, as the real binary's clock said
    for (int batch : stored_batches) {
        std::size_t k = static_cast<std::size_t>(batch) % tokens.size();
        auto res = reopened.client().Post("/api/v1/feedback", test::bearer(tokens[k]), batch_of("k" + std::to_string(k), batch).dump(),
                                          "application/json");
        REQUIRE(res);
        REQUIRE(res->status == 200);
        CHECK(nlohmann::json::parse(res->body)["duplicate"].size() == 10);
    }
}

TEST_CASE("the real phare-hub serves a manifest that phare keys verifies, and stops on SIGTERM", "[hub][binary]")
{
    test::TempDir dir;
    std::string data = dir.path() + "/data";
    int status = 0;
    std::string token = run(std::string(PHARE_HUB_BINARY) + " --data " + data + " kiosk add hall 2>/dev/null", status);
    REQUIRE(status == 0);
    REQUIRE(token.size() == 64);
    run("echo 'un mot de passe assez long' | " + std::string(PHARE_HUB_BINARY) + " --data " + data +
            " user add marie --role admin 2>/dev/null",
        status);
    REQUIRE(status == 0);

    int port = test::free_loopback_port();
    HubProcess process(data, port);
    httplib::Client client("127.0.0.1", port);
    client.set_connection_timeout(1, 0);
    auto manifest = client.Get("/api/v1/sites/prefecture-44/manifest");
    for (int i = 0; i < 500 && !(manifest && manifest->status == 200); ++i) {
        ::usleep(10000);
        manifest = client.Get("/api/v1/sites/prefecture-44/manifest");
    }
    REQUIRE(manifest);
    REQUIRE(manifest->status == 200);

    std::ofstream(dir.path() + "/manifest.json") << manifest->body;
    std::ifstream pub(data + "/signing.key.pub");
    std::string public_key;
    pub >> public_key;
    run(std::string(PHARE_CLI_BINARY) + " keys verify " + dir.path() + "/manifest.json --public-key " + public_key, status);
    CHECK(status == 0);
    run(std::string(PHARE_CLI_BINARY) + " keys verify " + dir.path() + "/manifest.json --public-key " + std::string(64, '0') +
            " 2>/dev/null",
        status);
    CHECK(status != 0);

    auto beat = client.Post("/api/v1/kiosks/hall/heartbeat", test::bearer(token),
                            R"({"content_version":1,"uptime_s":1,"outbox_backlog":0})", "application/json");
    REQUIRE(beat);
    CHECK(beat->status == 200);
    CHECK(process.terminate() == 0);
}

TEST_CASE("SIGTERM stops the real hub promptly while idle, slow and held connections are open", "[hub][binary]")
{
    test::TempDir dir;
    std::string data = dir.path() + "/data";
    int status = 0;
    std::string token = run(std::string(PHARE_HUB_BINARY) + " --data " + data + " kiosk add hall 2>/dev/null", status);
    REQUIRE(status == 0);
    int port = test::free_loopback_port();
    HubProcess process(data, port);
    httplib::Client client("127.0.0.1", port);
    client.set_connection_timeout(1, 0);
    REQUIRE(wait_until_serving(client));

    std::vector<std::unique_ptr<test::RawSocket>> open;
    for (int i = 0; i < 200; ++i)  // idle keep-alive
        open.push_back(std::make_unique<test::RawSocket>(port));
    for (int i = 0; i < 50; ++i) {  // slow: half a request line each
        open.push_back(std::make_unique<test::RawSocket>(port));
        open.back()->send("GET /api/v1/sites/pre");
    }
    for (int i = 0; i < 20; ++i) {  // kiosks held on the live channel
        open.push_back(std::make_unique<test::RawSocket>(port));
        open.back()->send("GET /api/v1/kiosks/hall/events?since=1&wait=30 HTTP/1.1\r\nHost: hub\r\nAuthorization: Bearer " + token +
                          "\r\n\r\n");
    }
    ::usleep(300000);
    // Within its 3 s grace, well inside terminate()'s 5 s.
    CHECK(process.terminate() == 0);
    // A held kiosk was answered (it may reconnect at once), not cut off mid-request.
    const std::string held = open.back()->receive(std::chrono::seconds(2));
    CHECK(test::status_of(held) == 200);
}

TEST_CASE("phare-hub's exit codes say what went wrong, and --help documents them", "[hub][binary]")
{
    const std::string hub = PHARE_HUB_BINARY;
    int status = 0;
    const std::string help = run(hub + " --help", status);
    CHECK(WEXITSTATUS(status) == 0);
    CHECK(help.find("exit codes: 0 done, 1 ") != std::string::npos);

    run(hub + " --data /tmp kiosk add 'not a name!' 2>/dev/null", status);
    CHECK(WEXITSTATUS(status) == 2);
    run(hub + " --no-such-option 2>/dev/null", status);
    CHECK(WEXITSTATUS(status) == 2);

    test::TempDir dir;
    std::ofstream(dir.path() + "/hub.sqlite") << "not a database, whatever its name says";
    const std::string message = run(hub + " --data " + dir.path() + " kiosk add hall 2>&1", status);
    CHECK(WEXITSTATUS(status) == 1);
    CHECK(message.find("cannot open the hub's database") != std::string::npos);
    CHECK(message.find('\n') == std::string::npos);  // one line, not a crash's report
}
