#pragma once
// What a ticket's receipt says (docs/queue.md, "Receipts"): the site's name, the number, the
// service and the time in the site's default language, and the QR code of the ticket's page,
// as core/queue/escpos bytes. The words are copied from the site now, so the ticket desk's thread
// never reads content the main loop may switch.

#include "app/ticket_desk.h"
#include "core/content/site.h"

namespace phare::app {

ReceiptBytes receipt_maker(const content::Site& site);

// "2026-12-01T10:43:00" -> "01/12/2026 10:43"; anything else is kept as it is.
std::string receipt_time(const std::string& issued_at);

}  // namespace phare::app
