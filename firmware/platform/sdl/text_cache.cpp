#include "platform/sdl/text_cache.h"

#include "platform/sdl/font_set.h"
#include "platform/sdl/sdl_handles.h"
#include "platform/system/log.h"

#include <algorithm>
#include <vector>

namespace phare::sdl {

namespace {

// Draws the spans side by side, vertically centred, into one surface: one texture per run.
SurfacePtr render_spans(const std::vector<FontSpan>& spans, SDL_Color color)
{
    std::vector<SurfacePtr> parts;
    int width = 0;
    int height = 0;
    for (const FontSpan& span : spans) {
        SurfacePtr part(TTF_RenderUTF8_Blended(span.font, span.text.c_str(), color));
        if (!part) {
            log::warning("text", sdl_error("TTF_RenderUTF8_Blended"));
            return nullptr;
        }
        width += part->w;
        height = std::max(height, part->h);
        parts.push_back(std::move(part));
    }
    if (parts.size() == 1)
        return std::move(parts.front());
    SurfacePtr whole(SDL_CreateRGBSurfaceWithFormat(0, std::max(width, 1), std::max(height, 1), 32, SDL_PIXELFORMAT_ARGB8888));
    if (!whole)
        return nullptr;
    SDL_FillRect(whole.get(), nullptr, 0);
    int x = 0;
    for (SurfacePtr& part : parts) {
        SDL_SetSurfaceBlendMode(part.get(), SDL_BLENDMODE_NONE);
        SDL_Rect at{x, (height - part->h) / 2, part->w, part->h};
        SDL_BlitSurface(part.get(), nullptr, whole.get(), &at);
        x += part->w;
    }
    return whole;
}

}  // namespace

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
    SurfacePtr surface = render_spans(m_fonts.spans(run, direction, px, weight), SDL_Color{color.r, color.g, color.b, 255});
    if (!surface)
        return {};
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
