#pragma once
// Contrast as the eye gets it, read from drawn pixels: the most common colour under a text line is
// its background, the pixel that differs most from it is the ink (antialiasing and all).

#include "core/ui/geometry.h"

#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace phare::test {

inline ui::Color to_color(std::uint32_t argb)
{
    return {static_cast<std::uint8_t>(argb >> 16), static_cast<std::uint8_t>(argb >> 8), static_cast<std::uint8_t>(argb)};
}

struct Measured {
    ui::Color background;
    double contrast = 1.0;
};

// `line` is clipped to the screen; every `step_x`-th pixel of every `step_y`-th row is read (the
// screen matrix samples, a single element's test reads them all).
inline Measured measure_line(const std::vector<std::uint32_t>& pixels, int width, const ui::Rect& line, int step_x = 1, int step_y = 1)
{
    const int height = static_cast<int>(pixels.size()) / width;
    const ui::Rect r{std::max(0, line.x), std::max(0, line.y), std::min(line.right(), width) - std::max(0, line.x),
                     std::min(line.bottom(), height) - std::max(0, line.y)};
    std::unordered_map<std::uint32_t, int> counts;
    for (int y = r.y; y < r.bottom(); y += step_y)
        for (int x = r.x; x < r.right(); x += step_x)
            ++counts[pixels[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)] & 0xFFFFFFu];
    std::uint32_t background = 0;
    int best = -1;
    for (auto [color, count] : counts)
        if (count > best) {
            best = count;
            background = color;
        }
    Measured measured{to_color(background), 1.0};
    for (auto [color, count] : counts)
        measured.contrast = std::max(measured.contrast, ui::contrast_ratio(to_color(color), measured.background));
    return measured;
}

}  // namespace phare::test
