// Content sync against the real hub on 127.0.0.1 and a real bundle store in a temporary folder:
// the first sync fetches everything, the next poll is a 304, an agent's text change fetches only
// the blob that changed, and the kiosk starts from what it committed.

#include "sync_support.h"

#include "core/bundle/site_status.h"
#include "publisher.h"
#include "platform/store/durable_file.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <set>

using namespace phare;

namespace {

struct Kiosk {
    explicit Kiosk(test::RunningHub& hub, const std::string& state_dir)
        : store(test::open_store(state_dir)),
          sync(http, *store, {"http://127.0.0.1:" + std::to_string(hub.port()), "prefecture-44", hub.hub().public_key_hex()})
    {
    }
    net::CurlHttpClient http{test::quick_client()};
    std::unique_ptr<store::BundleStore> store;
    app::ContentSync sync;
};

std::size_t distinct_blobs(const content::SourceFiles& files)
{
    std::set<std::string> hashes;
    for (const auto& [path, bytes] : files)
        hashes.insert(crypto::sha256_hex(bytes));
    return hashes.size();
}

}  // namespace

TEST_CASE("the first sync fetches every blob, commits, and the next poll is a small 304", "[sync]")
{
    test::RunningHub hub;
    test::TempDir state;
    Kiosk kiosk(hub, state.path());
    REQUIRE_FALSE(*kiosk.store->current());

    auto first = kiosk.sync.poll_once();
    INFO(first.reason);
    REQUIRE(first.kind == app::SyncKind::Updated);
    CHECK(first.version == 1);
    const auto published = test::prefecture_files();
    CHECK(first.blobs_fetched == distinct_blobs(published));
    CHECK(first.files == published);
    std::uint64_t content_bytes = 0;
    for (const auto& [path, bytes] : published)
        content_bytes += bytes.size();
    CHECK(first.bytes_transferred > content_bytes);

    auto current = kiosk.store->current();
    REQUIRE(current);
    REQUIRE(*current);
    CHECK((*current)->manifest.version == 1);
    CHECK((*current)->complete);
    CHECK_FALSE((*current)->etag.empty());

    auto second = kiosk.sync.poll_once();
    CHECK(second.kind == app::SyncKind::Unchanged);
    CHECK(second.version == 1);
    CHECK(second.blobs_fetched == 0);
    CHECK(second.bytes_transferred > 0);
    CHECK(second.bytes_transferred < 400);
}

TEST_CASE("an agent's change to one service's text fetches only the blob that changed", "[sync]")
{
    test::RunningHub hub;
    test::TempDir state;
    Kiosk kiosk(hub, state.path());
    REQUIRE(kiosk.sync.poll_once().kind == app::SyncKind::Updated);

    auto changed = test::with_service_text(test::prefecture_files(), "Renseignements et formulaires, au rez-de-chaussée.");
    auto published = hub.context().publisher->publish_source(changed, "agent");
    REQUIRE(published.kind == hub::PublishKind::Published);
    REQUIRE(published.version == 2);

    auto outcome = kiosk.sync.poll_once();
    INFO(outcome.reason);
    REQUIRE(outcome.kind == app::SyncKind::Updated);
    CHECK(outcome.version == 2);
    CHECK(outcome.blobs_fetched == 1);
    const auto& services = changed.at("services.json");
    CHECK(outcome.bytes_transferred > services.size());
    // The manifest (a few KiB) and one blob, never the whole site again.
    CHECK(outcome.bytes_transferred < services.size() + 8 * 1024);
    CHECK(outcome.files.at("services.json") == services);
    CHECK_FALSE(outcome.has_urgent_notice);

    auto loaded = app::load_current_bundle(*kiosk.store, "prefecture-44");
    INFO((loaded ? "" : describe(loaded.error())));
    REQUIRE(loaded);
    REQUIRE(*loaded);
    CHECK((*loaded)->version == 2);
    CHECK((*loaded)->files == changed);
}

TEST_CASE("an urgent notice published by an agent is reported with the update", "[sync]")
{
    test::RunningHub hub;
    test::TempDir state;
    Kiosk kiosk(hub, state.path());
    REQUIRE(kiosk.sync.poll_once().kind == app::SyncKind::Updated);

    bundle::SiteStatus status;
    status.notices.push_back({"alerte", bundle::NoticeLevel::Urgent, "2026-11-26T08:00", "2026-11-26T18:00", {{"fr", "Évacuation"}}});
    REQUIRE(hub.context().publisher->publish_status(status, "agent", "annonce").kind == hub::PublishKind::Published);
    auto outcome = kiosk.sync.poll_once();
    REQUIRE(outcome.kind == app::SyncKind::Updated);
    CHECK(outcome.has_urgent_notice);
    CHECK(outcome.blobs_fetched == 1);
    CHECK(app::load_current_bundle(*kiosk.store, "prefecture-44").value()->has_urgent_notice);
}

TEST_CASE("a kiosk restarted on its card starts from the committed bundle and polls with its ETag", "[sync]")
{
    test::RunningHub hub;
    test::TempDir state;
    {
        Kiosk kiosk(hub, state.path());
        REQUIRE(kiosk.sync.poll_once().kind == app::SyncKind::Updated);
    }
    Kiosk restarted(hub, state.path());
    auto loaded = app::load_current_bundle(*restarted.store, "prefecture-44");
    REQUIRE(loaded);
    REQUIRE(*loaded);
    CHECK((*loaded)->version == 1);
    auto outcome = restarted.sync.poll_once();
    CHECK(outcome.kind == app::SyncKind::Unchanged);
    CHECK(outcome.bytes_transferred < 400);
}

TEST_CASE("an empty store is no problem: the kiosk runs from its site folder", "[sync]")
{
    test::TempDir state;
    auto store = test::open_store(state.path());
    auto loaded = app::load_current_bundle(*store, "prefecture-44");
    REQUIRE(loaded);  // no error
    CHECK_FALSE(*loaded);  // and no bundle
}

TEST_CASE("a blob damaged on the card is detected at start, deleted, and fetched again by the next sync", "[sync]")
{
    test::RunningHub hub;
    test::TempDir state;
    Kiosk kiosk(hub, state.path());
    REQUIRE(kiosk.sync.poll_once().kind == app::SyncKind::Updated);
    const auto current = kiosk.store->current();
    const auto* services = (*current)->manifest.find("services.json");
    REQUIRE(services);
    {
        std::fstream blob(kiosk.store->blob_path(services->sha256), std::ios::in | std::ios::out | std::ios::binary);
        blob.seekp(100);
        blob.put('#');
    }
    auto loaded = app::load_current_bundle(*kiosk.store, "prefecture-44");
    REQUIRE_FALSE(loaded);
    CHECK(loaded.error().where.starts_with("version 1, services.json (blob "));
    CHECK(loaded.error().message.find("damaged") != std::string::npos);
    CHECK_FALSE(kiosk.store->has_blob(services->sha256));

    auto repaired = kiosk.sync.poll_once();
    INFO(repaired.reason);
    CHECK(repaired.kind == app::SyncKind::Updated);
    CHECK(repaired.version == 1);
    CHECK(repaired.blobs_fetched == 1);
    CHECK(app::load_current_bundle(*kiosk.store, "prefecture-44").value());
}

TEST_CASE("the same manifest served without a matching ETag is Unchanged, and its ETag is kept for next time", "[sync]")
{
    test::RunningHub hub;
    test::TempDir state;
    Kiosk kiosk(hub, state.path());
    REQUIRE(kiosk.sync.poll_once().kind == app::SyncKind::Updated);
    const std::string etag = (*kiosk.store->current())->etag;
    REQUIRE(store::write_file_durably(state.path() + "/content", "current", "manifest 1\netag \n"));

    auto same = kiosk.sync.poll_once();
    CHECK(same.kind == app::SyncKind::Unchanged);
    CHECK(same.blobs_fetched == 0);
    CHECK(same.bytes_transferred > 1000);  // the whole manifest came
    CHECK((*kiosk.store->current())->etag == etag);
    auto next = kiosk.sync.poll_once();
    CHECK(next.kind == app::SyncKind::Unchanged);
    CHECK(next.bytes_transferred < 400);
}
