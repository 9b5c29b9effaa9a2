// What every screen shares around its body: the header with the accessibility button, the
// footer with Back, Home and Help, the caption of what was said, and the page controls.

#include "core/ui/layout.h"

#include "core/i18n/template.h"
#include "core/ui/text_layout.h"

#include <algorithm>

namespace phare::ui {

Block Layout::page_controls(int page, int pages)
{
    const int gap = px(m_theme.gap_mm);
    const std::string indicator =
        i18n::fill(ui("nav.page_of"), {{"page", std::to_string(page + 1)}, {"pages", std::to_string(pages)}});
    Block block = paragraph("page.indicator", indicator, m_theme.body_cap_mm, m_theme.palette.text);
    block.elements.front().align = Align::Center;
    const int half = (content_width() - gap) / 2;
    const int top = block.height + gap / 2;
    int height_previous = 0;
    int height_next = 0;
    std::vector<Element> buttons;
    if (page > 0) {
        std::string label = ui("nav.previous_page");
        buttons.push_back(make_button({"page.previous", label, spoken_control(label, "role.button"), PreviousPage{}},
                                      half, px(m_theme.target_mm), height_previous));
    }
    if (page + 1 < pages) {
        std::string label = ui("nav.next_page");
        buttons.push_back(make_button({"page.next", label, spoken_control(label, "role.button"), NextPage{}}, half,
                                      px(m_theme.target_mm), height_next));
        buttons.back().rect.x = half + gap;
    }
    for (Element& e : buttons) {
        e.rect.y = top;
        e.rect.h = std::max(height_previous, height_next);
        block.elements.push_back(std::move(e));
    }
    block.height = top + std::max(height_previous, height_next);
    return block;
}

std::vector<Element> Layout::header()
{
    const Palette& p = m_theme.palette;
    const int margin = px(m_theme.margin_mm);
    const int gap = px(m_theme.gap_mm);
    std::string label = ui("a11y.button");
    // As wide as its label needs (never a word cut in two), at least 60 mm: the one control every
    // visitor must find.
    const int label_width = line_width(m_metrics, label, m_direction, font_px(m_theme.body_cap_mm), Weight::Bold);
    // Its icon only where the label still fits on one line beside it (very large text).
    const bool icon = label_width + 3 * gap + icon_px() + 2 <= content_width();
    const int natural = label_width + 2 * gap + 2 + (icon ? gap + icon_px() : 0);
    const int button_width = std::clamp(natural, std::min(px(60.0), content_width()), content_width());
    int button_height = 0;
    Element accessibility = make_button({"a11y.open", label, spoken_control(label, "role.button"), OpenAccessibility{}, {},
                                         m_state.place.screen == ScreenId::Accessibility, Role::Button, {}, m_direction, true,
                                         icon ? "asset:icons/accessibility.svg" : ""},
                                        button_width, px(m_theme.target_mm), button_height);
    // The accessibility button sits at the end edge, on the header band, always in the same place.
    accessibility.bg = p.primary;
    accessibility.fg = p.primary_text;
    accessibility.border = p.header_text;
    // The building's name identifies the kiosk but operates nothing; with large text there is no
    // room for it beside the button, so it is left out rather than squeezed.
    const int name_width = content_width() - button_width - gap;
    const bool show_name = m_state.modes.text_size == TextSize::Standard && name_width >= px(40.0);
    Element name = text_element("site.name", Role::Text, text(m_site.name), std::max(name_width, 1), m_theme.small_cap_mm, Weight::Bold,
                                p.header_text, p.header_background, 0);
    const int band = std::max(button_height, show_name ? name.rect.h : 0) + 2 * gap;
    accessibility.rect.x = margin + content_width() - button_width;
    accessibility.rect.y = gap;
    name.rect.x = margin;
    name.rect.y = (band - name.rect.h) / 2;
    Element panel;
    panel.id = "header";
    panel.role = Role::Panel;
    panel.rect = Rect{0, 0, m_device.width_px, band};
    panel.bg = p.header_background;
    panel.fg = p.header_text;
    m_header_height = band;
    std::vector<Element> out{panel};
    if (show_name)
        out.push_back(std::move(name));
    out.push_back(accessibility);
    if (icon)
        out.push_back(button_icon(accessibility, "asset:icons/accessibility.svg"));
    return out;
}

std::vector<Element> Layout::footer(int& height)
{
    const Palette& p = m_theme.palette;
    const int margin = px(m_theme.margin_mm);
    const int gap = px(m_theme.gap_mm);
    std::vector<Element> out;
    Element panel;
    panel.id = "footer";
    panel.role = Role::Panel;
    panel.bg = p.header_background;
    out.push_back(panel);
    struct Slot {
        const char* id;
        const char* key;
        Action action;
        bool shown;
        std::string icon;
    };
    const bool at_home = m_state.place.screen == ScreenId::Welcome && !m_state.help_open;
    const Slot slots[] = {
        // Back points the way the visitor reads: to the right in a right-to-left language.
        {"nav.back", "nav.back", Back{}, !at_home,
         m_direction == content::TextDirection::RightToLeft ? "asset:icons/back-rtl.svg" : "asset:icons/back.svg"},
        {"nav.home", "nav.home", Home{}, !at_home, "asset:icons/home.svg"},
        {"nav.help", "nav.help", Help{}, true, "asset:icons/help.svg"},
    };
    // Three columns when every word of every label fits its column, else fewer columns and more
    // rows: large text never cuts a word. Every slot is measured, shown or not, so the footer has
    // the same shape on every screen.
    const int padding = px(m_theme.gap_mm);
    int columns = 3;
    for (; columns > 1; --columns) {
        const int inner = (content_width() - (columns - 1) * gap) / columns - 2 * padding;
        bool fits = true;
        for (const Slot& slot : slots)
            fits = fits && longest_word_width(ui(slot.key), Weight::Bold) <= inner;
        if (fits)
            break;
    }
    const int column_width = (content_width() - (columns - 1) * gap) / columns;
    // The icons yield to the words: shown only where every label still fits beside its icon, so
    // they never make the footer taller nor cut a word.
    bool icons = true;
    for (const Slot& slot : slots)
        icons = icons && longest_word_width(ui(slot.key), Weight::Bold) <= column_width - 3 * padding - icon_px();
    int tallest = 0;
    std::vector<Element> buttons;
    for (const Slot& slot : slots) {
        std::string label = ui(slot.key);
        int button_height = 0;
        ButtonSpec spec{slot.id, label, spoken_control(label, "role.button"), slot.action};
        spec.icon = icons ? slot.icon : std::string();
        buttons.push_back(make_button(spec, column_width, px(m_theme.target_mm), button_height));
        tallest = std::max(tallest, button_height);
    }
    for (std::size_t i = 0; i < buttons.size(); ++i) {
        Element& e = buttons[i];
        const int column = static_cast<int>(i) % columns;
        const int row = static_cast<int>(i) / columns;
        for (TextLine& line : e.lines)
            line.rect.y += (tallest - e.rect.h) / 2;  // labels stay centred in the taller button
        e.rect = Rect{margin + column * (column_width + gap), gap + row * (tallest + gap), column_width, tallest};
        if (slots[i].shown) {
            Element icon = button_icon(e, slots[i].icon);
            out.push_back(std::move(e));
            if (icons)
                out.push_back(std::move(icon));
        }
    }
    const int rows = (static_cast<int>(buttons.size()) + columns - 1) / columns;
    height = rows * tallest + (rows + 1) * gap;
    out.front().rect = Rect{0, 0, m_device.width_px, height};
    return out;
}

std::vector<Element> Layout::caption(int bottom, int& height)
{
    height = 0;
    const bool idle_hint = m_state.idle_hint_given && !m_state.in_session;
    if ((!m_state.modes.speech && !idle_hint) || m_state.caption.empty())
        return {};
    // What was said, written: a deaf companion or a visitor in a noisy hall reads it.
    // Inverse colours set it apart from the controls; it is not spoken again.
    const int gap = px(m_theme.gap_mm);
    Element e = text_element("caption", Role::Text, m_state.caption, m_device.width_px, m_theme.body_cap_mm, Weight::Regular,
                             m_theme.palette.background, m_theme.palette.text, px(m_theme.margin_mm));
    e.spoken.clear();
    // Three lines at most: the newest words matter, the full text is in the speech log.
    if (e.lines.size() > 3)
        e.lines.erase(e.lines.begin(), e.lines.end() - 3);
    int top = gap / 2;
    for (TextLine& line : e.lines) {
        line.rect.y = top;
        top += line.rect.h;
    }
    height = top + gap / 2;
    e.rect = Rect{0, bottom - height, m_device.width_px, height};
    e.role = Role::Panel;  // a filled strip the painter draws, not a stop for the keypad
    return {e};
}

}  // namespace phare::ui
