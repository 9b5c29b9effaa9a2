#pragma once
// QR codes for the Frame's `qr_text` (libqrencode): text in, modules out. Error correction M
// (15 % of the code may be dirty or covered), byte mode, the smallest version that holds the text.
// Drawing is the painter's; this file only encodes.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace phare::sdl {

inline constexpr int qr_quiet_zone_modules = 4;  // ISO/IEC 18004 asks for 4 light modules around

struct QrMatrix {
    int size = 0;                     // modules a side, without the quiet zone
    std::vector<std::uint8_t> dark;   // size * size, row by row, 1 = dark
    bool at(int x, int y) const { return dark[static_cast<std::size_t>(y) * static_cast<std::size_t>(size) + static_cast<std::size_t>(x)] != 0; }
};

// nullopt when the text is empty or too long for a QR code.
std::optional<QrMatrix> encode_qr(const std::string& text);

// The whole pixels one module gets when a code of `size` modules plus its quiet zone fits `side` px.
int qr_module_px(int side, int size);

}  // namespace phare::sdl
