// Every screen x language x mode of every site, rendered with the real fonts and painted off-screen:
// the Frame and the pixels must hold what a visitor needs (docs/accessibility.md R-numbers in names).

#include "platform/sdl/display.h"
#include "platform/sdl/font_set.h"
#include "platform/sdl/frame_painter.h"
#include "platform/sdl/image_cache.h"
#include "platform/sdl/qr_code.h"
#include "platform/sdl/text_cache.h"
#include "platform/sdl/ttf_text_metrics.h"
#include "support/agent_status.h"
#include "support/pixel_contrast.h"
#include "support/queue_board.h"
#include "support/screen_walk.h"
#include "core/ui/reduce.h"
#include "core/ui/render.h"
#include "support/site_files.h"
#include "support/test_kiosk.h"
#include "core/ui/theme.h"

#include <SDL.h>
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <unordered_map>

using namespace phare;

namespace {

struct ModeCase {
    const char* name;
    ui::Modes modes;
};

const std::vector<ModeCase>& mode_cases()
{
    using ui::Contrast;
    using ui::TextSize;
    static const std::vector<ModeCase> cases{
        {"standard", {}},
        {"large", {TextSize::Large, Contrast::Standard, false, false}},
        {"larger", {TextSize::Larger, Contrast::Standard, false, false}},
        {"contrast", {TextSize::Standard, Contrast::Dark, false, false}},
        {"contrast-light", {TextSize::Standard, Contrast::Light, false, false}},
        {"easy", {TextSize::Standard, Contrast::Standard, true, false}},
        {"larger,contrast,easy", {TextSize::Larger, Contrast::Dark, true, false}},
        {"speech", {TextSize::Standard, Contrast::Standard, false, true}},
        {"large,contrast-light,speech", {TextSize::Large, Contrast::Light, false, true}},
    };
    return cases;
}

using test::all_sites;

using test::Measured;
using test::to_color;

struct Rig {
    sdl::FontSet fonts{sdl::default_font_files()};
    sdl::TtfTextMetrics metrics{fonts};
    std::unique_ptr<sdl::Display> display;
    ui::DeviceProfile device;

    Rig()
    {
        SDL_setenv("SDL_VIDEODRIVER", "dummy", 1);
        display = sdl::Display::open_headless(device.width_px, device.height_px);
    }
};

Rig& rig()
{
    static Rig instance;
    return instance;
}

void check_frame(const ui::Frame& frame, const content::Site& site, const ModeCase& mode, const std::vector<std::uint32_t>& pixels,
                 const ui::DeviceProfile& device, double cap_ratio)
{
    const ui::Rect screen{0, 0, frame.width, frame.height};
    const bool rtl = site.find_language(frame.lang)->direction == content::TextDirection::RightToLeft;
    CHECK((frame.direction == content::TextDirection::RightToLeft) == rtl);
    const double min_contrast = mode.modes.contrast == ui::Contrast::Standard ? 4.5 : 7.0;
    double min_cap_mm = mode.modes.text_size == ui::TextSize::Standard ? 4.8 : mode.modes.text_size == ui::TextSize::Large ? 8.6 : 9.9;
    auto focusables = frame.focus_order();
    if (mode.modes.easy_read) {
        int choices = 0;
        for (const ui::Element* e : focusables) {
            const std::string& id = e->id;
            const bool chrome = id == "a11y.open" || id.rfind("nav.", 0) == 0 || id.rfind("page.", 0) == 0 || id == "help.close" ||
                                id == "session.continue";
            choices += chrome ? 0 : 1;
        }
        INFO("R-68: " << choices << " choices on one easy-read screen");
        CHECK(choices <= 6);
    }
    if (mode.modes.speech) {
        const ui::Element* caption = frame.find("caption");
        INFO("R-60: what is said is shown");
        REQUIRE(caption);
        CHECK_FALSE(caption->lines.empty());
    }
    for (const ui::Element& e : frame.elements) {
        INFO("element " << e.id << " \"" << e.text << "\"");
        CHECK(e.rect.inside(screen));
        if (e.action && !e.focusable)
            FAIL_CHECK("R-01: an actionable element is not reachable by keypad focus");
        for (const ui::TextLine& line : e.lines) {
            INFO("line \"" << line.text << "\"");
            CHECK(line.rect.inside(screen));
            CHECK(line.rect.inside(e.rect));
            Measured measured = test::measure_line(pixels, frame.width, line.rect, 3, 2);
            INFO("R-39/R-40: measured contrast " << measured.contrast << " on " << ui::to_hex(measured.background));
            CHECK(measured.contrast >= min_contrast);
            CHECK(measured.background == e.bg);
        }
        for (const ui::Shape& shape : e.shapes) {
            // The plan's drawing stays inside its element (shapes are relative to it).
            const int r = shape.kind == ui::ShapeKind::Circle ? shape.width_px / 2 : 0;
            for (const ui::Point& p : shape.points)
                CHECK(ui::Rect{0, 0, e.rect.w + 1, e.rect.h + 1}.contains(p.x - r, p.y - r));
        }
        if (!e.qr_text.empty()) {
            // Phones read modules of 0.5 mm or more from a hand's length.
            auto matrix = sdl::encode_qr(e.qr_text);
            REQUIRE(matrix);
            CHECK(device.mm(sdl::qr_module_px(std::min(e.rect.w, e.rect.h), matrix->size)) >= 0.5);
        }
        if (!e.lines.empty()) {
            const double cap_mm = e.font_px * cap_ratio / device.px_per_mm;
            INFO("R-35/R-36: capital H is " << cap_mm << " mm");
            CHECK(cap_mm >= min_cap_mm - 0.05);
        }
    }
    for (std::size_t i = 0; i < focusables.size(); ++i) {
        const ui::Element& a = *focusables[i];
        INFO("focusable " << a.id);
        CHECK_FALSE(a.spoken.empty());
        CHECK(device.mm(a.rect.h) >= 20.0 - 0.05);
        CHECK(device.mm(a.rect.w) >= 20.0 - 0.05);
        for (std::size_t j = i + 1; j < focusables.size(); ++j) {
            INFO("overlaps " << focusables[j]->id);
            CHECK_FALSE(a.rect.intersects(focusables[j]->rect));
        }
    }
    // The accessibility button is always there, at the end edge of the header;
    // the hall display is not operated and has none.
    if (frame.screen == "board") {
        CHECK(focusables.empty());
        return;
    }
    const ui::Element* a11y = frame.find("a11y.open");
    REQUIRE(a11y);
    CHECK(a11y->focusable);
    CHECK((a11y->rect.x + a11y->rect.w / 2 < frame.width / 2) == rtl);
}


// The queue's screens no tap reaches: a ticket issued or refused, a board gone stale, the hall display.
std::vector<ui::State> queue_states(const content::Site& site, const ui::State& start)
{
    std::vector<ui::State> out;
    ui::State issued = start;
    issued.place = {ui::ScreenId::Ticket, {}, 0};
    issued.ticket.service = ui::queued_services(site).front()->id;
    issued.ticket.step = ui::TicketStep::Issued;
    issued.ticket.ticket = site.services.front().queue_prefix + " 043";
    issued.ticket.ahead = 12;
    issued.ticket.estimate_known = true;
    issued.ticket.low_minutes = 20;
    issued.ticket.high_minutes = 35;
    issued.ticket.status_url = "https://accueil.prefecture-44.example/ticket/4f9c2a7e61b03d58a1e2f0c9b7d64e35";
    out.push_back(issued);
    ui::State failed = issued;
    failed.ticket.step = ui::TicketStep::Failed;
    failed.ticket.unreachable = true;
    out.push_back(failed);
    ui::State stale = start;
    stale.place = {ui::ScreenId::Queue, {}, 0};
    stale.queue.reachable = false;
    out.push_back(stale);
    ui::State board = start;
    board.place = {ui::ScreenId::Queue, {}, 0};
    board.board_role = true;
    board.queue_enabled = false;
    out.push_back(board);
    board.place.page = 1;  // the board's second page, if it has one
    out.push_back(board);
    return out;
}

void check_all_screens(const ModeCase& mode)
{
    for (const std::string& site_dir : all_sites()) {
        auto files = test::read_site(site_dir);
        // With the agents' changes of the day: notices, a closed, a reduced and a moved service.
        const content::Site site = test::site_with_agent_status(site_dir);
        Rig& r = rig();
        sdl::TextCache text(r.display->renderer(), r.fonts);
        sdl::ImageCache images(r.display->renderer(), files);
        sdl::FramePainter painter(r.display->renderer(), text, images);
        std::size_t screens = 0;
        for (const content::Language& language : site.languages) {
            // A kiosk with a hub: the directions show their QR code too.
            ui::State start = ui::initial_state(language.code, mode.modes);
            start.route_page_base = "https://accueil.prefecture-44.example";
            start.local_time = test::status_day + "T10:00";
            start.maintenance = {"hall", "version 12", ui::HubState::Unreachable, "10:02:41",
                                 "content poll: hub unreachable (Failed to connect to hub.prefecture-44.example port 443 after "
                                 "5001 ms: Connection timed out)",
                                 1234, 56, 7, ui::LiveState::Down};
            // With a queue: the board, a last call, taking a ticket (docs/queue.md).
            start.queue_enabled = !site.queue.empty();
            if (start.queue_enabled)
                start.queue = test::busy_board(site);
            std::vector<ui::State> states = ui::reachable_states(site, r.device, r.metrics, start);
            if (start.queue_enabled)
                for (ui::State extra : queue_states(site, start))
                    states.push_back(std::move(extra));
            for (ui::State state : states) {
                if (mode.modes.speech)  // a long caption, as after a service description was read out
                    state.caption = std::string(site.text(site.services.back().description, language.code)) + " " +
                                    std::string(site.text(site.services.front().description, language.code));
                ui::Frame frame = ui::render(state, site, r.device, r.metrics);
                painter.paint(frame);
                auto pixels = r.display->read_pixels();
                REQUIRE(pixels.size() == static_cast<std::size_t>(frame.width * frame.height));
                INFO(site_dir << " " << language.code << " " << mode.name << " screen " << frame.screen << " page " << state.place.page
                              << " service " << state.place.service << (state.help_open ? " +help" : ""));
                check_frame(frame, site, mode, pixels, r.device, r.metrics.cap_height_ratio());
                ++screens;
            }
        }
        // Every service page was reached in every language.
        CHECK(screens >= site.languages.size() * (site.services.size() + 2));
    }
}

}  // namespace

// One test case a mode so that ctest runs them side by side.
#define PHARE_SCREEN_MATRIX(index, tags)                                                                                  \
    TEST_CASE("every screen of every site in every language fits, contrasts and can be operated: mode " #index, tags) \
    {                                                                                                                    \
        REQUIRE(mode_cases().size() > index);                                                                            \
        check_all_screens(mode_cases()[index]);                                                                          \
    }

PHARE_SCREEN_MATRIX(0, "[screens][R-35][R-39][R-50]")
PHARE_SCREEN_MATRIX(1, "[screens][R-35][R-38]")
PHARE_SCREEN_MATRIX(2, "[screens][R-38]")
PHARE_SCREEN_MATRIX(3, "[screens][R-40]")
PHARE_SCREEN_MATRIX(4, "[screens][R-40]")
PHARE_SCREEN_MATRIX(5, "[screens][R-65][R-68]")
PHARE_SCREEN_MATRIX(6, "[screens][R-38][R-40][R-68]")
PHARE_SCREEN_MATRIX(7, "[screens][R-60]")
PHARE_SCREEN_MATRIX(8, "[screens][R-35][R-40][R-60]")

TEST_CASE("the mode matrix covers every mode", "[screens]")
{
    CHECK(mode_cases().size() == 9);
}

TEST_CASE("large text reflows onto more pages instead of shrinking", "[screens][R-38]")
{
    auto loaded = content::load_site(test::read_site("config/sites/prefecture-44"));
    REQUIRE(loaded.site);
    Rig& r = rig();
    auto count_pages = [&](ui::TextSize size) {
        ui::Modes modes;
        modes.text_size = size;
        int pages = 0;
        for (const ui::State& s : test::reachable_states(*loaded.site, r.device, r.metrics, "fr", modes))
            if (s.place.screen == ui::ScreenId::Welcome && !s.help_open)
                ++pages;
        return pages;
    };
    const int standard = count_pages(ui::TextSize::Standard);
    const int large = count_pages(ui::TextSize::Large);
    const int larger = count_pages(ui::TextSize::Larger);
    CHECK(large > standard);
    CHECK(larger >= large);
}

TEST_CASE("every text of every site can be drawn: no empty boxes", "[screens][R-15]")
{
    const std::string site_dir = GENERATE(from_range(all_sites()));
    auto loaded = content::load_site(test::read_site(site_dir));
    REQUIRE(loaded.site);
    const content::Site& site = *loaded.site;
    std::vector<std::pair<std::string, std::string>> texts;  // where, text
    auto add = [&](const std::string& where, const content::LocalizedText& localized) {
        for (const auto& [lang, text] : localized)
            texts.emplace_back(where + "/" + lang, text);
    };
    add("site name", site.name);
    for (const auto& s : site.services) {
        add(s.id + " name", s.name);
        add(s.id + " easy_name", s.easy_name);
        add(s.id + " description", s.description);
        add(s.id + " easy_description", s.easy_description);
    }
    for (const auto& n : site.map.nodes)
        add(n.id, n.name);
    for (const auto& l : site.map.levels)
        add(l.id, l.name);
    for (const auto& [lang, table] : site.strings)
        for (const auto& [key, text] : table)
            texts.emplace_back("strings/" + lang + ".json " + key, text);
    for (const auto& language : site.languages)
        texts.emplace_back("language name", language.name);
    for (const auto& [where, text] : texts) {
        INFO(site_dir << " " << where << ": \"" << text << "\"");
        auto missing = rig().fonts.missing_glyph(text);
        CHECK_FALSE(missing.has_value());
    }
}

// Not run by default: how many states the walk finds, to check it stays under its limit (2000 a
// language) as screens are added. `phare_screen_tests "[.states]"`.
TEST_CASE("the screen walk's size per site, language and mode", "[.states]")
{
    Rig& r = rig();
    for (const ModeCase& mode : mode_cases())
        for (const std::string& site_dir : all_sites()) {
            auto loaded = content::load_site(test::read_site(site_dir));
            REQUIRE(loaded.site);
            std::size_t total = 0, largest = 0, maps = 0;
            for (const content::Language& language : loaded.site->languages) {
                ui::State start = ui::initial_state(language.code, mode.modes);
                start.route_page_base = "https://accueil.prefecture-44.example";
                auto states = ui::reachable_states(*loaded.site, r.device, r.metrics, start);
                total += states.size();
                largest = std::max(largest, states.size());
                for (const ui::State& s : states)
                    maps += s.place.screen == ui::ScreenId::Map ? 1 : 0;
            }
            WARN(mode.name << " " << site_dir << ": " << total << " states (" << maps << " map pages), at most " << largest
                           << " in one language");
            CHECK(largest < 2000);
        }
}

// Not pass/fail numbers: how long the map costs with the real fonts and the software renderer.
// `phare_screen_tests "[.timing]"`; docs/directions.md quotes them.
TEST_CASE("map screen render and paint timings", "[.timing]")
{
    auto files = test::read_site("config/sites/prefecture-44");
    const content::Site site = *content::load_site(files).site;
    Rig& r = rig();
    sdl::TextCache text(r.display->renderer(), r.fonts);
    sdl::ImageCache images(r.display->renderer(), files);
    sdl::FramePainter painter(r.display->renderer(), text, images);
    ui::State state = ui::initial_state("fr");
    state.route_page_base = "https://accueil.prefecture-44.example";
    state = ui::apply(state, ui::OpenDirections{"naturalisation"});
    const ui::State directions = state;
    state = ui::apply(state, ui::OpenMap{"naturalisation"});
    auto ms = [](int repeat, auto work) {
        auto start = std::chrono::steady_clock::now();
        for (int i = 0; i < repeat; ++i)
            work();
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() / repeat;
    };
    ui::Frame frame = ui::render(state, site, r.device, r.metrics);
    const double render = ms(50, [&] { frame = ui::render(state, site, r.device, r.metrics); });
    painter.paint(frame);
    const double paint = ms(50, [&] { painter.paint(frame); });
    ui::Frame with_qr = ui::render(directions, site, r.device, r.metrics);
    painter.paint(with_qr);
    const double paint_qr = ms(50, [&] { painter.paint(with_qr); });
    WARN("map: render " << render << " ms, paint " << paint << " ms (" << frame.find("map.plan")->shapes.size()
                        << " shapes); directions with QR: paint " << paint_qr << " ms");
    CHECK(render < 100);
}
