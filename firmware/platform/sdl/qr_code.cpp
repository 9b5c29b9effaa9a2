#include "platform/sdl/qr_code.h"

#include <qrencode.h>

#include <memory>

namespace phare::sdl {

std::optional<QrMatrix> encode_qr(const std::string& text)
{
    if (text.empty())
        return std::nullopt;
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code)
        return std::nullopt;
    QrMatrix matrix;
    matrix.size = code->width;
    const std::size_t count = static_cast<std::size_t>(code->width) * static_cast<std::size_t>(code->width);
    matrix.dark.resize(count);
    for (std::size_t i = 0; i < count; ++i)
        matrix.dark[i] = code->data[i] & 1u;  // bit 0: dark module; the other bits describe its role
    return matrix;
}

int qr_module_px(int side, int size) { return size > 0 ? side / (size + 2 * qr_quiet_zone_modules) : 0; }

}  // namespace phare::sdl
