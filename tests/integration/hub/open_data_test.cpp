// The open-data CSV as a daily aggregate: complete local days only (Europe/Paris here), computed
// once per local day, cacheable until the next local midnight; and reports read through their own
// connection, beside the writer.

#include "clock.h"
#include "open_data_cache.h"
#include "sqlite_db.h"
#include "storage_sqlite.h"

#include "hub_fixture.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <ctime>

using namespace phare;

namespace {

constexpr std::int64_t hub_now = 1'790'000'000;  // 2026-09-21T14:13:20Z, 16:13 in Paris (CEST, UTC+2)

void paris_time()
{
    ::setenv("TZ", "Europe/Paris", 1);
    ::tzset();
}

hub::Rating rating(const std::string& id, const std::string& at, const std::string& satisfaction, const std::string& service)
{
    hub::Rating r;
    r.id = id;
    r.site = "prefecture-44";
    r.at = at;
    r.satisfaction = satisfaction;
    r.service = service;
    return r;
}

}  // namespace

TEST_CASE("open data counts complete local days only, computed once a day, cacheable until local midnight", "[hub][open-data]")
{
    paris_time();
    test::TempDir dir;
    auto storage = hub::open_sqlite_storage(dir.path() + "/hub.sqlite");
    storage->store_ratings("hall",
                           {rating("00000000-0000-4000-8000-000000000001", "2026-09-19T08:00:00Z", "good", "regie"),
                            // 23:00 in Paris on the 20th, and midnight on the 21st (today: not complete yet).
                            rating("00000000-0000-4000-8000-000000000002", "2026-09-20T21:00:00Z", "bad", "titres-sejour"),
                            rating("00000000-0000-4000-8000-000000000003", "2026-09-20T22:00:00Z", "good", "titres-sejour"),
                            rating("00000000-0000-4000-8000-000000000004", "2026-09-21T12:00:00Z", "medium", "regie")},
                           hub_now);
    hub::OpenDataCache cache(*storage);
    auto today = cache.get(hub_now);
    CHECK(*today.csv == "date,service,good,medium,bad,total\n2026-09-19,regie,1,0,0,1\n2026-09-20,titres-sejour,0,0,1,1\n");
    CHECK(today.max_age_seconds == 28'000);  // until 2026-09-22 00:00 in Paris = 2026-09-21T22:00:00Z
    CHECK(today.etag == "\"open-data-2026-09-21\"");
    CHECK(cache.computations() == 1);

    // A late rating for a past day waits for tomorrow's aggregate: the answer is the same all day.
    storage->store_ratings("hall", {rating("00000000-0000-4000-8000-000000000005", "2026-09-19T09:00:00Z", "bad", "regie")}, hub_now);
    auto later = cache.get(hub_now + 3600);
    CHECK(later.csv == today.csv);
    CHECK(later.max_age_seconds == 28'000 - 3600);
    CHECK(cache.computations() == 1);

    auto tomorrow = cache.get(hub_now + 86'400);
    CHECK(cache.computations() == 2);
    CHECK(*tomorrow.csv == "date,service,good,medium,bad,total\n2026-09-19,regie,1,0,1,2\n2026-09-20,titres-sejour,0,0,1,1\n"
                           "2026-09-21,regie,0,1,0,1\n2026-09-21,titres-sejour,1,0,0,1\n");
    CHECK(tomorrow.etag == "\"open-data-2026-09-22\"");
}

TEST_CASE("the cache lasts until local midnight across a daylight saving change", "[hub][open-data]")
{
    paris_time();
    CHECK(hub::next_local_midnight(1'792'929'600) == 1'792'969'200);  // 2026-10-25T12:00Z -> 2026-10-25T23:00Z (CET again)
    CHECK(hub::next_local_midnight(1'792'969'200) == 1'793'055'600);  // exactly midnight -> the next one
}

TEST_CASE("reports read a consistent snapshot beside a writer that holds its lock", "[hub][open-data]")
{
    test::TempDir dir;
    const std::string path = dir.path() + "/hub.sqlite";
    auto storage = hub::open_sqlite_storage(path);
    storage->store_ratings("hall", {rating("00000000-0000-4000-8000-000000000001", "2026-09-19T08:00:00Z", "good", "regie")}, hub_now);

    auto writer = hub::sqlite::open(path);
    hub::sqlite::Transaction transaction(writer.get());  // BEGIN IMMEDIATE: holds the write lock
    hub::sqlite::execute(writer.get(), "INSERT INTO ratings (kiosk, id, site, at, satisfaction, service, wait_band, lang, modes, "
                                       "received_at) VALUES ('hall', 'x', 'prefecture-44', '2026-09-19T09:00:00Z', 'bad', 'regie', "
                                       "'', '', '[]', 0)");
    CHECK(storage->rating_count() == 1);  // the uncommitted row is not seen, and the read does not wait
    CHECK(storage->rating_counts(hub::RatingDimension::Service).at(0).total() == 1);
    CHECK(storage->latest_event_seq() == 0);
    transaction.commit();
    CHECK(storage->rating_count() == 2);
}
