#pragma once
// Checks that bytes look like a PNG image a renderer can load, without decoding it (core has no
// image library): signature, IHDR chunk, sane dimensions.

#include "core/error.h"

#include <string_view>

namespace phare::content {

struct ImageSize {
    int width = 0;
    int height = 0;
};

// The image's size. The error's message says what the bytes are instead ("not a PNG file"); its
// `where` is empty: the caller names the file.
Result<ImageSize> probe_png(std::string_view bytes);

}  // namespace phare::content
