// The whole screen: help or the inactivity warning in place of the body, the header and footer, and
// the body split into pages.

#include "core/ui/layout.h"

#include <algorithm>

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
        // Layered (docs/accessibility.md, "Help layers"): first what this screen is for, then how the keys and the
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
            int choices_needed = body[i].choices;
            // A heading goes with what it introduces: if that would not fit this page (by height or
            // by easy-read's count of choices), neither does the heading.
            if (body[i].keep_with_next && i + 1 < body.size()) {
                needed += body[i + 1].height + gap;
                choices_needed += body[i + 1].choices;
            }
            const bool too_many = max_choices > 0 && choices + choices_needed > max_choices;
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

}  // namespace phare::ui
