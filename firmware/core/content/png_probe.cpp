#include "core/content/png_probe.h"

#include <cstdint>

namespace phare::content {

namespace {

std::uint32_t read_be32(std::string_view bytes, std::size_t at)
{
    auto b = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + i])); };
    return (b(0) << 24) | (b(1) << 16) | (b(2) << 8) | b(3);
}

}  // namespace

Result<ImageSize> probe_png(std::string_view bytes)
{
    constexpr std::string_view signature{"\x89PNG\r\n\x1a\n", 8};
    constexpr std::size_t ihdr_end = 8 + 4 + 4 + 13;
    if (bytes.size() < ihdr_end + 4 || bytes.substr(0, 8) != signature)
        return fail("", "not a PNG file");
    if (read_be32(bytes, 8) != 13 || bytes.substr(12, 4) != "IHDR")
        return fail("", "a damaged PNG file (no IHDR header)");
    std::uint32_t width = read_be32(bytes, 16);
    std::uint32_t height = read_be32(bytes, 20);
    if (width == 0 || height == 0 || width > 4096 || height > 4096)
        return fail("", "a PNG image with a size outside 1..4096 pixels");
    return ImageSize{static_cast<int>(width), static_cast<int>(height)};
}

}  // namespace phare::content
