#pragma once
// Draws a Frame element's vector shapes (the floor plan): thick and dashed polylines, filled
// polygons and circles, as triangles through SDL_RenderGeometry in one call per element. The
// vertex buffers are kept between frames, so a redraw allocates nothing once they have grown.

#include "core/ui/frame.h"

#include <memory>
#include <vector>

struct SDL_Renderer;

namespace phare::sdl {

class ShapePainter {
public:
    explicit ShapePainter(SDL_Renderer* renderer);
    ~ShapePainter();
    ShapePainter(const ShapePainter&) = delete;
    ShapePainter& operator=(const ShapePainter&) = delete;

    // Shapes are relative to (origin_x, origin_y), the element's top-left corner.
    void paint(const std::vector<ui::Shape>& shapes, int origin_x, int origin_y);

private:
    struct Buffers;
    void polyline(const ui::Shape& shape, float ox, float oy);
    void segment(float ax, float ay, float bx, float by, float half_width, ui::Color color);
    void disc(float cx, float cy, float radius, ui::Color color);
    void polygon(const ui::Shape& shape, float ox, float oy);

    SDL_Renderer* m_renderer;
    std::unique_ptr<Buffers> m_buffers;
};

}  // namespace phare::sdl
