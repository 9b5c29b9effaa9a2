// What every screen shares around its body: the header with the accessibility button, the
// footer with Back, Home and Help, the caption of what was said, and the page controls.

#include "core/ui/layout.h"

#include "core/i18n/template.h"
#include "core/ui/text_layout.h"

#include <algorithm>

namespace phare::ui {

// Previous at the start edge, "Page 1 sur 3" between, Next at the end edge, each in the same place
// on every page (a visitor's finger finds Next where it was). One row when the labels fit a third
// of the width each; else the words above and the buttons in halves, so large text never stacks a
// label word by word into a pager taller than the page it turns.
Block Layout::page_controls(int page, int pages)
{
    const int gap = px(m_theme.gap_mm);
    const int third = (content_width() - 2 * gap) / 3;
    const int half = (content_width() - gap) / 2;
    bool one_row = true;
    for (const char* key : {"nav.previous_page", "nav.next_page"})
        one_row = one_row && line_width(m_metrics, ui(key), m_direction, font_px(m_theme.body_cap_mm), Weight::Bold) <= third - 2 * gap;
    const int button_width = one_row ? third : half;
    const std::string indicator =
        i18n::fill(ui("nav.page_of"), {{"page", std::to_string(page + 1)}, {"pages", std::to_string(pages)}});
    Element words = text_element("page.indicator", Role::Text, indicator, one_row ? third : content_width(), m_theme.body_cap_mm,
                                 Weight::Regular, m_theme.palette.text, m_theme.palette.background, 0);
    words.align = Align::Center;
    words.rect.x = one_row ? third + gap : 0;
    const int buttons_top = one_row ? 0 : words.rect.h + gap / 2;
    // The measure of any page's controls: both buttons, whatever this page shows.
    int height = 0;
    for (const char* key : {"nav.previous_page", "nav.next_page"}) {
        int button_height = 0;
        make_button({"", ui(key), {}, NextPage{}}, button_width, px(m_theme.target_mm), button_height);
        height = std::max(height, button_height);
    }
    std::vector<Element> buttons;
    const auto add = [&](const char* id, const char* key, Action action, int x) {
        const std::string label = ui(key);
        int button_height = 0;
        buttons.push_back(make_button({id, label, spoken_control(label, "role.button"), std::move(action)}, button_width,
                                      px(m_theme.target_mm), button_height));
        Element& e = buttons.back();
        for (TextLine& line : e.lines)
            line.rect.y += (height - e.rect.h) / 2;
        e.rect = Rect{x, buttons_top, button_width, height};
    };
    if (page > 0)
        add("page.previous", "nav.previous_page", PreviousPage{}, 0);
    if (page + 1 < pages)
        add("page.next", "nav.next_page", NextPage{}, content_width() - button_width);
    Block block;
    if (one_row)
        words.rect.y = (height - words.rect.h) / 2;
    block.height = buttons_top + height;
    block.elements.push_back(std::move(words));
    for (Element& e : buttons)
        block.elements.push_back(std::move(e));
    return block;
}

// The République française block of a State service: the words in bold capitals over a thin
// tricolour, as on the State's own sites. Decoration for speech: the site's name says who speaks.
std::vector<Element> Layout::state_block(int x, int width)
{
    const Palette& p = m_theme.palette;
    Element words = text_element("brand.republique", Role::Text, "RÉPUBLIQUE\nFRANÇAISE", width, m_theme.small_cap_mm, Weight::Bold,
                                 p.header_text, p.header_background, 0);
    words.spoken.clear();
    words.lang = "fr";  // a name, the same in every language
    words.direction = content::TextDirection::LeftToRight;
    const int stripe = px(4.0);
    const int bar = std::max(2, px(1.2));
    Element flag;
    flag.id = "brand.flag";
    flag.role = Role::Panel;
    flag.rect = Rect{x, 0, 3 * stripe, bar};
    flag.bg = p.header_background;
    for (int i = 0; i < 3; ++i) {
        const Color color = i == 0 ? p.primary : i == 1 ? p.rule : p.brand_accent;
        flag.shapes.push_back(Shape{ShapeKind::Polygon, {{i * stripe, 0}, {(i + 1) * stripe, 0}, {(i + 1) * stripe, bar}, {i * stripe, bar}}, 1, color, {}});
    }
    words.rect.x = x;
    words.rect.y = bar + bar;
    return {flag, words};
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
    ButtonSpec spec{"a11y.open", label, spoken_control(label, "role.button"), OpenAccessibility{}};
    spec.selected = m_state.place.screen == ScreenId::Accessibility;
    spec.direction = m_direction;
    spec.kind = ButtonKind::Primary;
    spec.icon = icon ? "asset:icons/accessibility.svg" : "";
    Element accessibility = make_button(spec, button_width, px(m_theme.target_mm), button_height);
    accessibility.border = p.header_text;
    // Who speaks: the République française block for a State service, the site's logo for
    // another administration, then the building's name. With large text there is no room for
    // them beside the button, so they are left out rather than squeezed: the button matters more.
    std::vector<Element> identity;
    int x = margin;
    int identity_height = 0;
    const bool room = m_state.modes.text_size == TextSize::Standard;
    if (room && m_site.brand.republique_francaise) {
        const double cap = m_theme.small_cap_mm;  // the smallest text allowed
        const int width = line_width(m_metrics, "RÉPUBLIQUE", content::TextDirection::LeftToRight, font_px(cap), Weight::Bold) + 1;
        for (Element& e : state_block(x, width)) {
            identity_height = std::max(identity_height, e.rect.bottom());
            identity.push_back(std::move(e));
        }
        x += width + gap;
    } else if (room && !m_site.brand.logo.empty()) {
        Element logo;
        logo.id = "brand.logo";
        logo.role = Role::Image;
        logo.image = m_site.brand.logo;
        logo.rect = Rect{x, 0, button_height, button_height};  // square, as site-format.md asks of a logo
        logo.bg = p.header_background;
        identity_height = logo.rect.h;
        x += logo.rect.w + gap;
        identity.push_back(std::move(logo));
    }
    if (identity.empty() && !language_in_footer() && language_button_wanted()) {
        const std::string words = ui("welcome.language_heading");
        const int width = line_width(m_metrics, words, m_direction, font_px(m_theme.body_cap_mm), Weight::Bold) + 2 * gap + 2;
        if (width + gap + button_width <= content_width()) {
            int height = 0;
            ButtonSpec language{"nav.language", words, spoken_control(words, "role.button"), OpenLanguages{}};
            language.kind = ButtonKind::Secondary;
            Element e = make_button(language, width, px(m_theme.target_mm), height);
            e.rect.x = x;
            identity_height = height;
            x += width + gap;
            identity.push_back(std::move(e));
        }
    }
    const int name_width = content_width() - button_width - gap - (x - margin);
    const bool show_name = room && name_width >= px(40.0);
    Element name = text_element("site.name", Role::Text, text(m_site.name), std::max(name_width, 1), m_theme.body_cap_mm, Weight::Bold,
                                p.header_text, p.header_background, 0);
    if (show_name)
        identity_height = std::max(identity_height, name.rect.h);
    const int band = std::max(button_height, identity_height) + 2 * gap;
    accessibility.rect.x = margin + content_width() - button_width;
    accessibility.rect.y = (band - button_height) / 2;
    for (Element& e : identity)
        e.rect.y += (band - identity_height) / 2;
    name.rect.x = x;
    name.rect.y = (band - name.rect.h) / 2;
    Element panel;
    panel.id = "header";
    panel.role = Role::Panel;
    panel.rect = Rect{0, 0, m_device.width_px, band};
    panel.bg = p.header_background;
    panel.fg = p.header_text;
    // A thin rule under the band sets it apart from the page when both are white.
    Element rule;
    rule.id = "header.rule";
    rule.role = Role::Panel;
    rule.rect = Rect{0, band - std::max(1, px(0.5)), m_device.width_px, std::max(1, px(0.5))};
    rule.bg = p.rule;
    m_header_height = band;
    std::vector<Element> out{panel, rule};
    for (Element& e : identity)
        out.push_back(std::move(e));
    if (show_name)
        out.push_back(std::move(name));
    out.push_back(accessibility);
    if (icon)
        out.push_back(button_icon(accessibility, "asset:icons/accessibility.svg"));
    return out;
}

bool Layout::language_button_wanted() const
{
    // The home screen lists the languages itself, and the language screen is where it leads.
    const bool at_home = m_state.place.screen == ScreenId::Welcome && !m_state.help_open;
    return !at_home && m_state.place.screen != ScreenId::Languages && m_site.languages.size() > 1;
}

bool Layout::language_in_footer()
{
    // Beside Back, Home and Help when the four fit one row; else in the header, where large text
    // left room at the start edge, so the footer never grows a row and takes the body's space.
    const int gap = px(m_theme.gap_mm);
    const int inner = (content_width() - 3 * gap) / 4 - 2 * px(m_theme.gap_mm);
    for (const char* key : {"nav.back", "nav.home", "welcome.language_heading", "nav.help"})
        if (longest_word_width(ui(key), Weight::Bold) > inner)
            return false;
    return true;
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
    panel.bg = p.surface;
    out.push_back(panel);
    struct Slot {
        const char* id;
        const char* key;
        Action action;
        bool shown;
        std::string icon;
    };
    const bool at_home = m_state.place.screen == ScreenId::Welcome && !m_state.help_open;
    std::vector<Slot> slots{
        // Back points the way the visitor reads: to the right in a right-to-left language.
        {"nav.back", "nav.back", Back{}, !at_home,
         m_direction == content::TextDirection::RightToLeft ? "asset:icons/back-rtl.svg" : "asset:icons/back.svg"},
        {"nav.home", "nav.home", Home{}, !at_home, "asset:icons/home.svg"}};
    if (language_in_footer())
        slots.push_back({"nav.language", "welcome.language_heading", OpenLanguages{}, language_button_wanted(), "asset:icons/language.svg"});
    slots.push_back({"nav.help", "nav.help", Help{}, true, "asset:icons/help.svg"});
    // One column a slot when every word of every label fits its column, else fewer columns and
    // more rows: large text never cuts a word. Every slot is measured, shown or not, so the footer
    // has the same shape on every screen.
    const int padding = px(m_theme.gap_mm);
    int columns = static_cast<int>(slots.size());
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
        spec.kind = ButtonKind::Tertiary;
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
    Element rule;
    rule.id = "footer.rule";
    rule.role = Role::Panel;
    rule.rect = Rect{0, 0, m_device.width_px, std::max(1, px(0.5))};
    rule.bg = p.rule;
    out.insert(out.begin() + 1, std::move(rule));
    return out;
}

std::vector<Element> Layout::caption(int bottom, int& height)
{
    height = 0;
    const bool idle_hint = m_state.idle_hint_given && !m_state.in_session;
    if (m_state.modes.speech && m_state.caption.empty()) {
        height = 3 * m_metrics.line_height(font_px(m_theme.body_cap_mm), Weight::Regular) + px(m_theme.gap_mm);
        return {};
    }
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
    // With guidance on, the strip's room is kept whether it holds one line or three, so a page
    // break never moves with what was just said (the same page, the same items, as it was read).
    if (m_state.modes.speech)
        height = std::max(height, 3 * m_metrics.line_height(e.font_px, Weight::Regular) + gap);
    e.role = Role::Panel;  // a filled strip the painter draws, not a stop for the keypad
    return {e};
}

}  // namespace phare::ui
