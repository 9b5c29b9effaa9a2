#pragma once
// Pictograms and other site images, decoded once from the site's files into textures.

#include "core/content/source_files.h"

#include <cstddef>
#include <map>
#include <string>

struct SDL_Renderer;
struct SDL_Texture;

namespace phare::sdl {

class ImageCache {
public:
    ImageCache(SDL_Renderer* renderer, const content::SourceFiles& files);
    ~ImageCache();
    ImageCache(const ImageCache&) = delete;
    ImageCache& operator=(const ImageCache&) = delete;

    // nullptr (logged once) when the file is missing or cannot be decoded.
    SDL_Texture* get(const std::string& path);
    // New content: textures of the old files are freed; the caller keeps `files` alive.
    void replace_files(const content::SourceFiles& files);
    // Textures held (a file that failed to decode is remembered without one).
    std::size_t size() const;

private:
    SDL_Renderer* m_renderer;
    const content::SourceFiles* m_files;

    void clear();
    std::map<std::string, SDL_Texture*> m_textures;
};

}  // namespace phare::sdl
