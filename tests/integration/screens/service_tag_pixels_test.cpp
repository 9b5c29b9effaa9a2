// The service page's status tag as drawn: a rounded pill whose words contrast with its fill on the
// pixels (R-39 4.5:1, R-40 7:1 in the contrast modes), for each of its meanings, in every mode,
// language and site.

#include "core/content/hours.h"
#include "core/content/open_now.h"
#include "core/ui/reduce.h"
#include "core/ui/render.h"
#include "core/ui/theme.h"
#include "support/agent_status.h"
#include "support/pixel_contrast.h"
#include "support/pixel_rig.h"
#include "support/test_kiosk.h"

#include <SDL.h>
#include <catch2/catch.hpp>

#include <unordered_map>

using namespace phare;

namespace {

using Rig = test::PixelRig;
Rig& rig() { return test::pixel_rig(); }

using test::Measured;
using test::measure_line;
using test::to_color;

ui::Color pixel(const std::vector<std::uint32_t>& pixels, int width, int x, int y)
{
    return to_color(pixels[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)]);
}

struct ModeCase {
    const char* name;
    ui::Modes modes;
};

}  // namespace

TEST_CASE("the status tag is a rounded pill whose words contrast with it in every mode", "[screens][R-39][R-40][R-41]")
{
    Rig& r = rig();
    using ui::Contrast;
    using ui::TextSize;
    const ModeCase modes[] = {
        {"standard", {TextSize::Standard, Contrast::Standard, false, false}},
        {"contrast", {TextSize::Standard, Contrast::Dark, false, false}},
        {"contrast-light", {TextSize::Standard, Contrast::Light, false, false}},
        {"large", {TextSize::Large, Contrast::Standard, false, false}},
        {"larger,contrast", {TextSize::Larger, Contrast::Dark, false, false}},
        {"large,contrast-light,easy", {TextSize::Large, Contrast::Light, true, false}},
    };
    for (const std::string& folder : test::all_sites()) {
        const content::Site site = test::site_with_agent_status(folder);
        // Open (the first service on the Monday of its first range), closed by the agents, reduced.
        const content::Service& first = site.services.at(0);
        int open_day = 0;
        while (open_day < 6 && first.hours[static_cast<std::size_t>(open_day)].empty())
            ++open_day;
        const std::string open_time =
            "2026-11-" + std::to_string(23 + open_day) + "T" + content::format_minute_of_day(first.hours[static_cast<std::size_t>(open_day)].front().start_minute);
        struct Visit {
            std::string service;
            std::string time;
            content::OpenNowKind kind;
        };
        std::vector<Visit> visits{{first.id, open_time, content::OpenNowKind::Open},
                                  {first.id, test::status_day + "T10:00", content::OpenNowKind::ClosedToday}};
        if (site.services.size() > 1)
            visits.push_back({site.services.at(1).id, test::status_day + "T10:00", content::OpenNowKind::Reduced});
        for (const ModeCase& mode : modes)
            for (const content::Language& language : site.languages)
                for (const Visit& visit : visits) {
                    INFO(folder << " " << mode.name << " " << language.code << " " << visit.service << " " << visit.time);
                    ui::State state = ui::apply(ui::initial_state(language.code, mode.modes), ui::OpenService{visit.service});
                    state.local_time = visit.time;
                    const ui::Frame frame = ui::render(state, site, r.device, r.metrics);
                    const ui::Element* tag = frame.find("service.status");
                    const ui::Element* pill = frame.find("service.status.panel");
                    REQUIRE(tag);
                    REQUIRE(pill);
                    const ui::Palette& palette = ui::make_theme(mode.modes).palette;
                    const ui::Color expected = visit.kind == content::OpenNowKind::Open ? palette.tag_open
                                               : visit.kind == content::OpenNowKind::Reduced ? palette.tag_changed
                                                                                             : palette.tag_closed;
                    CHECK(tag->bg == expected);
                    r.painter->paint(frame);
                    const std::vector<std::uint32_t> pixels = r.display->read_pixels();
                    const double minimum = mode.modes.contrast == Contrast::Standard ? 4.5 : 7.0;
                    REQUIRE_FALSE(tag->lines.empty());
                    for (const ui::TextLine& line : tag->lines) {
                        INFO("\"" << line.text << "\"");
                        CHECK(line.rect.inside(pill->rect));
                        const Measured measured = measure_line(pixels, frame.width, line.rect);
                        INFO("measured contrast " << measured.contrast << " on " << ui::to_hex(measured.background));
                        CHECK(measured.background == tag->bg);
                        CHECK(measured.contrast >= minimum);
                    }
                    // Filled, with its corners rounded off: the page shows at the very corner, the fill
                    // along the top edge's middle.
                    const ui::Rect& box = pill->rect;
                    CHECK(pixel(pixels, frame.width, box.x, box.y) == frame.background);
                    CHECK(pixel(pixels, frame.width, box.right() - 1, box.bottom() - 1) == frame.background);
                    CHECK(pixel(pixels, frame.width, box.x + box.w / 2, box.y) == tag->bg);
                    CHECK(pixel(pixels, frame.width, box.x + box.w / 2, box.bottom() - 1) == tag->bg);
                }
    }
}
