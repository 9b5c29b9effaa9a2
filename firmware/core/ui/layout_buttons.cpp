#include "core/ui/layout.h"

#include "core/ui/text_layout.h"

#include <algorithm>

namespace phare::ui {

Element Layout::make_button(const ButtonSpec& spec, int width, int min_height, int& height_out)
{
    const Palette& p = m_theme.palette;
    const bool filled = spec.selected || spec.primary;
    const int padding = px(m_theme.gap_mm);
    const int picture = !spec.image.empty() ? px(16.0) : !spec.icon.empty() ? icon_px() : 0;
    const int text_offset = picture ? picture + 2 * padding : padding;
    Element e = text_element(spec.id, spec.role, spec.label, width - text_offset + padding, m_theme.body_cap_mm, Weight::Bold,
                             filled ? p.primary_text : p.button_text, filled ? p.primary : p.button, padding);
    if (!spec.lang.empty()) {
        e.lang = spec.lang;
        e.direction = spec.direction;
    }
    const int text_height = e.rect.h + 2 * padding;
    const int height = std::max({min_height, text_height, picture + 2 * padding});
    const int top = (height - e.rect.h) / 2;
    for (TextLine& line : e.lines) {
        line.rect.x = text_offset;
        line.rect.y += top;
    }
    e.rect = Rect{0, 0, width, height};
    e.spoken = spec.spoken.empty() ? spec.label : spec.spoken;
    e.action = spec.action;
    e.focusable = true;
    e.selected = spec.selected;
    e.border = p.button_border;
    e.border_px = m_theme.border_px;
    height_out = height;
    return e;
}

// An icon scales with the text (R-35: large text) rather than staying a fixed size beside it.
int Layout::icon_px() const { return px(m_theme.body_cap_mm * 1.4); }

// Decoration: nothing to read or press, the button says it all; finalize() mirrors it to the right
// edge in right-to-left languages with the button.
Element Layout::button_icon(const Element& button, const std::string& icon) const
{
    Element e;
    e.id = button.id + ".icon";
    e.role = Role::Image;
    e.image = icon;
    const int size = icon_px();
    e.rect = Rect{button.rect.x + px(m_theme.gap_mm), button.rect.y + (button.rect.h - size) / 2, size, size};
    e.fg = button.fg;
    e.bg = button.bg;
    return e;
}

Block Layout::button(const ButtonSpec& spec)
{
    Block block;
    int height = 0;
    Element e = make_button(spec, content_width(), px(m_theme.target_mm), height);
    block.elements.push_back(e);
    if (!spec.image.empty()) {
        Element picture;
        picture.id = spec.id + ".pictogram";
        picture.role = Role::Image;
        picture.image = spec.image;
        const int padding = px(m_theme.gap_mm);
        const int size = px(16.0);
        picture.rect = Rect{padding, (height - size) / 2, size, size};
        picture.bg = e.bg;
        block.elements.push_back(std::move(picture));
    }
    block.height = height;
    block.choices = 1;
    return block;
}

Block Layout::button_flow(const std::vector<ButtonSpec>& specs)
{
    Block block;
    const int gap = px(m_theme.gap_mm);
    const int padding = px(m_theme.gap_mm);
    const int available = content_width();
    int x = 0;
    int y = 0;
    int row_height = 0;
    for (const ButtonSpec& spec : specs) {
        const int font = font_px(m_theme.body_cap_mm);
        const content::TextDirection dir = spec.lang.empty() ? m_direction : spec.direction;
        int natural = line_width(m_metrics, spec.label, dir, font, Weight::Bold) + 2 * padding + 1;
        int width = std::clamp(std::max(natural, px(m_theme.target_mm) * 2), 0, available);
        if (x > 0 && x + width > available) {
            x = 0;
            y += row_height + gap;
            row_height = 0;
        }
        int height = 0;
        Element e = make_button(spec, width, px(m_theme.target_mm), height);
        e.rect.x = x;
        e.rect.y = y;
        row_height = std::max(row_height, height);
        block.elements.push_back(std::move(e));
        x += width + gap;
    }
    block.height = y + row_height;
    block.choices = static_cast<int>(specs.size());
    return block;
}

}  // namespace phare::ui
