#include "platform/sdl/image_cache.h"

#include "platform/sdl/sdl_handles.h"
#include "platform/system/log.h"

#include <SDL_image.h>

namespace phare::sdl {

ImageCache::ImageCache(SDL_Renderer* renderer, const content::SourceFiles& files) : m_renderer(renderer), m_files(&files) {}

ImageCache::~ImageCache() { clear(); }

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
