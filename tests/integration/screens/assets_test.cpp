// The kiosk's own assets (assets/README.md): the bundled fonts draw every script without the
// system's, every pictogram and icon draws at any size, an icon takes its element's colour, and a
// site's own font is used or refused with the file named.

#include "platform/sdl/display.h"
#include "platform/sdl/font_set.h"
#include "platform/sdl/frame_painter.h"
#include "platform/sdl/image_cache.h"
#include "platform/sdl/svg_asset.h"
#include "platform/sdl/text_cache.h"
#include "platform/sdl/ttf_text_metrics.h"
#include "support/site_files.h"
#include "support/test_kiosk.h"
#include "core/ui/render.h"

#include <SDL.h>
#include <SDL_image.h>
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace phare;
namespace fs = std::filesystem;

namespace {

const std::string assets = test::source_path("assets");

// The machine's fonts out of reach: only assets/fonts/ can be found.
sdl::FontFiles bundled_only() { return sdl::default_font_files({assets, "/nonexistent/noto/", "/nonexistent/dejavu/"}); }

std::string read_bytes(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

std::vector<fs::path> svg_files()
{
    std::vector<fs::path> files;
    for (const char* folder : {"pictograms", "icons"})
        for (const auto& entry : fs::directory_iterator(fs::path(assets) / folder))
            if (entry.path().extension() == ".svg")
                files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

// One rendered frame of a site, as pixels.
struct Shot {
    std::vector<std::uint32_t> pixels;
    ui::Frame frame;
};

Shot render(const content::Site& site, const content::SourceFiles& files, sdl::FontSet& fonts, const ui::State& state)
{
    SDL_setenv("SDL_VIDEODRIVER", "dummy", 1);
    ui::DeviceProfile device;
    auto display = sdl::Display::open_headless(device.width_px, device.height_px);
    sdl::TtfTextMetrics metrics(fonts);
    sdl::TextCache text(display->renderer(), fonts);
    sdl::ImageCache images(display->renderer(), files, assets);
    sdl::FramePainter painter(display->renderer(), text, images);
    Shot shot{{}, ui::render(state, site, device, metrics)};
    painter.paint(shot.frame);
    shot.pixels = display->read_pixels();
    return shot;
}

std::size_t count_colour(const Shot& shot, const ui::Rect& box, ui::Color colour)
{
    const std::uint32_t wanted = (std::uint32_t{colour.r} << 16) | (std::uint32_t{colour.g} << 8) | colour.b;
    const int width = shot.frame.width;
    std::size_t count = 0;
    for (int y = box.y; y < box.bottom(); ++y)
        for (int x = box.x; x < box.right(); ++x)
            count += (shot.pixels[static_cast<std::size_t>(y * width + x)] & 0xFFFFFFu) == wanted ? 1u : 0u;
    return count;
}

std::size_t count_differences(const Shot& a, const Shot& b)
{
    std::size_t differ = 0;
    for (std::size_t i = 0; i < a.pixels.size(); ++i)
        differ += (a.pixels[i] & 0xFFFFFFu) != (b.pixels[i] & 0xFFFFFFu) ? 1u : 0u;
    return differ;
}

}  // namespace

TEST_CASE("the bundled fonts are found in assets/ and draw every site's text with no system font", "[assets][fonts]")
{
    const sdl::FontFiles files = bundled_only();
    for (const std::string& path : {files.latin_regular, files.latin_bold, files.arabic_regular, files.arabic_bold, files.hebrew_regular,
                                    files.hebrew_bold, files.fallback_regular, files.fallback_bold}) {
        INFO(path);
        CHECK(path.starts_with(assets + "/fonts/"));
    }
    sdl::FontSet fonts(files);
    // Latin with French accents, Cyrillic, Greek, Arabic, Hebrew: the scripts of the sites' languages.
    for (const char* text : {"Préfecture — Accueil, œuvre, À", "Префектура: Ласкаво просимо", "Καλώς ήρθατε", "محافظة لوار أتلانتيك",
                             "ברוכים הבאים"}) {
        INFO(text);
        CHECK(fonts.missing_glyph(text) == std::nullopt);
    }
    for (const std::string& relative : test::all_sites()) {
        INFO(relative);
        const content::SourceFiles site_files = test::read_site(relative);
        for (const auto& [name, bytes] : site_files)
            if (name.starts_with("strings/"))
                CHECK(fonts.missing_glyph(bytes) == std::nullopt);
    }
}

TEST_CASE("without the system's Noto the kiosk draws exactly what it draws with it", "[assets][fonts]")
{
    const content::SourceFiles files = test::read_site("config/sites/prefecture-44");
    const content::Site site = *content::load_site(files).site;
    for (const char* lang : {"fr", "ar", "uk"}) {
        INFO(lang);
        sdl::FontSet system_first(sdl::default_font_files({"/nonexistent/assets"}));
        sdl::FontSet bundled(bundled_only());
        const ui::State state = ui::initial_state(lang, {});
        const Shot with_system = render(site, files, system_first, state);
        const Shot without = render(site, files, bundled, state);
        CHECK(count_differences(with_system, without) == 0);
        // And the screen is not blank: text was drawn.
        CHECK(count_colour(without, {0, 0, without.frame.width, without.frame.height}, without.frame.background) <
              without.pixels.size() * 99 / 100);
    }
}

TEST_CASE("every pictogram and icon in assets/ draws ink at a small and a large size", "[assets][pictograms]")
{
    const std::vector<fs::path> files = svg_files();
    REQUIRE(files.size() >= 19);
    const fs::path out_dir = fs::path(PHARE_TEST_OUT_DIR) / "assets";
    fs::create_directories(out_dir);
    for (const fs::path& file : files)
        for (int size : {24, 64, 200}) {
            INFO(file.string() << " at " << size << " px");
            auto drawn = sdl::rasterise_svg(file.string(), size, size);
            REQUIRE(drawn);
            std::size_t ink = 0;
            for (std::uint8_t alpha : drawn->alpha)
                ink += alpha >= 128 ? 1u : 0u;
            const std::size_t area = static_cast<std::size_t>(size * size);
            CHECK(ink > area * 5 / 100);   // a figure, not a speck
            CHECK(ink < area * 70 / 100);  // and not a filled square
            // Black on white as a person sees it, for looking at (the test does not read them back).
            SDL_Surface* surface = SDL_CreateRGBSurfaceWithFormat(0, size, size, 32, SDL_PIXELFORMAT_ARGB8888);
            for (int i = 0; i < size * size; ++i) {
                const std::uint32_t level = 255u - drawn->alpha[static_cast<std::size_t>(i)];
                static_cast<std::uint32_t*>(surface->pixels)[i] = 0xFF000000u | level << 16 | level << 8 | level;
            }
            IMG_SavePNG(surface, (out_dir / (file.parent_path().filename().string() + "-" + file.stem().string() + "-" +
                                             std::to_string(size) + ".png"))
                                     .c_str());
            SDL_FreeSurface(surface);
        }
}

TEST_CASE("a file that is not an SVG, or is not there, is refused with its path", "[assets][pictograms]")
{
    auto missing = sdl::rasterise_svg(assets + "/icons/no-such-icon.svg", 32, 32);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().where == assets + "/icons/no-such-icon.svg");
    auto empty_box = sdl::rasterise_svg(assets + "/icons/home.svg", 0, 32);
    REQUIRE_FALSE(empty_box);
    CHECK(empty_box.error().message.find("0 x 32") != std::string::npos);
}

TEST_CASE("the footer and header icons take their button's text colour in every contrast mode", "[assets][icons]")
{
    const content::SourceFiles files = test::read_site("config/sites/prefecture-44");
    const content::Site site = *content::load_site(files).site;
    sdl::FontSet fonts(sdl::default_font_files());
    for (const char* mode : {"standard", "contrast", "contrast-light"}) {
        INFO(mode);
        ui::Modes modes;
        modes.contrast = std::string(mode) == "contrast" ? ui::Contrast::Dark
                         : std::string(mode) == "contrast-light" ? ui::Contrast::Light
                                                                 : ui::Contrast::Standard;
        ui::State state = ui::initial_state("fr", modes);
        state.help_open = true;  // not the home screen: back and home are shown
        const Shot shot = render(site, files, fonts, state);
        int icons = 0;
        for (const ui::Element& e : shot.frame.elements) {
            if (!e.image.starts_with(sdl::asset_scheme))
                continue;
            INFO(e.id);
            ++icons;
            const ui::Element* button = shot.frame.find(e.id.substr(0, e.id.size() - std::string(".icon").size()));
            REQUIRE(button);
            CHECK(e.fg == button->fg);
            CHECK(e.fg != button->bg);
            const std::size_t area = static_cast<std::size_t>(e.rect.w * e.rect.h);
            // The icon's ink, in exactly the label's colour (edges are blended), covers part of its square.
            CHECK(count_colour(shot, e.rect, e.fg) > area / 16);
        }
        CHECK(icons == 5);  // accessibility, back, home, language, help
    }
}

TEST_CASE("a site's own font draws its text; without it the bundled one does", "[assets][fonts]")
{
    content::SourceFiles files = test::read_site("config/sites/prefecture-44");
    const content::Site plain = *content::load_site(files).site;
    files["media/fonts/serif.ttf"] = read_bytes("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");
    files = test::with_json(files, "site.json", [](auto& json) { json["font"] = {{"regular", "media/fonts/serif.ttf"}}; });
    auto loaded = content::load_site(files);
    REQUIRE(loaded.site);
    CHECK(loaded.site->font.regular == "media/fonts/serif.ttf");
    sdl::FontSet kiosk_fonts(sdl::default_font_files());
    sdl::FontSet site_fonts(sdl::default_font_files(), sdl::site_font(*loaded.site, files));
    const ui::State state = ui::initial_state("fr", {});
    const Shot bundled = render(plain, files, kiosk_fonts, state);
    const Shot own = render(*loaded.site, files, site_fonts, state);
    CHECK(count_differences(bundled, own) > 1000);
    // The same font given to the kiosk's own set draws the same pixels: the site's file is what is used.
    sdl::FontFiles serif = sdl::default_font_files();
    serif.latin_regular = serif.latin_bold = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf";
    sdl::FontSet serif_fonts(serif);
    CHECK(count_differences(render(plain, files, serif_fonts, state), own) == 0);
}

TEST_CASE("a site font SDL_ttf cannot read stops the kiosk with the file and its place named", "[assets][fonts]")
{
    content::SourceFiles files = test::read_site("config/sites/prefecture-44");
    files["media/fonts/broken.ttf"] = std::string("\0\1\0\0", 4) + std::string(200, 'x');
    files = test::with_json(files, "site.json", [](auto& json) { json["font"] = {{"regular", "media/fonts/broken.ttf"}}; });
    auto loaded = content::load_site(files);
    REQUIRE(loaded.site);  // it looks like a font to the validator; only SDL_ttf can tell
    try {
        sdl::FontSet fonts(sdl::default_font_files(), sdl::site_font(*loaded.site, files));
        FAIL("the broken font was accepted");
    } catch (const std::runtime_error& e) {
        CHECK_THAT(e.what(), Catch::StartsWith("site.json:/font/regular (media/fonts/broken.ttf): SDL_ttf cannot open this font"));
    }
}
