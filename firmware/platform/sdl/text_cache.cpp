#include "sdl/text_cache.h"

#include "sdl/font_set.h"
#include "sdl/sdl_handles.h"
#include "system/log.h"

namespace phare::sdl {

TextCache::TextCache(SDL_Renderer* renderer, FontSet& fonts, std::size_t budget_bytes)
    : m_renderer(renderer), m_fonts(fonts), m_budget(budget_bytes)
{
}

TextCache::~TextCache()
{
    for (Entry& entry : m_lru)
        SDL_DestroyTexture(entry.run.texture);
}

CachedRun TextCache::get(const std::string& run, content::TextDirection direction, int px, ui::Weight weight, ui::Color color)
{
    std::string key = run;
    key += '\x1f';
    key += std::to_string(px) + (direction == content::TextDirection::RightToLeft ? "r" : "l") +
           (weight == ui::Weight::Bold ? "b" : "n") + ui::to_hex(color);
    if (auto it = m_index.find(key); it != m_index.end()) {
        m_lru.splice(m_lru.begin(), m_lru, it->second);
        ++m_hits;
        return it->second->run;
    }
    ++m_misses;
    TTF_Font* font = m_fonts.for_run(run, direction, px, weight);
    SurfacePtr surface(TTF_RenderUTF8_Blended(font, run.c_str(), SDL_Color{color.r, color.g, color.b, 255}));
    if (!surface) {
        log::warning("text", sdl_error("TTF_RenderUTF8_Blended"));
        return {};
    }
    SDL_Texture* texture = SDL_CreateTextureFromSurface(m_renderer, surface.get());
    if (!texture) {
        log::warning("text", sdl_error("SDL_CreateTextureFromSurface"));
        return {};
    }
    CachedRun cached{texture, surface->w, surface->h};
    const std::size_t bytes = static_cast<std::size_t>(surface->w) * static_cast<std::size_t>(surface->h) * 4u;
    m_lru.push_front({key, cached, bytes});
    m_index.emplace(std::move(key), m_lru.begin());
    m_bytes += bytes;
    evict();
    return cached;
}

void TextCache::evict()
{
    // Keep at least the newest entry, which the caller is about to draw.
    while (m_bytes > m_budget && m_lru.size() > 1) {
        Entry& oldest = m_lru.back();
        SDL_DestroyTexture(oldest.run.texture);
        m_bytes -= oldest.bytes;
        m_index.erase(oldest.key);
        m_lru.pop_back();
    }
}

}  // namespace phare::sdl
