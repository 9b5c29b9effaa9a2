#pragma once

#include <cstdint>
#include <string>

namespace phare::ui {

struct Rect {
    int x = 0;
    int y = 0;
    int w = 0;
    int h = 0;

    int right() const { return x + w; }
    int bottom() const { return y + h; }
    bool contains(int px, int py) const { return px >= x && py >= y && px < x + w && py < y + h; }
    bool intersects(const Rect& o) const { return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom(); }
    bool inside(const Rect& o) const { return x >= o.x && y >= o.y && right() <= o.right() && bottom() <= o.bottom(); }
    bool operator==(const Rect&) const = default;
};

struct Color {
    std::uint8_t r = 0;
    std::uint8_t g = 0;
    std::uint8_t b = 0;
    bool operator==(const Color&) const = default;
};

// "#1a3a6b"
std::string to_hex(Color color);
Color from_hex(unsigned rgb);

// WCAG 2 relative luminance and contrast ratio (1..21).
double relative_luminance(Color color);
double contrast_ratio(Color a, Color b);

}  // namespace phare::ui
