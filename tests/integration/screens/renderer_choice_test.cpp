// Which renderer the kiosk picks: a CPU rasteriser behind OpenGL is never chosen by default.

#include "platform/sdl/renderer_choice.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace phare::sdl;

TEST_CASE("SDL_RENDER_DRIVER overrides the renderer choice", "[renderer]")
{
    RendererDecision decision = decide_renderer("opengles2", false);
    CHECK(decision.kind == RendererKind::Overridden);
    CHECK(decision.reason == "SDL_RENDER_DRIVER=opengles2");
    CHECK(decide_renderer("", false).kind == RendererKind::Software);  // set but empty: not an override
}

TEST_CASE("without a GPU render node the software renderer is chosen, with one the GPU", "[renderer]")
{
    CHECK(decide_renderer(nullptr, false).kind == RendererKind::Software);
    CHECK(decide_renderer(nullptr, true).kind == RendererKind::Accelerated);
}

TEST_CASE("Mesa's CPU rasterisers are recognised by their OpenGL renderer string", "[renderer]")
{
    CHECK(is_software_rasteriser("llvmpipe (LLVM 15.0.6, 256 bits)"));
    CHECK(is_software_rasteriser("softpipe"));
    CHECK(is_software_rasteriser("Mesa X11 Software Rasterizer"));
    CHECK_FALSE(is_software_rasteriser("V3D 4.2"));  // a Raspberry Pi 4's GPU
    CHECK_FALSE(is_software_rasteriser("Mesa Intel(R) UHD Graphics 620 (KBL GT2)"));
    CHECK_FALSE(is_software_rasteriser(""));
}

TEST_CASE("a render node is what counts as a GPU, not a display card node", "[renderer]")
{
    const auto dir = std::filesystem::temp_directory_path() / "phare-renderer-choice-test";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    CHECK_FALSE(has_gpu_render_node(dir.string()));
    std::ofstream(dir / "card0").put('\n');  // KMS without a GPU driver (a simple framebuffer)
    CHECK_FALSE(has_gpu_render_node(dir.string()));
    std::ofstream(dir / "renderD128").put('\n');
    CHECK(has_gpu_render_node(dir.string()));
    CHECK_FALSE(has_gpu_render_node((dir / "missing").string()));
    std::filesystem::remove_all(dir);
}
