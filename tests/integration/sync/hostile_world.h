#pragma once
// What the hostile network tests share: a real hub on loopback behind a HostileProxy, what it
// published version by version, a kiosk's parts (bundle store, outbox, libcurl client, content
// sync, uploader, heartbeat) that talk to the hub only through the proxy, and the invariants
// every step must keep. The checks return a sentence instead of asserting, so the network
// worker's thread can run them and the test thread reports them.

#include "app/sync/content_sync.h"
#include "app/sync/feedback_uploader.h"
#include "app/sync/heartbeat.h"
#include "app/sync/net_worker.h"
#include "core/bundle/manifest.h"
#include "core/bundle/site_status.h"
#include "support/hostile_proxy.h"
#include "fake_worker_clock.h"
#include "sync_support.h"
#include "test_ratings.h"

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <cstdlib>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace phare::test {

inline constexpr const char* hostile_site = "prefecture-44";

// PHARE_FAULT_SEED replays a run; the default is fixed so that CI is the same every time.
inline std::uint64_t fault_seed()
{
    const char* text = std::getenv("PHARE_FAULT_SEED");
    return text && *text ? std::strtoull(text, nullptr, 10) : 20261126ULL;
}

// The kiosk's own timeouts end a stalled exchange: short, so that a stall costs the test little,
// and still far above what a loopback exchange takes on a loaded machine.
inline net::HttpClientOptions hostile_client_options(long total_timeout_ms = 2000)
{
    net::HttpClientOptions options;
    options.connect_timeout_ms = 2000;
    options.total_timeout_ms = total_timeout_ms;
    return options;
}

struct Published {
    std::string manifest;  // the bytes the hub serves
    content::SourceFiles files;
};

// What every part of the test kiosk talks through: libcurl (so every byte crosses the proxy), with
// the test's hand on each exchange. `before` runs the test's step first (on the worker's thread).
// With `simulated` set, a long-poll costs its wait on the worker's simulated clock without taking it
// in real time: the hub is asked with wait=0, so it answers at once with what it has, and when that
// is nothing the clock moves by the wait, as if the hub had held the request so long.
class SteppingClient final : public net::HttpClient {
public:
    explicit SteppingClient(net::HttpClient& inner) : m_inner(inner) {}
    std::function<void(const net::HttpRequest&)> before;
    FakeWorkerClock* simulated = nullptr;

    net::HttpResponse send(const net::HttpRequest& request) override
    {
        if (before)
            before(request);
        const std::size_t wait_at = request.url.find("/events?");
        const std::size_t value_at = request.url.find("&wait=");
        if (!simulated || wait_at == std::string::npos || value_at == std::string::npos)
            return m_inner.send(request);
        const int held_s = std::atoi(request.url.c_str() + value_at + 6);
        net::HttpRequest asked = request;
        asked.url = request.url.substr(0, value_at) + "&wait=0";
        asked.timeout_ms = 0;  // the client's own: the hub answers at once
        net::HttpResponse response = m_inner.send(asked);
        if (response.ok()) {
            const auto answer = nlohmann::json::parse(response.body, nullptr, false);
            const bool nothing = answer.is_object() && answer.contains("events") && answer["events"].is_array() &&
                                 answer["events"].empty() && !(answer.contains("resync") && answer["resync"] == true);
            if (nothing)
                simulated->advance(std::chrono::seconds(held_s));
        }
        return response;
    }

private:
    net::HttpClient& m_inner;
};

// A real hub (the example prefecture, version 1) behind a hostile proxy, and what it published.
struct HostileWorld {
    RunningHub hub;
    std::string token = hub.add_kiosk("hall");
    HostileProxy proxy{hub.port()};
    std::map<int, Published> published;
    int changes = 0;

    HostileWorld() { record_current(); }

    int latest() const { return published.rbegin()->first; }
    const Published& at(int version) const { return published.at(version); }

    // An agent's text change: one blob (services.json) is new.
    int publish_text()
    {
        auto files = with_service_text(at(latest()).files, "Texte " + std::to_string(++changes));
        const auto outcome = hub.context().publisher->publish_source(files, "agent");
        if (outcome.kind != hub::PublishKind::Published)
            throw std::runtime_error("the hub did not publish a text change");
        return record_current();
    }
    // An agent's notice: only status.json is new.
    int publish_notice()
    {
        auto current = hub.context().publisher->current();
        bundle::SiteStatus status = current->status;
        const std::string n = std::to_string(++changes);
        status.notices.push_back({"avis-" + n, bundle::NoticeLevel::Normal, "2026-09-21T08:00", "2026-09-30T18:00", {{"fr", "Avis " + n}}});
        if (hub.context().publisher->publish_status(status, "agent", "avis " + n).kind != hub::PublishKind::Published)
            throw std::runtime_error("the hub did not publish a notice");
        return record_current();
    }

    // The manifest and files the hub serves now, read back from its own blob store.
    int record_current()
    {
        auto served = hub.context().publisher->served_manifest(hostile_site);
        if (!served)
            throw std::runtime_error("the hub serves no manifest");
        auto parsed = bundle::parse_manifest(served->json);
        Published entry{served->json, {}};
        for (const auto& file : parsed.manifest->files)
            entry.files[file.path] = *hub.context().blobs->get(file.sha256);
        published[served->version] = std::move(entry);
        return served->version;
    }

    // Every rating row on the hub by id, read from its SQLite file; "" or why it could not be read.
    std::string hub_ratings(std::map<std::string, int>& rows) const
    {
        rows.clear();
        sqlite3* db = nullptr;
        if (sqlite3_open_v2((hub.data_dir() + "/hub.sqlite").c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
            sqlite3_close(db);
            return "cannot open the hub's database";
        }
        sqlite3_busy_timeout(db, 5000);
        sqlite3_stmt* statement = nullptr;
        std::string error;
        if (sqlite3_prepare_v2(db, "SELECT id FROM ratings", -1, &statement, nullptr) != SQLITE_OK)
            error = std::string("cannot read the hub's ratings: ") + sqlite3_errmsg(db);
        while (error.empty() && sqlite3_step(statement) == SQLITE_ROW)
            ++rows[reinterpret_cast<const char*>(sqlite3_column_text(statement, 0))];
        sqlite3_finalize(statement);
        sqlite3_close(db);
        return error;
    }
};

// A kiosk's network side, every call through the proxy. `recorder` is the second connection to the
// outbox that the app's feedback recorder holds.
struct HostileKiosk {
    explicit HostileKiosk(HostileWorld& its_world, long total_timeout_ms = 2000, std::uint64_t seed = 1)
        : world(its_world),
          curl(hostile_client_options(total_timeout_ms), &cancel),
          http(curl),
          sync(http, *store, {its_world.proxy.url(), hostile_site, its_world.hub.hub().public_key_hex()}),
          uploader(http, *outbox, {its_world.proxy.url(), "hall", its_world.token, 10}),
          heartbeat(http, {its_world.proxy.url(), "hall", its_world.token}),
          ids(seed)
    {
    }

    // Stores `count` new ratings, as the app's recorder does.
    void rate(int count)
    {
        for (int i = 0; i < count; ++i) {
            made.push_back(uuid(ids));
            if (auto added = recorder->add(kiosk_rating(made.back(), static_cast<int>(made.size()))); !added)
                throw std::runtime_error("outbox: " + describe(added.error()));
        }
    }

    // Why the bundle the kiosk holds is not one the hub published, whole; "" when it is. `shown`
    // is the version seen last (the kiosk never goes back); `load` also reads every file back,
    // checks its hash and validates the site.
    std::string content_problem(int& shown, bool load)
    {
        auto current = store->current();
        if (!current)
            return "the current bundle cannot be read: " + describe(current.error());
        if (!*current)
            return shown > 0 ? "the kiosk lost its bundle " + std::to_string(shown) : "";
        const int version = (*current)->manifest.version;
        const std::string which = "version " + std::to_string(version) + ": ";
        if (!world.published.count(version))
            return which + "the hub never published it";
        if ((*current)->manifest_bytes != world.at(version).manifest)
            return which + "the stored manifest is not the one the hub signed";
        if (!(*current)->complete)
            return which + "blobs are missing";
        if (version < shown)
            return which + "older than version " + std::to_string(shown) + " shown before";
        if (load || version != shown) {
            auto loaded = app::load_current_bundle(*store, hostile_site);
            if (!loaded)
                return which + "does not load: " + describe(loaded.error());
            if (!*loaded)
                return which + "does not load: no bundle";
            if ((*loaded)->files != world.at(version).files)
                return which + "its files differ from what the hub published";
        }
        shown = version;
        return "";
    }

    // Why a rating is lost, stored twice or set aside; "" when every rating made is on the hub
    // exactly once or still waiting in the outbox.
    std::string ratings_problem()
    {
        std::map<std::string, int> rows;
        if (auto error = world.hub_ratings(rows); !error.empty())
            return error;
        std::set<std::string> waiting;
        for (const auto& rating : recorder->oldest_stored(1'000'000))
            waiting.insert(rating.id);
        for (const auto& [id, count] : rows)
            if (count > 1)
                return "rating " + id + " is stored " + std::to_string(count) + " times on the hub";
        for (const auto& id : made)
            if (!rows.count(id) && !waiting.count(id))
                return "rating " + id + " is neither on the hub nor in the outbox";
        if (recorder->stats().rejected > 0)
            return std::to_string(recorder->stats().rejected) + " ratings were set aside as malformed";
        return "";
    }
    // Every rating made is on the hub exactly once and none waits.
    bool all_delivered()
    {
        std::map<std::string, int> rows;
        if (!world.hub_ratings(rows).empty() || recorder->stats().pending > 0)
            return false;
        for (const auto& id : made)
            if (rows[id] != 1)
                return false;
        return true;
    }

    // The app's adapter (app/hub_link.cpp): a sync outcome as the worker's schedule sees it.
    app::ContentPollResult poll()
    {
        const app::SyncOutcome outcome = sync.poll_once();
        app::ContentPollResult result;
        result.content_version = outcome.version;
        result.hub_answered = outcome.kind != app::SyncKind::Unreachable;
        result.ok = outcome.kind == app::SyncKind::Unchanged || outcome.kind == app::SyncKind::Updated;
        result.error = outcome.reason;
        return result;
    }

    HostileWorld& world;
    TempDir dir;
    std::unique_ptr<store::BundleStore> store = open_store(dir.path());
    std::unique_ptr<store::Outbox> outbox = open_or_throw(dir.path() + "/outbox.db");
    std::unique_ptr<store::Outbox> recorder = open_or_throw(dir.path() + "/outbox.db");
    std::atomic<bool> cancel{false};
    net::CurlHttpClient curl;
    SteppingClient http;
    app::ContentSync sync;
    app::FeedbackUploader uploader;
    app::HeartbeatSender heartbeat;
    std::mt19937_64 ids;
    std::vector<std::string> made;  // every rating id, in order

private:
    static std::unique_ptr<store::Outbox> open_or_throw(const std::string& path)
    {
        auto outbox = store::Outbox::open(path, 1'000'000);
        if (!outbox)
            throw std::runtime_error(describe(outbox.error()));
        return std::move(*outbox);
    }
};

}  // namespace phare::test
