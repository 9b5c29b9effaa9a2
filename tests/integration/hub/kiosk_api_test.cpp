// The kiosk API against a real hub on 127.0.0.1: signed manifests with ETag / 304, immutable blobs
// whose names cannot escape their folder, idempotent feedback, heartbeats, and tokens that only
// let a kiosk speak for itself. Bad input gets a 4xx that says what is wrong, never a 500.

#include "core/bundle/bundle_files.h"
#include "core/bundle/manifest.h"
#include "core/content/site_loader.h"
#include "hub_fixture.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace phare;
using Json = nlohmann::json;

namespace {

const std::string manifest_path = "/api/v1/sites/prefecture-44/manifest";

bundle::Manifest fetch_manifest(test::RunningHub& hub)
{
    auto res = hub.client().Get(manifest_path.c_str());
    REQUIRE(res);
    REQUIRE(res->status == 200);
    auto parsed = bundle::parse_manifest(res->body);
    REQUIRE(parsed.manifest);
    return *parsed.manifest;
}

Json rating(const std::string& id, const std::string& satisfaction = "good")
{
    return {{"id", id}, {"site", "prefecture-44"}, {"at", "2026-09-21T10:00:00Z"}, {"satisfaction", satisfaction},
            {"clarity", 4}, {"found_counter", true}, {"service", "titres-sejour"}, {"wait_band", "15-30"},
            {"lang", "fr"}, {"modes", {"large-text", "speech"}}};
}

httplib::Result post_feedback(test::RunningHub& hub, const std::string& token, const Json& body)
{
    return hub.client().Post("/api/v1/feedback", test::bearer(token), body.dump(), "application/json");
}

bool names_field(const std::string& body, const std::string& field)
{
    auto json = Json::parse(body, nullptr, false);
    if (json.is_discarded() || !json.contains("problems"))
        return false;
    for (const auto& problem : json["problems"])
        if (problem.value("field", "") == field)
            return true;
    return false;
}

}  // namespace

TEST_CASE("the hub serves a manifest signed by its key, and the key file is private", "[hub]")
{
    test::RunningHub hub;
    auto manifest = fetch_manifest(hub);
    CHECK(manifest.site == "prefecture-44");
    CHECK(manifest.version == 1);
    CHECK(manifest.key_id == crypto::key_id(hub.hub().public_key_hex()));
    CHECK(crypto::verify_hex(bundle::canonical_bytes(manifest), manifest.signature, hub.hub().public_key_hex()));

    struct stat info {};
    REQUIRE(::stat((hub.data_dir() + "/signing.key").c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
}

TEST_CASE("a poll with the current ETag gets 304 and no body", "[hub]")
{
    test::RunningHub hub;
    auto first = hub.client().Get(manifest_path.c_str());
    REQUIRE(first);
    REQUIRE(first->status == 200);
    std::string etag = first->get_header_value("ETag");
    REQUIRE_FALSE(etag.empty());
    auto sent = GENERATE(as<std::string>{}, "", "W/", "\"other\", ");
    auto again = hub.client().Get(manifest_path.c_str(), {{"If-None-Match", sent + etag}});
    REQUIRE(again);
    CHECK(again->status == 304);
    CHECK(again->body.empty());
    auto stale = hub.client().Get(manifest_path.c_str(), {{"If-None-Match", "\"stale\""}});
    REQUIRE(stale);
    CHECK(stale->status == 200);
}

TEST_CASE("every blob is served, immutable, and matches its manifest entry", "[hub]")
{
    test::RunningHub hub;
    auto manifest = fetch_manifest(hub);
    content::SourceFiles files;
    for (const auto& entry : manifest.files) {
        auto res = hub.client().Get(("/api/v1/blobs/" + entry.sha256).c_str());
        REQUIRE(res);
        REQUIRE(res->status == 200);
        CHECK(res->get_header_value("Cache-Control").find("immutable") != std::string::npos);
        files.emplace(entry.path, res->body);
    }
    CHECK(bundle::check_files(manifest, files, crypto::sha256_hex).empty());
    // What a kiosk would do next: the bundle's files load as a valid site.
    CHECK(content::load_site(files).site);
}

TEST_CASE("blob names that are not a SHA-256 never reach the file system", "[hub]")
{
    test::RunningHub hub;
    auto path = GENERATE(as<std::string>{}, "/api/v1/blobs/..%2F..%2Fhub.sqlite", "/api/v1/blobs/../../hub.sqlite",
                         "/api/v1/blobs/%2e%2e%2fsigning.key", "/api/v1/blobs/" + std::string(64, 'A'),
                         "/api/v1/blobs/" + std::string(63, 'a'), "/api/v1/blobs/" + std::string(64, 'a') + "/../../signing.key",
                         "/api/v1/blobs/", "/api/v1/blobs/" + std::string(64, 'a'));
    auto res = hub.client().Get(path.c_str());
    INFO(path);
    REQUIRE(res);
    CHECK((res->status == 400 || res->status == 404));
    CHECK(res->body.find("SQLite") == std::string::npos);
}

TEST_CASE("a resent feedback batch is acknowledged as duplicate and stored once", "[hub]")
{
    test::RunningHub hub;
    std::string token = hub.add_kiosk("hall");
    Json batch{{"kiosk", "hall"}, {"ratings", {rating("3f2b8c1e-0d4a-4b6e-9a57-2c1d0e9f8a7b"), rating("0e1d2c3b-4a59-4687-9a1b-2c3d4e5f6a7b", "bad")}}};
    auto first = post_feedback(hub, token, batch);
    REQUIRE(first);
    REQUIRE(first->status == 200);
    CHECK(Json::parse(first->body)["accepted"].size() == 2);

    batch["ratings"].push_back(rating("11111111-2222-4333-8444-555555555555", "medium"));
    auto again = post_feedback(hub, token, batch);
    REQUIRE(again);
    REQUIRE(again->status == 200);
    auto answer = Json::parse(again->body);
    CHECK(answer["accepted"] == Json{"11111111-2222-4333-8444-555555555555"});
    CHECK(answer["duplicate"].size() == 2);
    CHECK(hub.context().storage->rating_count() == 3);
}

TEST_CASE("a malformed rating is refused by name and nothing of its batch is stored", "[hub]")
{
    test::RunningHub hub;
    std::string token = hub.add_kiosk("hall");
    struct Case {
        std::string field;
        std::function<void(Json&)> change;
    };
    auto c = GENERATE(as<Case>{},
        Case{"/ratings/1/satisfaction", [](Json& r) { r["satisfaction"] = "great"; }},
        Case{"/ratings/1/id", [](Json& r) { r["id"] = "not-a-uuid"; }},
        Case{"/ratings/1/at", [](Json& r) { r["at"] = "2026-09-21T10:07:00Z"; }},
        Case{"/ratings/1/at", [](Json& r) { r["at"] = "2026-02-30T10:00:00Z"; }},
        Case{"/ratings/1/at", [](Json& r) { r["at"] = "9999-09-21T10:00:00Z"; }},
        Case{"/ratings/1/at", [](Json& r) { r["at"] = "2026-09-23T10:00:00Z"; }},
        Case{"/ratings/1/at", [](Json& r) { r["at"] = "2026-09-19T10:00:00Z"; }},
        Case{"/ratings/1/clarity", [](Json& r) { r["clarity"] = 9; }},
        Case{"/ratings/1/found_counter", [](Json& r) { r["found_counter"] = "yes"; }},
        Case{"/ratings/1/modes", [](Json& r) { r["modes"] = "large-text"; }},
        Case{"/ratings/1/site", [](Json& r) { r["site"] = "another-site"; }},
        Case{"/ratings/1/satisfaction", [](Json& r) { r.erase("satisfaction"); }});
    Json bad = rating("0e1d2c3b-4a59-4687-9a1b-2c3d4e5f6a7b");
    c.change(bad);
    auto res = post_feedback(hub, token, {{"kiosk", "hall"}, {"ratings", {rating("3f2b8c1e-0d4a-4b6e-9a57-2c1d0e9f8a7b"), bad}}});
    REQUIRE(res);
    INFO(res->body);
    CHECK(res->status == 400);
    CHECK(names_field(res->body, c.field));
    CHECK(hub.context().storage->rating_count() == 0);
}

TEST_CASE("a rating id in upper case is the same rating; another kiosk's same id is another rating", "[hub]")
{
    test::RunningHub hub;
    std::string hall = hub.add_kiosk("hall");
    std::string floor = hub.add_kiosk("etage-1");
    auto first = post_feedback(hub, hall, {{"kiosk", "hall"}, {"ratings", {rating("3f2b8c1e-0d4a-4b6e-9a57-2c1d0e9f8a7b")}}});
    auto upper = post_feedback(hub, hall, {{"kiosk", "hall"}, {"ratings", {rating("3F2B8C1E-0D4A-4B6E-9A57-2C1D0E9F8A7B")}}});
    auto other = post_feedback(hub, floor, {{"kiosk", "etage-1"}, {"ratings", {rating("3f2b8c1e-0d4a-4b6e-9a57-2c1d0e9f8a7b")}}});
    REQUIRE(first);
    REQUIRE(upper);
    REQUIRE(other);
    CHECK(Json::parse(upper->body)["duplicate"] == Json::array({"3F2B8C1E-0D4A-4B6E-9A57-2C1D0E9F8A7B"}));
    CHECK(Json::parse(other->body)["accepted"].size() == 1);
    CHECK(hub.context().storage->rating_count() == 2);
}

TEST_CASE("a missing or wrong kiosk token gets 401", "[hub]")
{
    test::RunningHub hub;
    std::string token = hub.add_kiosk("hall");
    auto header = GENERATE(as<std::string>{}, "", "Bearer", "Bearer wrong", "Basic aGFsbDpzZWNyZXQ=",
                           "Bearer " + std::string(64, '0'), "bearer TOKEN");
    httplib::Headers headers;
    if (!header.empty())
        headers.emplace("Authorization", header == "bearer TOKEN" ? "bearer " + token : header);
    Json batch{{"kiosk", "hall"}, {"ratings", {rating("3f2b8c1e-0d4a-4b6e-9a57-2c1d0e9f8a7b")}}};
    auto feedback = hub.client().Post("/api/v1/feedback", headers, batch.dump(), "application/json");
    auto beat = hub.client().Post("/api/v1/kiosks/hall/heartbeat", headers, "{}", "application/json");
    REQUIRE(feedback);
    REQUIRE(beat);
    CHECK(feedback->status == 401);
    CHECK(beat->status == 401);
    CHECK(feedback->get_header_value("WWW-Authenticate").rfind("Bearer", 0) == 0);
}

TEST_CASE("a kiosk cannot post feedback or heartbeats for another kiosk", "[hub]")
{
    test::RunningHub hub;
    std::string hall = hub.add_kiosk("hall");
    hub.add_kiosk("etage-1");
    auto feedback = post_feedback(hub, hall, {{"kiosk", "etage-1"}, {"ratings", {rating("3f2b8c1e-0d4a-4b6e-9a57-2c1d0e9f8a7b")}}});
    auto beat = hub.client().Post("/api/v1/kiosks/etage-1/heartbeat", test::bearer(hall),
                                  R"({"content_version":1,"uptime_s":1,"outbox_backlog":0})", "application/json");
    REQUIRE(feedback);
    REQUIRE(beat);
    CHECK(feedback->status == 403);
    CHECK(beat->status == 403);
    CHECK(hub.context().storage->rating_count() == 0);
    CHECK(hub.context().storage->heartbeats().empty());
}

TEST_CASE("a heartbeat records the kiosk's state and answers the current version", "[hub]")
{
    test::RunningHub hub;
    std::string token = hub.add_kiosk("hall");
    auto res = hub.client().Post("/api/v1/kiosks/hall/heartbeat", test::bearer(token),
                                 R"({"content_version":1,"uptime_s":3600,"outbox_backlog":4,"last_error":"hub unreachable"})",
                                 "application/json");
    REQUIRE(res);
    REQUIRE(res->status == 200);
    CHECK(Json::parse(res->body)["manifest_version"] == 1);
    auto beats = hub.context().storage->heartbeats();
    REQUIRE(beats.size() == 1);
    CHECK(beats[0].kiosk == "hall");
    CHECK(beats[0].outbox_backlog == 4);
    CHECK(beats[0].last_error == "hub unreachable");
    CHECK(beats[0].received_at == hub.now.load());
}

TEST_CASE("bad bodies get a clear 4xx, never a 500", "[hub]")
{
    test::RunningHub hub;
    std::string token = hub.add_kiosk("hall");
    Json many{{"kiosk", "hall"}, {"ratings", Json::array()}};
    for (int i = 0; i < 501; ++i)
        many["ratings"].push_back(rating("3f2b8c1e-0d4a-4b6e-9a57-2c1d0e9f8a7b"));
    auto body = GENERATE_COPY(as<std::string>{}, "", "null", "[]", "{", "\xff\xfe", R"({"kiosk":5,"ratings":[]})",
                              R"({"kiosk":"hall","ratings":{}})", R"({"kiosk":"hall","ratings":[7]})",
                              R"({"kiosk":"hall","ratings":[{"clarity":1e400}]})", many.dump(), std::string(300 * 1024, ' '));
    auto feedback = hub.client().Post("/api/v1/feedback", test::bearer(token), body, "application/json");
    auto beat = hub.client().Post("/api/v1/kiosks/hall/heartbeat", test::bearer(token), body, "application/json");
    REQUIRE(feedback);
    REQUIRE(beat);
    INFO(body.substr(0, 80) << "\n" << feedback->body.substr(0, 300));
    CHECK(feedback->status >= 400);
    CHECK(feedback->status < 500);
    CHECK(beat->status >= 400);
    CHECK(beat->status < 500);
    CHECK(Json::parse(feedback->body, nullptr, false).contains("error"));
}

TEST_CASE("unknown paths and sites get a JSON 404", "[hub]")
{
    test::RunningHub hub;
    auto path = GENERATE(as<std::string>{}, "/api/v1/sites/nowhere/manifest", "/api/v2/anything", "/api/v1/sites/../manifest");
    auto res = hub.client().Get(path.c_str());
    REQUIRE(res);
    CHECK(res->status == 404);
    CHECK(Json::parse(res->body, nullptr, false).contains("error"));
}

TEST_CASE("a client that stops sending is disconnected after the read timeout", "[hub]")
{
    test::RunningHub hub;  // read timeout: 2 s
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(hub.port()));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    std::string partial = "GET /api/v1/sites/prefecture-44/manifest HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    REQUIRE(::send(fd, partial.data(), partial.size(), 0) == static_cast<ssize_t>(partial.size()));
    timeval limit{12, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, sizeof limit);
    auto start = std::chrono::steady_clock::now();
    char buffer[512];
    ssize_t received = 0;
    while ((received = ::recv(fd, buffer, sizeof buffer, 0)) > 0) {
    }
    auto waited = std::chrono::steady_clock::now() - start;
    ::close(fd);
    CHECK(received == 0);  // closed by the hub, not our 12 s receive limit
    // Idle wait (2 s) plus one read timeout (2 s); the margin absorbs a loaded CI machine.
    CHECK(waited < std::chrono::seconds(8));
}

TEST_CASE("a kiosk that floods feedback gets 429 until its budget refills", "[hub]")
{
    test::RunningHub hub;  // its clock stands still until the test moves it
    std::string token = hub.add_kiosk("hall");
    Json batch{{"kiosk", "hall"}, {"ratings", {rating("3f2b8c1e-0d4a-4b6e-9a57-2c1d0e9f8a7b")}}};
    int accepted = 0;
    int limited = 0;
    for (int i = 0; i < 35; ++i) {
        auto res = post_feedback(hub, token, batch);
        REQUIRE(res);
        accepted += res->status == 200 ? 1 : 0;
        limited += res->status == 429 ? 1 : 0;
    }
    CHECK(accepted == 30);
    CHECK(limited == 5);
    hub.now += 2;
    auto later = post_feedback(hub, token, batch);
    REQUIRE(later);
    CHECK(later->status == 200);
}
