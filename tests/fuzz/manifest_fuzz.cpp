// A bundle's manifest as a kiosk receives it from the network (bundle::parse_manifest). A manifest
// it accepts must survive the round trip: served again (to_json) and parsed, it is the same
// manifest, with the same signed bytes.

#include "fuzz_support.h"

#include "core/bundle/manifest.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace phare;
    const auto parsed = bundle::parse_manifest(fuzz::text(data, size));
    fuzz::require(parsed.manifest.has_value() == parsed.problems.empty(), "a manifest is given if and only if there is no problem");
    if (!parsed.manifest)
        return 0;
    const std::string served = bundle::to_json(*parsed.manifest);
    const auto again = bundle::parse_manifest(served);
    fuzz::require(again.manifest.has_value(), "a manifest the kiosk accepted parses again once served");
    fuzz::require(bundle::canonical_bytes(*again.manifest) == bundle::canonical_bytes(*parsed.manifest),
                  "a served manifest keeps its signed bytes");
    fuzz::require(bundle::to_json(*again.manifest) == served, "a served manifest is served the same");
    for (const auto& file : parsed.manifest->files)
        fuzz::require(parsed.manifest->find(file.path) == &file, "every file of a manifest is found by its path");
    return 0;
}
