#include "core/queue/escpos.h"

#include "core/i18n/utf8.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <array>
#include <memory>

namespace phare::queue {

namespace {

// Code points of PC858 bytes 0x80-0xFF (PC850 with the euro sign at 0xD5).
constexpr std::array<char32_t, 128> pc858_high{
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7, 0x00EA, 0x00EB, 0x00E8, 0x00EF, 0x00EE, 0x00EC, 0x00C4, 0x00C5,
    0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9, 0x00FF, 0x00D6, 0x00DC, 0x00F8, 0x00A3, 0x00D8, 0x00D7, 0x0192,
    0x00E1, 0x00ED, 0x00F3, 0x00FA, 0x00F1, 0x00D1, 0x00AA, 0x00BA, 0x00BF, 0x00AE, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB,
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x00C1, 0x00C2, 0x00C0, 0x00A9, 0x2563, 0x2551, 0x2557, 0x255D, 0x00A2, 0x00A5, 0x2510,
    0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x00E3, 0x00C3, 0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x00A4,
    0x00F0, 0x00D0, 0x00CA, 0x00CB, 0x00C8, 0x20AC, 0x00CD, 0x00CE, 0x00CF, 0x2518, 0x250C, 0x2588, 0x2584, 0x00A6, 0x00CC, 0x2580,
    0x00D3, 0x00DF, 0x00D4, 0x00D2, 0x00F5, 0x00D5, 0x00B5, 0x00FE, 0x00DE, 0x00DA, 0x00DB, 0x00D9, 0x00FD, 0x00DD, 0x00AF, 0x00B4,
    0x00AD, 0x00B1, 0x2017, 0x00BE, 0x00B6, 0x00A7, 0x00F7, 0x00B8, 0x00B0, 0x00A8, 0x00B7, 0x00B9, 0x00B3, 0x00B2, 0x25A0, 0x00A0,
};

constexpr std::uint8_t ESC = 0x1B, GS = 0x1D, LF = 0x0A;
constexpr std::uint8_t pc858_table = 19;    // ESC t 19 selects PC858 on Epson-compatible printers
constexpr std::uint8_t qr_module_dots = 6;  // about 3 cm for a short URL on a 203 dpi printer
constexpr std::uint8_t qr_correction_m = 49;  // '1' = M: 15 % of the code may be damaged
constexpr std::size_t qr_max_bytes = 7089 - 3;  // the store command's length limit

// PC858 byte for a code point, 0 if the code page lacks it.
std::uint8_t pc858_byte(char32_t c)
{
    if (c >= 0x20 && c < 0x7F)
        return static_cast<std::uint8_t>(c);
    for (std::size_t i = 0; i < pc858_high.size(); ++i)
        if (pc858_high[i] == c)
            return static_cast<std::uint8_t>(0x80 + i);
    return 0;
}

// Letters the code page lacks, to Latin then ASCII ("الشباك" -> "alshbak", "Київ" -> "Kiiv").
std::string transliterate(const std::u32string& run)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> to_ascii(
        icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
    icu::UnicodeString text = icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(run.data()), static_cast<int32_t>(run.size()));
    if (U_SUCCESS(status) && to_ascii)
        to_ascii->transliterate(text);
    std::string out;
    for (int32_t i = 0; i < text.length();) {
        UChar32 c = text.char32At(i);
        i += U16_LENGTH(c);
        std::uint8_t byte = pc858_byte(static_cast<char32_t>(c));
        if (byte != 0)
            out += static_cast<char>(byte);
        else if (c >= 0x20)
            out += '?';
    }
    return out;
}

void append(Bytes& bytes, std::initializer_list<std::uint8_t> values) { bytes.insert(bytes.end(), values); }

void append_line(Bytes& bytes, std::string_view utf8)
{
    std::string text = to_pc858(utf8);
    bytes.insert(bytes.end(), text.begin(), text.end());
    bytes.push_back(LF);
}

// GS ( k pL pH cn fn [parameters]: a 2D code function; cn 49 = QR code.
void qr_function(Bytes& bytes, std::uint8_t fn, std::string_view parameters)
{
    const std::size_t length = parameters.size() + 2;
    append(bytes, {GS, '(', 'k', static_cast<std::uint8_t>(length & 0xFF), static_cast<std::uint8_t>(length >> 8), 49, fn});
    bytes.insert(bytes.end(), parameters.begin(), parameters.end());
}

void append_qr(Bytes& bytes, std::string_view data)
{
    qr_function(bytes, 65, std::string{'2', '\0'});                                  // model 2
    qr_function(bytes, 67, std::string(1, static_cast<char>(qr_module_dots)));       // module size
    qr_function(bytes, 69, std::string(1, static_cast<char>(qr_correction_m)));      // error correction
    qr_function(bytes, 80, std::string("0") + std::string(data));                    // store the data
    qr_function(bytes, 81, "0");                                                     // print it
    bytes.push_back(LF);
}

}  // namespace

std::string to_pc858(std::string_view utf8)
{
    std::string out;
    std::u32string missing;  // a run of letters the code page lacks, transliterated together
    for (std::size_t pos = 0; pos < utf8.size();) {
        char32_t c = i18n::next_code_point(utf8, pos);
        if (c < 0x20 || c == 0x7F)
            continue;
        std::uint8_t byte = pc858_byte(c);
        if (byte == 0) {
            missing += c;
            continue;
        }
        if (!missing.empty()) {
            out += transliterate(missing);
            missing.clear();
        }
        out += static_cast<char>(byte);
    }
    if (!missing.empty())
        out += transliterate(missing);
    return out;
}

Bytes receipt_bytes(const Receipt& receipt)
{
    Bytes bytes;
    append(bytes, {ESC, '@'});               // initialise
    append(bytes, {ESC, 't', pc858_table});  // code page
    append(bytes, {ESC, 'a', 1});            // centred
    if (!receipt.heading.empty())
        append_line(bytes, receipt.heading);
    append(bytes, {LF, ESC, 'E', 1, GS, '!', 0x11});  // bold, double width and height
    append_line(bytes, receipt.label);
    append(bytes, {GS, '!', 0x00, ESC, 'E', 0, LF});
    append_line(bytes, receipt.service);
    append_line(bytes, receipt.issued_at);
    if (!receipt.status_url.empty() && receipt.status_url.size() <= qr_max_bytes) {
        bytes.push_back(LF);
        append_qr(bytes, receipt.status_url);
    }
    if (!receipt.note.empty())
        append_line(bytes, receipt.note);
    append(bytes, {ESC, 'd', 3});      // feed three lines past the tear bar
    append(bytes, {GS, 'V', 66, 0});  // feed to the cutter and cut, leaving a hinge
    return bytes;
}

}  // namespace phare::queue
