#pragma once
// A headless SDL renderer with the kiosk's fonts and painter, made once for a test program: the
// pixel tests draw frames with it and read back what a visitor would see.

#include "platform/sdl/display.h"
#include "platform/sdl/font_set.h"
#include "platform/sdl/frame_painter.h"
#include "platform/sdl/image_cache.h"
#include "platform/sdl/text_cache.h"
#include "platform/sdl/ttf_text_metrics.h"
#include "core/ui/device.h"

#include <SDL.h>

#include <memory>

namespace phare::test {

struct PixelRig {
    sdl::FontSet fonts{sdl::default_font_files()};
    sdl::TtfTextMetrics metrics{fonts};
    std::unique_ptr<sdl::Display> display;
    ui::DeviceProfile device;
    std::unique_ptr<sdl::TextCache> text;
    content::SourceFiles no_files;  // pictograms are not measured here; the cache keeps a pointer to it
    std::unique_ptr<sdl::ImageCache> images;
    std::unique_ptr<sdl::FramePainter> painter;

    PixelRig()
    {
        SDL_setenv("SDL_VIDEODRIVER", "dummy", 1);
        display = sdl::Display::open_headless(device.width_px, device.height_px);
        text = std::make_unique<sdl::TextCache>(display->renderer(), fonts);
        images = std::make_unique<sdl::ImageCache>(display->renderer(), no_files);
        painter = std::make_unique<sdl::FramePainter>(display->renderer(), *text, *images);
    }
};

inline PixelRig& pixel_rig()
{
    static PixelRig instance;
    return instance;
}

}  // namespace phare::test
