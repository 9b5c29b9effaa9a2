#pragma once
// How big text is, as the real font will draw it. Core lays text out through this seam;
// platform/sdl implements it with SDL_ttf and HarfBuzz, tests may use the same.

#include "core/content/site.h"

#include <string_view>

namespace phare::ui {

enum class Weight { Regular, Bold };

class TextMetrics {
public:
    virtual ~TextMetrics() = default;
    // Width in pixels of one directional run (see i18n/bidi.h) at `px` pixels per em.
    virtual int run_width(std::string_view run, content::TextDirection direction, int px, Weight weight) = 0;
    // Distance from one line's top to the next one's.
    virtual int line_height(int px, Weight weight) = 0;
    // Height of a capital H as a fraction of the font's pixel size (about 0.7 for sans fonts).
    virtual double cap_height_ratio() = 0;
};

}  // namespace phare::ui
