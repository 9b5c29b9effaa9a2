#include "platform/sdl/renderer_choice.h"

#include "platform/system/log.h"

#include <SDL.h>

#include <array>
#include <cstdlib>
#include <filesystem>

namespace phare::sdl {

RendererDecision decide_renderer(const char* override_driver, bool gpu_render_node)
{
    if (override_driver && *override_driver)
        return {RendererKind::Overridden, std::string("SDL_RENDER_DRIVER=") + override_driver};
    if (!gpu_render_node)
        return {RendererKind::Software, "no GPU render node in /dev/dri: OpenGL would run on the CPU"};
    return {RendererKind::Accelerated, "a GPU render node is present"};
}

bool is_software_rasteriser(std::string_view gl_renderer)
{
    static constexpr std::array<std::string_view, 4> cpu_rasterisers{"llvmpipe", "softpipe", "Software Rasterizer", "swrast"};
    for (std::string_view name : cpu_rasterisers)
        if (gl_renderer.find(name) != std::string_view::npos)
            return true;
    return false;
}

bool has_gpu_render_node(const std::string& dri_dir)
{
    std::error_code ec;
    for (std::filesystem::directory_iterator it(dri_dir, ec), end; !ec && it != end; it.increment(ec))
        if (it->path().filename().string().rfind("renderD", 0) == 0)
            return true;
    return false;
}

namespace {

// GL_RENDERER of the context the renderer just made current; "" if it is not OpenGL.
std::string opengl_renderer_name(SDL_Renderer* renderer)
{
    SDL_RendererInfo info{};
    if (SDL_GetRendererInfo(renderer, &info) != 0 || std::string_view(info.name).rfind("opengl", 0) != 0)
        return {};
    constexpr unsigned gl_renderer = 0x1F01;  // GL_RENDERER, without pulling in the GL headers
    using GetString = const unsigned char* (*)(unsigned);
    auto get_string = reinterpret_cast<GetString>(SDL_GL_GetProcAddress("glGetString"));
    const unsigned char* name = get_string ? get_string(gl_renderer) : nullptr;
    return name ? reinterpret_cast<const char*>(name) : "";
}

SDL_Renderer* create_software(SDL_Window* window)
{
    // The window's own framebuffer (XShm, KMS dumb buffer), not a texture of another renderer.
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    return SDL_CreateRenderer(window, -1, SDL_RENDERER_SOFTWARE);
}

void log_choice(SDL_Renderer* renderer, const std::string& reason)
{
    SDL_RendererInfo info{};
    if (renderer && SDL_GetRendererInfo(renderer, &info) == 0)
        log::info("display", std::string("renderer: ") + info.name + " (" + reason + ")");
}

}  // namespace

SDL_Renderer* create_renderer(SDL_Window* window)
{
    const RendererDecision decision = decide_renderer(std::getenv("SDL_RENDER_DRIVER"), has_gpu_render_node());
    if (decision.kind == RendererKind::Software) {
        SDL_Renderer* renderer = create_software(window);
        log_choice(renderer, decision.reason);
        return renderer;
    }
    SDL_Renderer* renderer = SDL_CreateRenderer(window, -1, SDL_RENDERER_PRESENTVSYNC);
    if (!renderer) {
        renderer = create_software(window);
        log_choice(renderer, "no accelerated renderer could be opened");
        return renderer;
    }
    const std::string gl = opengl_renderer_name(renderer);
    if (decision.kind == RendererKind::Accelerated && is_software_rasteriser(gl)) {
        SDL_DestroyRenderer(renderer);
        renderer = create_software(window);
        log_choice(renderer, "OpenGL is " + gl + ", a CPU rasteriser");
        return renderer;
    }
    log_choice(renderer, decision.reason + (gl.empty() ? "" : ", OpenGL: " + gl));
    return renderer;
}

}  // namespace phare::sdl
