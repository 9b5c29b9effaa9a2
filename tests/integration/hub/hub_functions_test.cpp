// The hub's small pure pieces, without a socket: ETag matching, command line, form reading, rate
// limits, lock-out, identifiers.

#include "agent_forms.h"
#include "auth.h"
#include "html.h"
#include "http_message.h"
#include "http_util.h"
#include "kiosk_messages.h"
#include "options.h"
#include "storage_sqlite.h"
#include "hub_fixture.h"

#include <catch2/catch.hpp>

using namespace phare;

TEST_CASE("If-None-Match matches the current tag in every legal spelling", "[hub]")
{
    CHECK(hub::etag_matches("\"abc\"", "\"abc\""));
    CHECK(hub::etag_matches("W/\"abc\"", "\"abc\""));
    CHECK(hub::etag_matches("\"x\", \"abc\"", "\"abc\""));
    CHECK(hub::etag_matches("*", "\"abc\""));
    CHECK_FALSE(hub::etag_matches("", "\"abc\""));
    CHECK_FALSE(hub::etag_matches("\"abcd\"", "\"abc\""));
    CHECK_FALSE(hub::etag_matches("abc", "\"abc\""));
}

TEST_CASE("a request target is decoded into its path and query, or refused", "[hub]")
{
    auto target = hub::http::decode_target("/agent/services/%C3%A9tat+civil?publie=3&q=a+b%26c&flag");
    REQUIRE(target);
    CHECK(target->path == "/agent/services/\xC3\xA9tat+civil");  // '+' is a space only in the query
    CHECK(target->query == hub::http::Params{{"flag", ""}, {"publie", "3"}, {"q", "a b&c"}});
    CHECK_FALSE(hub::http::decode_target("/api/v1/blobs/%2"));
    CHECK_FALSE(hub::http::decode_target("/a?b=%zz"));
    CHECK_FALSE(hub::http::decode_target("/api/v1/blobs/a%00b"));  // no route or file has a NUL
}

TEST_CASE("the command line names what is wrong", "[hub]")
{
    auto serve = hub::parse_options({"--data", "/d", "--site", "/s", "--listen", "127.0.0.1:9000"});
    REQUIRE(serve);
    CHECK(serve->port == 9000);
    CHECK(serve->host == "127.0.0.1");
    auto user = hub::parse_options({"--data", "/d", "user", "add", "marie", "--role", "admin"});
    REQUIRE(user);
    CHECK(user->action == hub::Action::AddUser);
    CHECK(hub::parse_options({"--data", "/d", "kiosk", "add", "hall"})->action == hub::Action::AddKiosk);
    auto unlock = hub::parse_options({"--data", "/d", "user", "unlock", "marie"});
    REQUIRE(unlock);
    CHECK(unlock->action == hub::Action::UnlockUser);
    CHECK(unlock->name == "marie");
    CHECK(hub::parse_options({"--site", "/s"}).error().where == "--data");
    auto port = hub::parse_options({"--data", "/d", "--site", "/s", "--listen", "127.0.0.1:99999"});
    REQUIRE_FALSE(port);
    CHECK(describe(port.error()) == "--listen: \"99999\" is not a port (0-65535; 0 picks a free one)");
    CHECK(hub::parse_options({"--data", "/d"}).error().where == "--site");
    CHECK(describe(hub::parse_options({"--data", "/d", "user", "add", "x", "--role", "root"}).error()).find("agent nor admin") !=
          std::string::npos);
    CHECK(hub::parse_options({"--data", "/d", "kiosk", "remove", "hall"}).error().where == "kiosk remove hall");
}

TEST_CASE("reduced hours are read from what an agent types", "[hub]")
{
    CHECK(hub::split_hours("09:00-12:00, 14:00-16:00") == std::vector<std::string>{"09:00-12:00", "14:00-16:00"});
    CHECK(hub::split_hours(" 09:00-12:00\n14:00-16:00 ;") == std::vector<std::string>{"09:00-12:00", "14:00-16:00"});
    CHECK(hub::split_hours("").empty());
}

TEST_CASE("a rate limiter lets a burst through, then the refill rate", "[hub]")
{
    std::int64_t now = 1000;
    hub::RateLimiter limiter(3, 60, [&] { return now; });
    CHECK(limiter.allow("a"));
    CHECK(limiter.allow("a"));
    CHECK(limiter.allow("a"));
    CHECK_FALSE(limiter.allow("a"));
    CHECK(limiter.allow("b"));
    now += 1;
    CHECK(limiter.allow("a"));
    CHECK_FALSE(limiter.allow("a"));
}

TEST_CASE("a session lasts one working day", "[hub]")
{
    test::TempDir dir;
    auto storage = hub::open_sqlite_storage(dir.path() + "/hub.sqlite");
    std::int64_t now = 1000;
    hub::AgentAuth auth(*storage, [&] { return now; });
    storage->save_user({"marie", hub::Role::Agent, *crypto::hash_password("un mot de passe long")});
    CHECK(auth.login("marie", "wrong", "192.0.2.10").status == hub::LoginStatus::Refused);
    auto ok = auth.login("marie", "un mot de passe long", "192.0.2.10");
    REQUIRE(ok.status == hub::LoginStatus::Ok);
    auto session = auth.session(ok.cookie_token);
    REQUIRE(session);
    CHECK(session->user == "marie");
    now += hub::AgentAuth::session_seconds + 1;
    CHECK_FALSE(auth.session(ok.cookie_token));
}

TEST_CASE("kiosk tokens are stored only as hashes", "[hub]")
{
    test::TempDir dir;
    auto storage = hub::open_sqlite_storage(dir.path() + "/hub.sqlite");
    std::string token = hub::issue_kiosk_token(*storage, "hall", 0);
    CHECK(token.size() == 64);
    CHECK(hub::kiosk_for_authorization(*storage, "Bearer " + token) == std::optional<std::string>("hall"));
    CHECK_FALSE(storage->kiosk_for_token_hash(token));
    std::string replaced = hub::issue_kiosk_token(*storage, "hall", 1);
    CHECK_FALSE(hub::kiosk_for_authorization(*storage, "Bearer " + token));
    CHECK(hub::kiosk_for_authorization(*storage, "Bearer " + replaced));
}

TEST_CASE("a fleet's tokens are issued in one call, each opening only its own kiosk", "[hub]")
{
    test::TempDir dir;
    auto storage = hub::open_sqlite_storage(dir.path() + "/hub.sqlite");
    std::string old = hub::issue_kiosk_token(*storage, "k1", 0);
    auto tokens = hub::issue_kiosk_tokens(*storage, {"k0", "k1", "k2"}, 1);
    REQUIRE(tokens.size() == 3);
    for (std::size_t i = 0; i < tokens.size(); ++i)
        CHECK(hub::kiosk_for_authorization(*storage, "Bearer " + tokens[i]) == std::optional<std::string>("k" + std::to_string(i)));
    CHECK(tokens[0] != tokens[1]);
    // Re-provisioning in a batch replaces the earlier token, as one kiosk at a time does.
    CHECK_FALSE(hub::kiosk_for_authorization(*storage, "Bearer " + old));
}

TEST_CASE("ratings carry a UUID and the hour only", "[hub]")
{
    CHECK(hub::is_uuid("3f2b8c1e-0d4a-4b6e-9a57-2c1d0e9f8a7b"));
    CHECK_FALSE(hub::is_uuid("3f2b8c1e0d4a4b6e9a572c1d0e9f8a7b"));
    CHECK_FALSE(hub::is_uuid("3f2b8c1e-0d4a-4b6e-9a57-2c1d0e9f8a7g"));
    CHECK(hub::is_hour_timestamp("2026-09-21T10:00:00Z"));
    CHECK_FALSE(hub::is_hour_timestamp("2026-11-26T14:01:00Z"));
    CHECK_FALSE(hub::is_hour_timestamp("2026-11-26T14:00:00+01:00"));
}

TEST_CASE("HTML escaping covers text and attributes", "[hub]")
{
    CHECK(hub::html::escape("<a href=\"x\">l'été & co</a>") == "&lt;a href=&quot;x&quot;&gt;l&#39;été &amp; co&lt;/a&gt;");
}

TEST_CASE("a rating as the kiosk's outbox writes it is accepted", "[hub]")
{
    // firmware/core/feedback/rating.cpp writes "kiosk" in each rating and may leave lang empty.
    auto parsed = hub::parse_feedback(R"({"kiosk":"hall","ratings":[{"id":"3f2b8c1e-0d4a-4b6e-9a57-2c1d0e9f8a7b",
        "site":"prefecture-44","kiosk":"hall","at":"2026-09-21T10:00:00Z","satisfaction":"medium","lang":"",
        "modes":["large","speech"],"clarity":3}]})");
    REQUIRE(parsed.value);
    CHECK(parsed.value->ratings.at(0).satisfaction == "medium");
    CHECK(parsed.value->ratings.at(0).lang.empty());
    CHECK(parsed.value->ratings.at(0).clarity == 3);
}
