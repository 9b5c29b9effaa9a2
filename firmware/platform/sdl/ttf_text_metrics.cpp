#include "platform/sdl/ttf_text_metrics.h"

#include "platform/sdl/font_set.h"
#include "platform/sdl/sdl_handles.h"

#include <algorithm>

namespace phare::sdl {

int TtfTextMetrics::run_width(std::string_view run, content::TextDirection direction, int px, ui::Weight weight)
{
    auto key = std::make_tuple(std::string(run), px, static_cast<int>(direction), static_cast<int>(weight));
    if (auto it = m_widths.find(key); it != m_widths.end())
        return it->second;
    int width = 0;
    for (const FontSpan& span : m_fonts.spans(run, direction, px, weight)) {
        int span_width = 0;
        int height = 0;
        if (TTF_SizeUTF8(span.font, span.text.c_str(), &span_width, &height) == 0)
            width += span_width;
    }
    if (m_widths.size() > 20000)
        m_widths.clear();  // bounded: a kiosk shows a few hundred distinct words
    m_widths.emplace(std::move(key), width);
    return width;
}

int TtfTextMetrics::line_height(int px, ui::Weight weight)
{
    // The Arabic face is taller; lines must fit both so mixed text never overlaps.
    int latin = TTF_FontLineSkip(m_fonts.latin(px, weight));
    int arabic = TTF_FontLineSkip(m_fonts.for_run("\u0627", content::TextDirection::RightToLeft, px, weight));
    return std::max(latin, arabic);
}

double TtfTextMetrics::cap_height_ratio()
{
    if (m_cap_ratio > 0)
        return m_cap_ratio;
    constexpr int reference_px = 200;
    int min_x = 0, max_x = 0, min_y = 0, max_y = 0, advance = 0;
    TTF_Font* font = m_fonts.latin(reference_px, ui::Weight::Regular);
    if (TTF_GlyphMetrics32(font, 'H', &min_x, &max_x, &min_y, &max_y, &advance) == 0 && max_y > 0)
        m_cap_ratio = static_cast<double>(max_y) / reference_px;
    else
        m_cap_ratio = 0.714;  // Noto Sans' cap height, if the glyph cannot be measured
    return m_cap_ratio;
}

}  // namespace phare::sdl
