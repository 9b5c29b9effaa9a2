#include "core/ui/layout.h"

#include "core/i18n/language_name.h"
#include "core/i18n/template.h"
#include "core/ui/text_layout.h"

#include <algorithm>
#include <cmath>

namespace phare::ui {

namespace {

void shift(std::vector<Element>& elements, int dy)
{
    for (Element& e : elements)
        e.rect.y += dy;
}

// A paragraph taller than a page is cut between lines into several blocks, so long text in the
// largest size still reads page after page instead of running under the footer. A fallback text's
// intro line (Layout::introduce) stays at the top of the first part.
std::vector<Block> split_tall(Block block, int capacity)
{
    const bool introduced = block.elements.size() == 2 && !block.elements.back().intro.empty();
    if (block.height <= capacity || (block.elements.size() != 1 && !introduced) || block.elements.back().lines.size() < 2)
        return {std::move(block)};
    std::vector<Block> parts;
    const Element& whole = block.elements.back();
    const int offset = introduced ? whole.rect.y : 0;  // the intro's height in the first part
    Element part = whole;
    part.lines.clear();
    int part_top = -offset;
    auto close_part = [&] {
        part.rect.h = part.lines.back().rect.bottom();
        Block done{{part}, part.rect.h, false};
        if (parts.empty() && introduced) {
            done.elements.insert(done.elements.begin(), block.elements.front());
            done.height += offset;
        }
        parts.push_back(std::move(done));
    };
    for (const TextLine& line : whole.lines) {
        if (!part.lines.empty() && line.rect.bottom() - part_top > capacity) {
            close_part();
            part.id = whole.id + "." + std::to_string(parts.size() + 1);
            part.rect.y = 0;
            part.lines.clear();
            part_top = line.rect.y;
        }
        TextLine moved = line;
        moved.rect.y -= std::max(part_top, 0);
        part.lines.push_back(moved);
    }
    close_part();
    return parts;
}

}  // namespace

Layout::Layout(const content::Site& site, const State& state, const Theme& theme, const DeviceProfile& device, TextMetrics& metrics)
    : m_site(site), m_state(state), m_theme(theme), m_device(device), m_metrics(metrics)
{
    const content::Language* language = site.find_language(state.lang);
    m_direction = language ? language->direction : content::TextDirection::LeftToRight;
}

std::string Layout::ui(std::string_view key) const { return std::string(m_site.ui(key, m_state.lang)); }
std::string Layout::text(const content::LocalizedText& localized) const { return std::string(m_site.text(localized, m_state.lang)); }

std::string Layout::text_language(const content::LocalizedText& localized) const
{
    return std::string(m_site.text_language(localized, m_state.lang));
}

int Layout::font_px(double cap_mm)
{
    return static_cast<int>(std::ceil(m_device.px_per_mm * cap_mm / m_metrics.cap_height_ratio()));
}

int Layout::longest_word_width(const std::string& text, Weight weight)
{
    int longest = 0;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string::npos)
            end = text.size();
        longest = std::max(longest, line_width(m_metrics, std::string_view(text).substr(start, end - start), m_direction,
                                               font_px(m_theme.body_cap_mm), weight));
        start = end + 1;
    }
    return longest;
}

int Layout::content_width() const { return m_device.width_px - 2 * px(m_theme.margin_mm); }

int Layout::paged_body_height()
{
    const int gap = px(m_theme.gap_mm);
    header();
    int footer_height = 0;
    footer(footer_height);
    int caption_height = 0;
    caption(m_device.height_px - footer_height, caption_height);
    const int body_height = m_device.height_px - footer_height - caption_height - gap * 2 - (m_header_height + gap * 2);
    return body_height - (page_controls(0, 2).height + gap);
}

std::string Layout::join(std::string_view first, std::string_view second, std::string_view lang) const
{
    const std::string_view in = lang.empty() ? std::string_view(m_state.lang) : lang;
    return i18n::fill(m_site.ui("list.join", in), {{"first", std::string(first)}, {"second", std::string(second)}}, in);
}

std::string Layout::label_value(std::string_view label, std::string_view value) const
{
    return i18n::fill(ui("label.value"), {{"label", std::string(label)}, {"value", std::string(value)}}, m_state.lang);
}

std::string Layout::spoken_control(std::string_view label, std::string_view key, int index, int count, std::optional<bool> on) const
{
    std::string spoken = join(label, ui(key));
    if (on)
        spoken = join(spoken, ui(*on ? "state.on" : "state.off"));
    if (count > 0)
        spoken = join(spoken, i18n::fill(ui("position.of"), {{"index", std::to_string(index)}, {"count", std::to_string(count)}}));
    return spoken;
}

Element Layout::text_element(const std::string& id, Role role, const std::string& text, int width, double cap_mm, Weight weight,
                             Color fg, Color bg, int padding, std::string_view text_lang)
{
    Element e;
    e.id = id;
    e.role = role;
    e.text = text;
    e.spoken = text;
    e.lang = m_state.lang;
    e.direction = m_direction;
    // A fallback text keeps its own language: a French notice in Arabic mode is laid out left to
    // right and read by the French voice, not garbled by the Arabic one.
    if (const content::Language* own = text_lang.empty() || text_lang == m_state.lang ? nullptr : m_site.find_language(text_lang)) {
        e.lang = own->code;
        e.direction = own->direction;
    }
    e.font_px = font_px(cap_mm);
    e.bold = weight == Weight::Bold;
    e.fg = fg;
    e.bg = bg;
    const int line_height = m_metrics.line_height(e.font_px, weight);
    int y = 0;
    for (WrappedLine& line : wrap_text(m_metrics, text, e.direction, e.font_px, weight, width - 2 * padding)) {
        e.lines.push_back({std::move(line.text), Rect{padding, y, line.width, line_height}});
        y += line_height;
    }
    e.rect = Rect{0, 0, width, y};
    return e;
}

Block Layout::heading(const std::string& id, const std::string& text, double cap_mm, bool keep_with_next, std::string_view text_lang)
{
    Element e = text_element(id, Role::Heading, text, content_width(), cap_mm, Weight::Bold, m_theme.palette.text,
                             m_theme.palette.background, 0, text_lang);
    e.spoken = join(text, m_site.ui("role.heading", e.lang), e.lang);  // one language per utterance
    Block block;
    block.height = e.rect.h;
    block.keep_with_next = keep_with_next;
    block.elements.push_back(std::move(e));
    return block;
}

bool Layout::is_fallback(std::string_view text_lang) const
{
    return !text_lang.empty() && text_lang != m_state.lang && m_site.find_language(text_lang);
}

void Layout::introduce(Block& block, Element text, double cap_mm)
{
    // A text in another language than the visitor's is introduced in the visitor's language, on
    // its own line above it ("Message en français :"), so a visitor knows why the text changes
    // script and voice. The text element carries the intro for speech; the line is not a stop.
    const std::string words = i18n::fill(ui("fallback.intro"), {{"language", i18n::language_name(text.lang, m_state.lang)}}, m_state.lang);
    Element intro = text_element(text.id + ".intro", Role::Text, words, content_width(), cap_mm, Weight::Bold, m_theme.palette.text,
                                 m_theme.palette.background, 0);
    intro.spoken.clear();
    text.intro = words;
    text.intro_lang = m_state.lang;
    const int gap = px(m_theme.gap_mm) / 2;
    text.rect.y = intro.rect.h + gap;
    block.height = text.rect.y + text.rect.h;
    block.elements.push_back(std::move(intro));
    block.elements.push_back(std::move(text));
}

Block Layout::paragraph(const std::string& id, const std::string& text, double cap_mm, Color fg, std::string_view text_lang)
{
    Element e = text_element(id, Role::Text, text, content_width(), cap_mm, Weight::Regular, fg, m_theme.palette.background, 0, text_lang);
    Block block;
    if (is_fallback(text_lang)) {
        introduce(block, std::move(e), cap_mm);
        return block;
    }
    block.height = e.rect.h;
    block.elements.push_back(std::move(e));
    return block;
}

Block Layout::notice(const std::string& id, const std::string& text, bool urgent, std::string_view text_lang)
{
    const int padding = px(3.0);
    Element e = text_element(id, Role::Text, text, content_width(), urgent ? m_theme.heading_cap_mm : m_theme.body_cap_mm,
                             urgent ? Weight::Bold : Weight::Regular, m_theme.palette.text, m_theme.palette.background, padding, text_lang);
    for (TextLine& line : e.lines)
        line.rect.y += padding;
    e.rect.h += 2 * padding;
    e.border = m_theme.palette.text;
    e.border_px = std::max(2, px(urgent ? 1.2 : 0.4));
    Block block;
    if (is_fallback(text_lang)) {
        introduce(block, std::move(e), m_theme.body_cap_mm);
        return block;
    }
    block.height = e.rect.h;
    block.elements.push_back(std::move(e));
    return block;
}

Block Layout::banner(const std::string& id, const std::string& text, const std::string& spoken, double cap_mm)
{
    // Primary colours are the palette's strongest pair (>= 7:1 in high contrast); the banner is
    // drawn once per call and never blinks.
    const Palette& p = m_theme.palette;
    const int padding = px(m_theme.gap_mm);
    Element panel;
    panel.id = id + ".panel";
    panel.role = Role::Panel;
    panel.bg = p.primary;
    Element e = text_element(id, Role::Text, text, content_width(), cap_mm, Weight::Bold, p.primary_text, p.primary, padding);
    e.spoken = spoken;
    e.align = Align::Center;
    for (TextLine& line : e.lines)
        line.rect.y += padding;
    e.rect.h += 2 * padding;
    panel.rect = e.rect;
    Block block;
    block.height = e.rect.h;
    block.elements.push_back(std::move(panel));
    block.elements.push_back(std::move(e));
    return block;
}

Block Layout::picture(const std::string& id, const std::string& path)
{
    Element e;
    e.id = id;
    e.role = Role::Image;
    e.image = path;
    const int size = px(24.0);
    e.rect = Rect{0, 0, size, size};
    e.bg = m_theme.palette.background;
    Block block;
    block.height = size;
    block.keep_with_next = true;
    block.elements.push_back(std::move(e));
    return block;
}

Element Layout::make_button(const ButtonSpec& spec, int width, int min_height, int& height_out)
{
    const Palette& p = m_theme.palette;
    const bool filled = spec.selected || spec.primary;
    const int padding = px(m_theme.gap_mm);
    const int picture = spec.image.empty() ? 0 : px(16.0);
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
    const int natural = line_width(m_metrics, label, m_direction, font_px(m_theme.body_cap_mm), Weight::Bold) + 2 * gap + 2;
    const int button_width = std::clamp(natural, std::min(px(60.0), content_width()), content_width());
    int button_height = 0;
    Element accessibility = make_button({"a11y.open", label, spoken_control(label, "role.button"), OpenAccessibility{}, {},
                                         m_state.place.screen == ScreenId::Accessibility, Role::Button, {}, m_direction, true},
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
    if (!show_name)
        return {panel, accessibility};
    return {panel, name, accessibility};
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
    };
    const bool at_home = m_state.place.screen == ScreenId::Welcome && !m_state.help_open;
    const Slot slots[] = {
        {"nav.back", "nav.back", Back{}, !at_home},
        {"nav.home", "nav.home", Home{}, !at_home},
        {"nav.help", "nav.help", Help{}, true},
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
    int tallest = 0;
    std::vector<Element> buttons;
    for (const Slot& slot : slots) {
        std::string label = ui(slot.key);
        int button_height = 0;
        buttons.push_back(make_button({slot.id, label, spoken_control(label, "role.button"), slot.action}, column_width,
                                      px(m_theme.target_mm), button_height));
        tallest = std::max(tallest, button_height);
    }
    for (std::size_t i = 0; i < buttons.size(); ++i) {
        Element& e = buttons[i];
        const int column = static_cast<int>(i) % columns;
        const int row = static_cast<int>(i) / columns;
        for (TextLine& line : e.lines)
            line.rect.y += (tallest - e.rect.h) / 2;  // labels stay centred in the taller button
        e.rect = Rect{margin + column * (column_width + gap), gap + row * (tallest + gap), column_width, tallest};
        if (slots[i].shown)
            out.push_back(std::move(e));
    }
    const int rows = (static_cast<int>(buttons.size()) + columns - 1) / columns;
    height = rows * tallest + (rows + 1) * gap;
    out.front().rect = Rect{0, 0, m_device.width_px, height};
    return out;
}

Frame Layout::compose(const std::string& screen_name, std::vector<Block> body, const std::string& help_text)
{
    Frame frame;
    frame.screen = screen_name;
    frame.width = m_device.width_px;
    frame.height = m_device.height_px;
    frame.lang = m_state.lang;
    frame.direction = m_direction;
    frame.background = m_theme.palette.background;
    frame.focus_ring = m_theme.palette.focus_ring;
    frame.focus_ring_px = m_theme.focus_ring_px;

    const int gap = px(m_theme.gap_mm);
    const int margin = px(m_theme.margin_mm);
    if (m_state.help_open && !m_state.timeout_warning) {
        // Help replaces the body, so nothing hidden stays in the Frame to be read or tapped; it
        // pages like any body, and Back, Help and the footer leave it.
        // Layered (EZ Access 2.5): first what this screen is for, then how the keys and the
        // accessibility choices work; "more help" goes one layer deeper, the last layer has none.
        const std::string layers[] = {help_text, ui("help.keys"), ui("help.accessibility")};
        const int layer = std::clamp(m_state.help_layer, 0, 2);
        std::string close_label = ui("help.close");
        body.clear();
        body.push_back(heading("help.title", ui("nav.help"), m_theme.heading_cap_mm));
        body.push_back(paragraph("help.text", layers[layer], m_theme.body_cap_mm, m_theme.palette.text));
        if (layer < 2) {
            std::string more = ui("help.more");
            body.push_back(button({"help.more", more, spoken_control(more, "role.button"), HelpNextLayer{}}));
        }
        body.push_back(button({"help.close", close_label, spoken_control(close_label, "role.button"), Help{}}));
    }
    if (m_state.timeout_warning) {
        // The inactivity warning takes the whole body: seen at once, one simple action to stay.
        std::string label = ui("session.continue");
        body.clear();
        body.push_back(heading("session.warning", ui("session.still_here"), m_theme.title_cap_mm, false));
        body.push_back(button({"session.continue", label, spoken_control(label, "role.button"), ContinueSession{}}));
    }
    // The hall display is not operated: no header nor footer, the body takes the screen.
    std::vector<Element> top;
    int footer_height = 0;
    std::vector<Element> bottom;
    if (m_state.board_role) {
        m_header_height = 0;
    } else {
        top = header();
        bottom = footer(footer_height);
    }
    shift(bottom, m_device.height_px - footer_height);
    int caption_height = 0;
    for (Element& e : caption(m_device.height_px - footer_height, caption_height))
        bottom.push_back(std::move(e));
    const int footer_top = m_device.height_px - footer_height - caption_height;
    const int body_top = m_header_height + gap * 2;
    const int body_height = footer_top - gap * 2 - body_top;

    // Split the body into pages: each block goes whole onto one page.
    std::vector<std::vector<Block>> pages(1);
    int total = 0;
    int total_choices = 0;
    bool page_breaks = false;
    for (std::size_t i = 0; i < body.size(); ++i) {
        total += body[i].height + gap;
        total_choices += body[i].choices;
        page_breaks = page_breaks || (i > 0 && body[i].new_page);
    }
    if (page_breaks || total > body_height || (m_theme.max_choices_per_page > 0 && total_choices > m_theme.max_choices_per_page)) {
        const int controls_height = page_controls(0, 2).height + gap;
        const int capacity = body_height - controls_height;
        std::vector<Block> pieces;
        for (Block& block : body)
            for (Block& piece : split_tall(std::move(block), capacity))
                pieces.push_back(std::move(piece));
        body = std::move(pieces);
        int used = 0;
        int choices = 0;
        const int max_choices = m_theme.max_choices_per_page;
        for (std::size_t i = 0; i < body.size(); ++i) {
            int needed = body[i].height + gap;
            if (body[i].keep_with_next && i + 1 < body.size())
                needed += body[i + 1].height + gap;
            const bool too_many = max_choices > 0 && choices + body[i].choices > max_choices;
            if (used > 0 && (used + needed > capacity || too_many || body[i].new_page)) {
                pages.emplace_back();
                used = 0;
                choices = 0;
            }
            used += body[i].height + gap;
            choices += body[i].choices;
            pages.back().push_back(std::move(body[i]));
        }
    } else {
        pages.front() = std::move(body);
    }
    // The hall display turns its pages by itself (reduce, every board_page_ms) and starts again.
    const int page_count = static_cast<int>(pages.size());
    const int page = m_state.board_role ? m_state.place.page % page_count : std::clamp(m_state.place.page, 0, page_count - 1);

    frame.elements = std::move(top);
    auto place = [&](Block& block, int at_y) {
        shift(block.elements, at_y);
        for (Element& e : block.elements) {
            e.rect.x += margin;
            frame.elements.push_back(std::move(e));
        }
    };
    int y = body_top;
    for (Block& block : pages[static_cast<std::size_t>(page)]) {
        if (pages.size() > 1 && frame.page_start.empty())
            for (const Element& e : block.elements)
                if (frame.page_start.empty() && (e.focusable || (!e.spoken.empty() && e.role != Role::Panel)))
                    frame.page_start = e.id;
        place(block, y);
        y += block.height + gap;
    }
    if (pages.size() > 1 && !m_state.board_role) {
        Block controls = page_controls(page, static_cast<int>(pages.size()));
        place(controls, footer_top - gap - controls.height);
    }
    for (Element& e : bottom)
        frame.elements.push_back(std::move(e));
    finalize(frame);
    return frame;
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

void Layout::finalize(Frame& frame) const
{
    const bool mirror = m_direction == content::TextDirection::RightToLeft;
    for (Element& e : frame.elements) {
        if (mirror)
            e.rect.x = frame.width - e.rect.x - e.rect.w;
        for (TextLine& line : e.lines) {
            const int padding = line.rect.x;
            int x = 0;
            if (e.align == Align::Placed)
                x = e.rect.x + line.rect.x;
            else if (e.align == Align::Center)
                x = e.rect.x + (e.rect.w - line.rect.w) / 2;
            else if (e.direction == content::TextDirection::RightToLeft)
                x = e.rect.x + e.rect.w - padding - line.rect.w;
            else
                x = e.rect.x + padding;
            line.rect.x = x;
            line.rect.y += e.rect.y;
        }
        e.focused = !m_state.focus.empty() && e.id == m_state.focus;
    }
}

}  // namespace phare::ui
