#pragma once
// What the fuzz targets share: the input as text, a check that stops the run (libFuzzer then keeps
// the input as a crash), and the site the targets that need one check against.

#include "core/content/site_loader.h"
#include "core/content/source_files.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace phare::fuzz {

inline std::string_view text(const std::uint8_t* data, std::size_t size) { return {reinterpret_cast<const char*>(data), size}; }

// A property that must hold for every input (a round trip, an invariant): stops the run with the
// sentence so that the input is kept and the failure is explained.
void require(bool holds, std::string_view what);

// The small test site tests/fixtures/sites/tiny, read once: what a status, a form or a changed file
// is checked against.
const content::SourceFiles& tiny_site_files();
const content::Site& tiny_site();

}  // namespace phare::fuzz
