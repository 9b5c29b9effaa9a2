#include "platform/sdl/shape_painter.h"

#include "core/ui/triangulate.h"

#include <SDL.h>

#include <algorithm>
#include <cmath>

namespace phare::sdl {

struct ShapePainter::Buffers {
    std::vector<SDL_Vertex> vertices;
    std::vector<int> indices;

    void triangle(SDL_FPoint a, SDL_FPoint b, SDL_FPoint c, ui::Color color)
    {
        const SDL_Color sdl{color.r, color.g, color.b, 255};
        const int base = static_cast<int>(vertices.size());
        for (SDL_FPoint p : {a, b, c})
            vertices.push_back(SDL_Vertex{p, sdl, SDL_FPoint{0, 0}});
        indices.insert(indices.end(), {base, base + 1, base + 2});
    }
};

ShapePainter::ShapePainter(SDL_Renderer* renderer) : m_renderer(renderer), m_buffers(std::make_unique<Buffers>()) {}
ShapePainter::~ShapePainter() = default;

void ShapePainter::paint(const std::vector<ui::Shape>& shapes, int origin_x, int origin_y)
{
    m_buffers->vertices.clear();  // keeps the capacity: no allocation once grown
    m_buffers->indices.clear();
    const auto ox = static_cast<float>(origin_x);
    const auto oy = static_cast<float>(origin_y);
    for (const ui::Shape& shape : shapes) {
        if (shape.points.empty())
            continue;
        switch (shape.kind) {
        case ui::ShapeKind::Polyline: polyline(shape, ox, oy); break;
        case ui::ShapeKind::Polygon: polygon(shape, ox, oy); break;
        case ui::ShapeKind::Circle:
            disc(ox + static_cast<float>(shape.points[0].x), oy + static_cast<float>(shape.points[0].y), static_cast<float>(shape.width_px) / 2.0f,
                 shape.color);
            break;
        }
    }
    if (m_buffers->indices.empty())
        return;
    // One call for the whole drawing: triangles are drawn in order, so later shapes cover earlier ones.
    SDL_RenderGeometry(m_renderer, nullptr, m_buffers->vertices.data(), static_cast<int>(m_buffers->vertices.size()),
                       m_buffers->indices.data(), static_cast<int>(m_buffers->indices.size()));
}

void ShapePainter::segment(float ax, float ay, float bx, float by, float half_width, ui::Color color)
{
    const float dx = bx - ax, dy = by - ay;
    const float length = std::hypot(dx, dy);
    if (length < 0.01f)
        return;
    const float nx = -dy / length * half_width, ny = dx / length * half_width;
    const SDL_FPoint p1{ax + nx, ay + ny}, p2{bx + nx, by + ny}, p3{bx - nx, by - ny}, p4{ax - nx, ay - ny};
    m_buffers->triangle(p1, p2, p3, color);
    m_buffers->triangle(p1, p3, p4, color);
}

void ShapePainter::disc(float cx, float cy, float radius, ui::Color color)
{
    if (radius <= 0)
        return;
    constexpr float two_pi = 6.28318530718f;
    const int sides = std::clamp(static_cast<int>(radius), 12, 48);
    SDL_FPoint previous{cx + radius, cy};
    for (int i = 1; i <= sides; ++i) {
        const float a = two_pi * static_cast<float>(i) / static_cast<float>(sides);
        const SDL_FPoint next{cx + radius * std::cos(a), cy + radius * std::sin(a)};
        m_buffers->triangle(SDL_FPoint{cx, cy}, previous, next, color);
        previous = next;
    }
}

void ShapePainter::polygon(const ui::Shape& shape, float ox, float oy)
{
    // Rooms may be shaped like an L or a U: ear clipping, not a fan, so concave outlines fill right.
    auto at = [&](std::size_t i) { return SDL_FPoint{ox + static_cast<float>(shape.points[i].x), oy + static_cast<float>(shape.points[i].y)}; };
    for (const auto& [a, b, c] : ui::triangulate(shape.points))
        m_buffers->triangle(at(a), at(b), at(c), shape.color);
}

void ShapePainter::polyline(const ui::Shape& shape, float ox, float oy)
{
    const float half = static_cast<float>(std::max(1, shape.width_px)) / 2.0f;
    const std::vector<int>& dash = shape.dash;
    int dash_total = 0;
    for (int d : dash)
        dash_total += std::max(0, d);
    if (dash.empty() || dash_total <= 0) {
        for (std::size_t i = 1; i < shape.points.size(); ++i) {
            const auto& a = shape.points[i - 1];
            const auto& b = shape.points[i];
            segment(ox + static_cast<float>(a.x), oy + static_cast<float>(a.y), ox + static_cast<float>(b.x), oy + static_cast<float>(b.y), half,
                    shape.color);
            if (i + 1 < shape.points.size() && half > 1.5f)
                disc(ox + static_cast<float>(b.x), oy + static_cast<float>(b.y), half, shape.color);  // round joins, no notches
        }
        return;
    }
    // Dashes continue across corners: the pattern is measured along the whole line.
    std::size_t index = 0;
    float left_in_dash = static_cast<float>(dash[0]);
    for (std::size_t i = 1; i < shape.points.size(); ++i) {
        float ax = ox + static_cast<float>(shape.points[i - 1].x), ay = oy + static_cast<float>(shape.points[i - 1].y);
        const float bx = ox + static_cast<float>(shape.points[i].x), by = oy + static_cast<float>(shape.points[i].y);
        float remaining = std::hypot(bx - ax, by - ay);
        if (remaining < 0.01f)
            continue;
        const float ux = (bx - ax) / remaining, uy = (by - ay) / remaining;
        while (remaining > 0.01f) {
            const float step = std::min(remaining, left_in_dash);
            if (index % 2 == 0)
                segment(ax, ay, ax + ux * step, ay + uy * step, half, shape.color);
            ax += ux * step;
            ay += uy * step;
            remaining -= step;
            left_in_dash -= step;
            if (left_in_dash <= 0.01f) {
                index = (index + 1) % dash.size();
                left_in_dash = static_cast<float>(std::max(1, dash[index]));
            }
        }
    }
}

}  // namespace phare::sdl
