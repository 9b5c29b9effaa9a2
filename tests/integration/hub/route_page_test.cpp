// The QR code on the kiosk's directions screen, end to end: painted by the real SDL painter
// off-screen, saved as PNG, decoded by zbarimg (as a phone would), and the decoded address fetched
// from a real hub on 127.0.0.1. The page must give exactly the kiosk's steps for that route.

#include "hub_fixture.h"
#include "platform/sdl/display.h"
#include "platform/sdl/font_set.h"
#include "platform/sdl/frame_painter.h"
#include "platform/sdl/image_cache.h"
#include "platform/sdl/qr_code.h"
#include "platform/sdl/text_cache.h"
#include "platform/sdl/ttf_text_metrics.h"
#include "support/site_files.h"
#include "core/ui/reduce.h"
#include "core/ui/render.h"

#include <SDL.h>
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <regex>

using namespace phare;

namespace {

struct Painter {
    sdl::FontSet fonts{sdl::default_font_files()};
    sdl::TtfTextMetrics metrics{fonts};
    ui::DeviceProfile device;
    std::unique_ptr<sdl::Display> display;
    content::SourceFiles files = test::read_site("config/sites/prefecture-44");
    content::Site site = *content::load_site(files).site;

    Painter()
    {
        SDL_setenv("SDL_VIDEODRIVER", "dummy", 1);
        display = sdl::Display::open_headless(device.width_px, device.height_px);
    }
};

Painter& painter()
{
    static Painter instance;
    return instance;
}

struct Shown {
    std::string qr_text;
    std::vector<std::string> steps;  // as the kiosk shows them, without their numbers
    std::string png;
    int qr_side_px = 0;
};

// Walks the directions pages: collects the steps, paints the page with the QR code and saves it.
Shown show_directions(const std::string& base, const std::string& kiosk, const std::string& service, const std::string& lang,
                      bool step_free, const std::string& png)
{
    Painter& p = painter();
    ui::State state = ui::initial_state(lang);
    state.kiosk = kiosk;
    state.route_page_base = base;
    state = ui::apply(state, ui::OpenDirections{service});
    if (step_free)
        state = ui::apply(state, ui::ToggleStepFree{});
    Shown shown;
    sdl::TextCache text(p.display->renderer(), p.fonts);
    sdl::ImageCache images(p.display->renderer(), p.files);
    sdl::FramePainter frame_painter(p.display->renderer(), text, images);
    for (int page = 0; page < 10; ++page) {
        state.place.page = page;
        ui::Frame frame = ui::render(state, p.site, p.device, p.metrics);
        for (const ui::Element& e : frame.elements)
            if (e.id.rfind("directions.step.", 0) == 0)
                shown.steps.push_back(e.text.substr(e.text.find(". ") + 2));
        if (const ui::Element* qr = frame.find("directions.qr")) {
            shown.qr_text = qr->qr_text;
            shown.qr_side_px = qr->rect.w;
            frame_painter.paint(frame);
            REQUIRE(p.display->save_png(png));
            shown.png = png;
        }
        if (!frame.find("page.next"))
            break;
    }
    return shown;
}

std::string zbar(const std::string& png)
{
    std::string out;
    FILE* pipe = ::popen(("zbarimg --raw -q '" + png + "' 2>/dev/null").c_str(), "r");
    REQUIRE(pipe);
    char buffer[512];
    while (std::fgets(buffer, sizeof buffer, pipe))
        out += buffer;
    ::pclose(pipe);
    while (!out.empty() && (out.back() == '\n' || out.back() == '\r'))
        out.pop_back();
    return out;
}

std::string unescape(std::string text)
{
    const std::pair<const char*, const char*> entities[] = {{"&#39;", "'"}, {"&quot;", "\""}, {"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}};
    for (const auto& [from, to] : entities)
        for (std::size_t pos = 0; (pos = text.find(from, pos)) != std::string::npos; pos += std::strlen(to))
            text.replace(pos, std::strlen(from), to);
    return text;
}

std::vector<std::string> listed_steps(const std::string& html)
{
    std::vector<std::string> steps;
    const auto begin = html.find("<ol class=\"steps\">");
    const auto end = html.find("</ol>", begin);
    if (begin == std::string::npos || end == std::string::npos)
        return steps;
    const std::string list = html.substr(begin, end - begin);
    static const std::regex item("<li>([^<]*)</li>");
    for (std::sregex_iterator it(list.begin(), list.end(), item), last; it != last; ++it)
        steps.push_back(unescape((*it)[1].str()));
    return steps;
}

std::string path_of(const std::string& url, int port)
{
    const std::string origin = "http://127.0.0.1:" + std::to_string(port);
    REQUIRE(url.rfind(origin, 0) == 0);
    return url.substr(origin.size());
}

}  // namespace

TEST_CASE("the QR code on the directions decodes to the hub's route page, which gives the kiosk's steps", "[hub][qr][map]")
{
    test::RunningHub hub;
    // Kept in the build tree for a look: build/tests/integration/route-qr/*.png
    std::filesystem::create_directories(PHARE_SCREENSHOT_DIR);
    const std::string out_dir = PHARE_SCREENSHOT_DIR;
    const std::string base = "http://127.0.0.1:" + std::to_string(hub.port());
    struct Case {
        const char* kiosk;
        const char* service;
        const char* lang;
        bool step_free;
        const char* dir;
    };
    const Case cases[] = {
        {"hall", "naturalisation", "fr", false, "ltr"},
        {"hall", "naturalisation", "ar", true, "rtl"},
        {"etage-1", "titres-sejour", "fr", true, "ltr"},
        {"hall", "rendez-vous", "fr", true, "ltr"},  // no step-free way past the three steps? then the page says so
    };
    for (const Case& c : cases) {
        INFO(c.kiosk << " to " << c.service << " in " << c.lang << (c.step_free ? " step-free" : ""));
        const std::string png = out_dir + "/" + c.kiosk + "-" + c.service + "-" + c.lang + ".png";
        const Shown shown = show_directions(base, c.kiosk, c.service, c.lang, c.step_free, png);
        REQUIRE_FALSE(shown.png.empty());
        std::string expected = base + "/r/prefecture-44/" + c.kiosk + "/" + c.service + "?lang=" + c.lang;
        if (c.step_free)
            expected += "&step_free=1";
        CHECK(shown.qr_text == expected);
        CHECK(zbar(shown.png) == expected);  // what a phone reads off the screen
        // Modules of at least 0.5 mm on the panel, with the quiet zone inside the element.
        auto matrix = sdl::encode_qr(shown.qr_text);
        REQUIRE(matrix);
        CHECK(painter().device.mm(sdl::qr_module_px(shown.qr_side_px, matrix->size)) >= 0.5);

        auto client = hub.client();
        auto res = client.Get(path_of(shown.qr_text, hub.port()).c_str());
        REQUIRE(res);
        CHECK(res->status == 200);
        CHECK(res->body.find(std::string("<html lang=\"") + c.lang + "\" dir=\"" + c.dir + "\">") != std::string::npos);
        CHECK(res->get_header_value("Content-Security-Policy").find("default-src 'none'") != std::string::npos);
        CHECK(res->get_header_value("Cache-Control") == "public, max-age=60");
        CHECK(res->body.find("<script") == std::string::npos);
        const std::vector<std::string> steps = listed_steps(res->body);
        if (steps.empty()) {
            // No route of this kind: the page gives the kiosk's own sentence (ask at reception).
            REQUIRE(shown.steps.size() == 1);
            CHECK(res->body.find(shown.steps.front().substr(0, 40)) == std::string::npos);  // escaped, so compare unescaped
            CHECK(unescape(res->body).find(shown.steps.front()) != std::string::npos);
        } else {
            CHECK(steps == shown.steps);
        }
    }
}

TEST_CASE("the route page switches between standard and step-free, offers the other languages, and refuses bad addresses", "[hub][qr]")
{
    test::RunningHub hub;
    auto client = hub.client();
    auto res = client.Get("/r/prefecture-44/hall/naturalisation?lang=fr");
    REQUIRE(res);
    REQUIRE(res->status == 200);
    CHECK(res->body.find("<h1>") != std::string::npos);
    CHECK(res->body.find("<h1>", res->body.find("<h1>") + 1) == std::string::npos);  // one h1
    CHECK(res->body.find("href=\"?lang=fr&amp;step_free=1#itineraire\"") != std::string::npos);
    CHECK(res->body.find("hreflang=\"ar\" lang=\"ar\" dir=\"rtl\"") != std::string::npos);
    CHECK(res->body.find("name=\"viewport\"") != std::string::npos);
    // Standard routes to the driving licences take the stairs; the step-free one the lift.
    auto standard = client.Get("/r/prefecture-44/hall/permis-conduire?lang=fr");
    auto step_free = client.Get("/r/prefecture-44/hall/permis-conduire?lang=fr&step_free=1");
    REQUIRE(standard);
    REQUIRE(step_free);
    CHECK(step_free->status == 200);
    CHECK(unescape(standard->body).find("escalier") != std::string::npos);
    CHECK(listed_steps(step_free->body) != listed_steps(standard->body));
    CHECK(step_free->body.find("Itinéraire — Itinéraire sans marches</h2>") != std::string::npos);
    CHECK(step_free->body.find("href=\"?lang=fr#itineraire\"") != std::string::npos);
    auto default_language = client.Get("/r/prefecture-44/hall/naturalisation");
    REQUIRE(default_language);
    CHECK(default_language->status == 200);
    CHECK(default_language->body.find("<html lang=\"fr\"") != std::string::npos);

    for (const char* unknown : {"/r/prefecture-44/hall/nope?lang=fr", "/r/prefecture-44/nope/naturalisation", "/r/other-site/hall/naturalisation"}) {
        INFO(unknown);
        auto missing = client.Get(unknown);
        REQUIRE(missing);
        CHECK(missing->status == 404);
        CHECK(missing->body.find("<h1>Page introuvable</h1>") != std::string::npos);
    }
    for (const char* bad : {"/r/prefecture-44/hall/naturalisation?lang=xx", "/r/prefecture-44/hall/naturalisation?lang=",
                            "/r/prefecture-44/hall/naturalisation?step_free=yes"}) {
        INFO(bad);
        auto refused = client.Get(bad);
        REQUIRE(refused);
        CHECK(refused->status == 400);
    }
}

TEST_CASE("the route page follows a service the agents moved", "[hub][qr]")
{
    test::RunningHub hub;
    bundle::SiteStatus status;
    bundle::ServiceStatus moved;
    moved.state = bundle::ServiceState::Moved;
    moved.moved_to = "n-guichet-f";
    moved.message = {{"fr", "Exceptionnellement au guichet F"}};
    status.services["naturalisation"] = moved;
    REQUIRE(hub.context().publisher->publish_status(status, "test", "moved").kind == hub::PublishKind::Published);
    auto res = hub.client().Get("/r/prefecture-44/hall/naturalisation?lang=fr");
    REQUIRE(res);
    CHECK(res->status == 200);
    const auto steps = listed_steps(res->body);
    REQUIRE_FALSE(steps.empty());
    CHECK(steps.back().find("Guichet F") != std::string::npos);
    CHECK(res->body.find("Exceptionnellement au guichet F") != std::string::npos);
}
