#include "core/ui/screens/floor_plan_labels.h"

#include "core/ui/screens/floor_plan.h"
#include "core/ui/screens/floor_plan_geometry.h"
#include "core/ui/text_layout.h"

#include <algorithm>
#include <limits>

namespace phare::ui::screens {

LabelPlacer::LabelPlacer(Layout& layout, Element& plan, std::vector<Rect> markers, std::vector<Point> route_points, std::vector<Point> corridor_points)
    : m_layout(layout), m_plan(plan), m_markers(std::move(markers)), m_route(std::move(route_points)),
      m_corridors(std::move(corridor_points))
{
    m_line_height = layout.metrics().line_height(plan.font_px, Weight::Regular);
    m_inset = layout.px(1.0);
    m_pad = layout.px(1.0);
}

void LabelPlacer::place(const LabelRequest& request)
{
    // Beside the marker, wide first (fewer lines) then narrower; only then, for the route's own
    // markers, further away with a leader line.
    for (bool far : {false, true})
        for (int percent : {60, 35})
            if ((!far || request.required) && try_place(request, m_plan.rect.w * percent / 100, far))
                return;
    // A long name in very large text: across the plan, in as few lines as it takes.
    if (!request.required || try_place(request, m_plan.rect.w - 2 * m_inset - 2 * m_pad, true))
        return;
    // Still no room: a required label may cover markers (they carry their own words nearby), never
    // another label. A landmark the directions name is not left out while the plan has room.
    m_over_markers = true;
    for (int percent : {100, 60, 35})
        if (try_place(request, percent == 100 ? m_plan.rect.w - 2 * m_inset - 2 * m_pad : m_plan.rect.w * percent / 100, true))
            break;
    m_over_markers = false;
}

bool LabelPlacer::try_place(const LabelRequest& request, int max_width, bool far)
{
    auto wrapped = wrap_text(m_layout.metrics(), request.text, m_plan.direction, m_plan.font_px, Weight::Regular, max_width);
    if (wrapped.empty())
        return false;
    int text_width = 0;
    for (const WrappedLine& l : wrapped)
        text_width = std::max(text_width, l.width);
    const int w = text_width + 2 * m_pad;
    const int h = static_cast<int>(wrapped.size()) * m_line_height + 2 * m_pad;
    if (w > m_plan.rect.w - 2 * m_inset || h > m_plan.rect.h - 2 * m_inset)
        return false;
    std::optional<Rect> best;
    int best_score = std::numeric_limits<int>::max();
    for (int ring = 1; ring <= (request.required ? 3 : 1); ++ring) {
        const int d = request.clearance * ring + m_layout.px(1.5);
        const int dd = d * 7 / 10;
        const Point p = request.anchor;
        const Rect candidates[] = {
            {p.x + d, p.y - h / 2, w, h},       {p.x - d - w, p.y - h / 2, w, h},    {p.x - w / 2, p.y - d - h, w, h},
            {p.x - w / 2, p.y + d, w, h},       {p.x + dd, p.y - dd - h, w, h},      {p.x - dd - w, p.y - dd - h, w, h},
            {p.x + dd, p.y + dd, w, h},         {p.x - dd - w, p.y + dd, w, h},
        };
        for (Rect box : candidates) {
            box.x = std::clamp(box.x, m_inset, m_plan.rect.w - m_inset - w);
            box.y = std::clamp(box.y, m_inset, m_plan.rect.h - m_inset - h);
            if (!free(box))
                continue;
            const int covered = covered_route_points(box);
            if (!request.required && covered > 0)
                continue;
            if (covered < best_score) {
                best_score = covered;
                best = box;
            }
        }
        if (best)
            break;
    }
    bool leader = false;
    if (!best && far) {
        // Crowded (large text on a small plan): the nearest free place anywhere, with a leader line.
        best = nearest_free(request.anchor, w, h);
        leader = best.has_value();
    }
    if (!best)
        return false;
    if (leader) {
        const Point to{std::clamp(request.anchor.x, best->x, best->right()), std::clamp(request.anchor.y, best->y, best->bottom())};
        m_plan.shapes.push_back(line({request.anchor, to}, m_layout.px(0.5), m_plan.fg));
    }
    m_placed.push_back(*best);
    m_plan.shapes.push_back(polygon({{best->x, best->y}, {best->right(), best->y}, {best->right(), best->bottom()}, {best->x, best->bottom()}},
                                    m_plan.bg));
    int y = best->y + m_pad;
    for (WrappedLine& l : wrapped) {
        // Right-to-left labels are right-aligned in their box.
        const int x = m_plan.direction == content::TextDirection::RightToLeft ? best->right() - m_pad - l.width : best->x + m_pad;
        m_plan.lines.push_back({std::move(l.text), Rect{x, y, l.width, m_line_height}});
        y += m_line_height;
    }
    return true;
}

std::optional<Rect> LabelPlacer::nearest_free(Point anchor, int w, int h) const
{
    std::optional<Rect> best;
    long best_distance = std::numeric_limits<long>::max();
    const int step = std::max(4, m_line_height / 3);
    for (int y = m_inset; y + h <= m_plan.rect.h - m_inset; y += step)
        for (int x = m_inset; x + w <= m_plan.rect.w - m_inset; x += step) {
            const Rect box{x, y, w, h};
            if (!free(box))
                continue;
            const long dx = std::clamp(anchor.x, x, x + w) - anchor.x, dy = std::clamp(anchor.y, y, y + h) - anchor.y;
            const long distance = dx * dx + dy * dy + covered_route_points(box) * 4L * step * step;
            if (distance < best_distance) {
                best_distance = distance;
                best = box;
            }
        }
    return best;
}

bool LabelPlacer::free(const Rect& box) const
{
    const int m = m_layout.px(0.5);
    const Rect grown{box.x - m, box.y - m, box.w + 2 * m, box.h + 2 * m};
    for (const Rect& other : m_placed)
        if (grown.intersects(other))
            return false;
    if (m_over_markers)
        return true;
    for (const Rect& marker : m_markers)
        if (box.intersects(marker))
            return false;
    return true;
}

int LabelPlacer::covered_route_points(const Rect& box) const
{
    int covered = 0;
    for (const Point& p : m_route)
        covered += box.contains(p.x, p.y) ? 4 : 0;
    for (const Point& p : m_corridors)
        covered += box.contains(p.x, p.y) ? 1 : 0;
    return covered;
}

std::string capitalize_first(const std::string& text)
{
    std::string out = text;
    if (out.empty())
        return out;
    const auto c0 = static_cast<unsigned char>(out[0]);
    if (c0 >= 'a' && c0 <= 'z') {
        out[0] = static_cast<char>(c0 - 32);
    } else if (out.size() >= 2) {
        const auto c1 = static_cast<unsigned char>(out[1]);
        const unsigned code = ((c0 & 0x1Fu) << 6) | (c1 & 0x3Fu);
        unsigned upper = code;
        if ((code >= 0xE0 && code <= 0xFE && code != 0xF7) || (code >= 0x430 && code <= 0x44F))
            upper = code - 0x20;  // Latin-1 (é → É) and Cyrillic (с → С)
        else if (code >= 0x450 && code <= 0x45F)
            upper = code - 0x50;  // і → І, ї → Ї, є → Є
        if ((c0 & 0xE0u) == 0xC0u && upper != code) {
            out[0] = static_cast<char>(0xC0u | (upper >> 6));
            out[1] = static_cast<char>(0x80u | (upper & 0x3Fu));
        }
    }
    return out;
}

}  // namespace phare::ui::screens
