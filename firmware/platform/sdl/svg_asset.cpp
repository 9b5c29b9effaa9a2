#include "platform/sdl/svg_asset.h"

#include "platform/sdl/sdl_handles.h"

#include <SDL_image.h>

#include <algorithm>

namespace phare::sdl {

Result<Coverage> rasterise_svg(const std::string& path, int width, int height)
{
    if (width <= 0 || height <= 0)
        return fail(path, "cannot draw an image " + std::to_string(width) + " x " + std::to_string(height) + " px");
    SDL_RWops* rw = SDL_RWFromFile(path.c_str(), "rb");
    if (!rw)
        return fail(path, "cannot read the file: " + std::string(SDL_GetError()));
    SurfacePtr drawn(IMG_LoadSizedSVG_RW(rw, width, height));
    SDL_RWclose(rw);
    if (!drawn)
        return fail(path, "not a readable SVG image: " + std::string(IMG_GetError()));
    SurfacePtr argb(SDL_ConvertSurfaceFormat(drawn.get(), SDL_PIXELFORMAT_ARGB8888, 0));
    if (!argb)
        return fail(path, sdl_error("SDL_ConvertSurfaceFormat"));
    // The file's own aspect is kept: a drawing narrower than the box sits in its middle.
    Coverage out{width, height, std::vector<std::uint8_t>(static_cast<std::size_t>(width) * static_cast<std::size_t>(height))};
    const int x0 = std::max(0, (width - argb->w) / 2);
    const int y0 = std::max(0, (height - argb->h) / 2);
    for (int y = 0; y < std::min(height, argb->h); ++y) {
        const auto* row = reinterpret_cast<const std::uint32_t*>(static_cast<const std::uint8_t*>(argb->pixels) + y * argb->pitch);
        for (int x = 0; x < std::min(width, argb->w); ++x)
            out.alpha[static_cast<std::size_t>(y0 + y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x0 + x)] =
                static_cast<std::uint8_t>(row[x] >> 24);
    }
    return out;
}

}  // namespace phare::sdl
