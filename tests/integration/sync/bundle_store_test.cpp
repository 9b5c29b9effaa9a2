// The bundle store on real files: hashes checked on write and on read, leftovers of a crash
// removed, the switch made by one rename, and clean-up that keeps the previous bundle.

#include "sync_support.h"

#include "platform/store/durable_file.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace phare;
namespace fs = std::filesystem;

namespace {

test::SignedBundle small_bundle(int version, const std::string& text, const crypto::SigningKey& key)
{
    return test::sign_bundle({{"a.json", "{\"a\": 1}"}, {"b.json", text}}, version, key);
}

void put_all(store::BundleStore& store, const test::SignedBundle& bundle)
{
    for (const auto& [sha, bytes] : bundle.blobs)
        REQUIRE(store.put_blob(sha, bytes));
}

std::size_t files_in(const std::string& folder)
{
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(folder), fs::directory_iterator()));
}

}  // namespace

TEST_CASE("a blob is refused unless its bytes hash to its name", "[sync][store]")
{
    test::TempDir state;
    auto store = test::open_store(state.path());
    const std::string sha = crypto::sha256_hex("hello");
    auto wrong = store->put_blob(sha, "hellO");
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().where == "blob " + sha.substr(0, 12) + "…");
    CHECK(wrong.error().message.find("have SHA-256") != std::string::npos);
    CHECK_FALSE(store->has_blob(sha));
    auto outside = store->put_blob("../../etc/passwd", "x");
    REQUIRE_FALSE(outside);
    CHECK(outside.error().where == "\"../../etc/passwd\"");
    CHECK_FALSE(store->has_blob("../../etc/passwd"));
    REQUIRE(store->put_blob(sha, "hello"));
    CHECK(store->has_blob(sha));
    CHECK(files_in(state.path() + "/content/blobs") == 1);
}

TEST_CASE("a commit switches the current pointer and refuses a bundle with a blob missing", "[sync][store]")
{
    test::TempDir state;
    auto store = test::open_store(state.path());
    auto key = crypto::generate_signing_key();
    auto v1 = small_bundle(1, "{}", key);
    auto missing = store->commit(v1.manifest_json, v1.manifest, "\"e1\"");
    REQUIRE_FALSE(missing);
    CHECK(missing.error().where == "a.json");  // the first file of the bundle
    CHECK(missing.error().message.find("is not stored") != std::string::npos);
    CHECK_FALSE(*store->current());

    put_all(*store, v1);
    REQUIRE(store->commit(v1.manifest_json, v1.manifest, "\"e1\""));
    auto current = store->current();
    REQUIRE(*current);
    CHECK((*current)->manifest.version == 1);
    CHECK((*current)->manifest_bytes == v1.manifest_json);
    CHECK((*current)->etag == "\"e1\"");
    CHECK((*current)->complete);
    auto files = store->read_files((*current)->manifest);
    REQUIRE(files);
    CHECK(files->at("b.json") == "{}");
}

TEST_CASE("clean-up keeps the current and previous bundles and deletes older ones", "[sync][store]")
{
    test::TempDir state;
    auto store = test::open_store(state.path());
    auto key = crypto::generate_signing_key();
    auto v1 = small_bundle(1, "{\"v\": 1}", key);
    auto v2 = small_bundle(2, "{\"v\": 2}", key);
    auto v3 = small_bundle(3, "{\"v\": 3}", key);
    for (const auto* bundle : {&v1, &v2, &v3}) {
        put_all(*store, *bundle);
        REQUIRE(store->commit(bundle->manifest_json, bundle->manifest, ""));
    }
    // a.json is shared; b.json of v2 and v3 remain; v1's b.json is gone.
    CHECK(files_in(state.path() + "/content/blobs") == 3);
    CHECK_FALSE(store->has_blob(crypto::sha256_hex("{\"v\": 1}")));
    CHECK(store->has_blob(crypto::sha256_hex("{\"v\": 2}")));
    CHECK_FALSE(fs::exists(state.path() + "/content/manifests/1.json"));
    CHECK(fs::exists(state.path() + "/content/manifests/2.json"));
    CHECK((*store->current())->manifest.version == 3);
}

TEST_CASE("leftover temporary files of a crash are removed when the store opens", "[sync][store]")
{
    test::TempDir state;
    test::open_store(state.path());
    for (const char* leftover : {"/content/current.tmp", "/content/blobs/abc.tmp", "/content/manifests/7.json.tmp"})
        std::ofstream(state.path() + leftover) << "half";
    auto store = test::open_store(state.path());
    CHECK_FALSE(fs::exists(state.path() + "/content/current.tmp"));
    CHECK(files_in(state.path() + "/content/blobs") == 0);
    CHECK(files_in(state.path() + "/content/manifests") == 0);
    CHECK_FALSE(*store->current());
}

TEST_CASE("a garbled pointer or a damaged manifest is an error, not a bundle", "[sync][store]")
{
    test::TempDir state;
    auto store = test::open_store(state.path());
    auto key = crypto::generate_signing_key();
    auto v1 = small_bundle(1, "{}", key);
    put_all(*store, v1);
    REQUIRE(store->commit(v1.manifest_json, v1.manifest, ""));
    SECTION("pointer")
    {
        REQUIRE(store::write_file_durably(state.path() + "/content", "current", "manifest x\n"));
        auto current = store->current();
        REQUIRE_FALSE(current);
        CHECK(current.error().where == state.path() + "/content/current");
        CHECK(current.error().message.find("garbled") != std::string::npos);
    }
    SECTION("manifest")
    {
        REQUIRE(store::write_file_durably(state.path() + "/content/manifests", "1.json", "{\"files\": ["));
        auto current = store->current();
        REQUIRE_FALSE(current);
        CHECK(current.error().where == state.path() + "/content/manifests/1.json");
        CHECK(describe(current.error()).find("1.json: the manifest is damaged") != std::string::npos);
    }
}

TEST_CASE("a store that cannot be created names the folder it could not make", "[sync][store]")
{
    test::TempDir state;
    const std::string file = state.path() + "/not-a-folder";
    std::ofstream(file) << "x";
    auto store = store::BundleStore::open(file);
    REQUIRE_FALSE(store);
    CHECK(store.error().where == file + "/content");
    CHECK(store.error().message.starts_with("cannot create the content folder: "));
}
