#include "core/ui/theme.h"

namespace phare::ui {

namespace {

// Navy and white like the French State's signage; every pair is at least 4.5:1 and the
// focus ring at least 3:1 against everything it surrounds.
Palette standard_palette()
{
    return {
        .background = from_hex(0xF5F6F8),
        .text = from_hex(0x1B1B1F),
        .muted_text = from_hex(0x3F4651),
        .header_background = from_hex(0x1A3A6B),
        .header_text = from_hex(0xFFFFFF),
        .button = from_hex(0xFFFFFF),
        .button_text = from_hex(0x1A3A6B),
        .button_border = from_hex(0x1A3A6B),
        .primary = from_hex(0x1A3A6B),
        .primary_text = from_hex(0xFFFFFF),
        .focus_ring = from_hex(0xC2410C),
        .plan_corridor = from_hex(0x6B7280),
        .plan_route = from_hex(0x1A3A6B),
        .plan_here = from_hex(0xB91C1C),
        .plan_room = from_hex(0xFFFFFF),
        .plan_open = from_hex(0xE3E8F0),
        .plan_private = from_hex(0xD5D9E0),
        .plan_wall = from_hex(0x4B5563),
        .plan_cone = from_hex(0xF2C4C4),
        .plan_warning = from_hex(0xB45309),
    };
}

// Light on dark: yellow and white on black, at least 7:1 everywhere.
Palette dark_palette()
{
    return {
        .background = from_hex(0x000000),
        .text = from_hex(0xFFFFFF),
        .muted_text = from_hex(0xFFFFFF),
        .header_background = from_hex(0x000000),
        .header_text = from_hex(0xFFFF00),
        .button = from_hex(0x000000),
        .button_text = from_hex(0xFFFF00),
        .button_border = from_hex(0xFFFF00),
        .primary = from_hex(0xFFFF00),
        .primary_text = from_hex(0x000000),
        .focus_ring = from_hex(0x00FFFF),
        .plan_corridor = from_hex(0xA0A0A0),
        .plan_route = from_hex(0xFFFF00),
        .plan_here = from_hex(0xFFFFFF),
        .plan_room = from_hex(0x1C1C1C),
        .plan_open = from_hex(0x000000),
        .plan_private = from_hex(0x333333),
        .plan_wall = from_hex(0xC8C8C8),
        .plan_cone = from_hex(0x3A3A3A),
        .plan_warning = from_hex(0xFFA500),
    };
}

// Dark on light: black on white.
Palette light_palette()
{
    return {
        .background = from_hex(0xFFFFFF),
        .text = from_hex(0x000000),
        .muted_text = from_hex(0x000000),
        .header_background = from_hex(0xFFFFFF),
        .header_text = from_hex(0x000000),
        .button = from_hex(0xFFFFFF),
        .button_text = from_hex(0x000000),
        .button_border = from_hex(0x000000),
        .primary = from_hex(0x000000),
        .primary_text = from_hex(0xFFFFFF),
        .focus_ring = from_hex(0x0033CC),
        .plan_corridor = from_hex(0x595959),
        .plan_route = from_hex(0x000000),
        .plan_here = from_hex(0x0033CC),
        .plan_room = from_hex(0xFFFFFF),
        .plan_open = from_hex(0xEBEBEB),
        .plan_private = from_hex(0xD0D0D0),
        .plan_wall = from_hex(0x000000),
        .plan_cone = from_hex(0xC9D6FF),
        .plan_warning = from_hex(0x8A3B00),
    };
}

}  // namespace

Theme make_theme(const Modes& modes)
{
    Theme theme;
    switch (modes.contrast) {
    case Contrast::Standard: theme.palette = standard_palette(); break;
    case Contrast::Dark: theme.palette = dark_palette(); break;
    case Contrast::Light: theme.palette = light_palette(); break;
    }
    if (modes.contrast != Contrast::Standard)
        theme.border_px = 4;
    if (modes.easy_read)
        theme.max_choices_per_page = 6;
    double scale = 1.0;
    if (modes.text_size == TextSize::Large)
        scale = 1.8;  // body H 9 mm >= 8.6 mm (R-35 at 700 mm)
    else if (modes.text_size == TextSize::Larger)
        scale = 2.0;  // 200 % of standard, body H 10 mm
    theme.body_cap_mm *= scale;
    theme.small_cap_mm *= scale;
    theme.heading_cap_mm *= scale;
    theme.title_cap_mm *= scale;
    if (modes.text_size != TextSize::Standard && theme.title_cap_mm < 15.0)
        theme.title_cap_mm = 15.0;  // destination names in large text
    theme.gap_mm *= scale > 1.0 ? 1.4 : 1.0;
    return theme;
}

}  // namespace phare::ui
