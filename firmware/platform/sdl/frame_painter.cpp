#include "sdl/frame_painter.h"

#include "i18n/bidi.h"
#include "sdl/image_cache.h"
#include "sdl/sdl_handles.h"
#include "sdl/text_cache.h"

namespace phare::sdl {

void FramePainter::fill(const ui::Rect& rect, ui::Color color)
{
    SDL_SetRenderDrawColor(m_renderer, color.r, color.g, color.b, 255);
    SDL_Rect r{rect.x, rect.y, rect.w, rect.h};
    SDL_RenderFillRect(m_renderer, &r);
}

void FramePainter::outline(const ui::Rect& rect, ui::Color color, int thickness)
{
    fill({rect.x, rect.y, rect.w, thickness}, color);
    fill({rect.x, rect.bottom() - thickness, rect.w, thickness}, color);
    fill({rect.x, rect.y, thickness, rect.h}, color);
    fill({rect.right() - thickness, rect.y, thickness, rect.h}, color);
}

void FramePainter::paint(const ui::Frame& frame)
{
    SDL_SetRenderDrawColor(m_renderer, frame.background.r, frame.background.g, frame.background.b, 255);
    SDL_RenderClear(m_renderer);
    const ui::Element* focused = nullptr;
    for (const ui::Element& element : frame.elements) {
        paint_element(element);
        if (element.focused)
            focused = &element;
    }
    if (focused)
        paint_focus(frame, *focused);
}

void FramePainter::paint_element(const ui::Element& e)
{
    switch (e.role) {
    case ui::Role::Panel:
    case ui::Role::Button:
    case ui::Role::Toggle:
        fill(e.rect, e.bg);
        if (e.border_px > 0)
            outline(e.rect, e.border, e.border_px);
        break;
    case ui::Role::Image:
        if (SDL_Texture* texture = m_images.get(e.image)) {
            SDL_Rect r{e.rect.x, e.rect.y, e.rect.w, e.rect.h};
            SDL_RenderCopy(m_renderer, texture, nullptr, &r);
        }
        break;
    case ui::Role::Heading:
    case ui::Role::Text: break;
    }
    paint_text(e);
}

void FramePainter::paint_text(const ui::Element& e)
{
    const ui::Weight weight = e.bold ? ui::Weight::Bold : ui::Weight::Regular;
    for (const ui::TextLine& line : e.lines) {
        int x = line.rect.x;
        for (const i18n::BidiRun& run : i18n::visual_runs(line.text, e.direction)) {
            CachedRun cached = m_text.get(run.text, run.direction, e.font_px, weight, e.fg);
            if (!cached.texture)
                continue;
            // Runs are centred in the line box: the Arabic face is taller than the Latin one.
            SDL_Rect r{x, line.rect.y + (line.rect.h - cached.height) / 2, cached.width, cached.height};
            SDL_RenderCopy(m_renderer, cached.texture, nullptr, &r);
            x += cached.width;
        }
    }
}

void FramePainter::paint_focus(const ui::Frame& frame, const ui::Element& e)
{
    // A thick ring outside the element with a thin background-coloured gap inside it, so the ring
    // contrasts with the element and with the page whatever their colours (R-11, WCAG 2.4.7).
    const int ring = frame.focus_ring_px;
    const int gap = ring / 3;
    ui::Rect inner{e.rect.x - gap, e.rect.y - gap, e.rect.w + 2 * gap, e.rect.h + 2 * gap};
    ui::Rect outer{inner.x - ring, inner.y - ring, inner.w + 2 * ring, inner.h + 2 * ring};
    outline(inner, frame.background, gap);
    outline(outer, frame.focus_ring, ring);
}

}  // namespace phare::sdl
