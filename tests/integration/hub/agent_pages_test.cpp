// The agents' pages over real HTTP: French, labelled forms with a CSRF token; login, lock-out and
// sessions; and the whole agent task: close a service for today, which publishes a new manifest
// version with a valid signature and a status.json that says so, recorded in the audit log.

#include "core/bundle/manifest.h"
#include "core/bundle/site_status.h"
#include "agent_client.h"
#include "hub_fixture.h"

#include <catch2/catch.hpp>

using namespace phare;
using test::cookie_of;
using test::csrf_in;
using test::log_in;

namespace {

const std::string password = "un mot de passe assez long";

bundle::Manifest manifest_of(test::RunningHub& hub)
{
    auto res = hub.client().Get("/api/v1/sites/prefecture-44/manifest");
    REQUIRE(res);
    auto parsed = bundle::parse_manifest(res->body);
    REQUIRE(parsed.manifest);
    return *parsed.manifest;
}

bundle::SiteStatus status_of(test::RunningHub& hub, const bundle::Manifest& manifest)
{
    const auto* entry = manifest.find("status.json");
    REQUIRE(entry);
    auto blob = hub.client().Get(("/api/v1/blobs/" + entry->sha256).c_str());
    REQUIRE(blob);
    auto parsed = bundle::parse_status(blob->body);
    REQUIRE(parsed.status);
    return *parsed.status;
}

}  // namespace

TEST_CASE("the login page is French, labelled and carries a CSRF token", "[hub][agent]")
{
    test::RunningHub hub;
    auto res = hub.client().Get("/login");
    REQUIRE(res);
    CHECK(res->status == 200);
    CHECK(res->body.find("<html lang=\"fr\">") != std::string::npos);
    CHECK(res->body.find("<label for=\"name\">") != std::string::npos);
    CHECK(res->body.find("<label for=\"password\">") != std::string::npos);
    CHECK(res->body.find("<h1>") != std::string::npos);
    CHECK(csrf_in(res->body).size() == 64);
    std::string cookie = res->get_header_value("Set-Cookie");
    CHECK(cookie.find("HttpOnly") != std::string::npos);
    CHECK(cookie.find("Secure") != std::string::npos);
    CHECK(cookie.find("SameSite=Strict") != std::string::npos);
}

TEST_CASE("a login without the form's CSRF token is refused", "[hub][agent]")
{
    test::RunningHub hub;
    hub.add_user("marie", password);
    auto res = hub.client().Post("/login", httplib::Params{{"name", "marie"}, {"password", password}});
    REQUIRE(res);
    CHECK(res->status == 403);
    CHECK(res->get_header_value("Set-Cookie").find("phare_session") == std::string::npos);
}

TEST_CASE("wrong passwords are refused, then the account is locked", "[hub][agent]")
{
    test::RunningHub hub;
    hub.add_user("marie", password);
    int status = 0;
    CHECK(log_in(hub, "marie", "mauvais mot de passe", &status).empty());
    CHECK(status == 401);
    for (int i = 0; i < 4; ++i)
        log_in(hub, "marie", "mauvais mot de passe", &status);
    CHECK(status == 403);
    CHECK(log_in(hub, "marie", password, &status).empty());
    hub.now += 16 * 60;
    std::string session = log_in(hub, "marie", password);
    CHECK(session.rfind("phare_session=", 0) == 0);
}

TEST_CASE("the agent pages need a session", "[hub][agent]")
{
    test::RunningHub hub;
    auto path = GENERATE(as<std::string>{}, "/agent", "/agent/services/titres-sejour");
    auto res = hub.client().Get(path.c_str(), {{"Cookie", "phare_session=" + std::string(64, 'a')}});
    REQUIRE(res);
    CHECK(res->status == 303);
    CHECK(res->get_header_value("Location") == "/login");
}

TEST_CASE("closing a service for today publishes a new signed version and is audited", "[hub][agent]")
{
    test::RunningHub hub;
    hub.add_user("marie", password);
    std::string session = log_in(hub, "marie", password);
    REQUIRE_FALSE(session.empty());
    auto form = hub.client().Get("/agent/services/titres-sejour", {{"Cookie", session}});
    REQUIRE(form);
    REQUIRE(form->status == 200);
    CHECK(form->body.find("<legend>État du service</legend>") != std::string::npos);

    httplib::Params params{{"csrf", csrf_in(form->body)}, {"state", "closed_today"}, {"date", "2026-09-21"},
                           {"message_fr", "Fermé pour inventaire"}};
    auto saved = hub.client().Post("/agent/services/titres-sejour", {{"Cookie", session}}, params);
    REQUIRE(saved);
    INFO(saved->body);
    REQUIRE(saved->status == 303);
    CHECK(saved->get_header_value("Location") == "/agent?publie=2");

    auto manifest = manifest_of(hub);
    CHECK(manifest.version == 2);
    CHECK(crypto::verify_hex(bundle::canonical_bytes(manifest), manifest.signature, hub.hub().public_key_hex()));
    auto status = status_of(hub, manifest);
    REQUIRE(status.services.contains("titres-sejour"));
    CHECK(status.services["titres-sejour"].state == bundle::ServiceState::ClosedToday);
    CHECK(status.services["titres-sejour"].message.at("fr") == "Fermé pour inventaire");

    auto audit = hub.context().storage->audit_entries(1);
    REQUIRE(audit.size() == 1);
    CHECK(audit[0].who == "marie");
    CHECK(audit[0].what.find("titres-sejour") != std::string::npos);
    CHECK(audit[0].at == hub.now.load());
    auto overview = hub.client().Get("/agent?publie=2", {{"Cookie", session}});
    REQUIRE(overview);
    CHECK(overview->body.find("role=\"status\"") != std::string::npos);
    CHECK(overview->body.find("fermé aujourd&#39;hui") != std::string::npos);
}

TEST_CASE("a form posted without the session's CSRF token changes nothing", "[hub][agent]")
{
    test::RunningHub hub;
    hub.add_user("marie", password);
    std::string session = log_in(hub, "marie", password);
    auto token = GENERATE(as<std::string>{}, "", "0000000000000000000000000000000000000000000000000000000000000000");
    httplib::Params params{{"state", "closed_today"}, {"date", "2026-09-21"}};
    if (!token.empty())
        params.emplace("csrf", token);
    auto res = hub.client().Post("/agent/services/titres-sejour", {{"Cookie", session}}, params);
    REQUIRE(res);
    CHECK(res->status == 403);
    CHECK(manifest_of(hub).version == 1);
}

TEST_CASE("an invalid change is refused with its reason and publishes nothing", "[hub][agent]")
{
    test::RunningHub hub;
    hub.add_user("marie", password);
    std::string session = log_in(hub, "marie", password);
    auto form = hub.client().Get("/agent/services/titres-sejour", {{"Cookie", session}});
    REQUIRE(form);
    struct Case {
        httplib::Params params;
        std::string words;
    };
    auto c = GENERATE(as<Case>{}, Case{{{"state", "moved"}, {"moved_to", ""}}, "moved_to"},
                      Case{{{"state", "reduced"}, {"date", "2026-09-21"}, {"hours", "9h-12h"}}, "HH:MM-HH:MM"},
                      Case{{{"state", "sometimes"}}, "Choisissez un état"},
                      Case{{{"state", "open"}, {"message_en", "Open"}}, "default language"},
                      Case{{{"state", "closed_today"}, {"date", "2026-09-21"}, {"message_fr", "Fermé \u202Eaujourd'hui"}},
                           "contient un caractère invisible qui change le sens d&#39;écriture du texte (U+202E)"});
    c.params.emplace("csrf", csrf_in(form->body));
    auto res = hub.client().Post("/agent/services/titres-sejour", {{"Cookie", session}}, c.params);
    REQUIRE(res);
    INFO(res->body);
    CHECK(res->status == 422);
    CHECK(res->body.find("role=\"alert\"") != std::string::npos);
    CHECK(res->body.find(c.words) != std::string::npos);
    CHECK(manifest_of(hub).version == 1);
}

TEST_CASE("an urgent notice is published, then withdrawn", "[hub][agent]")
{
    test::RunningHub hub;
    hub.add_user("marie", password);
    std::string session = log_in(hub, "marie", password);
    auto overview = hub.client().Get("/agent", {{"Cookie", session}});
    REQUIRE(overview);
    std::string csrf = csrf_in(overview->body);
    httplib::Params params{{"csrf", csrf}, {"level", "urgent"}, {"starts", "2026-09-21T08:00"}, {"ends", "2026-09-21T18:00"},
                           {"text_fr", "Grève : attente longue"}};
    auto added = hub.client().Post("/agent/notices", {{"Cookie", session}}, params);
    REQUIRE(added);
    REQUIRE(added->status == 303);
    auto status = status_of(hub, manifest_of(hub));
    REQUIRE(status.notices.size() == 1);
    CHECK(status.notices[0].level == bundle::NoticeLevel::Urgent);

    auto removed = hub.client().Post(("/agent/notices/" + status.notices[0].id + "/delete").c_str(), {{"Cookie", session}},
                                     httplib::Params{{"csrf", csrf}});
    REQUIRE(removed);
    CHECK(removed->status == 303);
    CHECK(manifest_of(hub).version == 3);
    CHECK(status_of(hub, manifest_of(hub)).notices.empty());
}

TEST_CASE("a notice with a hidden control character is refused naming the field, and publishes nothing", "[hub][agent]")
{
    test::RunningHub hub;
    hub.add_user("marie", password);
    std::string session = log_in(hub, "marie", password);
    auto overview = hub.client().Get("/agent", {{"Cookie", session}});
    REQUIRE(overview);
    httplib::Params params{{"csrf", csrf_in(overview->body)}, {"level", "normal"}, {"starts", "2026-09-21T08:00"},
                           {"ends", "2026-09-21T18:00"}, {"text_fr", std::string("Guichet\0 fermé", 15)}};
    auto res = hub.client().Post("/agent/notices", {{"Cookie", session}}, params);
    REQUIRE(res);
    INFO(res->body);
    CHECK(res->status == 422);
    CHECK(res->body.find("Le champ « Texte — ") != std::string::npos);
    CHECK(res->body.find("caractère de contrôle invisible (U+0000)") != std::string::npos);
    CHECK(manifest_of(hub).version == 1);
}

TEST_CASE("logging out ends the session", "[hub][agent]")
{
    test::RunningHub hub;
    hub.add_user("marie", password);
    std::string session = log_in(hub, "marie", password);
    auto overview = hub.client().Get("/agent", {{"Cookie", session}});
    REQUIRE(overview);
    auto out = hub.client().Post("/logout", {{"Cookie", session}}, httplib::Params{{"csrf", csrf_in(overview->body)}});
    REQUIRE(out);
    CHECK(out->status == 303);
    auto after = hub.client().Get("/agent", {{"Cookie", session}});
    REQUIRE(after);
    CHECK(after->status == 303);
}
