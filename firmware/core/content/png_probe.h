#pragma once
// Checks that bytes look like a PNG image a renderer can load, without decoding it (core has no
// image library): signature, IHDR chunk, sane dimensions.

#include <optional>
#include <string>
#include <string_view>

namespace phare::content {

struct ImageSize {
    int width = 0;
    int height = 0;
};

// The image's size, or nullopt with `why` set.
std::optional<ImageSize> probe_png(std::string_view bytes, std::string* why);

}  // namespace phare::content
