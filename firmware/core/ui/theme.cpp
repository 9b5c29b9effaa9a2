#include "core/ui/theme.h"

namespace phare::ui {

namespace {

// The State's design system: blue France (#000091) on white, grey text and surfaces. Every text
// pair is at least 4.5:1 (R-39; blue France on white 14.9:1) and the focus ring at least 3:1
// against the page (it is drawn outside the element with a gap of page colour).
Palette standard_palette()
{
    return {
        .background = from_hex(0xFFFFFF),
        .text = from_hex(0x161616),
        .muted_text = from_hex(0x3A3A3A),
        .header_background = from_hex(0xFFFFFF),
        .header_text = from_hex(0x161616),
        .surface = from_hex(0xF6F6F6),
        .rule = from_hex(0xDDDDDD),
        .button = from_hex(0xFFFFFF),
        .button_text = from_hex(0x000091),
        .button_border = from_hex(0x000091),
        .primary = from_hex(0x000091),
        .primary_text = from_hex(0xFFFFFF),
        .brand_accent = from_hex(0xE1000F),
        .focus_ring = from_hex(0xC2410C),
        .plan_corridor = from_hex(0x6B7280),
        .plan_route = from_hex(0x1A3A6B),
        .plan_here = from_hex(0xB91C1C),
        .tag_open = from_hex(0x18753C),
        .tag_open_text = from_hex(0xFFFFFF),
        .tag_closed = from_hex(0xCE0500),
        .tag_closed_text = from_hex(0xFFFFFF),
        .tag_changed = from_hex(0xB34000),
        .tag_changed_text = from_hex(0xFFFFFF),
        .plan_room = from_hex(0xF9F9FB),  // a shade off the white page: inside the building
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
        .surface = from_hex(0x000000),
        .rule = from_hex(0xFFFF00),
        .button = from_hex(0x000000),
        .button_text = from_hex(0xFFFF00),
        .button_border = from_hex(0xFFFF00),
        .primary = from_hex(0xFFFF00),
        .primary_text = from_hex(0x000000),
        .brand_accent = from_hex(0xFFFF00),
        .focus_ring = from_hex(0x00FFFF),
        .plan_corridor = from_hex(0xA0A0A0),
        .plan_route = from_hex(0xFFFF00),
        .plan_here = from_hex(0xFFFFFF),
        .tag_open = from_hex(0x33FF66),
        .tag_open_text = from_hex(0x000000),
        .tag_closed = from_hex(0xFF9999),
        .tag_closed_text = from_hex(0x000000),
        .tag_changed = from_hex(0xFFCC00),
        .tag_changed_text = from_hex(0x000000),
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
        .surface = from_hex(0xFFFFFF),
        .rule = from_hex(0x000000),
        .button = from_hex(0xFFFFFF),
        .button_text = from_hex(0x000000),
        .button_border = from_hex(0x000000),
        .primary = from_hex(0x000000),
        .primary_text = from_hex(0xFFFFFF),
        .brand_accent = from_hex(0x000000),
        .focus_ring = from_hex(0x0033CC),
        .plan_corridor = from_hex(0x595959),
        .plan_route = from_hex(0x000000),
        .plan_here = from_hex(0x0033CC),
        .tag_open = from_hex(0x005A1E),
        .tag_open_text = from_hex(0xFFFFFF),
        .tag_closed = from_hex(0xA00000),
        .tag_closed_text = from_hex(0xFFFFFF),
        .tag_changed = from_hex(0x7A3A00),
        .tag_changed_text = from_hex(0xFFFFFF),
        .plan_room = from_hex(0xFFFFFF),
        .plan_open = from_hex(0xEBEBEB),
        .plan_private = from_hex(0xD0D0D0),
        .plan_wall = from_hex(0x000000),
        .plan_cone = from_hex(0xC9D6FF),
        .plan_warning = from_hex(0x8A3B00),
    };
}

}  // namespace

Theme make_theme(const Modes& modes, const content::Brand& brand)
{
    Theme theme;
    switch (modes.contrast) {
    case Contrast::Standard:
        theme.palette = standard_palette();
        if (brand.primary_rgb) {  // validated: 4.5:1 against white and the surface
            const Color color = from_hex(*brand.primary_rgb);
            theme.palette.primary = theme.palette.button_text = theme.palette.button_border = color;
        }
        break;
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
