#pragma once
// Pictograms and other site images, decoded once from the site's files into textures; and the
// kiosk's own SVG assets (svg_asset.h), rasterised once per size they are shown at.

#include "core/content/source_files.h"

#include <cstddef>
#include <map>
#include <string>
#include <tuple>

struct SDL_Renderer;
struct SDL_Texture;

namespace phare::sdl {

class ImageCache {
public:
    // `assets`: the folder asset names are read from; assets_dir() when empty.
    ImageCache(SDL_Renderer* renderer, const content::SourceFiles& files, std::string assets = {});
    // The cache keeps a pointer to the files: a temporary would dangle.
    ImageCache(SDL_Renderer* renderer, content::SourceFiles&& files, std::string assets = {}) = delete;
    ~ImageCache();
    ImageCache(const ImageCache&) = delete;
    ImageCache& operator=(const ImageCache&) = delete;

    // nullptr (logged once) when the file is missing or cannot be decoded.
    SDL_Texture* get(const std::string& path);
    // New content: textures of the old files are freed; the caller keeps `files` alive.
    void replace_files(const content::SourceFiles& files);
    // Textures held (a file that failed to decode is remembered without one).
    std::size_t size() const;
    // An asset ("icons/back.svg", under `assets`) at width x height: white ink on transparent, to be
    // colour-modulated. nullptr (logged once) when it cannot be drawn. Kept across content changes.
    SDL_Texture* asset(const std::string& name, int width, int height);
    // Asset textures held, one per asset and size.
    std::size_t assets_held() const;

private:
    SDL_Renderer* m_renderer;
    const content::SourceFiles* m_files;

    std::string m_assets;

    void clear();
    std::map<std::string, SDL_Texture*> m_textures;
    std::map<std::tuple<std::string, int, int>, SDL_Texture*> m_asset_textures;
};

}  // namespace phare::sdl
