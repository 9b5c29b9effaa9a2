// Ratings' dates, ids and the schema migration, against a real SQLite file: a rating's hour must
// exist, be at most a day ahead of the hub and not before its site was first published; ids are
// compared in lower case and per kiosk; a database written by an older hub keeps all it held.

#include "rating_rules.h"
#include "sqlite_db.h"
#include "storage_schema.h"
#include "storage_sqlite.h"

#include "hub_fixture.h"

#include <catch2/catch.hpp>

#include <mutex>
#include <thread>

using namespace phare;

namespace {

constexpr std::int64_t hub_now = 1'790'000'000;  // 2026-09-21T14:13:20Z

hub::Rating rating(const std::string& id, const std::string& at = "2026-09-21T10:00:00Z")
{
    hub::Rating r;
    r.id = id;
    r.site = "prefecture-44";
    r.at = at;
    r.satisfaction = "good";
    r.service = "titres-sejour";
    return r;
}

hub::StoredManifest manifest(int version, std::int64_t published_at)
{
    return {"prefecture-44", version, "{}", "\"v" + std::to_string(version) + "\"", published_at};
}

std::vector<hub::FieldProblem> time_problems(const std::string& at, std::optional<std::int64_t> site_since = hub_now - 30 * 86400)
{
    std::vector<hub::FieldProblem> problems;
    hub::check_rating_times({rating("3f2b8c1e-0d4a-4b6e-9a57-2c1d0e9f8a7b", at)}, hub_now, site_since, problems);
    return problems;
}

}  // namespace

TEST_CASE("a rating's hour must exist on the calendar", "[hub][ratings]")
{
    CHECK(hub::is_hour_timestamp("2028-02-29T23:00:00Z"));  // leap year
    CHECK_FALSE(hub::is_hour_timestamp("2026-02-29T10:00:00Z"));
    CHECK_FALSE(hub::is_hour_timestamp("2026-02-30T10:00:00Z"));
    CHECK_FALSE(hub::is_hour_timestamp("2026-04-31T10:00:00Z"));
    CHECK_FALSE(hub::is_hour_timestamp("2100-02-29T10:00:00Z"));  // not a leap year
    CHECK(hub::is_hour_timestamp("2000-02-29T10:00:00Z"));
    CHECK(hub::hour_timestamp_seconds("1970-01-01T00:00:00Z") == 0);
    CHECK(hub::hour_timestamp_seconds("2026-09-21T14:00:00Z") == hub_now - 13 * 60 - 20);
    CHECK(hub::hour_timestamp_seconds("2026-11-26T14:00:00Z") == 1'795'701'600);

    auto parsed = hub::parse_feedback(R"({"kiosk":"hall","ratings":[{"id":"3f2b8c1e-0d4a-4b6e-9a57-2c1d0e9f8a7b",
        "site":"prefecture-44","at":"2026-02-30T14:00:00Z","satisfaction":"good"}]})");
    REQUIRE(parsed.problems.size() == 1);
    CHECK(parsed.problems[0].field == "/ratings/0/at");
    CHECK(parsed.problems[0].message.find("exists on the calendar") != std::string::npos);
}

TEST_CASE("a rating more than a day ahead of the hub or before its site existed is refused with the reason", "[hub][ratings]")
{
    CHECK(time_problems("2026-09-21T10:00:00Z").empty());
    CHECK(time_problems("2026-09-22T14:00:00Z").empty());  // within a day ahead: a kiosk's clock may drift
    auto ahead = time_problems("2026-09-22T15:00:00Z");
    REQUIRE(ahead.size() == 1);
    CHECK(ahead[0].field == "/ratings/0/at");
    CHECK(ahead[0].message == "is more than one day ahead of the hub's clock (2026-09-21T14:13:20Z); check the kiosk's clock");
    CHECK(ahead[0].rating_id == "3f2b8c1e-0d4a-4b6e-9a57-2c1d0e9f8a7b");
    CHECK(time_problems("9999-12-31T23:00:00Z").size() == 1);

    // The site was first published at hub_now: a day of slack before it, by the hour.
    CHECK(time_problems("2026-09-20T14:00:00Z", hub_now).empty());
    auto before = time_problems("2026-09-20T13:00:00Z", hub_now);
    REQUIRE(before.size() == 1);
    CHECK(before[0].message == "is before site \"prefecture-44\" was first published on this hub (2026-09-21T14:13:20Z); check the "
                               "kiosk's clock");
    CHECK(time_problems("1970-01-01T00:00:00Z", hub_now).size() == 1);
    CHECK(time_problems("1970-01-01T00:00:00Z", std::nullopt).empty());  // unknown site: reported by the site check
}

TEST_CASE("the site's first publication comes from storage, not its latest", "[hub][ratings]")
{
    test::TempDir dir;
    auto storage = hub::open_sqlite_storage(dir.path() + "/hub.sqlite");
    CHECK_FALSE(storage->first_published_at("prefecture-44"));
    storage->save_manifest(manifest(1, hub_now - 10 * 86400));
    storage->save_manifest(manifest(2, hub_now));
    CHECK(storage->first_published_at("prefecture-44") == hub_now - 10 * 86400);
    std::vector<hub::FieldProblem> problems;
    hub::check_rating_times(*storage, {rating("3f2b8c1e-0d4a-4b6e-9a57-2c1d0e9f8a7b", "2026-09-15T10:00:00Z"),
                                       rating("3f2b8c1e-0d4a-4b6e-9a57-2c1d0e9f8a7c", "2026-09-01T10:00:00Z")},
                            hub_now, problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == "/ratings/1/at");
}

TEST_CASE("a rating id is the same in any case, and scoped to its kiosk", "[hub][ratings]")
{
    test::TempDir dir;
    auto storage = hub::open_sqlite_storage(dir.path() + "/hub.sqlite");
    const std::string lower = "3f2b8c1e-0d4a-4b6e-9a57-2c1d0e9f8a7b";
    const std::string upper = "3F2B8C1E-0D4A-4B6E-9A57-2C1D0E9F8A7B";
    CHECK(hub::canonical_id(upper) == lower);
    CHECK(hub::is_uuid(upper));

    auto first = storage->store_ratings("hall", {rating(upper)}, hub_now);
    CHECK(first.accepted == std::vector<std::string>{upper});  // answered in the kiosk's own spelling
    auto again = storage->store_ratings("hall", {rating(lower), rating(upper)}, hub_now);
    CHECK(again.accepted.empty());
    CHECK(again.duplicate == std::vector<std::string>{lower, upper});
    auto other_kiosk = storage->store_ratings("etage-1", {rating(lower)}, hub_now);
    CHECK(other_kiosk.accepted == std::vector<std::string>{lower});
    CHECK(storage->rating_count() == 2);
}

TEST_CASE("a database written by a hub before schema versions is migrated and keeps its data", "[hub][ratings][migration]")
{
    test::TempDir dir;
    const std::string path = dir.path() + "/hub.sqlite";
    {
        // The schema as the first hubs wrote it (heartbeats before the outbox counters).
        auto db = hub::sqlite::open(path);
        hub::sqlite::execute(db.get(), R"sql(
PRAGMA journal_mode=WAL;
CREATE TABLE manifests (site TEXT NOT NULL, version INTEGER NOT NULL, json TEXT NOT NULL,
  etag TEXT NOT NULL, published_at INTEGER NOT NULL, PRIMARY KEY (site, version));
CREATE TABLE kiosks (id TEXT PRIMARY KEY, token_hash TEXT NOT NULL UNIQUE, created_at INTEGER NOT NULL);
CREATE TABLE heartbeats (kiosk TEXT PRIMARY KEY, content_version INTEGER NOT NULL,
  uptime_s INTEGER NOT NULL, outbox_backlog INTEGER NOT NULL, last_error TEXT NOT NULL, received_at INTEGER NOT NULL);
CREATE TABLE ratings (id TEXT PRIMARY KEY, kiosk TEXT NOT NULL, site TEXT NOT NULL, at TEXT NOT NULL,
  satisfaction TEXT NOT NULL, clarity INTEGER, found_counter INTEGER, service TEXT NOT NULL, wait_band TEXT NOT NULL,
  lang TEXT NOT NULL, modes TEXT NOT NULL, received_at INTEGER NOT NULL);
CREATE TABLE users (name TEXT PRIMARY KEY, role TEXT NOT NULL, password_hash TEXT NOT NULL);
CREATE TABLE login_attempts (name TEXT PRIMARY KEY, failures INTEGER NOT NULL, locked_until INTEGER NOT NULL);
CREATE TABLE sessions (token_hash TEXT PRIMARY KEY, user TEXT NOT NULL, csrf TEXT NOT NULL, expires_at INTEGER NOT NULL);
CREATE TABLE audit (seq INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, who TEXT NOT NULL, what TEXT NOT NULL);
INSERT INTO manifests VALUES ('prefecture-44', 1, '{}', '"v1"', 1780000000);
INSERT INTO kiosks VALUES ('hall', 'abc', 1780000000);
INSERT INTO heartbeats VALUES ('hall', 1, 60, 2, 'none', 1780000100);
INSERT INTO ratings VALUES ('AAAAAAAA-0000-4000-8000-000000000001', 'hall', 'prefecture-44', '2026-09-01T10:00:00Z', 'good', 4, 1,
  'titres-sejour', '', 'fr', '["speech"]', 1780000200);
INSERT INTO ratings VALUES ('aaaaaaaa-0000-4000-8000-000000000001', 'hall', 'prefecture-44', '2026-09-01T11:00:00Z', 'bad', NULL, NULL,
  'regie', '', 'fr', '[]', 1780000300);
INSERT INTO ratings VALUES ('bbbbbbbb-0000-4000-8000-000000000002', 'etage-1', 'prefecture-44', '2026-09-02T10:00:00Z', 'medium',
  NULL, NULL, 'regie', '', 'ar', '[]', 1780000400);
INSERT INTO users VALUES ('marie', 'admin', '$argon2id$fake');
INSERT INTO login_attempts VALUES ('marie', 3, 0);
INSERT INTO sessions VALUES ('hash', 'marie', 'csrf', 1790000000);
INSERT INTO audit (at, who, what) VALUES (1780000000, 'phare-hub', 'version 1');
)sql");
        CHECK(hub::sqlite::schema_version(db.get()) == 0);
    }
    auto storage = hub::open_sqlite_storage(path);
    {
        auto db = hub::sqlite::open(path);
        CHECK(hub::sqlite::schema_version(db.get()) == hub::sqlite::latest_schema_version);
    }
    // The two ids that differed only by case were one rating by the new rule: the first one stays.
    CHECK(storage->rating_count() == 2);
    auto by_service = storage->rating_counts(hub::RatingDimension::Service);
    REQUIRE(by_service.size() == 2);
    CHECK(by_service[0].key == "regie");
    CHECK(by_service[0].medium == 1);
    CHECK(by_service[1].key == "titres-sejour");
    CHECK(by_service[1].good == 1);
    auto resent = storage->store_ratings("hall", {rating("AAAAAAAA-0000-4000-8000-000000000001")}, hub_now);
    CHECK(resent.duplicate.size() == 1);
    CHECK(storage->store_ratings("hall", {rating("bbbbbbbb-0000-4000-8000-000000000002")}, hub_now).accepted.size() == 1);

    CHECK(storage->latest_manifest("prefecture-44")->etag == "\"v1\"");
    CHECK(storage->kiosk_for_token_hash("abc") == std::optional<std::string>("hall"));
    auto beats = storage->heartbeats();
    REQUIRE(beats.size() == 1);
    CHECK(beats[0].outbox_backlog == 2);
    CHECK(beats[0].outbox_dropped == 0);
    CHECK(storage->find_user("marie")->role == hub::Role::Admin);
    CHECK(storage->find_session("hash", 1780000000)->user == "marie");
    CHECK(storage->audit_entries(5).size() == 1);
    CHECK(storage->login_attempts("marie", "192.0.2.1").failures == 0);  // old per-name counters are dropped
    CHECK(storage->latest_event_seq() == 0);

    // Opening again changes nothing (migrations run once).
    storage.reset();
    storage = hub::open_sqlite_storage(path);
    CHECK(storage->rating_count() == 3);
}

TEST_CASE("a database from a newer hub is refused, not guessed at", "[hub][migration]")
{
    test::TempDir dir;
    const std::string path = dir.path() + "/hub.sqlite";
    hub::open_sqlite_storage(path).reset();
    {
        auto db = hub::sqlite::open(path);
        hub::sqlite::execute(db.get(), "PRAGMA user_version = 99");
    }
    try {
        hub::open_sqlite_storage(path);
        FAIL("a newer schema was opened");
    } catch (const hub::StorageError& e) {
        CHECK(std::string(e.what()).find("newer phare-hub (schema 99") != std::string::npos);
    }
}

TEST_CASE("two processes opening one file at once migrate it once", "[hub][migration]")
{
    // As `phare-hub user add` beside a starting server: each opening runs the migrations it sees
    // missing; the second must find them done, not run them again.
    for (int round = 0; round < 5; ++round) {
        test::TempDir dir;
        const std::string path = dir.path() + "/hub.sqlite";
        std::mutex mutex;
        std::vector<std::string> errors;  // Catch's macros are not for other threads
        std::vector<std::thread> openers;
        for (int i = 0; i < 4; ++i)
            openers.emplace_back([&] {
                try {
                    hub::open_sqlite_storage(path)->latest_event_seq();
                } catch (const hub::StorageError& e) {
                    std::lock_guard lock(mutex);
                    errors.push_back(e.what());
                }
            });
        for (auto& opener : openers)
            opener.join();
        CHECK(errors == std::vector<std::string>{});
    }
}
