// Right-to-left lines checked on the pixels drawn, not on the Frame's logical text: times, ranges,
// dates, decimals and room numbers must keep their digits in order ("09:00", never "00:09") and
// the first in reading order must be the rightmost. Arabic on the example sites, Hebrew and Arabic
// on tests/fixtures/sites/sous-sol.

#include "support/pixel_rig.h"
#include "support/test_kiosk.h"
#include "core/ui/reduce.h"
#include "core/ui/render.h"
#include "core/ui/text_layout.h"

#include <SDL.h>
#include <catch2/catch.hpp>

#include <optional>

using namespace phare;

namespace {

// One glyph (or glyphs that touch) as drawn: its ink cropped to its bounding box, column by column.
using Blob = std::vector<std::vector<std::uint32_t>>;

struct Painted {
    std::vector<Blob> blobs;
    std::vector<int> x;  // left edge of each blob on screen
};

using Rig = test::PixelRig;
Rig& rig() { return test::pixel_rig(); }

// The glyphs inside `box` of what is on screen, left to right; ink is anything not `background`.
Painted glyphs_in(const std::vector<std::uint32_t>& pixels, int width, const ui::Rect& box, ui::Color background)
{
    const std::uint32_t bg = (std::uint32_t{background.r} << 16) | (std::uint32_t{background.g} << 8) | background.b;
    auto at = [&](int x, int y) { return pixels[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)] & 0xFFFFFFu; };
    auto column_has_ink = [&](int x) {
        for (int y = box.y; y < box.bottom(); ++y)
            if (at(x, y) != bg)
                return true;
        return false;
    };
    Painted out;
    for (int x = box.x; x < box.right();) {
        if (!column_has_ink(x)) {
            ++x;
            continue;
        }
        int end = x;
        while (end < box.right() && column_has_ink(end))
            ++end;
        int top = box.bottom(), bottom = box.y;
        for (int cx = x; cx < end; ++cx)
            for (int y = box.y; y < box.bottom(); ++y)
                if (at(cx, y) != bg) {
                    top = std::min(top, y);
                    bottom = std::max(bottom, y + 1);
                }
        Blob blob;
        for (int cx = x; cx < end; ++cx) {
            std::vector<std::uint32_t> column;
            for (int y = top; y < bottom; ++y)
                column.push_back(at(cx, y));
            blob.push_back(std::move(column));
        }
        out.blobs.push_back(std::move(blob));
        out.x.push_back(x);
        x = end;
    }
    return out;
}

// How a line is drawn; a token is looked for in the same style, since antialiased ink depends on
// size, weight and both colours.
struct Style {
    int font_px = 40;
    bool bold = false;
    ui::Color fg{0, 0, 0};
    ui::Color bg{255, 255, 255};
};

// One line painted by the kiosk's own painter, in a paragraph of `direction`.
Painted paint_line(const std::string& text, content::TextDirection direction, const Style& style = {})
{
    Rig& r = rig();
    ui::Frame frame;
    frame.width = r.device.width_px;
    frame.height = r.device.height_px;
    frame.background = style.bg;
    ui::Element e;
    e.id = "line";
    e.role = ui::Role::Text;
    e.rect = {0, 0, frame.width, 120};
    e.text = text;
    e.direction = direction;
    e.font_px = style.font_px;
    e.bold = style.bold;
    e.fg = style.fg;
    e.bg = style.bg;
    const int width = ui::line_width(r.metrics, text, direction, style.font_px, style.bold ? ui::Weight::Bold : ui::Weight::Regular);
    // Right-aligned in a right-to-left paragraph, as the layout does.
    const int x = direction == content::TextDirection::RightToLeft ? frame.width - 20 - width : 20;
    e.lines.push_back({text, {x, 20, width, 80}});
    frame.elements.push_back(e);
    r.painter->paint(frame);
    return glyphs_in(r.display->read_pixels(), frame.width, {0, 0, frame.width, 120}, style.bg);
}

// Where the glyphs of `token` (drawn alone, left to right, in the line's size and weight) appear
// in order in `line`: the x of its first glyph, or nothing if they are not there in that order.
std::optional<int> find_token(const Painted& line, const std::string& token, const Style& style = {})
{
    const Painted alone = paint_line(token, content::TextDirection::LeftToRight, style);
    REQUIRE_FALSE(alone.blobs.empty());
    for (std::size_t i = 0; i + alone.blobs.size() <= line.blobs.size(); ++i)
        if (std::equal(alone.blobs.begin(), alone.blobs.end(), line.blobs.begin() + static_cast<std::ptrdiff_t>(i)))
            return line.x[i];
    return std::nullopt;
}

// Every token is drawn whole, and in a right-to-left line the first one (in reading order) is the
// rightmost.
void check_right_to_left_order(const Painted& line, const std::vector<std::string>& tokens_in_reading_order, const Style& style = {})
{
    std::optional<int> previous;
    for (const std::string& token : tokens_in_reading_order) {
        INFO("token \"" << token << "\"");
        const std::optional<int> x = find_token(line, token, style);
        REQUIRE(x);
        if (previous)
            CHECK(*x < *previous);
        previous = x;
    }
}

}  // namespace

TEST_CASE("the glyph finder sees a reversed time as wrong", "[screens][bidi]")
{
    // The check itself can fail: "00:09" does not hold the glyphs of "09:00" in order.
    const Painted reversed = paint_line("00:09", content::TextDirection::LeftToRight);
    CHECK_FALSE(find_token(reversed, "09:00"));
    CHECK(find_token(reversed, "00:09"));
}

TEST_CASE("times, ranges, dates, decimals and room numbers keep their order in Arabic and Hebrew lines", "[screens][bidi]")
{
    using content::TextDirection;
    struct Case {
        const char* line;
        std::vector<std::string> tokens;
    };
    const Case cases[] = {
        {"مفتوح 09:00 – 12:00، 13:30 – 16:00", {"09:00", "12:00", "13:30", "16:00"}},
        {"الموعد يوم 01/12/2026 الساعة 13:30 في القاعة 1.04", {"01/12/2026", "13:30", "1.04"}},
        {"المسافة 2.5 م ثم 12,5 م", {"2.5", "12,5"}},
        {"פתוח 09:00 – 12:00, 13:30 – 16:00", {"09:00", "12:00", "13:30", "16:00"}},
        {"התור ב-01/12/2026 בשעה 08:45 בחדר 204, קומה 2,5", {"01/12/2026", "08:45", "204", "2,5"}},
    };
    for (const Case& c : cases) {
        INFO(c.line);
        check_right_to_left_order(paint_line(c.line, TextDirection::RightToLeft), c.tokens);
    }
}

TEST_CASE("a time range drawn right to left matches the same range written in visual order", "[screens][bidi]")
{
    // Without letters every glyph comes from the same face, so the two drawings are the same glyphs.
    const Painted logical = paint_line("09:00 – 12:00, 13:30 – 16:00", content::TextDirection::RightToLeft);
    const Painted visual = paint_line("16:00 – 13:30 ,12:00 – 09:00", content::TextDirection::LeftToRight);
    CHECK(logical.blobs == visual.blobs);
}

TEST_CASE("every service page's opening hours are drawn in order in every right-to-left language", "[screens][bidi]")
{
    Rig& r = rig();
    for (const std::string& site_dir : test::all_sites()) {
        const content::Site site = test::load_valid_site(site_dir);
        for (const content::Language& language : site.languages) {
            if (language.direction != content::TextDirection::RightToLeft)
                continue;
            for (const content::Service& service : site.services) {
                ui::State state = ui::apply(ui::initial_state(language.code), ui::OpenService{service.id});
                const ui::Frame frame = ui::render(state, site, r.device, r.metrics);
                r.painter->paint(frame);
                const auto pixels = r.display->read_pixels();
                int checked = 0;
                for (const ui::Element& e : frame.elements) {
                    if (e.id.rfind("service.hours.", 0) != 0)
                        continue;
                    for (const ui::TextLine& line : e.lines) {
                        std::vector<std::string> times;
                        // "09:00" (Arabic) or "9:00" (Hebrew signage writes no leading zero).
                        auto digit = [&](std::size_t i) { return std::isdigit(static_cast<unsigned char>(line.text[i])) != 0; };
                        for (std::size_t pos = line.text.find(':'); pos != std::string::npos; pos = line.text.find(':', pos + 1))
                            if (pos >= 1 && pos + 2 < line.text.size() && digit(pos - 1)) {
                                const std::size_t start = pos >= 2 && digit(pos - 2) ? pos - 2 : pos - 1;
                                times.push_back(line.text.substr(start, pos + 3 - start));
                            }
                        if (times.empty())
                            continue;
                        INFO(site_dir << " " << language.code << " " << service.id << " \"" << line.text << "\"");
                        check_right_to_left_order(glyphs_in(pixels, frame.width, line.rect, e.bg), times, {e.font_px, e.bold, e.fg, e.bg});
                        ++checked;
                    }
                }
                INFO(site_dir << " " << language.code << " " << service.id);
                CHECK(checked > 0);
            }
        }
    }
}

TEST_CASE("a labelled level inside an Arabic or Hebrew sentence is drawn whole, the sentence around it too", "[screens][bidi]")
{
    using content::TextDirection;
    // Site::level_label isolates a label ("1.5", "RC", "-1"); the isolate marks must change nothing
    // but the order: every other glyph of the line is drawn (a lost run once blanked most of it).
    for (const std::string line : {"עלו עד קומה @1.5# (קומת ביניים). בסך הכול: 2 גרמי מדרגות", "اضغط على @RC# ثم على @-1#."}) {
        std::string isolated = line;
        std::string plain = line;
        for (auto [mark, with] : {std::pair<std::string, std::string>{"@", "\u2068"}, {"#", "\u2069"}}) {
            for (std::size_t at = isolated.find(mark); at != std::string::npos; at = isolated.find(mark))
                isolated.replace(at, 1, with);
            for (std::size_t at = plain.find(mark); at != std::string::npos; at = plain.find(mark))
                plain.erase(at, 1);
        }
        INFO(isolated);
        const Painted drawn = paint_line(isolated, TextDirection::RightToLeft);
        CHECK(drawn.blobs.size() >= paint_line(plain, TextDirection::RightToLeft).blobs.size() - 1);
        CHECK(find_token(drawn, line.find("1.5") != std::string::npos ? "1.5" : "RC"));
    }
}
