// The queue's screens on real pixels (docs/queue.md, "On the kiosk"): the call banner is drawn in
// the palette's primary colours behind its text in every contrast mode, the ticket number is
// large, and screenshots of the board, a ticket and the hall display are kept in French and Arabic
// (build/queue-screens/*.png) for a person to look at.

#include "platform/sdl/display.h"
#include "platform/sdl/font_set.h"
#include "platform/sdl/frame_painter.h"
#include "platform/sdl/image_cache.h"
#include "platform/sdl/text_cache.h"
#include "platform/sdl/ttf_text_metrics.h"
#include "support/queue_board.h"
#include "support/test_kiosk.h"
#include "core/ui/render.h"
#include "core/ui/theme.h"

#include <SDL.h>
#include <catch2/catch.hpp>

#include <filesystem>

using namespace phare;

namespace {

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

std::uint32_t argb(ui::Color c) { return 0xFF000000u | (std::uint32_t{c.r} << 16) | (std::uint32_t{c.g} << 8) | c.b; }

}  // namespace

TEST_CASE("the call banner, the board, a ticket and the hall display on real pixels, in French and Arabic", "[screens][queue]")
{
    const content::Site site = test::load_valid_site("config/sites/prefecture-44");
    REQUIRE_FALSE(site.queue.empty());
    Rig r;
    auto files = test::read_site("config/sites/prefecture-44");
    sdl::TextCache text(r.display->renderer(), r.fonts);
    sdl::ImageCache images(r.display->renderer(), files);
    sdl::FramePainter painter(r.display->renderer(), text, images);
    const std::string out = "queue-screens";
    std::filesystem::create_directories(out);
    for (const std::string lang : {"fr", "ar"})
        for (const ui::Contrast contrast : {ui::Contrast::Standard, ui::Contrast::Dark, ui::Contrast::Light}) {
            ui::Modes modes;
            modes.contrast = contrast;
            ui::State state = ui::initial_state(lang, modes);
            state.queue_enabled = true;
            state.queue = test::busy_board(site);
            state.place = {ui::ScreenId::Queue, {}, 0};
            const ui::Palette palette = ui::make_theme(modes).palette;
            const std::string suffix = lang + "-" + std::to_string(static_cast<int>(contrast));

            ui::Frame board = ui::render(state, site, r.device, r.metrics);
            painter.paint(board);
            auto pixels = r.display->read_pixels();
            const ui::Element* banner = board.find("queue.call");
            INFO(lang << " contrast " << static_cast<int>(contrast));
            REQUIRE(banner);
            // The strip is the primary colour just inside its corners.
            const ui::Rect b = banner->rect;
            for (const auto& [x, y] : {std::pair{b.x + 2, b.y + 2}, std::pair{b.x + b.w - 3, b.y + b.h - 3}})
                CHECK(pixels[static_cast<std::size_t>(y * board.width + x)] == argb(palette.primary));
            CHECK(banner->fg == palette.primary_text);
            CHECK(banner->bg == palette.primary);
            CHECK(r.display->save_png(out + "/board-" + suffix + ".png"));

            state.place = {ui::ScreenId::Ticket, {}, 0};
            state.ticket.step = ui::TicketStep::Issued;
            state.ticket.service = ui::queued_services(site).front()->id;
            state.ticket.ticket = "A 043";
            state.ticket.ahead = 12;
            state.ticket.estimate_known = true;
            state.ticket.low_minutes = 20;
            state.ticket.high_minutes = 35;
            state.ticket.status_url = "https://accueil.prefecture-44.example/ticket/4f9c2a7e61b03d58";
            ui::Frame ticket = ui::render(state, site, r.device, r.metrics);
            painter.paint(ticket);
            const ui::Element* number = ticket.find("ticket.number");
            REQUIRE(number);
            CHECK(r.device.mm(number->lines.front().rect.h) >= 20.0);  // read from two metres
            CHECK(ticket.find("ticket.qr"));
            CHECK(r.display->save_png(out + "/ticket-" + suffix + ".png"));
        }
    ui::State hall = ui::initial_state("fr");
    hall.board_role = true;
    hall.queue = test::busy_board(site);
    hall.place = {ui::ScreenId::Queue, {}, 0};
    ui::Frame frame = ui::render(hall, site, r.device, r.metrics);
    painter.paint(frame);
    CHECK(frame.screen == "board");
    CHECK(frame.focus_order().empty());
    CHECK(r.display->save_png(out + "/hall-display-fr.png"));
}
