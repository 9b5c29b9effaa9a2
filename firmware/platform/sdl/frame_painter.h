#pragma once
// Draws a Frame: panels, buttons, pictograms, vector shapes (the floor plan), QR codes, text lines
// split into bidi runs, and the focus ring.
// It decides nothing about layout; everything it draws is in the Frame.

#include "core/ui/frame.h"

#include <memory>

struct SDL_Renderer;

namespace phare::sdl {

class TextCache;
class ImageCache;
class ShapePainter;

class FramePainter {
public:
    FramePainter(SDL_Renderer* renderer, TextCache& text, ImageCache& images);
    ~FramePainter();
    FramePainter(const FramePainter&) = delete;
    FramePainter& operator=(const FramePainter&) = delete;

    void paint(const ui::Frame& frame);

private:
    void fill(const ui::Rect& rect, ui::Color color);
    void outline(const ui::Rect& rect, ui::Color color, int thickness);
    // `rect` filled with its corners rounded to `radius` (clamped to half the shorter side).
    void fill_rounded(const ui::Rect& rect, ui::Color color, int radius);
    // A panel's or control's fill and border, rounded when the element has a radius.
    void frame_box(const ui::Element& e);
    void paint_element(const ui::Element& element);
    void paint_text(const ui::Element& element);
    void paint_focus(const ui::Frame& frame, const ui::Element& element);
    void paint_asset(const std::string& image, const ui::Rect& rect, ui::Color ink);
    void paint_qr(const ui::Element& element);

    SDL_Renderer* m_renderer;
    TextCache& m_text;
    ImageCache& m_images;
    std::unique_ptr<ShapePainter> m_shapes;
    struct QrCache;
    std::unique_ptr<QrCache> m_qr;  // the last code encoded: a frame redrawn does not encode again
};

}  // namespace phare::sdl
