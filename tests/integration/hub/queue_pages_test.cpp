// The visitor's ticket page on a real hub (no JavaScript: it refreshes itself; French first, the
// site's languages with lang and dir right), and the rule that picks the next ticket.

#include "queue_choice.h"
#include "queue_client.h"

#include <catch2/catch.hpp>

using namespace phare;
using test::Json;

namespace {

std::string path_of(const std::string& url) { return url.substr(url.find("/ticket/")); }

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("a visitor's phone follows the ticket from waiting to called to served", "[hub][queue]")
{
    test::RunningHub hub;
    test::QueueActors actors(hub);
    actors.open_counter("guichet-a", {"titres-sejour"});
    REQUIRE(actors.take_ticket("titres-sejour", "first")->status == 201);
    auto taken = actors.take_ticket("titres-sejour", "second");
    REQUIRE(taken);
    const std::string page = path_of(Json::parse(taken->body)["status_url"]);

    auto waiting = hub.client().Get(page.c_str());
    REQUIRE(waiting);
    REQUIRE(waiting->status == 200);
    CHECK(waiting->get_header_value("Content-Type") == "text/html; charset=utf-8");
    CHECK(contains(waiting->body, "<html lang=\"fr\" dir=\"ltr\">"));
    CHECK(contains(waiting->body, "<meta http-equiv=\"refresh\" content=\"20\">"));
    CHECK(contains(waiting->body, "Votre ticket A 002"));
    CHECK(contains(waiting->body, "Personnes avant vous : 1"));
    CHECK_FALSE(contains(waiting->body, "<script"));

    auto arabic = hub.client().Get((page + "?lang=ar").c_str());
    REQUIRE(arabic);
    CHECK(arabic->status == 200);
    CHECK(contains(arabic->body, "<html lang=\"ar\" dir=\"rtl\">"));
    auto klingon = hub.client().Get((page + "?lang=tlh").c_str());
    REQUIRE(klingon);
    CHECK(klingon->status == 400);

    REQUIRE(actors.system_event({{"type", "next"}, {"counter", "guichet-a"}})->status == 200);
    REQUIRE(actors.system_event({{"type", "next"}, {"counter", "guichet-a"}})->status == 200);
    auto called = hub.client().Get(page.c_str());
    REQUIRE(called);
    CHECK(contains(called->body, "Appelé : rendez-vous au"));
    CHECK(contains(called->body, "href=\"/r/prefecture-44/hall/titres-sejour?lang=fr"));
    // The route page it links to exists.
    auto route = hub.client().Get("/r/prefecture-44/hall/titres-sejour?lang=fr");
    REQUIRE(route);
    CHECK(route->status == 200);

    REQUIRE(actors.system_event({{"type", "served"}, {"service", "titres-sejour"}, {"number", 2}})->status == 200);
    auto served = hub.client().Get(page.c_str());
    REQUIRE(served);
    CHECK(contains(served->body, "Ce ticket est terminé"));
    CHECK_FALSE(contains(served->body, "http-equiv=\"refresh\""));

    auto unknown = hub.client().Get("/ticket/0123456789abcdef0123456789abcdef");
    REQUIRE(unknown);
    CHECK(unknown->status == 404);
    auto malformed = hub.client().Get("/ticket/42");
    REQUIRE(malformed);
    CHECK(malformed->status == 404);
}

namespace {

hub::QueueTicket waiting(std::int64_t id, const std::string& priority)
{
    hub::QueueTicket ticket;
    ticket.id = id;
    ticket.priority = priority;
    ticket.issued_at = id;
    return ticket;
}

}  // namespace

TEST_CASE("priority tickets go first, but at most one call in N while normal tickets wait", "[hub][queue]")
{
    const std::vector<hub::QueueTicket> mixed{waiting(1, "none"), waiting(2, "disability"), waiting(3, "none"), waiting(4, "pregnancy")};
    CHECK(hub::choose_next_ticket(mixed, {}, 3) == 1u);
    CHECK(hub::choose_next_ticket(mixed, {"none", "none"}, 3) == 1u);
    CHECK(hub::choose_next_ticket(mixed, {"none", "disability"}, 3) == 0u);
    CHECK(hub::choose_next_ticket(mixed, {"disability", "none"}, 3) == 0u);
    CHECK(hub::choose_next_ticket(mixed, {"disability", "none", "none"}, 3) == 1u);
    CHECK(hub::choose_next_ticket(mixed, {"disability", "disability", "disability"}, 1) == 1u);
    // Only one kind waiting: the oldest of it, whatever the recent calls.
    const std::vector<hub::QueueTicket> priority_only{waiting(5, "pregnancy"), waiting(6, "disability")};
    CHECK(hub::choose_next_ticket(priority_only, {"pregnancy"}, 3) == 0u);
    CHECK(hub::choose_next_ticket({}, {}, 3) == std::nullopt);
}

TEST_CASE("once a few tickets were served, the boards, the ticket answer and the phone page give a wait in words", "[hub][queue]")
{
    test::RunningHub hub;
    test::QueueActors actors(hub);
    actors.open_counter("guichet-a", {"titres-sejour"});
    for (int i = 0; i < 6; ++i)
        REQUIRE(actors.take_ticket("titres-sejour", "early-" + std::to_string(i))->status == 201);
    CHECK(actors.snapshot()["services"][0]["estimate"].is_null());  // nothing served yet: unknown

    // Four visitors served in 5 minutes each; two still wait.
    for (int i = 0; i < 4; ++i) {
        REQUIRE(actors.system_event({{"type", "next"}, {"counter", "guichet-a"}})->status == 200);
        hub.now += 300;
    }
    REQUIRE(actors.system_event({{"type", "next"}, {"counter", "guichet-a"}})->status == 200);  // the 4th is served, the 5th called

    const Json snapshot = actors.snapshot();
    Json board;
    for (const auto& b : snapshot["services"])
        if (b["service"] == "titres-sejour")
            board = b;
    REQUIRE(board["waiting"] == 1);
    REQUIRE(board["estimate"].is_object());
    // One counter, one visitor waiting and one at the counter, 5 minutes each: a newcomer waits
    // about 10 minutes, which the range holds.
    const int low = board["estimate"]["low_minutes"];
    const int high = board["estimate"]["high_minutes"];
    CHECK(low <= 10);
    CHECK(high >= 10);
    CHECK(high - low <= 20);

    auto taken = actors.take_ticket("titres-sejour", "late");
    REQUIRE(taken);
    REQUIRE(taken->status == 201);
    const Json ticket = Json::parse(taken->body);
    REQUIRE(ticket["estimate"].is_object());
    auto page = hub.client().Get(path_of(ticket["status_url"]).c_str());
    REQUIRE(page);
    INFO(page->body);
    const std::string words = "environ " + std::to_string(int(ticket["estimate"]["low_minutes"])) + " à " +
                              std::to_string(int(ticket["estimate"]["high_minutes"])) + " minutes";
    const bool under = ticket["estimate"]["low_minutes"] == 0;
    CHECK(contains(page->body, under ? "moins de " + std::to_string(int(ticket["estimate"]["high_minutes"])) + " minutes" : words));
    CHECK_FALSE(contains(page->body, "pas encore connu"));
}
