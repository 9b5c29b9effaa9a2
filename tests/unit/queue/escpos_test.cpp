// Receipt bytes for an ESC/POS printer: the exact command structure, and text in the printer's
// code page whatever the language.

#include "core/queue/escpos.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

using namespace phare::queue;

namespace {

Bytes bytes_of(std::string_view text) { return Bytes(text.begin(), text.end()); }

// The offset of `needle` in `haystack`, or npos.
std::size_t find(const Bytes& haystack, const Bytes& needle, std::size_t from = 0)
{
    auto it = std::search(haystack.begin() + static_cast<std::ptrdiff_t>(from), haystack.end(), needle.begin(), needle.end());
    return it == haystack.end() ? std::string::npos : static_cast<std::size_t>(it - haystack.begin());
}

}  // namespace

TEST_CASE("a receipt is init, code page, centred lines, a double-size number, a QR code, a cut", "[queue]")
{
    Receipt r{"Préfecture", "A 042", "Titres de séjour", "01/12/2026 10:43", "https://hub.example/ticket/abc123", "Scannez"};
    const Bytes b = receipt_bytes(r);
    Bytes expected{0x1B, '@', 0x1B, 't', 19, 0x1B, 'a', 1};
    auto add = [&](std::initializer_list<std::uint8_t> more) { expected.insert(expected.end(), more); };
    auto text = [&](std::string_view t) { expected.insert(expected.end(), t.begin(), t.end()); };
    text("Pr\x82""fecture\n");  // é is 0x82 in PC858
    add({'\n', 0x1B, 'E', 1, 0x1D, '!', 0x11});
    text("A 042\n");
    add({0x1D, '!', 0, 0x1B, 'E', 0, '\n'});
    text("Titres de s\x82jour\n01/12/2026 10:43\n\n");
    add({0x1D, '(', 'k', 4, 0, 49, 65, '2', 0});  // model 2
    add({0x1D, '(', 'k', 3, 0, 49, 67, 6});       // module size
    add({0x1D, '(', 'k', 3, 0, 49, 69, 49});      // error correction M
    const std::string url = "https://hub.example/ticket/abc123";
    add({0x1D, '(', 'k', static_cast<std::uint8_t>(url.size() + 3), 0, 49, 80, '0'});  // store
    text(url);
    add({0x1D, '(', 'k', 3, 0, 49, 81, '0', '\n'});  // print
    text("Scannez\n");
    add({0x1B, 'd', 3, 0x1D, 'V', 66, 0});
    CHECK(b == expected);
}

TEST_CASE("a long status URL puts its length on two bytes, low first", "[queue]")
{
    Receipt r{"", "B 001", "Permis", "01/12/2026 08:30", "https://hub.example/ticket/" + std::string(300, 'x'), ""};
    const Bytes b = receipt_bytes(r);
    const std::size_t length = r.status_url.size() + 3;
    const std::size_t store = find(b, Bytes{0x1D, '(', 'k', static_cast<std::uint8_t>(length & 0xFF), static_cast<std::uint8_t>(length >> 8), 49, 80, '0'});
    REQUIRE(store != std::string::npos);
    CHECK(find(b, bytes_of(r.status_url), store) == store + 8);
    CHECK(find(b, bytes_of("Permis\n")) != std::string::npos);
}

TEST_CASE("without a status URL there is no QR code", "[queue]")
{
    const Bytes b = receipt_bytes({"", "B 001", "Permis", "01/12/2026 08:30", "", ""});
    CHECK(find(b, Bytes{0x1D, '(', 'k'}) == std::string::npos);
    CHECK(find(b, Bytes{0x1D, 'V', 66, 0}) == b.size() - 4);
}

TEST_CASE("text the code page lacks is transliterated, control characters dropped", "[queue]")
{
    CHECK(to_pc858("Cartes grises, 12 €") == "Cartes grises, 12 \xD5");
    CHECK(to_pc858("Größe Ça") == "Gr\x94\xE1""e \x80""a");
    CHECK(to_pc858("cœur") == "coeur");
    CHECK(to_pc858("Київ") == "Kiiv");
    CHECK(to_pc858("A\x1B@B\n") == "A@B");  // a name cannot smuggle printer commands
    const std::string arabic = to_pc858("الشباك 3");
    CHECK_FALSE(arabic.empty());
    CHECK(std::all_of(arabic.begin(), arabic.end(), [](char c) { return c >= 0x20 && c < 0x7F; }));
    CHECK(arabic.ends_with(" 3"));
    const std::string hebrew = to_pc858("דלפק");
    CHECK(std::all_of(hebrew.begin(), hebrew.end(), [](char c) { return c >= 'a' && c <= 'z'; }));
}
