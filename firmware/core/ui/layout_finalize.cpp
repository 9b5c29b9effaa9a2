// The last step of compose(): mirroring for right-to-left languages, each text line placed on
// screen, and the focus ring's element marked.

#include "core/ui/layout.h"

namespace phare::ui {

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
