#include "platform/sdl/image_cache.h"

#include "platform/sdl/assets_dir.h"
#include "platform/sdl/sdl_handles.h"
#include "platform/sdl/svg_asset.h"
#include "platform/system/log.h"

#include <SDL_image.h>

#include <cstdint>

namespace phare::sdl {

ImageCache::ImageCache(SDL_Renderer* renderer, const content::SourceFiles& files, std::string assets)
    : m_renderer(renderer), m_files(&files), m_assets(assets.empty() ? assets_dir() : std::move(assets))
{
}

ImageCache::~ImageCache()
{
    clear();
    for (auto& [key, texture] : m_asset_textures)
        if (texture)
            SDL_DestroyTexture(texture);
}

void ImageCache::replace_files(const content::SourceFiles& files)
{
    clear();
    m_files = &files;
}

void ImageCache::clear()
{
    for (auto& [path, texture] : m_textures)
        if (texture)
            SDL_DestroyTexture(texture);
    m_textures.clear();
}

std::size_t ImageCache::size() const
{
    std::size_t held = 0;
    for (const auto& [path, texture] : m_textures)
        held += texture ? 1 : 0;
    return held;
}

SDL_Texture* ImageCache::get(const std::string& path)
{
    if (auto it = m_textures.find(path); it != m_textures.end())
        return it->second;
    SDL_Texture* texture = nullptr;
    auto file = m_files->find(path);
    if (file == m_files->end()) {
        log::warning("image", path + " is not in the site's files");
    } else {
        SDL_RWops* rw = SDL_RWFromConstMem(file->second.data(), static_cast<int>(file->second.size()));
        SurfacePtr surface(IMG_LoadPNG_RW(rw));
        SDL_RWclose(rw);
        if (!surface)
            log::warning("image", path + ": " + IMG_GetError());
        else if (!(texture = SDL_CreateTextureFromSurface(m_renderer, surface.get())))
            log::warning("image", sdl_error("SDL_CreateTextureFromSurface"));
    }
    m_textures.emplace(path, texture);  // a failure is remembered so it is logged once
    return texture;
}

}  // namespace phare::sdl

namespace phare::sdl {

std::size_t ImageCache::assets_held() const
{
    std::size_t held = 0;
    for (const auto& [key, texture] : m_asset_textures)
        held += texture ? 1 : 0;
    return held;
}

SDL_Texture* ImageCache::asset(const std::string& name, int width, int height)
{
    auto key = std::make_tuple(name, width, height);
    if (auto it = m_asset_textures.find(key); it != m_asset_textures.end())
        return it->second;
    SDL_Texture* texture = nullptr;
    Result<Coverage> drawn = fail(name, "an asset name must stay inside the assets folder");
    if (name.find("..") == std::string::npos)
        drawn = rasterise_svg(m_assets + "/" + name, width, height);
    if (!drawn) {
        log::warning("image", describe(drawn.error()));
    } else {
        // White ink: SDL_SetTextureColorMod then gives it any colour (black would stay black).
        SurfacePtr surface(SDL_CreateRGBSurfaceWithFormat(0, width, height, 32, SDL_PIXELFORMAT_ARGB8888));
        if (surface) {
            for (int y = 0; y < height; ++y) {
                auto* row = reinterpret_cast<std::uint32_t*>(static_cast<std::uint8_t*>(surface->pixels) + y * surface->pitch);
                for (int x = 0; x < width; ++x)
                    row[x] = (std::uint32_t{drawn->alpha[static_cast<std::size_t>(y * width + x)]} << 24) | 0xFFFFFFu;
            }
            texture = SDL_CreateTextureFromSurface(m_renderer, surface.get());
        }
        if (!texture)
            log::warning("image", sdl_error("SDL_CreateTextureFromSurface"));
        else
            SDL_SetTextureBlendMode(texture, SDL_BLENDMODE_BLEND);
    }
    m_asset_textures.emplace(key, texture);  // a failure is remembered so it is logged once
    return texture;
}

}  // namespace phare::sdl
