#pragma once
// Where frames go: a borderless full-screen window, or an off-screen surface with no display at
// all (headless). Both are the same SDL renderer API, so the same painter serves both and a
// headless screenshot shows exactly what the window would.

#include "core/error.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

struct SDL_Renderer;

namespace phare::sdl {

enum class WindowMode { FullScreen, Windowed };

class Display {
public:
    virtual ~Display() = default;
    virtual SDL_Renderer* renderer() = 0;
    virtual void present() = 0;
    // Writes what is on screen, at the frame's size, as a PNG. An error's `where` is `path`.
    Result<void> save_png(const std::string& path);
    // What is on screen as 0xAARRGGBB pixels, row by row, at the frame's size (for tests that
    // measure contrast on the pixels actually drawn).
    std::vector<std::uint32_t> read_pixels();
    int width() const { return m_width; }
    int height() const { return m_height; }

    // Throw std::runtime_error with SDL's reason.
    static std::unique_ptr<Display> open_window(int width, int height, WindowMode mode);
    static std::unique_ptr<Display> open_headless(int width, int height);

protected:
    Display(int width, int height) : m_width(width), m_height(height) {}
    int m_width;
    int m_height;
};

}  // namespace phare::sdl
