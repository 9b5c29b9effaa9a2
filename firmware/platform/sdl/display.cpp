#include "platform/sdl/display.h"

#include "platform/sdl/renderer_choice.h"
#include "platform/sdl/sdl_handles.h"

#include <SDL_image.h>

#include <stdexcept>

namespace phare::sdl {

namespace {

class WindowDisplay final : public Display {
public:
    WindowDisplay(int width, int height, WindowMode mode) : Display(width, height)
    {
        if (SDL_InitSubSystem(SDL_INIT_VIDEO) != 0)
            throw std::runtime_error(sdl_error("cannot open the display (SDL_Init video)"));
        Uint32 flags = SDL_WINDOW_BORDERLESS;
        int x = SDL_WINDOWPOS_CENTERED;
        int y = SDL_WINDOWPOS_CENTERED;
        int w = width;
        int h = height;
        SDL_Rect bounds{};
        if (mode == WindowMode::FullScreen && SDL_GetDisplayBounds(0, &bounds) == 0) {
            // Borderless over the whole screen now, full screen for the window manager after the
            // first frame (present()): asking a mapped X11 window to go full screen makes SDL
            // wait up to 100 ms for a window manager that a kiosk often does not run.
            x = bounds.x;
            y = bounds.y;
            w = bounds.w;
            h = bounds.h;
            m_fullscreen_pending = true;
        } else if (mode == WindowMode::FullScreen) {
            flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
        } else {
            // A developer's screen is usually smaller than a portrait kiosk: scale to fit.
            SDL_DisplayMode desktop;
            if (SDL_GetDesktopDisplayMode(0, &desktop) == 0 && (h > desktop.h * 9 / 10 || w > desktop.w * 9 / 10)) {
                double scale = std::min(desktop.h * 0.9 / h, desktop.w * 0.9 / w);
                w = static_cast<int>(w * scale);
                h = static_cast<int>(h * scale);
            }
            flags = SDL_WINDOW_RESIZABLE;
        }
        m_window.reset(SDL_CreateWindow("Phare", x, y, w, h, flags));
        if (!m_window)
            throw std::runtime_error(sdl_error("SDL_CreateWindow"));
        m_renderer.reset(create_renderer(m_window.get()));
        if (!m_renderer)
            throw std::runtime_error(sdl_error("SDL_CreateRenderer"));
        // The UI is laid out for the kiosk's panel; SDL scales it and maps touches back.
        SDL_RenderSetLogicalSize(m_renderer.get(), width, height);
        SDL_ShowCursor(mode == WindowMode::FullScreen ? SDL_DISABLE : SDL_ENABLE);
    }
    ~WindowDisplay() override
    {
        m_renderer.reset();
        m_window.reset();
        SDL_QuitSubSystem(SDL_INIT_VIDEO);
    }

    SDL_Renderer* renderer() override { return m_renderer.get(); }
    void present() override
    {
        SDL_RenderPresent(m_renderer.get());
        if (m_fullscreen_pending) {
            m_fullscreen_pending = false;
            SDL_SetWindowFullscreen(m_window.get(), SDL_WINDOW_FULLSCREEN_DESKTOP);
        }
    }

private:
    bool m_fullscreen_pending = false;
    WindowPtr m_window;
    RendererPtr m_renderer;
};

class HeadlessDisplay final : public Display {
public:
    HeadlessDisplay(int width, int height) : Display(width, height)
    {
        m_surface.reset(SDL_CreateRGBSurfaceWithFormat(0, width, height, 32, SDL_PIXELFORMAT_ARGB8888));
        if (!m_surface)
            throw std::runtime_error(sdl_error("SDL_CreateRGBSurfaceWithFormat"));
        m_renderer.reset(SDL_CreateSoftwareRenderer(m_surface.get()));
        if (!m_renderer)
            throw std::runtime_error(sdl_error("SDL_CreateSoftwareRenderer"));
    }

    SDL_Renderer* renderer() override { return m_renderer.get(); }
    void present() override { SDL_RenderPresent(m_renderer.get()); }

private:
    SurfacePtr m_surface;
    RendererPtr m_renderer;
};

}  // namespace

std::unique_ptr<Display> Display::open_window(int width, int height, WindowMode mode)
{
    return std::make_unique<WindowDisplay>(width, height, mode);
}

std::unique_ptr<Display> Display::open_headless(int width, int height) { return std::make_unique<HeadlessDisplay>(width, height); }

std::vector<std::uint32_t> Display::read_pixels()
{
    std::vector<std::uint32_t> pixels(static_cast<std::size_t>(m_width) * static_cast<std::size_t>(m_height));
    if (SDL_RenderReadPixels(renderer(), nullptr, SDL_PIXELFORMAT_ARGB8888, pixels.data(), m_width * 4) != 0)
        pixels.clear();
    return pixels;
}

Result<void> Display::save_png(const std::string& path)
{
    SurfacePtr shot(SDL_CreateRGBSurfaceWithFormat(0, m_width, m_height, 32, SDL_PIXELFORMAT_ARGB8888));
    if (!shot)
        return fail(path, sdl_error("SDL_CreateRGBSurfaceWithFormat"));
    // With a logical size the window may be larger than the frame: read it at its real size and scale.
    int output_w = m_width;
    int output_h = m_height;
    SDL_GetRendererOutputSize(renderer(), &output_w, &output_h);
    SurfacePtr full(SDL_CreateRGBSurfaceWithFormat(0, output_w, output_h, 32, SDL_PIXELFORMAT_ARGB8888));
    if (!full)
        return fail(path, sdl_error("SDL_CreateRGBSurfaceWithFormat"));
    SDL_RenderSetViewport(renderer(), nullptr);
    if (SDL_RenderReadPixels(renderer(), nullptr, SDL_PIXELFORMAT_ARGB8888, full->pixels, full->pitch) != 0)
        return fail(path, sdl_error("SDL_RenderReadPixels"));
    if (output_w == m_width && output_h == m_height) {
        shot = std::move(full);
    } else if (SDL_BlitScaled(full.get(), nullptr, shot.get(), nullptr) != 0) {
        return fail(path, sdl_error("SDL_BlitScaled"));
    }
    if (IMG_SavePNG(shot.get(), path.c_str()) != 0)
        return fail(path, std::string("cannot write: ") + IMG_GetError());
    return {};
}

}  // namespace phare::sdl
