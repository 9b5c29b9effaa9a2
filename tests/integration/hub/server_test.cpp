// The hub's serving layer against hostile and heavy clients, on a real socket: slow clients, bodies
// too large (announced or chunked), conflicting framing, many idle connections, per-address caps,
// proxies trusted or not. The server must keep answering everyone else.

#include "agent_client.h"
#include "hub_fixture.h"
#include "raw_socket.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <memory>
#include <vector>

using namespace phare;
using namespace std::chrono_literals;

namespace {

const std::string manifest_request = "GET /api/v1/sites/prefecture-44/manifest HTTP/1.1\r\nHost: hub\r\n\r\n";

int manifest_status(test::RunningHub& hub)
{
    auto res = hub.client().Get("/api/v1/sites/prefecture-44/manifest");
    return res ? res->status : 0;
}

}  // namespace

TEST_CASE("clients sending their headers a byte at a time hold up nobody and are cut off", "[hub][server]")
{
    test::RunningHub hub;  // header deadline: 2 s
    // More slow clients than the server has handler threads, and than the old server had in all.
    std::vector<std::unique_ptr<test::RawSocket>> slow;
    for (int i = 0; i < 40; ++i) {
        slow.push_back(std::make_unique<test::RawSocket>(hub.port()));
        REQUIRE(slow.back()->send("G"));
    }
    for (int round = 0; round < 3; ++round) {
        for (auto& client : slow)
            client->send("E");
        CHECK(manifest_status(hub) == 200);
        std::this_thread::sleep_for(300ms);
    }
    // However they pace their bytes, the whole header had to arrive within the deadline.
    for (auto& client : slow) {
        client->send("T");
        client->receive(10s);
        CHECK(client->closed_by_server());
    }
}

TEST_CASE("a body announced too large is refused with 413 before it is sent", "[hub][server]")
{
    test::RunningHub hub;
    test::RawSocket client(hub.port());
    REQUIRE(client.send("POST /api/v1/feedback HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\n"
                        "Content-Length: 104857600\r\n\r\n"));
    const std::string answer = client.receive(5s);
    CHECK(test::status_of(answer) == 413);
    CHECK(answer.find("Connection: close") != std::string::npos);
}

TEST_CASE("a chunked body is held to the same limit as it arrives", "[hub][server]")
{
    test::RunningHub hub;
    const std::string token = hub.add_kiosk("hall");
    test::RawSocket client(hub.port());
    REQUIRE(client.send("POST /api/v1/feedback HTTP/1.1\r\nHost: hub\r\nAuthorization: Bearer " + token +
                        "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"));
    const std::string chunk(64 * 1024, 'x');
    char size[16];
    std::snprintf(size, sizeof size, "%zx\r\n", chunk.size());
    bool refused_early = false;
    std::string answer;
    // 4 MiB offered in 64 KiB chunks; the server stops listening after its 256 KiB.
    for (int i = 0; i < 64 && !refused_early; ++i) {
        if (!client.send(size + chunk + "\r\n"))
            refused_early = true;
        answer += client.receive(5ms);
        refused_early = refused_early || !answer.empty();
    }
    answer += client.receive(5s);
    CHECK(test::status_of(answer) == 413);
    CHECK(refused_early);
}

TEST_CASE("a request with both Content-Length and chunked framing is refused", "[hub][server]")
{
    test::RunningHub hub;
    test::RawSocket client(hub.port());
    REQUIRE(client.send("POST /api/v1/feedback HTTP/1.1\r\nHost: hub\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n"
                        "0\r\n\r\n"));
    CHECK(test::status_of(client.receive(5s)) == 400);
}

TEST_CASE("headers larger than 16 KiB get 431", "[hub][server]")
{
    test::RunningHub hub;
    test::RawSocket client(hub.port());
    REQUIRE(client.send("GET /api/v1/sites/prefecture-44/manifest HTTP/1.1\r\nHost: hub\r\nX-Padding: " + std::string(20000, 'a') +
                        "\r\n\r\n"));
    CHECK(test::status_of(client.receive(5s)) == 431);
}

TEST_CASE("a client that asks for 100-continue gets it, then its answer", "[hub][server]")
{
    test::RunningHub hub;
    const std::string token = hub.add_kiosk("hall");
    const std::string body = R"({"content_version":1,"uptime_s":60,"outbox_backlog":0})";
    test::RawSocket client(hub.port());
    REQUIRE(client.send("POST /api/v1/kiosks/hall/heartbeat HTTP/1.1\r\nHost: hub\r\nAuthorization: Bearer " + token +
                        "\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: " + std::to_string(body.size()) +
                        "\r\n\r\n"));
    const std::string interim = client.receive(5s, 20);
    CHECK(interim.rfind("HTTP/1.1 100 Continue", 0) == 0);
    REQUIRE(client.send(body));
    const std::string answer = client.receive(2s);
    INFO(answer);
    CHECK(answer.find("HTTP/1.1 200") != std::string::npos);
}

TEST_CASE("a thousand idle keep-alive connections cost no thread: the next client is answered", "[hub][server]")
{
    test::RunningHub hub;
    std::vector<std::unique_ptr<test::RawSocket>> idle;
    // From twenty addresses, as kiosks behind different routers.
    for (int i = 0; i < 1000; ++i) {
        const std::string from = "127.0.1." + std::to_string(1 + i % 20);
        idle.push_back(std::make_unique<test::RawSocket>(hub.port(), from.c_str()));
        REQUIRE(idle.back()->connected());
    }
    // Half of them made one request and keep the connection open, as kiosks do between polls.
    for (std::size_t i = 0; i < idle.size(); i += 2)
        REQUIRE(idle[i]->send(manifest_request));
    for (std::size_t i = 0; i < idle.size(); i += 2)
        CHECK(test::status_of(idle[i]->receive(5s, 12)) == 200);
    CHECK(manifest_status(hub) == 200);
    CHECK(hub.hub().stats().connections >= 1000);
}

TEST_CASE("one address gets only its share of connections; another address still gets in", "[hub][server]")
{
    test::RunningHub hub(test::source_dir("config/sites/prefecture-44"), {},
                         [](hub::HubOptions& options) { options.server.max_connections_per_address = 5; });
    std::vector<std::unique_ptr<test::RawSocket>> mine;
    for (int i = 0; i < 5; ++i)
        mine.push_back(std::make_unique<test::RawSocket>(hub.port(), "127.0.0.3"));
    test::RawSocket sixth(hub.port(), "127.0.0.3");
    sixth.send(manifest_request);
    sixth.receive(5s);
    CHECK(sixth.closed_by_server());
    test::RawSocket other(hub.port(), "127.0.0.4");
    REQUIRE(other.send(manifest_request));
    CHECK(test::status_of(other.receive(5s, 12)) == 200);
}

TEST_CASE("behind a trusted proxy, log-in limits apply to the real client, not to the proxy", "[hub][server]")
{
    test::RunningHub hub(test::source_dir("config/sites/prefecture-44"), {},
                         [](hub::HubOptions& options) { options.trusted_proxies = {"127.0.0.0/8"}; });
    auto attempt = [&](const std::string& forwarded_for) {
        auto form = hub.client().Get("/login");
        REQUIRE(form);
        httplib::Params params{{"csrf", test::csrf_in(form->body)}, {"name", "nobody"}, {"password", "wrong password here"}};
        auto res = hub.client().Post("/login", {{"Cookie", test::cookie_of(form)}, {"X-Forwarded-For", forwarded_for}}, params);
        REQUIRE(res);
        return res->status;
    };
    int limited = 0;
    for (int i = 0; i < 12; ++i)
        limited += attempt("198.51.100.7") == 429 ? 1 : 0;
    CHECK(limited >= 2);
    // Someone else behind the same proxy is not punished for the first client's attempts; what a
    // client writes in front of the proxy's own entry changes nothing.
    CHECK(attempt("198.51.100.8") != 429);
    CHECK(attempt("203.0.113.1, 198.51.100.7") == 429);
}

TEST_CASE("from an untrusted peer, X-Forwarded-For is ignored", "[hub][server]")
{
    test::RunningHub hub;
    auto attempt = [&](int i) {
        auto form = hub.client().Get("/login");
        REQUIRE(form);
        httplib::Params params{{"csrf", test::csrf_in(form->body)}, {"name", "nobody"}, {"password", "wrong password here"}};
        auto res = hub.client().Post("/login", {{"Cookie", test::cookie_of(form)}, {"X-Forwarded-For", "198.51.100." + std::to_string(i)}},
                                     params);
        REQUIRE(res);
        return res->status;
    };
    int limited = 0;
    for (int i = 0; i < 12; ++i)
        limited += attempt(i) == 429 ? 1 : 0;
    CHECK(limited >= 2);
}

TEST_CASE("the CSRF token is read from the form body only, never from the address", "[hub][server]")
{
    test::RunningHub hub;
    hub.add_user("claire", "correct horse battery");
    const std::string cookie = test::log_in(hub, "claire", "correct horse battery");
    REQUIRE_FALSE(cookie.empty());
    auto page = hub.client().Get("/agent", {{"Cookie", cookie}});
    REQUIRE(page);
    const std::string csrf = test::csrf_in(page->body);
    REQUIRE_FALSE(csrf.empty());
    httplib::Params fields{{"level", "normal"}, {"starts", "2026-09-21T08:00"}, {"ends", "2026-09-22T18:00"}, {"text_fr", "Essai"}};
    auto in_query = hub.client().Post(("/agent/notices?csrf=" + csrf).c_str(), {{"Cookie", cookie}}, fields);
    REQUIRE(in_query);
    CHECK(in_query->status == 403);
    fields.emplace("csrf", csrf);
    auto in_body = hub.client().Post("/agent/notices", {{"Cookie", cookie}}, fields);
    REQUIRE(in_body);
    CHECK(in_body->status == 303);
}

TEST_CASE("agents meet errors as pages in French, kiosks as JSON", "[hub][server]")
{
    test::RunningHub hub;
    auto page = hub.client().Get("/agent/nulle-part");
    REQUIRE(page);
    CHECK(page->status == 404);
    CHECK(page->get_header_value("Content-Type").rfind("text/html", 0) == 0);
    CHECK(page->body.find("Page introuvable") != std::string::npos);
    auto api = hub.client().Get("/api/v1/nowhere");
    REQUIRE(api);
    CHECK(api->status == 404);
    CHECK(nlohmann::json::parse(api->body, nullptr, false).contains("error"));
}
