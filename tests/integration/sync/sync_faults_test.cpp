// Faults injected on purpose, each refused with a sentence naming what is wrong while the last good
// bundle stays current and loadable: tampering, foreign keys, bad or short or long blobs, rollback,
// reused versions, oversize declarations, path tricks, invalid sites, a hub that is down or stalls.

#include "support/free_port.h"
#include "sync_support.h"

#include <catch2/catch.hpp>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <filesystem>

using namespace phare;
using Clock = std::chrono::steady_clock;

namespace {

// A kiosk that synced version 1 from a hub double serving bundles signed with the test's key.
struct Rig {
    Rig()
    {
        hub.serve(v1);
        auto first = poll();
        INFO(first.reason);
        REQUIRE(first.kind == app::SyncKind::Updated);
        REQUIRE(first.version == 1);
    }

    app::SyncOutcome poll() { return poll_with(http); }
    app::SyncOutcome poll_with(net::HttpClient& client)
    {
        app::ContentSync sync(client, *store, settings);
        return sync.poll_once();
    }
    // A correctly signed version 2 with one service's text changed.
    test::SignedBundle v2(const crypto::SigningKey& signer) const
    {
        return test::sign_bundle(test::with_service_text(files, "Nouveau texte"), 2, signer);
    }
    std::string changed_services_sha() const
    {
        return crypto::sha256_hex(test::with_service_text(files, "Nouveau texte").at("services.json"));
    }

    void require_old_content_kept()
    {
        auto current = store->current();
        REQUIRE(current);
        REQUIRE(*current);
        CHECK((*current)->manifest.version == 1);
        CHECK((*current)->manifest_bytes == v1.manifest_json);
        CHECK((*current)->complete);
        auto loaded = app::load_current_bundle(*store, "prefecture-44");
        INFO((loaded ? "" : describe(loaded.error())));
        REQUIRE(loaded);
        REQUIRE(*loaded);
        CHECK((*loaded)->version == 1);
        CHECK((*loaded)->files == files);
    }

    test::TempDir state;
    test::FakeHub hub;
    crypto::SigningKey key = crypto::generate_signing_key();
    content::SourceFiles files = test::prefecture_files();
    test::SignedBundle v1 = test::sign_bundle(files, 1, key);
    net::CurlHttpClient http{test::quick_client()};
    std::unique_ptr<store::BundleStore> store = test::open_store(state.path());
    app::SyncSettings settings{hub.url(), "prefecture-44", crypto::public_key_hex(key)};
};

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

void require_refused(const app::SyncOutcome& outcome, const std::vector<std::string>& words)
{
    INFO(outcome.reason);
    REQUIRE(outcome.kind == app::SyncKind::Refused);
    CHECK(outcome.version == 1);
    CHECK(outcome.files.empty());
    for (const auto& word : words)
        CHECK(contains(outcome.reason, word));
}


}  // namespace

TEST_CASE("a manifest with a flipped byte fails its signature and nothing is downloaded", "[sync][fault]")
{
    Rig rig;
    rig.hub.serve(rig.v2(rig.key));
    const int blobs_before = rig.hub.blob_requests;
    test::AlteringClient tamper(rig.http, [](const net::HttpRequest& request, net::HttpResponse& response) {
        if (request.url.ends_with("/manifest")) {
            auto at = response.body.find("\"sha256\":\"") + 10;
            response.body[at] = response.body[at] == '0' ? '1' : '0';
        }
    });
    require_refused(rig.poll_with(tamper), {"signature does not verify"});
    CHECK(rig.hub.blob_requests == blobs_before);
    rig.require_old_content_kept();
}

TEST_CASE("a manifest signed with another key is refused and the reason names both keys", "[sync][fault]")
{
    Rig rig;
    auto other = crypto::generate_signing_key();
    rig.hub.serve(rig.v2(other));
    auto outcome = rig.poll();
    require_refused(outcome, {"signature does not verify", crypto::key_id(crypto::public_key_hex(other)),
                              crypto::key_id(rig.settings.public_key_hex)});
    rig.require_old_content_kept();
}

TEST_CASE("a blob whose bytes do not match its hash is refused and not stored", "[sync][fault]")
{
    Rig rig;
    rig.hub.serve(rig.v2(rig.key));
    const std::string sha = rig.changed_services_sha();
    std::string bytes = test::with_service_text(rig.files, "Nouveau texte").at("services.json");
    bytes[bytes.size() / 2] = bytes[bytes.size() / 2] == 'a' ? 'b' : 'a';
    rig.hub.set_blob(sha, bytes);
    require_refused(rig.poll(), {"\"services.json\"", "does not match its SHA-256"});
    CHECK_FALSE(rig.store->has_blob(sha));
    rig.require_old_content_kept();
}

TEST_CASE("a truncated blob is refused with the bytes received and declared", "[sync][fault]")
{
    Rig rig;
    rig.hub.serve(rig.v2(rig.key));
    const std::string sha = rig.changed_services_sha();
    const std::string bytes = test::with_service_text(rig.files, "Nouveau texte").at("services.json");
    rig.hub.set_blob(sha, bytes.substr(0, 1000));
    require_refused(rig.poll(), {"\"services.json\"", "truncated", "1000 of " + std::to_string(bytes.size())});
    CHECK_FALSE(rig.store->has_blob(sha));
    rig.require_old_content_kept();
}

TEST_CASE("a hub sending more bytes than a blob declares is cut off", "[sync][fault]")
{
    Rig rig;
    const bool chunked = GENERATE(false, true);
    INFO((chunked ? "chunked, no Content-Length" : "with Content-Length"));
    rig.hub.chunked = chunked;
    rig.hub.serve(rig.v2(rig.key));
    const std::string sha = rig.changed_services_sha();
    const std::string bytes = test::with_service_text(rig.files, "Nouveau texte").at("services.json");
    rig.hub.set_blob(sha, bytes + std::string(1 << 20, ' '));
    require_refused(rig.poll(), {"\"services.json\"", "more than the " + std::to_string(bytes.size()) + " bytes"});
    CHECK_FALSE(rig.store->has_blob(sha));
    rig.require_old_content_kept();
}

TEST_CASE("a file or a bundle declared over the limits is refused before any download", "[sync][fault]")
{
    Rig rig;
    rig.hub.serve(rig.v2(rig.key));
    const int blobs_before = rig.hub.blob_requests;
    SECTION("one file")
    {
        rig.settings.max_blob_bytes = 20000;
        require_refused(rig.poll(), {"\"map.json\"", "more than the limit of 20000 bytes for one file"});
    }
    SECTION("the whole bundle")
    {
        rig.settings.max_bundle_bytes = 100000;
        require_refused(rig.poll(), {"the bundle declares", "more than the limit of 100000 bytes"});
    }
    CHECK(rig.hub.blob_requests == blobs_before);
    rig.require_old_content_kept();
}

TEST_CASE("an older version is refused even when correctly signed (rollback)", "[sync][fault]")
{
    Rig rig;
    auto v3 = test::sign_bundle(test::with_service_text(rig.files, "Version 3"), 3, rig.key);
    rig.hub.serve(v3);
    REQUIRE(rig.poll().kind == app::SyncKind::Updated);
    SECTION("a replayed old manifest")
    {
        rig.hub.set_manifest(rig.v1.manifest_json);
        auto outcome = rig.poll();
        INFO(outcome.reason);
        REQUIRE(outcome.kind == app::SyncKind::Refused);
        CHECK(contains(outcome.reason, "version 1 is older than the current version 3"));
    }
    SECTION("a newly signed lower version")
    {
        rig.hub.serve(rig.v2(rig.key));
        auto outcome = rig.poll();
        REQUIRE(outcome.kind == app::SyncKind::Refused);
        CHECK(contains(outcome.reason, "version 2 is older than the current version 3"));
    }
    auto current = rig.store->current();
    CHECK((*current)->manifest.version == 3);
    CHECK(app::load_current_bundle(*rig.store, "prefecture-44").value()->version == 3);
}

TEST_CASE("the same version with other content is refused", "[sync][fault]")
{
    Rig rig;
    rig.hub.serve(test::sign_bundle(test::with_service_text(rig.files, "Autre"), 1, rig.key));
    require_refused(rig.poll(), {"version 1 is the current version but its content differs"});
    rig.require_old_content_kept();
}

TEST_CASE("path tricks in file names are refused before anything is written", "[sync][fault]")
{
    Rig rig;
    const std::string path = GENERATE(as<std::string>{}, "../x", "/etc/passwd", "a/../../b", ".hidden", "media/.x",
                                      "a\\b", "a//b", "C:x");
    INFO(path);
    auto files = rig.files;
    files[path] = "pwned";
    rig.hub.serve(test::sign_bundle(files, 2, rig.key));
    const int blobs_before = rig.hub.blob_requests;
    auto outcome = rig.poll();
    require_refused(outcome, {"the manifest is malformed", "not a safe relative path"});
    CHECK(rig.hub.blob_requests == blobs_before);
    CHECK_FALSE(std::filesystem::exists(rig.state.path() + "/x"));
    CHECK_FALSE(rig.store->has_blob(crypto::sha256_hex("pwned")));
    rig.require_old_content_kept();
}

TEST_CASE("a signed bundle whose site does not validate is refused with the first problem", "[sync][fault]")
{
    Rig rig;
    auto files = rig.files;
    SECTION("services.json")
    {
        files["services.json"] = R"({"services": [{"id": "x"}]})";
        rig.hub.serve(test::sign_bundle(files, 2, rig.key));
        require_refused(rig.poll(), {"version 2", "does not validate", "services.json"});
    }
    SECTION("status.json names a service the site does not have")
    {
        files["status.json"] = R"({"format": 1, "services": {"no-such-service": {"state": "closed_today", "date": "2026-11-26"}}, "notices": []})";
        rig.hub.serve(test::sign_bundle(files, 2, rig.key));
        require_refused(rig.poll(), {"does not validate", "status.json"});
    }
    SECTION("another site's bundle")
    {
        rig.hub.serve(test::sign_bundle(files, 2, rig.key, "mairie-demo"));
        require_refused(rig.poll(), {"for site \"mairie-demo\"", "\"prefecture-44\""});
    }
    rig.require_old_content_kept();
}

TEST_CASE("a hub that is down is unreachable at once and the content stays", "[sync][fault]")
{
    Rig rig;
    rig.settings.hub_url = "http://127.0.0.1:" + std::to_string(test::free_loopback_port());
    auto started = Clock::now();
    auto outcome = rig.poll();
    // Well under the 5 s connect timeout: a refused connection is known at once.
    CHECK(Clock::now() - started < std::chrono::milliseconds(1500));
    CHECK(outcome.kind == app::SyncKind::Unreachable);
    CHECK(contains(outcome.reason, "the hub cannot be reached"));
    CHECK(outcome.version == 1);
    rig.require_old_content_kept();
}

TEST_CASE("a hub that stalls is given up after the total timeout", "[sync][fault]")
{
    Rig rig;
    rig.hub.stall_ms = 20000;
    net::HttpClientOptions options = test::quick_client();
    options.total_timeout_ms = 400;
    net::CurlHttpClient impatient(options);
    auto started = Clock::now();
    auto outcome = rig.poll_with(impatient);
    auto elapsed = Clock::now() - started;
    CHECK(elapsed >= std::chrono::milliseconds(350));
    CHECK(elapsed < std::chrono::milliseconds(10000));  // the hub would stall 20 s (a wide margin: load must not decide)
    CHECK(outcome.kind == app::SyncKind::Unreachable);
    CHECK(contains(outcome.reason, "timed out"));
    rig.hub.stall_ms = 0;
    rig.require_old_content_kept();
}

TEST_CASE("cancellation ends a stalled sync promptly", "[sync][fault]")
{
    Rig rig;
    rig.hub.serve(rig.v2(rig.key));
    rig.hub.stall_ms = 20000;
    std::atomic<bool> stop{false};
    net::HttpClientOptions options = test::quick_client();
    options.total_timeout_ms = 60'000;  // far from the stall and from the cancellation
    net::CurlHttpClient http(options, &stop);
    std::thread canceller([&stop] {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        stop = true;
    });
    auto started = Clock::now();
    auto outcome = rig.poll_with(http);
    auto elapsed = Clock::now() - started;
    canceller.join();
    CHECK(elapsed < std::chrono::milliseconds(10000));  // not the 60 s timeout nor the 20 s stall
    CHECK(outcome.kind == app::SyncKind::Unreachable);
    CHECK(contains(outcome.reason, "cancelled"));
    rig.hub.stall_ms = 0;
    rig.require_old_content_kept();
}

TEST_CASE("a configured site id that would bend the manifest URL is refused without a request", "[sync][fault]")
{
    Rig rig;
    const int before = rig.hub.manifest_requests;
    rig.settings.site_id = "../blobs/x?";
    require_refused(rig.poll(), {"is not a site id"});
    CHECK(rig.hub.manifest_requests == before);
}
