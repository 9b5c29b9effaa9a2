// The queue on a real hub over HTTP with a real SQLite file: kiosks take tickets (numbered per
// service and per day, a retried request never makes two), an existing queue system pushes its
// events, "call next" pressed at once from many threads never calls a ticket twice, and kiosks
// hear every change on the live channel once, in order, matching the snapshot.

#include "queue_client.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <mutex>
#include <set>
#include <thread>

using namespace phare;
using test::Json;

TEST_CASE("tickets are numbered per service and per day, and a retried request returns the same ticket", "[hub][queue]")
{
    test::RunningHub hub;
    test::QueueActors actors(hub);
    actors.open_counter("guichet-a", {"titres-sejour"});
    actors.open_counter("bureau-205", {"naturalisation"});

    auto first = actors.take_ticket("titres-sejour", "7a0c7d4e-0000-4000-8000-000000000001");
    REQUIRE(first);
    REQUIRE(first->status == 201);
    Json ticket = Json::parse(first->body);
    CHECK(ticket["ticket"] == "A 001");
    CHECK(ticket["number"] == 1);
    CHECK(ticket["service"] == "titres-sejour");
    CHECK(ticket["priority"] == "none");
    CHECK(ticket["ahead"] == 0);
    CHECK(ticket["estimate"].is_null());
    const std::string status_url = ticket["status_url"];
    const std::string ticket_base = "http://127.0.0.1:" + std::to_string(hub.port()) + "/ticket/";
    CHECK(status_url.starts_with(ticket_base));
    CHECK(status_url.size() == ticket_base.size() + 32);

    auto second = actors.take_ticket("titres-sejour", "7a0c7d4e-0000-4000-8000-000000000002");
    REQUIRE(second);
    CHECK(Json::parse(second->body)["ticket"] == "A 002");
    CHECK(Json::parse(second->body)["ahead"] == 1);
    auto other = actors.take_ticket("naturalisation", "7a0c7d4e-0000-4000-8000-000000000003");
    REQUIRE(other);
    CHECK(Json::parse(other->body)["ticket"] == "N 001");

    // The kiosk's retry after a lost answer: the same ticket, the same token, nothing new.
    auto retried = actors.take_ticket("titres-sejour", "7a0c7d4e-0000-4000-8000-000000000001");
    REQUIRE(retried);
    CHECK(retried->status == 201);
    CHECK(Json::parse(retried->body)["ticket"] == "A 001");
    CHECK(Json::parse(retried->body)["status_url"] == status_url);
    CHECK(actors.snapshot()["services"][1]["waiting"] == 2);

    // The next day: counters are closed again and numbering starts over.
    hub.now += 24 * 3600;
    auto closed = actors.take_ticket("titres-sejour", "7a0c7d4e-0000-4000-8000-000000000004");
    REQUIRE(closed);
    CHECK(closed->status == 409);
    CHECK(Json::parse(closed->body)["error"].get<std::string>().find("aucun guichet n'est ouvert") != std::string::npos);
    actors.open_counter("guichet-a", {"titres-sejour"});
    auto tomorrow = actors.take_ticket("titres-sejour", "7a0c7d4e-0000-4000-8000-000000000005");
    REQUIRE(tomorrow);
    CHECK(Json::parse(tomorrow->body)["ticket"] == "A 001");
}

TEST_CASE("ticket requests that cannot be served are refused with a reason", "[hub][queue]")
{
    test::RunningHub hub;
    test::QueueActors actors(hub);
    actors.open_counter("guichet-a", {"titres-sejour"});
    auto no_queue = actors.take_ticket("toilettes", "7a0c7d4e-0000-4000-8000-000000000001");
    REQUIRE(no_queue);
    CHECK(no_queue->status == 409);
    CHECK(Json::parse(no_queue->body)["error"].get<std::string>().find("pas de file d'attente") != std::string::npos);
    auto unknown = actors.take_ticket("cantine", "7a0c7d4e-0000-4000-8000-000000000002");
    REQUIRE(unknown);
    CHECK(unknown->status == 404);
    auto bad_priority = actors.take_ticket("titres-sejour", "7a0c7d4e-0000-4000-8000-000000000003", "vip");
    REQUIRE(bad_priority);
    CHECK(bad_priority->status == 400);
    auto no_request = hub.client().Post("/api/v1/kiosks/hall/tickets", test::bearer(actors.kiosk_token),
                                        R"({"service":"titres-sejour"})", "application/json");
    REQUIRE(no_request);
    CHECK(no_request->status == 400);
    CHECK(Json::parse(no_request->body)["problems"][0]["field"] == "/request");
    auto not_json = hub.client().Post("/api/v1/kiosks/hall/tickets", test::bearer(actors.kiosk_token), "service=titres", "text/plain");
    REQUIRE(not_json);
    CHECK(not_json->status == 400);
    auto anonymous = hub.client().Post("/api/v1/kiosks/hall/tickets", R"({"service":"titres-sejour","request":"x"})", "application/json");
    REQUIRE(anonymous);
    CHECK(anonymous->status == 401);
    hub.add_kiosk("etage-1");
    auto other_kiosk = hub.client().Get("/api/v1/kiosks/etage-1/queue", test::bearer(actors.kiosk_token));
    REQUIRE(other_kiosk);
    CHECK(other_kiosk->status == 403);
    // A kiosk token is not a queue system's.
    auto kiosk_as_system = hub.client().Post("/api/v1/queue/events", test::bearer(actors.kiosk_token), R"({"type":"next","counter":"guichet-a"})",
                                             "application/json");
    REQUIRE(kiosk_as_system);
    CHECK(kiosk_as_system->status == 401);
    // Nothing was made by any of these.
    CHECK(actors.snapshot()["services"][1]["waiting"] == 0);
}

TEST_CASE("an existing queue system pushes issued, called, served and absent tickets and counters", "[hub][queue]")
{
    test::RunningHub hub;
    test::QueueActors actors(hub);
    auto issued = actors.system_event({{"type", "issued"}, {"service", "cartes-grises"}, {"number", 41}, {"request", "ext-41"}});
    REQUIRE(issued);
    REQUIRE(issued->status == 201);  // a queue system may issue before any counter opens
    CHECK(Json::parse(issued->body)["ticket"] == "E 041");
    auto again = actors.system_event({{"type", "issued"}, {"service", "cartes-grises"}, {"number", 41}, {"request", "ext-41"}});
    REQUIRE(again);
    CHECK(again->status == 201);
    auto taken = actors.system_event({{"type", "issued"}, {"service", "cartes-grises"}, {"number", 41}});
    REQUIRE(taken);
    CHECK(taken->status == 409);
    REQUIRE(actors.system_event({{"type", "issued"}, {"service", "cartes-grises"}, {"number", 42}})->status == 201);

    actors.open_counter("guichet-e", {"cartes-grises"});
    auto called = actors.system_event({{"type", "called"}, {"service", "cartes-grises"}, {"number", 41}, {"counter", "guichet-e"}});
    REQUIRE(called);
    REQUIRE(called->status == 200);
    CHECK(Json::parse(called->body)["state"] == "called");
    CHECK(Json::parse(called->body)["counter"] == "guichet-e");
    auto recalled = actors.system_event({{"type", "recalled"}, {"service", "cartes-grises"}, {"number", 41}, {"counter", "guichet-e"}});
    REQUIRE(recalled);
    CHECK(Json::parse(recalled->body)["calls"] == 2);
    auto served = actors.system_event({{"type", "served"}, {"service", "cartes-grises"}, {"number", 41}});
    REQUIRE(served);
    CHECK(Json::parse(served->body)["state"] == "served");
    // A served ticket is not served again, nor called; a waiting one cannot be absent.
    CHECK(actors.system_event({{"type", "served"}, {"service", "cartes-grises"}, {"number", 41}})->status == 409);
    CHECK(actors.system_event({{"type", "called"}, {"service", "cartes-grises"}, {"number", 41}, {"counter", "guichet-e"}})->status == 409);
    CHECK(actors.system_event({{"type", "absent"}, {"service", "cartes-grises"}, {"number", 42}})->status == 409);
    CHECK(actors.system_event({{"type", "called"}, {"service", "cartes-grises"}, {"number", 99}, {"counter", "guichet-e"}})->status == 404);
    CHECK(actors.system_event({{"type", "teleported"}})->status == 400);
    // A misspelt field makes nothing (a "numbr" must not become the next number) and is named.
    auto typo = actors.system_event({{"type", "issued"}, {"service", "cartes-grises"}, {"numbr", 43}});
    REQUIRE(typo);
    CHECK(typo->status == 400);
    CHECK(Json::parse(typo->body)["problems"][0]["field"] == "/numbr");
    CHECK(Json::parse(typo->body)["problems"][0]["message"] == "unknown field; did you mean \"number\"?");
    auto counter_typo = actors.system_event({{"type", "called"}, {"service", "cartes-grises"}, {"number", 42}, {"countre", "guichet-e"}});
    REQUIRE(counter_typo);
    CHECK(counter_typo->status == 400);

    Json snapshot = actors.snapshot();
    Json board = snapshot["services"][4];
    CHECK(board["service"] == "cartes-grises");
    CHECK(board["serving"] == "E 041");
    CHECK(board["waiting"] == 1);
    CHECK(board["counters_open"] == Json::array({"guichet-e"}));
    REQUIRE(snapshot["calls"].size() == 2);
    CHECK(snapshot["calls"][1]["recall"] == true);

    REQUIRE(actors.system_event({{"type", "counter_closed"}, {"counter", "guichet-e"}})->status == 200);
    CHECK(actors.snapshot()["services"][4]["counters_open"].empty());
    auto unauthenticated = hub.client().Post("/api/v1/queue/events", R"({"type":"counter_closed","counter":"guichet-e"})", "application/json");
    REQUIRE(unauthenticated);
    CHECK(unauthenticated->status == 401);
}

TEST_CASE("many 'call next' presses at once over HTTP never call the same ticket twice", "[hub][queue]")
{
    test::RunningHub hub;
    test::QueueActors actors(hub);
    // The example site's counters for these two services: two for titres-sejour, one for naturalisation.
    const std::vector<std::string> counters{"guichet-a", "guichet-b", "bureau-205"};
    actors.open_counter("guichet-a", {"titres-sejour"});
    actors.open_counter("guichet-b", {"titres-sejour"});
    actors.open_counter("bureau-205", {"naturalisation"});
    constexpr int tickets = 120;
    for (int i = 0; i < tickets; ++i) {
        auto res = actors.take_ticket(i % 3 ? "titres-sejour" : "naturalisation", "req-" + std::to_string(i), i % 7 ? "none" : "pregnancy");
        REQUIRE(res);
        REQUIRE(res->status == 201);
    }
    // Eight threads spread over the counters press "next" as fast as they can until nothing waits.
    std::mutex mutex;
    std::vector<std::string> called;
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t)
        threads.emplace_back([&, t] {
            const std::string counter = counters[static_cast<std::size_t>(t) % counters.size()];
            while (true) {
                auto res = actors.system_event({{"type", "next"}, {"counter", counter}});
                if (!res || (res->status != 200 && res->status != 409)) {
                    ++failures;
                    return;
                }
                if (res->status == 409)
                    return;
                Json body = Json::parse(res->body);
                std::lock_guard lock(mutex);
                called.push_back(body["service"].get<std::string>() + "/" + body["ticket"].get<std::string>());
            }
        });
    for (auto& thread : threads)
        thread.join();
    CHECK(failures == 0);
    std::set<std::string> distinct(called.begin(), called.end());
    CHECK(called.size() == tickets);
    CHECK(distinct.size() == tickets);
    Json snapshot = actors.snapshot();
    for (const auto& board : snapshot["services"])
        CHECK(board["waiting"] == 0);
}

TEST_CASE("kiosks hear each call once, in order, and the snapshot names the event it is at", "[hub][queue][live]")
{
    test::RunningHub hub;
    test::QueueActors actors(hub);
    actors.open_counter("guichet-b", {"titres-sejour"});
    for (int i = 1; i <= 3; ++i)
        REQUIRE(actors.take_ticket("titres-sejour", "r" + std::to_string(i))->status == 201);
    Json before = actors.snapshot();
    const std::int64_t since = before["seq"];
    CHECK(before["day"] == "2026-09-21");
    CHECK(before["calls"].empty());
    CHECK(before["services"][1]["waiting"] == 3);

    for (int i = 0; i < 3; ++i)
        REQUIRE(actors.system_event({{"type", "next"}, {"counter", "guichet-b"}})->status == 200);
    Json events = actors.queue_events(since);
    REQUIRE(events.size() == 3);
    std::int64_t last = since;
    for (int i = 0; i < 3; ++i) {
        const Json& data = events[static_cast<std::size_t>(i)]["data"];
        CHECK(events[static_cast<std::size_t>(i)]["seq"].get<std::int64_t>() > last);
        last = events[static_cast<std::size_t>(i)]["seq"];
        CHECK(data["type"] == "call");
        CHECK(data["call"]["ticket"] == "A 00" + std::to_string(i + 1));
        CHECK(data["call"]["counter"] == "guichet-b");
        CHECK(data["call"]["recall"] == false);
        CHECK(data["call"]["at"] == "2026-09-21T" + std::string(data["call"]["at"]).substr(11));
        CHECK(data["services"][1]["serving"] == "A 00" + std::to_string(i + 1));
        CHECK(data["services"][1]["waiting"] == 2 - i);
    }
    // Nothing more after the last one, and the snapshot is exactly there.
    CHECK(actors.queue_events(last).empty());
    Json after = actors.snapshot();
    CHECK(after["seq"] == last);
    REQUIRE(after["calls"].size() == 3);
    CHECK(after["calls"][2]["ticket"] == "A 003");

    // A ticket taken is a board event, not a call.
    REQUIRE(actors.take_ticket("titres-sejour", "r4")->status == 201);
    Json board = actors.queue_events(last);
    REQUIRE(board.size() == 1);
    CHECK(board[0]["data"]["type"] == "board");
    CHECK(board[0]["data"]["services"][1]["waiting"] == 1);
}
