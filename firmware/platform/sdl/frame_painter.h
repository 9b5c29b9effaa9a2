#pragma once
// Draws a Frame: panels, buttons, pictograms, text lines split into bidi runs, and the focus ring.
// It decides nothing about layout; everything it draws is in the Frame.

#include "ui/frame.h"

struct SDL_Renderer;

namespace phare::sdl {

class TextCache;
class ImageCache;

class FramePainter {
public:
    FramePainter(SDL_Renderer* renderer, TextCache& text, ImageCache& images) : m_renderer(renderer), m_text(text), m_images(images) {}

    void paint(const ui::Frame& frame);

private:
    void fill(const ui::Rect& rect, ui::Color color);
    void outline(const ui::Rect& rect, ui::Color color, int thickness);
    void paint_element(const ui::Element& element);
    void paint_text(const ui::Element& element);
    void paint_focus(const ui::Frame& frame, const ui::Element& element);

    SDL_Renderer* m_renderer;
    TextCache& m_text;
    ImageCache& m_images;
};

}  // namespace phare::sdl
