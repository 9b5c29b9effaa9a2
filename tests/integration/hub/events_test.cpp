// The live channel's event log in a real SQLite file: sequence numbers that only grow, survive a
// restart and pruning, and let a kiosk tell whether it missed anything.

#include "sqlite_db.h"
#include "storage_sqlite.h"

#include "hub_fixture.h"

#include <catch2/catch.hpp>

using namespace phare;

TEST_CASE("events come back in order after a sequence number", "[hub][events]")
{
    test::TempDir dir;
    auto storage = hub::open_sqlite_storage(dir.path() + "/hub.sqlite");
    CHECK(storage->latest_event_seq() == 0);
    CHECK(storage->oldest_event_seq() == 1);  // nothing kept: a kiosk at 0 missed nothing
    std::int64_t first = storage->append_event("prefecture-44", "", "content", R"({"version":2})", 100);
    std::int64_t second = storage->append_event("prefecture-44", "hall", "command", R"({"do":"restart"})", 101);
    std::int64_t third = storage->append_event("prefecture-44", "", "queue", R"({"ticket":"A12"})", 102);
    CHECK(first == 1);
    CHECK(second == 2);
    CHECK(third == 3);
    CHECK(storage->latest_event_seq() == 3);
    CHECK(storage->oldest_event_seq() == 1);

    auto after_first = storage->events_after(first, 10);
    REQUIRE(after_first.size() == 2);
    CHECK(after_first[0].seq == 2);
    CHECK(after_first[0].kiosk == "hall");
    CHECK(after_first[0].kind == "command");
    CHECK(after_first[0].data == R"({"do":"restart"})");
    CHECK(after_first[0].created == 101);
    CHECK(after_first[1].site == "prefecture-44");
    CHECK(storage->events_after(0, 1).at(0).seq == 1);
    CHECK(storage->events_after(3, 10).empty());
}

TEST_CASE("event data must be JSON", "[hub][events]")
{
    test::TempDir dir;
    auto storage = hub::open_sqlite_storage(dir.path() + "/hub.sqlite");
    CHECK_THROWS_AS(storage->append_event("prefecture-44", "", "content", "{version: 2", 100), hub::StorageError);
    CHECK(storage->latest_event_seq() == 0);
}

TEST_CASE("sequence numbers survive a restart and pruning, and are never reused", "[hub][events]")
{
    test::TempDir dir;
    const std::string path = dir.path() + "/hub.sqlite";
    {
        auto storage = hub::open_sqlite_storage(path);
        for (int i = 0; i < 5; ++i)
            storage->append_event("prefecture-44", "", "content", "{}", 100 + i);
        storage->prune_events(2);
        CHECK(storage->oldest_event_seq() == 4);
        CHECK(storage->events_after(0, 10).size() == 2);
        storage->prune_events(0);
        CHECK(storage->latest_event_seq() == 5);
        CHECK(storage->oldest_event_seq() == 6);  // a kiosk at 5 missed nothing; one at 3 must reload
    }
    auto storage = hub::open_sqlite_storage(path);
    CHECK(storage->latest_event_seq() == 5);
    CHECK(storage->append_event("prefecture-44", "", "content", "{}", 200) == 6);
}

TEST_CASE("appending keeps the latest ten thousand events", "[hub][events]")
{
    test::TempDir dir;
    const std::string path = dir.path() + "/hub.sqlite";
    auto storage = hub::open_sqlite_storage(path);
    {
        // A full log written in one transaction (ten thousand appends would each wait for fsync).
        auto db = hub::sqlite::open(path);
        hub::sqlite::execute(db.get(), "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) "
                                       "INSERT INTO events (site, kiosk, kind, data, created) SELECT 'prefecture-44', '', 'content', '{}', i FROM n");
    }
    CHECK(storage->latest_event_seq() == 10'000);
    CHECK(storage->oldest_event_seq() == 1);
    CHECK(storage->append_event("prefecture-44", "", "content", "{}", 20'000) == 10'001);
    CHECK(storage->oldest_event_seq() == 2);
    CHECK(storage->events_after(0, 20'000).size() == hub::Storage::kept_events);
}
