// The live channel on a real hub: a held long-poll answered the moment an agent publishes, missed
// events replayed in order and exactly once from a sequence number, a resync when the hub cannot
// replay, and the kiosk token checked like every other kiosk call.

#include "hub_fixture.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <future>

using namespace phare;
using Json = nlohmann::json;

namespace {

httplib::Result listen(test::RunningHub& hub, const std::string& token, std::int64_t since, int wait, const std::string& kiosk = "hall")
{
    auto client = hub.client();
    client.set_read_timeout(40, 0);
    return client.Get(("/api/v1/kiosks/" + kiosk + "/events?since=" + std::to_string(since) + "&wait=" + std::to_string(wait)).c_str(),
                      test::bearer(token));
}

// An agent's change, through the same publisher the agents' pages use.
int publish_closure(test::RunningHub& hub, const std::string& service)
{
    auto current = hub.context().publisher->current();
    REQUIRE(current);
    bundle::SiteStatus status = current->status;
    bundle::ServiceStatus closed;
    closed.state = bundle::ServiceState::ClosedToday;
    closed.date = "2026-09-21";
    status.services[service] = closed;
    auto outcome = hub.context().publisher->publish_status(status, "test", "fermeture");
    REQUIRE(outcome.kind == hub::PublishKind::Published);
    return outcome.version;
}

std::string first_service(test::RunningHub& hub) { return hub.context().publisher->current()->site.services.front().id; }

}  // namespace

TEST_CASE("a held long-poll is answered with the new version as soon as it is published", "[hub][live]")
{
    test::RunningHub hub;
    const std::string token = hub.add_kiosk("hall");
    auto first = listen(hub, token, 0, 0);
    REQUIRE(first);
    REQUIRE(first->status == 200);
    const std::int64_t since = Json::parse(first->body)["next"];
    auto held = std::async(std::launch::async, [&] { return listen(hub, token, since, 30); });
    // The request is parked on the server before the change is made.
    for (int i = 0; i < 500 && hub.hub().stats().held == 0; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    REQUIRE(hub.hub().stats().held == 1);
    const int version = publish_closure(hub, first_service(hub));
    auto answer = held.get();
    REQUIRE(answer);
    REQUIRE(answer->status == 200);
    Json body = Json::parse(answer->body);
    REQUIRE(body["events"].size() == 1);
    CHECK(body["events"][0]["kind"] == "content");
    CHECK(body["events"][0]["data"]["version"] == version);
    CHECK(body["events"][0]["seq"].get<std::int64_t>() > since);
    CHECK(body["next"] == body["events"][0]["seq"]);
    CHECK(body["resync"] == false);
}

TEST_CASE("a kiosk that was away gets every missed event once, in order, from its sequence number", "[hub][live]")
{
    test::RunningHub hub;
    const std::string token = hub.add_kiosk("hall");
    auto start = listen(hub, token, 0, 0);
    REQUIRE(start);
    const std::int64_t since = Json::parse(start->body)["next"];
    const auto services = hub.context().publisher->current()->site.services;
    std::vector<int> versions;
    for (std::size_t i = 0; i < 3 && i < services.size(); ++i)
        versions.push_back(publish_closure(hub, services[i].id));
    auto missed = listen(hub, token, since, 25);
    REQUIRE(missed);
    Json body = Json::parse(missed->body);
    REQUIRE(body["events"].size() == versions.size());
    for (std::size_t i = 0; i < versions.size(); ++i)
        CHECK(body["events"][i]["data"]["version"] == versions[i]);
    // Asking again from `next` repeats nothing.
    auto again = listen(hub, token, body["next"].get<std::int64_t>(), 0);
    REQUIRE(again);
    CHECK(Json::parse(again->body)["events"].empty());
}

TEST_CASE("events survive a hub restart, and a number the hub never gave means a resync", "[hub][live]")
{
    test::TempDir dir;
    const std::string data = dir.path() + "/data";
    std::int64_t since = 0;
    std::string token;
    {
        test::RunningHub hub(test::source_dir("config/sites/prefecture-44"), data);
        token = hub.add_kiosk("hall");
        since = Json::parse(listen(hub, token, 0, 0)->body)["next"];
        publish_closure(hub, first_service(hub));
    }
    test::RunningHub hub(test::source_dir("config/sites/prefecture-44"), data);
    auto replay = listen(hub, token, since, 0);
    REQUIRE(replay);
    Json body = Json::parse(replay->body);
    CHECK(body["events"].size() == 1);
    CHECK(body["resync"] == false);
    auto future = listen(hub, token, body["next"].get<std::int64_t>() + 1000, 0);
    REQUIRE(future);
    CHECK(Json::parse(future->body)["resync"] == true);
}

TEST_CASE("the live channel checks the kiosk's token and its arguments", "[hub][live]")
{
    test::RunningHub hub;
    const std::string token = hub.add_kiosk("hall");
    hub.add_kiosk("entrance");
    auto anonymous = hub.client().Get("/api/v1/kiosks/hall/events?since=0&wait=0");
    REQUIRE(anonymous);
    CHECK(anonymous->status == 401);
    auto other = listen(hub, token, 0, 0, "entrance");
    REQUIRE(other);
    CHECK(other->status == 403);
    for (const char* query : {"since=-1", "since=abc", "wait=31", "wait=x"}) {
        auto bad = hub.client().Get((std::string("/api/v1/kiosks/hall/events?") + query).c_str(), test::bearer(token));
        REQUIRE(bad);
        INFO(query);
        CHECK(bad->status == 400);
    }
}

TEST_CASE("a long-poll with nothing new ends after its wait with the latest number", "[hub][live]")
{
    test::RunningHub hub;
    const std::string token = hub.add_kiosk("hall");
    const std::int64_t since = Json::parse(listen(hub, token, 0, 0)->body)["next"];
    auto quiet = listen(hub, token, since, 1);
    REQUIRE(quiet);
    REQUIRE(quiet->status == 200);
    Json body = Json::parse(quiet->body);
    CHECK(body["events"].empty());
    CHECK(body["next"] == since);
    CHECK(body["resync"] == false);
}
