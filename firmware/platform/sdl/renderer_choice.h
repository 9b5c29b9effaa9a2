#pragma once
// Which SDL renderer draws the kiosk's frames. On a Raspberry Pi the GPU is real and OpenGL ES is
// the fast path. Where OpenGL would only be a CPU rasteriser (Mesa's llvmpipe or softpipe: no GPU
// reachable, a virtual display), SDL's own software renderer draws the same frames in a quarter of
// the start-up time and a third of the memory (docs/benchmarks.md). The choice is logged;
// SDL_RENDER_DRIVER overrides it.

#include <string>
#include <string_view>

struct SDL_Renderer;
struct SDL_Window;

namespace phare::sdl {

enum class RendererKind { Software, Accelerated, Overridden };

struct RendererDecision {
    RendererKind kind;
    std::string reason;  // for the log: "no GPU render node in /dev/dri"
};

// Before any renderer exists. `override_driver`: SDL_RENDER_DRIVER's value, null if unset.
RendererDecision decide_renderer(const char* override_driver, bool gpu_render_node);

// True for the OpenGL renderer strings of CPU rasterisers ("llvmpipe (LLVM 15.0.6, 256 bits)").
bool is_software_rasteriser(std::string_view gl_renderer);

// A DRM render node (renderD128...) in `dri_dir`: a GPU driver the process could use.
bool has_gpu_render_node(const std::string& dri_dir = "/dev/dri");

// Creates the window's renderer as decided above, logs which one and why. Null on failure (SDL's
// error set).
SDL_Renderer* create_renderer(SDL_Window* window);

}  // namespace phare::sdl
