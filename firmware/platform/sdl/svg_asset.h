#pragma once
// The kiosk's own pictograms and icons (assets/pictograms, assets/icons): SVG files drawn in black
// on transparent, rasterised at the size they are shown (SDL_image's SVG reader), so they stay
// sharp at every text size. Only their coverage is kept: the painter gives them the element's
// foreground colour, which follows the contrast mode.

#include "core/error.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace phare::sdl {

// How an element names one of these assets: "asset:icons/back.svg", a path under assets_dir().
inline constexpr std::string_view asset_scheme = "asset:";

struct Coverage {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> alpha;  // row by row, 0 transparent to 255 ink
};

// The SVG file at `path` drawn to fit width x height, centred. The error names the file.
Result<Coverage> rasterise_svg(const std::string& path, int width, int height);

}  // namespace phare::sdl
