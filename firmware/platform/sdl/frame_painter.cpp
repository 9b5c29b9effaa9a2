#include "platform/sdl/frame_painter.h"

#include "core/i18n/bidi.h"
#include "platform/sdl/image_cache.h"
#include "platform/sdl/svg_asset.h"
#include "platform/sdl/qr_code.h"
#include "platform/sdl/sdl_handles.h"
#include "platform/sdl/shape_painter.h"
#include "platform/sdl/text_cache.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace phare::sdl {

struct FramePainter::QrCache {
    std::string text;
    int side = 0;
    std::vector<SDL_Rect> dark;  // relative to the element, runs of dark modules merged per row
};

FramePainter::FramePainter(SDL_Renderer* renderer, TextCache& text, ImageCache& images)
    : m_renderer(renderer), m_text(text), m_images(images), m_shapes(std::make_unique<ShapePainter>(renderer)),
      m_qr(std::make_unique<QrCache>())
{
}

FramePainter::~FramePainter() = default;

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

void FramePainter::fill_rounded(const ui::Rect& rect, ui::Color color, int radius)
{
    radius = std::min({radius, rect.w / 2, rect.h / 2});
    if (radius <= 0) {
        fill(rect, color);
        return;
    }
    fill({rect.x, rect.y + radius, rect.w, rect.h - 2 * radius}, color);
    // Each corner row is inset by where a circle of `radius` meets the row's middle.
    for (int row = 0; row < radius; ++row) {
        const double dy = radius - row - 0.5;
        const int inset = radius - static_cast<int>(std::lround(std::sqrt(static_cast<double>(radius) * radius - dy * dy)));
        fill({rect.x + inset, rect.y + row, rect.w - 2 * inset, 1}, color);
        fill({rect.x + inset, rect.bottom() - 1 - row, rect.w - 2 * inset, 1}, color);
    }
}

void FramePainter::frame_box(const ui::Element& e)
{
    if (e.radius_px <= 0) {
        fill(e.rect, e.bg);
        if (e.border_px > 0)
            outline(e.rect, e.border, e.border_px);
        return;
    }
    // A rounded border is the border's colour filled, with the inside filled over it.
    const int b = std::max(0, e.border_px);
    if (b > 0)
        fill_rounded(e.rect, e.border, e.radius_px);
    fill_rounded({e.rect.x + b, e.rect.y + b, e.rect.w - 2 * b, e.rect.h - 2 * b}, e.bg, e.radius_px - b);
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
        frame_box(e);
        break;
    case ui::Role::Image:
        if (!e.qr_text.empty())
            paint_qr(e);
        else if (e.image.starts_with(asset_scheme))
            paint_asset(e.image, e.rect, e.fg);
        else if (SDL_Texture* texture = e.image.empty() ? nullptr : m_images.get(e.image)) {
            SDL_Rect r{e.rect.x, e.rect.y, e.rect.w, e.rect.h};
            SDL_RenderCopy(m_renderer, texture, nullptr, &r);
        }
        break;
    case ui::Role::Heading:
    case ui::Role::Text:
        if (e.border_px > 0)  // a framed text, such as an agents' notice
            outline(e.rect, e.border, e.border_px);
        break;
    }
    if (!e.shapes.empty())
        m_shapes->paint(e.shapes, e.rect.x, e.rect.y);
    for (const ui::PlacedPicture& picture : e.pictures)
        paint_asset(picture.image, ui::Rect{e.rect.x + picture.rect.x, e.rect.y + picture.rect.y, picture.rect.w, picture.rect.h}, e.fg);
    paint_text(e);
}

void FramePainter::paint_asset(const std::string& image, const ui::Rect& rect, ui::Color ink)
{
    if (!image.starts_with(asset_scheme))
        return;
    SDL_Texture* texture = m_images.asset(image.substr(asset_scheme.size()), rect.w, rect.h);
    if (!texture)
        return;
    // The element's foreground colour, so an icon follows the palette and the contrast mode.
    SDL_SetTextureColorMod(texture, ink.r, ink.g, ink.b);
    SDL_Rect r{rect.x, rect.y, rect.w, rect.h};
    SDL_RenderCopy(m_renderer, texture, nullptr, &r);
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

void FramePainter::paint_qr(const ui::Element& e)
{
    // Always dark on light, whatever the palette: phone scanners expect it. The element is filled
    // white, so the quiet zone (at least 4 modules) is part of it.
    const int side = std::min(e.rect.w, e.rect.h);
    if (m_qr->text != e.qr_text || m_qr->side != side) {
        m_qr->text = e.qr_text;
        m_qr->side = side;
        m_qr->dark.clear();
        std::optional<QrMatrix> matrix = encode_qr(e.qr_text);
        const int module = matrix ? qr_module_px(side, matrix->size) : 0;
        if (module > 0) {
            const int offset = (side - module * matrix->size) / 2;
            for (int y = 0; y < matrix->size; ++y)
                for (int x = 0; x < matrix->size; ++x) {
                    if (!matrix->at(x, y))
                        continue;
                    int end = x;
                    while (end + 1 < matrix->size && matrix->at(end + 1, y))
                        ++end;
                    m_qr->dark.push_back(SDL_Rect{offset + x * module, offset + y * module, (end - x + 1) * module, module});
                    x = end;
                }
        }
    }
    fill(e.rect, ui::Color{255, 255, 255});
    SDL_SetRenderDrawColor(m_renderer, 0, 0, 0, 255);
    for (const SDL_Rect& r : m_qr->dark) {
        SDL_Rect placed{e.rect.x + r.x, e.rect.y + r.y, r.w, r.h};
        SDL_RenderFillRect(m_renderer, &placed);
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
