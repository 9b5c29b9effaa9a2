#pragma once
// The design tokens: colours, type scale and spacing for a combination of modes. High contrast and
// large text are other themes, not branches in the screens. The standard palette follows the
// French State's design system (blue France on white, grey surfaces, square controls); a site may
// replace its primary colour (content::Brand) for another administration.

#include "core/content/site.h"
#include "core/ui/geometry.h"
#include "core/ui/state.h"

namespace phare::ui {

struct Palette {
    Color background;
    Color text;
    Color muted_text;
    Color header_background;
    Color header_text;
    Color surface;          // the footer band and tiles: set apart from the page, text on it still 4.5:1
    Color rule;             // decorative separators only (never the only sign of anything)
    Color button;           // fill of a secondary button
    Color button_text;
    Color button_border;
    Color primary;          // fill of the screen's main action, the accessibility button and selected choices
    Color primary_text;
    Color brand_accent;     // the red of the République française block; decoration
    Color focus_ring;
    // The floor plan: every line at least 3:1 against the background (WCAG 1.4.11). The route
    // differs from corridors by its pattern too (thick, dashed, with arrows: R-41).
    Color plan_corridor;
    Color plan_route;
    Color plan_here;  // the "you are here" target
    // A service's status tag ("Ouvert · ferme à 12 h"): the words say it, the fill only echoes it.
    // Each text colour is at least 4.5:1 on its fill (7:1 in the contrast modes).
    Color tag_open;
    Color tag_open_text;
    Color tag_closed;
    Color tag_closed_text;
    Color tag_changed;  // reduced hours, moved
    Color tag_changed_text;
    // A drawn plan (map.json units): rooms light, corridors and halls a tone apart, rooms closed
    // to visitors darker; walls and the warning glyph at least 3:1 (7:1 in high contrast) against
    // every fill they cross, text at least 4.5:1 on every fill.
    Color plan_room;
    Color plan_open;     // corridors, halls, waiting areas
    Color plan_private;  // rooms closed to visitors
    Color plan_wall;
    Color plan_cone;     // the way the visitor faces, under the "you are here" pin
    Color plan_warning;  // where the route has steps
};

struct Theme {
    Palette palette;
    // Capital-H heights in millimetres.
    double body_cap_mm = 5.0;
    double heading_cap_mm = 6.5;
    double title_cap_mm = 8.0;
    double small_cap_mm = 4.8;
    double target_mm = 20.0;  // minimum touch target
    double gap_mm = 4.0;
    double margin_mm = 8.0;
    int max_choices_per_page = 0;  // 0: as many as fit; easy-read keeps screens to 6
    int border_px = 3;
    int focus_ring_px = 8;
};

// The site's brand colour replaces blue France in the standard palette only: high-contrast modes
// keep their own colours whatever the site.
Theme make_theme(const Modes& modes, const content::Brand& brand = {});

}  // namespace phare::ui
