// Signing canonical bytes with platform/crypto: a signed manifest verifies, any change to a signed
// field breaks it, and a signature from another key is refused.

#include "core/bundle/bundle_files.h"
#include "core/bundle/manifest.h"
#include "platform/crypto/crypto.h"
#include "support/site_files.h"

#include <catch2/catch.hpp>

using namespace phare;

namespace {

bundle::Manifest signed_manifest(const crypto::SigningKey& key)
{
    content::Problems problems;
    bundle::Manifest manifest;
    manifest.site = "prefecture-44";
    manifest.version = 3;
    manifest.files = bundle::describe_files(test::read_site("config/sites/prefecture-44"), crypto::sha256_hex, problems);
    REQUIRE(problems.empty());
    manifest.key_id = crypto::key_id(crypto::public_key_hex(key));
    manifest.signature = crypto::sign_hex(bundle::canonical_bytes(manifest), key);
    return manifest;
}

}  // namespace

TEST_CASE("SHA-256 matches the standard test vector", "[bundle][crypto]")
{
    CHECK(crypto::sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(crypto::sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("a signed manifest verifies after a trip through JSON", "[bundle][crypto]")
{
    auto key = crypto::generate_signing_key();
    auto manifest = signed_manifest(key);
    auto parsed = bundle::parse_manifest(bundle::to_json(manifest));
    REQUIRE(parsed.manifest);
    CHECK(crypto::verify_hex(bundle::canonical_bytes(*parsed.manifest), parsed.manifest->signature, crypto::public_key_hex(key)));
}

TEST_CASE("changing any signed field breaks the signature", "[bundle][crypto]")
{
    auto key = crypto::generate_signing_key();
    auto manifest = signed_manifest(key);
    auto changed = manifest;
    auto change = GENERATE(0, 1, 2, 3);
    if (change == 0)
        changed.version += 1;
    if (change == 1)
        changed.site = "prefecture-45";
    if (change == 2)
        changed.files.front().size += 1;
    if (change == 3)
        changed.files.back().sha256 = std::string(64, '0');
    CHECK_FALSE(crypto::verify_hex(bundle::canonical_bytes(changed), manifest.signature, crypto::public_key_hex(key)));
}

TEST_CASE("a signature by another key is refused", "[bundle][crypto]")
{
    auto manifest = signed_manifest(crypto::generate_signing_key());
    auto other = crypto::generate_signing_key();
    CHECK_FALSE(crypto::verify_hex(bundle::canonical_bytes(manifest), manifest.signature, crypto::public_key_hex(other)));
    CHECK_FALSE(crypto::verify_hex(bundle::canonical_bytes(manifest), "not hex", crypto::public_key_hex(other)));
}

TEST_CASE("argon2id password hashes verify only the right password", "[crypto]")
{
    auto hash = crypto::hash_password("correct horse battery staple");
    REQUIRE(hash);
    CHECK(hash->rfind("$argon2id$", 0) == 0);
    CHECK(crypto::verify_password(*hash, "correct horse battery staple"));
    CHECK_FALSE(crypto::verify_password(*hash, "Correct horse battery staple"));
}
