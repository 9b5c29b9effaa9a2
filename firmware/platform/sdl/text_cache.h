#pragma once
// Shaped, rasterised text runs as textures, kept between frames: text is shaped once (HarfBuzz is
// the costly part on a Raspberry Pi) and drawn from the cache after that. Least recently used
// runs are dropped past a byte budget.

#include "core/content/site.h"
#include "core/ui/geometry.h"
#include "core/ui/text_metrics.h"

#include <cstddef>
#include <list>
#include <string>
#include <unordered_map>

struct SDL_Renderer;
struct SDL_Texture;

namespace phare::sdl {

class FontSet;

struct CachedRun {
    SDL_Texture* texture = nullptr;  // owned by the cache
    int width = 0;
    int height = 0;
};

class TextCache {
public:
    TextCache(SDL_Renderer* renderer, FontSet& fonts, std::size_t budget_bytes = 32u * 1024u * 1024u);
    ~TextCache();
    TextCache(const TextCache&) = delete;
    TextCache& operator=(const TextCache&) = delete;

    CachedRun get(const std::string& run, content::TextDirection direction, int px, ui::Weight weight, ui::Color color);

    std::size_t hits() const { return m_hits; }
    std::size_t misses() const { return m_misses; }
    std::size_t bytes() const { return m_bytes; }
    std::size_t size() const { return m_lru.size(); }  // textures held
    std::size_t budget() const { return m_budget; }    // bytes kept at most (one run may exceed it)

private:
    struct Entry {
        std::string key;
        CachedRun run;
        std::size_t bytes = 0;
    };
    void evict();

    SDL_Renderer* m_renderer;
    FontSet& m_fonts;
    std::size_t m_budget;
    std::size_t m_bytes = 0;
    std::size_t m_hits = 0;
    std::size_t m_misses = 0;
    std::list<Entry> m_lru;  // most recent first
    std::unordered_map<std::string, std::list<Entry>::iterator> m_index;
};

}  // namespace phare::sdl
