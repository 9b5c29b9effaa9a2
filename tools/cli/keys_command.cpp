// phare keys: the bundle signing key. `create` writes a new Ed25519 key (secret file 0600, public
// half in FILE.pub); `show` prints the public key and its id, which kiosks are configured with;
// `verify` checks a manifest file's signature against a public key.

#include "core/bundle/manifest.h"
#include "command_registry.h"
#include "platform/crypto/key_file.h"

#include <cstdio>
#include <fstream>
#include <sstream>

namespace phare::cli {

namespace {

void print_public(const crypto::SigningKey& key)
{
    std::string hex = crypto::public_key_hex(key);
    std::printf("public key: %s\nkey id:     %s\n", hex.c_str(), crypto::key_id(hex).c_str());
}

int verify(const std::string& manifest_path, const std::string& public_key)
{
    std::ifstream in(manifest_path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in) {
        std::fprintf(stderr, "%s: cannot be read\n", manifest_path.c_str());
        return 1;
    }
    auto parsed = bundle::parse_manifest(bytes.str());
    for (const auto& problem : parsed.problems)
        std::fprintf(stderr, "%s\n", content::describe(problem).c_str());
    if (!parsed.manifest)
        return 1;
    if (!crypto::verify_hex(bundle::canonical_bytes(*parsed.manifest), parsed.manifest->signature, public_key)) {
        std::fprintf(stderr, "%s: the signature does not match this public key\n", manifest_path.c_str());
        return 1;
    }
    std::printf("%s: signature valid (site %s, version %d)\n", manifest_path.c_str(), parsed.manifest->site.c_str(),
                parsed.manifest->version);
    return 0;
}

int keys(const std::vector<std::string>& args)
{
    if (args.size() == 2 && (args[0] == "create" || args[0] == "show")) {
        auto key = args[0] == "create" ? crypto::create_signing_key_file(args[1]) : crypto::load_signing_key_file(args[1]);
        if (!key) {
            std::fprintf(stderr, "phare keys: %s\n", describe(key.error()).c_str());
            return 1;
        }
        if (args[0] == "create")
            std::printf("secret key: %s (owner-only)\npublic key file: %s\n", args[1].c_str(), crypto::public_key_path(args[1]).c_str());
        print_public(*key);
        return 0;
    }
    if (args.size() == 4 && args[0] == "verify" && args[2] == "--public-key")
        return verify(args[1], args[3]);
    std::fprintf(stderr, "usage: phare keys create FILE\n"
                         "       phare keys show FILE\n"
                         "       phare keys verify MANIFEST --public-key HEX\n");
    return 2;
}

const RegisterCommand registered{{"keys", "create and show bundle signing keys; verify a manifest", keys}};

}  // namespace

}  // namespace phare::cli
