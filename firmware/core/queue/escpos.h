#pragma once
// The bytes of a ticket receipt for an ESC/POS thermal printer (docs/queue.md, "Receipts"). Pure:
// the kiosk's printer adapter writes them as they are.
//
// Printers know a code page, not Unicode: text is printed in PC858 (Latin-1 letters and the euro
// sign); anything else (Arabic, Ukrainian, Hebrew...) is transliterated to Latin letters first,
// so a receipt is always legible if not always in the visitor's script. The kiosk's screen and the
// phone page (the QR code) carry the visitor's language.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace phare::queue {

using Bytes = std::vector<std::uint8_t>;

struct Receipt {
    std::string heading;     // the site's name
    std::string label;       // "A 042", printed double size
    std::string service;     // the service's name
    std::string issued_at;   // already formatted for the site: "01/12/2026 10:43"
    std::string status_url;  // encoded as a QR code; empty = no QR code
    std::string note;        // one line under the QR code ("Scannez pour suivre votre attente"), may be empty
};

// ESC @, PC858 code page, centred: heading, double-size label, service, date and time, QR code
// (GS ( k: model 2, module size, error correction M, store, print), note, feed and partial cut (GS V).
Bytes receipt_bytes(const Receipt& receipt);

// UTF-8 text as PC858 bytes: letters PC858 has are kept (é, ç, ß, €), others are transliterated
// to Latin then ASCII, and what is still left becomes '?'. Control characters are dropped.
std::string to_pc858(std::string_view utf8);

}  // namespace phare::queue
