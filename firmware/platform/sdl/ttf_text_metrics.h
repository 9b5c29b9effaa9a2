#pragma once
// TextMetrics measured by the same fonts and shaper that draw the text, so layout never guesses.

#include "core/ui/text_metrics.h"

#include <map>
#include <string>
#include <tuple>

namespace phare::sdl {

class FontSet;

class TtfTextMetrics final : public ui::TextMetrics {
public:
    explicit TtfTextMetrics(FontSet& fonts) : m_fonts(fonts) {}

    int run_width(std::string_view run, content::TextDirection direction, int px, ui::Weight weight) override;
    int line_height(int px, ui::Weight weight) override;
    double cap_height_ratio() override;

private:
    FontSet& m_fonts;
    // Layout measures the same words again and again while wrapping; shaping is the costly part.
    std::map<std::tuple<std::string, int, int, int>, int, std::less<>> m_widths;
    double m_cap_ratio = 0;
};

}  // namespace phare::sdl
