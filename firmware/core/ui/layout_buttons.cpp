#include "core/ui/layout.h"

#include "core/ui/text_layout.h"

#include <algorithm>

namespace phare::ui {

Element Layout::make_button(const ButtonSpec& spec, int width, int min_height, int& height_out)
{
    const Palette& p = m_theme.palette;
    const bool filled = spec.selected || spec.kind == ButtonKind::Primary;
    const int padding = px(m_theme.gap_mm);
    const int picture = !spec.image.empty() || !spec.glyph.empty() ? pictogram_px() : !spec.icon.empty() ? icon_px() : 0;
    const int text_offset = picture ? picture + 2 * padding : padding;
    Color fill = filled ? p.primary : spec.kind == ButtonKind::Tertiary ? p.surface : p.button;
    Color ink = filled ? p.primary_text : p.button_text;
    if (spec.colours) {
        fill = spec.colours->fill;
        ink = spec.colours->text;
    }
    const double cap = std::max(m_theme.body_cap_mm, spec.label_cap_mm);
    Element e = text_element(spec.id, spec.role, spec.label, width - text_offset + padding, cap, Weight::Bold, ink, fill, padding);
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
    // A tertiary action is told by its place and its icon, not a frame; in high contrast every
    // control keeps its frame.
    e.border = p.button_border;
    e.border_px = spec.kind == ButtonKind::Tertiary && !filled && m_state.modes.contrast == Contrast::Standard ? 0 : m_theme.border_px;
    // A preview keeps its own colours when chosen: the mark and a thicker frame say so.
    if (spec.colours && spec.selected)
        e.border_px = m_theme.border_px * 3;
    height_out = height;
    return e;
}

// An icon scales with the text (R-35: large text) rather than staying a fixed size beside it.
int Layout::icon_px() const { return px(m_theme.body_cap_mm * 1.4); }

// A service's pictogram: 16 mm in standard text (legible from the visitor's distance), growing with
// large text (20 and 22 mm) so the picture keeps its weight beside the bigger words, but less than
// the words do: every millimetre of a tile is one service fewer on a page.
int Layout::pictogram_px() const { return px(std::max(16.0, m_theme.body_cap_mm * 2.2)); }

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

Block Layout::button(const ButtonSpec& spec) { return button_of_width(spec, content_width()); }

Block Layout::button_of_width(const ButtonSpec& spec, int width)
{
    Block block;
    int height = 0;
    Element e = make_button(spec, width, px(m_theme.target_mm), height);
    block.elements.push_back(e);
    if (!spec.image.empty() || !spec.glyph.empty()) {
        Element picture;
        picture.id = spec.id + ".pictogram";
        picture.role = Role::Image;
        picture.image = spec.image;
        // A drawn glyph is given in a 100-unit square, scaled here to the pictogram's size.
        const int size = pictogram_px();
        for (Shape shape : spec.glyph) {
            for (Point& point : shape.points)
                point = Point{point.x * size / 100, point.y * size / 100};
            shape.width_px = std::max(1, shape.width_px * size / 100);
            picture.shapes.push_back(std::move(shape));
        }
        const int padding = px(m_theme.gap_mm);
        picture.rect = Rect{padding, (height - size) / 2, size, size};
        picture.bg = e.bg;
        block.elements.push_back(std::move(picture));
    }
    block.height = height;
    block.choices = 1;
    return block;
}

std::vector<Block> Layout::button_grid(const std::vector<ButtonSpec>& specs, int max_columns)
{
    // As many columns (up to max_columns) as let every word of every label fit beside its
    // pictogram: the home screen's services then fit one page instead of two. Large text gets
    // one column, where labels stay big instead of wrapping word by word.
    const int gap = px(m_theme.gap_mm);
    int columns = m_state.modes.text_size == TextSize::Standard ? max_columns : 1;
    for (; columns > 1; --columns) {
        const int width = (content_width() - (columns - 1) * gap) / columns;
        bool fits = true;
        for (const ButtonSpec& spec : specs)
            fits = fits && longest_word_width(spec.label, Weight::Bold, spec.label_cap_mm) <=
                               width - 3 * gap - (spec.image.empty() && spec.glyph.empty() ? 0 : pictogram_px());
        if (fits)
            break;
    }
    const int width = columns == 1 ? content_width() : (content_width() - (columns - 1) * gap) / columns;
    std::vector<Block> rows;
    for (std::size_t first = 0; first < specs.size(); first += static_cast<std::size_t>(columns)) {
        Block row;
        const std::size_t last = std::min(specs.size(), first + static_cast<std::size_t>(columns));
        for (std::size_t i = first; i < last; ++i) {
            Block cell = button_of_width(specs[i], width);
            for (Element& e : cell.elements) {
                e.rect.x += static_cast<int>(i - first) * (width + gap);
                row.elements.push_back(std::move(e));
            }
            row.height = std::max(row.height, cell.height);
            row.choices += cell.choices;
        }
        // Every button of a row as tall as the tallest, labels and pictograms re-centred.
        for (Element& e : row.elements) {
            if (e.role == Role::Image) {
                e.rect.y = (row.height - e.rect.h) / 2;
                continue;
            }
            for (TextLine& line : e.lines)
                line.rect.y += (row.height - e.rect.h) / 2;
            e.rect.h = row.height;
        }
        rows.push_back(std::move(row));
    }
    return rows;
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

namespace {

// A pill: a rectangle with half-discs at both ends, `inset` pixels inside (x, y, w, h).
void add_pill(std::vector<Shape>& shapes, int x, int y, int w, int h, Color color)
{
    const int r = h / 2;
    shapes.push_back(Shape{ShapeKind::Polygon, {{x + r, y}, {x + w - r, y}, {x + w - r, y + h}, {x + r, y + h}}, 1, color, {}});
    shapes.push_back(Shape{ShapeKind::Circle, {{x + r, y + r}}, h, color, {}});
    shapes.push_back(Shape{ShapeKind::Circle, {{x + w - r, y + r}}, h, color, {}});
}

}  // namespace

Block Layout::switch_row(const ButtonSpec& spec, bool on)
{
    const Palette& p = m_theme.palette;
    const int padding = px(m_theme.gap_mm);
    const int track_h = std::max(px(m_theme.body_cap_mm * 2.2), 8);
    const int track_w = track_h * 2;
    const std::string word = ui(on ? "state.on" : "state.off");
    const int word_w = line_width(m_metrics, word, m_direction, font_px(m_theme.body_cap_mm), Weight::Regular) + 1;
    const int end_part = track_w + word_w + 3 * padding;
    // The label keeps the start of the row; the state is at the end, in words and drawn.
    ButtonSpec label_spec = spec;
    label_spec.selected = false;
    int height = 0;
    Element row = make_button(label_spec, std::max(content_width() - end_part, px(m_theme.target_mm)), px(m_theme.target_mm), height);
    row.rect.w = content_width();
    row.selected = on;
    Element state = text_element(spec.id + ".state", Role::Text, word, word_w, m_theme.body_cap_mm, Weight::Regular, p.button_text, row.bg, 0);
    state.spoken.clear();  // the row says it: "Facile à lire, interrupteur, activé"
    state.rect.x = content_width() - padding - track_w - padding - word_w;
    state.rect.y = (height - state.rect.h) / 2;
    Element track;
    track.id = spec.id + ".switch";
    track.role = Role::Image;
    track.rect = Rect{content_width() - padding - track_w, (height - track_h) / 2, track_w, track_h};
    track.bg = row.bg;
    const int ring = std::max(2, track_h / 8);
    const int knob = track_h - 4 * ring;
    // On: filled, the knob at the end edge; off: outlined, the knob at the start edge. The knob
    // moves with the reading direction (shapes are not mirrored, so it is placed here).
    const bool knob_at_right = on == (m_direction == content::TextDirection::LeftToRight);
    add_pill(track.shapes, 0, 0, track_w, track_h, p.button_border);
    if (!on)
        add_pill(track.shapes, ring, ring, track_w - 2 * ring, track_h - 2 * ring, row.bg);
    const int knob_x = knob_at_right ? track_w - 2 * ring - knob / 2 : 2 * ring + knob / 2;
    track.shapes.push_back(Shape{ShapeKind::Circle, {{knob_x, track_h / 2}}, knob, on ? p.button : p.button_border, {}});
    Block block;
    block.height = height;
    block.choices = 1;
    block.elements = {std::move(row), std::move(state), std::move(track)};
    return block;
}

}  // namespace phare::ui
