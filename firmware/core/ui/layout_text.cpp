// Text blocks: headings, paragraphs, notices, banners and pictures, each line placed (in logical
// coordinates: finalize() mirrors them for right-to-left languages).

#include "core/ui/layout.h"

#include "core/i18n/language_name.h"
#include "core/i18n/template.h"
#include "core/ui/text_layout.h"

#include <algorithm>

namespace phare::ui {

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

Block Layout::tag(const std::string& id, const std::string& text, const std::string& spoken, Color fg, Color bg, double cap_mm)
{
    const int pad_x = px(3.0);
    const int pad_y = px(1.2);
    Element e = text_element(id, Role::Text, text, content_width(), cap_mm, Weight::Bold, fg, bg, pad_x);
    e.spoken = spoken;
    int widest = 0;
    for (TextLine& line : e.lines) {
        line.rect.y += pad_y;
        widest = std::max(widest, line.rect.w);
    }
    const int one_line = e.lines.empty() ? 0 : e.lines.front().rect.h;
    e.rect.w = std::min(content_width(), widest + 2 * pad_x);
    e.rect.h += 2 * pad_y;
    Element pill;
    pill.id = id + ".panel";
    pill.role = Role::Panel;
    pill.bg = bg;
    pill.rect = e.rect;
    // Round as a pill on one line; a tag wrapped on two keeps the same corners, not a lens.
    pill.radius_px = (one_line + 2 * pad_y) / 2;
    Block block;
    block.height = e.rect.h;
    block.elements.push_back(std::move(pill));
    block.elements.push_back(std::move(e));
    return block;
}

Block Layout::step(const std::string& id, const std::string& icon, const std::string& text, const std::string& spoken)
{
    const int size = px(m_theme.body_cap_mm * 2.6);
    const int indent = size + px(m_theme.gap_mm) * 2;
    Element words = text_element(id, Role::Text, text, content_width() - indent, m_theme.body_cap_mm, Weight::Regular, m_theme.palette.text,
                                 m_theme.palette.background, 0);
    words.spoken = spoken;
    words.rect.x = indent;
    // The icon faces the step's first line; a long step runs on below it.
    const int first_line = words.lines.empty() ? 0 : words.lines.front().rect.h;
    Element picture;
    picture.id = id + ".icon";
    picture.role = Role::Image;
    picture.image = icon;
    picture.rect = Rect{px(m_theme.gap_mm) / 2, std::max(0, (first_line - size) / 2), size, size};
    picture.fg = m_theme.palette.button_text;
    picture.bg = m_theme.palette.background;
    Block block;
    block.height = std::max(words.rect.h, picture.rect.y + size);
    block.elements.push_back(std::move(picture));
    block.elements.push_back(std::move(words));
    return block;
}

Block Layout::card(const std::string& id, const std::vector<CardLine>& lines)
{
    const Palette& p = m_theme.palette;
    const int padding = px(m_theme.gap_mm) * 2;
    Element panel;
    panel.id = id;
    panel.role = Role::Panel;
    panel.bg = p.surface;
    panel.radius_px = px(1.0);
    Block block;
    block.elements.push_back(Element{});
    int y = padding;
    for (const CardLine& line : lines) {
        Element e = text_element(line.id, Role::Text, line.text, content_width() - 2 * padding, m_theme.body_cap_mm,
                                 line.bold ? Weight::Bold : Weight::Regular, p.text, p.surface, 0);
        if (!line.spoken.empty())
            e.spoken = line.spoken;
        e.rect.x = padding;
        e.rect.y = y;
        y += e.rect.h + px(m_theme.gap_mm) / 2;
        block.elements.push_back(std::move(e));
    }
    panel.rect = Rect{0, 0, content_width(), y - px(m_theme.gap_mm) / 2 + padding};
    block.height = panel.rect.h;
    block.elements.front() = std::move(panel);
    return block;
}

Block Layout::word_flow(const std::string& id, const std::vector<FlowWord>& words, double cap_mm, Color fg)
{
    Block block;
    const int gap = px(m_theme.gap_mm) * 3;
    const int available = content_width();
    const int font = font_px(cap_mm);
    int x = 0;
    int y = 0;
    int row_height = 0;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const content::Language* language = m_site.find_language(words[i].lang);
        const content::TextDirection dir = language ? language->direction : m_direction;
        const int natural = std::min(available, line_width(m_metrics, words[i].text, dir, font, Weight::Regular) + 1);
        if (x > 0 && x + natural > available) {
            x = 0;
            y += row_height + px(m_theme.gap_mm);
            row_height = 0;
        }
        Element e = text_element(id + "." + std::to_string(i + 1), Role::Text, words[i].text, natural, cap_mm, Weight::Regular, fg,
                                 m_theme.palette.background, 0, words[i].lang);
        e.spoken.clear();
        e.rect.x = x;
        e.rect.y = y;
        row_height = std::max(row_height, e.rect.h);
        x += natural + gap;
        block.elements.push_back(std::move(e));
    }
    block.height = y + row_height;
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

}  // namespace phare::ui
