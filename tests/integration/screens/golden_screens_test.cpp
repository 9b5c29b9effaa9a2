// Golden screenshots: a few key screens of the example prefecture drawn with the bundled fonts and
// compared with pictures committed in tests/golden/screens/, so that a change to how the kiosk
// looks is seen in review, not discovered in a lobby. A tolerance absorbs anti-aliasing noise; a
// moved button, a lost icon or a new colour exceeds it. After an intended change, write the new
// pictures with PHARE_UPDATE_GOLDEN=1 (docs/design.md, "Golden screenshots") and look at them.

#include "platform/sdl/display.h"
#include "platform/sdl/font_set.h"
#include "platform/sdl/frame_painter.h"
#include "platform/sdl/image_cache.h"
#include "platform/sdl/text_cache.h"
#include "platform/sdl/ttf_text_metrics.h"
#include "support/site_files.h"
#include "support/test_kiosk.h"
#include "core/ui/reduce.h"
#include "core/ui/render.h"

#include <SDL.h>
#include <SDL_image.h>
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>

using namespace phare;
namespace fs = std::filesystem;

namespace {

// A channel may differ by this much (anti-aliasing, rounding in a scaler) without counting.
constexpr int channel_tolerance = 48;
// And this share of the pixels may differ beyond it: well under one word or one icon.
constexpr double share_tolerance = 0.001;

struct Golden {
    std::string name;
    std::string lang;
    ui::Modes modes;
    ui::Place place;
    std::string kiosk;
};

std::vector<Golden> goldens()
{
    ui::Modes standard;
    ui::Modes large_dark;
    large_dark.text_size = ui::TextSize::Large;
    large_dark.contrast = ui::Contrast::Dark;
    ui::Modes easy;
    easy.easy_read = true;
    return {
        {"welcome-fr", "fr", standard, {ui::ScreenId::Welcome, {}, 0}, "hall"},
        {"welcome-ar-large-dark", "ar", large_dark, {ui::ScreenId::Welcome, {}, 0}, "hall"},
        {"service-fr", "fr", standard, {ui::ScreenId::Service, "titres-sejour", 0}, "hall"},
        {"directions-fr", "fr", standard, {ui::ScreenId::Directions, "permis-conduire", 0}, "hall"},
        {"map-fr", "fr", standard, {ui::ScreenId::Map, "permis-conduire", 0}, "hall"},
        {"accessibility-fr-easy", "fr", easy, {ui::ScreenId::Accessibility, {}, 0}, "hall"},
    };
}

std::vector<std::uint32_t> load_png(const std::string& path, int width, int height)
{
    std::unique_ptr<SDL_Surface, decltype(&SDL_FreeSurface)> loaded(IMG_Load(path.c_str()), SDL_FreeSurface);
    if (!loaded)
        return {};
    std::unique_ptr<SDL_Surface, decltype(&SDL_FreeSurface)> argb(SDL_ConvertSurfaceFormat(loaded.get(), SDL_PIXELFORMAT_ARGB8888, 0),
                                                                 SDL_FreeSurface);
    if (!argb || argb->w != width || argb->h != height)
        return {};
    std::vector<std::uint32_t> pixels(static_cast<std::size_t>(width) * static_cast<std::size_t>(height));
    for (int y = 0; y < height; ++y)
        std::memcpy(&pixels[static_cast<std::size_t>(y) * static_cast<std::size_t>(width)],
                    static_cast<const std::uint8_t*>(argb->pixels) + static_cast<std::ptrdiff_t>(y) * argb->pitch,
                    static_cast<std::size_t>(width) * 4);
    return pixels;
}

int channel_gap(std::uint32_t a, std::uint32_t b)
{
    int gap = 0;
    for (int shift : {0, 8, 16})
        gap = std::max(gap, std::abs(static_cast<int>((a >> shift) & 0xFFu) - static_cast<int>((b >> shift) & 0xFFu)));
    return gap;
}

std::size_t differing(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b)
{
    std::size_t count = 0;
    for (std::size_t i = 0; i < a.size() && i < b.size(); ++i)
        count += channel_gap(a[i], b[i]) > channel_tolerance ? 1u : 0u;
    return count;
}

}  // namespace

TEST_CASE("the comparison sees one icon's worth of change and ignores anti-aliasing noise", "[screens][golden]")
{
    std::vector<std::uint32_t> reference(1080u * 1920u, 0xFFFFFFFFu);
    std::vector<std::uint32_t> noisy = reference;
    for (std::size_t i = 0; i < noisy.size(); i += 7)
        noisy[i] = 0xFFE0E0E0u;  // every 7th pixel a shade off: anti-aliasing
    CHECK(differing(reference, noisy) == 0);
    std::vector<std::uint32_t> icon = reference;
    for (int y = 100; y < 164; ++y)
        for (int x = 100; x < 164; ++x)
            icon[static_cast<std::size_t>(y) * 1080u + static_cast<std::size_t>(x)] = 0xFF000091u;
    CHECK(static_cast<double>(differing(reference, icon)) > share_tolerance * static_cast<double>(reference.size()));
}

TEST_CASE("key screens look as their committed pictures, within a tolerance", "[screens][golden]")
{
    SDL_setenv("SDL_VIDEODRIVER", "dummy", 1);
    const content::Site site = test::load_valid_site("config/sites/prefecture-44");
    const content::SourceFiles files = test::read_site("config/sites/prefecture-44");
    const std::string assets = test::source_path("assets");
    // The bundled fonts only: the pictures must not depend on what the machine has installed.
    sdl::FontSet fonts{sdl::default_font_files({assets, "/nonexistent/noto/", "/nonexistent/dejavu/"})};
    sdl::TtfTextMetrics metrics(fonts);
    ui::DeviceProfile device;
    auto display = sdl::Display::open_headless(device.width_px, device.height_px);
    sdl::TextCache text(display->renderer(), fonts);
    sdl::ImageCache images(display->renderer(), files, assets);
    sdl::FramePainter painter(display->renderer(), text, images);
    const bool update = std::getenv("PHARE_UPDATE_GOLDEN") != nullptr;
    const fs::path golden_dir = fs::path(test::source_path("tests/golden/screens"));
    const fs::path out_dir = fs::path(PHARE_TEST_OUT_DIR) / "golden";
    fs::create_directories(out_dir);
    for (const Golden& golden : goldens()) {
        INFO(golden.name);
        ui::State state = ui::initial_state(golden.lang, golden.modes);
        state.kiosk = golden.kiosk;
        state.local_time = "2026-12-07T10:30";
        state.place = golden.place;
        ui::Frame frame = ui::render(state, site, device, metrics);
        REQUIRE(frame.screen != "");
        painter.paint(frame);
        const std::vector<std::uint32_t> pixels = display->read_pixels();
        const fs::path committed = golden_dir / (golden.name + ".png");
        if (update) {
            REQUIRE(display->save_png(committed.string()));
            continue;
        }
        REQUIRE(display->save_png((out_dir / (golden.name + ".png")).string()));
        const std::vector<std::uint32_t> expected = load_png(committed.string(), frame.width, frame.height);
        INFO("committed picture " << committed << ", this run's in " << out_dir);
        REQUIRE(expected.size() == pixels.size());
        const std::size_t changed = differing(expected, pixels);
        INFO(changed << " pixels differ beyond the tolerance");
        CHECK(static_cast<double>(changed) <= share_tolerance * static_cast<double>(pixels.size()));
    }
}
