// Reports over real HTTP: the feedback dashboard (SVG charts with their tables, CSV per
// dimension), the public open-data export of daily totals, and the fleet page.

#include "agent_client.h"
#include "hub_fixture.h"
#include "report_pages.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace phare;
using Json = nlohmann::json;

namespace {

const std::string password = "un mot de passe assez long";

Json rating(const std::string& id, const std::string& satisfaction, const std::string& service, Json modes)
{
    return {{"id", id}, {"site", "prefecture-44"}, {"at", "2026-09-21T10:00:00Z"}, {"satisfaction", satisfaction},
            {"service", service}, {"lang", "fr"}, {"modes", std::move(modes)}};
}

void send_ratings(test::RunningHub& hub)
{
    std::string token = hub.add_kiosk("hall");
    Json batch{{"kiosk", "hall"},
               {"ratings", {rating("00000000-0000-4000-8000-000000000001", "good", "titres-sejour", {"large-text", "speech"}),
                            rating("00000000-0000-4000-8000-000000000002", "bad", "titres-sejour", Json::array()),
                            rating("00000000-0000-4000-8000-000000000003", "medium", "regie", {"speech"})}}};
    auto res = hub.client().Post("/api/v1/feedback", test::bearer(token), batch.dump(), "application/json");
    REQUIRE(res);
    REQUIRE(res->status == 200);
}

}  // namespace

TEST_CASE("the feedback dashboard charts ratings and exports each dimension as CSV", "[hub][reports]")
{
    test::RunningHub hub;
    send_ratings(hub);
    hub.add_user("marie", password);
    std::string session = test::log_in(hub, "marie", password);
    auto page = hub.client().Get("/agent/feedback", {{"Cookie", session}});
    REQUIRE(page);
    CHECK(page->status == 200);
    CHECK(page->body.find("<svg") != std::string::npos);
    CHECK(page->body.find("<caption>Par service</caption>") != std::string::npos);

    auto by_service = hub.client().Get("/agent/feedback.csv?by=service", {{"Cookie", session}});
    REQUIRE(by_service);
    CHECK(by_service->body == "service,good,medium,bad,total\nregie,0,1,0,1\ntitres-sejour,1,0,1,2\n");
    auto by_mode = hub.client().Get("/agent/feedback.csv?by=mode", {{"Cookie", session}});
    REQUIRE(by_mode);
    CHECK(by_mode->body == "mode,good,medium,bad,total\nlarge-text,1,0,0,1\nspeech,1,1,0,2\n");
    auto wrong = hub.client().Get("/agent/feedback.csv?by=kiosk", {{"Cookie", session}});
    REQUIRE(wrong);
    CHECK(wrong->status == 400);
    auto anonymous = hub.client().Get("/agent/feedback.csv?by=day");
    REQUIRE(anonymous);
    CHECK(anonymous->status == 303);
}

TEST_CASE("the open-data export has daily totals per service and nothing about kiosks or ratings", "[hub][reports]")
{
    test::RunningHub hub;
    send_ratings(hub);
    auto res = hub.client().Get("/api/v1/open-data/daily.csv");
    REQUIRE(res);
    CHECK(res->status == 200);
    CHECK(res->body == "date,service,good,medium,bad,total\n2026-09-21,regie,0,1,0,1\n2026-09-21,titres-sejour,1,0,1,2\n");
}

TEST_CASE("the fleet page shows each kiosk's last heartbeat", "[hub][reports]")
{
    test::RunningHub hub;
    std::string token = hub.add_kiosk("hall");
    auto beat = hub.client().Post("/api/v1/kiosks/hall/heartbeat", test::bearer(token),
                                  R"({"content_version":1,"uptime_s":7200,"outbox_backlog":3,"last_error":"<b>hub</b> unreachable"})",
                                  "application/json");
    REQUIRE(beat);
    hub.now += 90;
    hub.add_user("marie", password);
    auto page = hub.client().Get("/agent/kiosks", {{"Cookie", test::log_in(hub, "marie", password)}});
    REQUIRE(page);
    CHECK(page->status == 200);
    CHECK(page->body.find("<th scope=\"row\">hall</th>") != std::string::npos);
    CHECK(page->body.find("(à jour)") != std::string::npos);
    CHECK(page->body.find("il y a 90 s") != std::string::npos);
    CHECK(page->body.find("&lt;b&gt;hub&lt;/b&gt; unreachable") != std::string::npos);
}

TEST_CASE("CSV cells never start a spreadsheet formula", "[hub][reports]")
{
    CHECK(hub::reports::csv({{"=cmd", 1, 0, 0}, {"a,b", 0, 1, 0}}, "k") == "k,good,medium,bad,total\n'=cmd,1,0,0,1\n\"a,b\",0,1,0,1\n");
}
