#pragma once
// The page a visitor's phone opens from the ticket's QR code (GET /ticket/{token}): the ticket,
// the people ahead and the estimate in words, then "called: go to counter 3" with a link to the
// route page to that counter. Static accessible HTML that refreshes itself (no JavaScript), in
// the site's languages (French first, ?lang= for the others), lang and dir set.
//
// It does not parse HTTP (routes_queue.cpp).

#include "publisher.h"
#include "queue_desk.h"

#include <string>

namespace phare::hub {

struct TicketPage {
    int status = 200;  // 404 unknown token, 400 a language the site does not offer, 503 nothing published
    std::string html;
};

// Seconds between the page's own refreshes.
inline constexpr int ticket_page_refresh_s = 20;

// `current` and `view` null when absent; `lang` empty (and not `lang_given`) means the default language.
TicketPage ticket_page(const CurrentSite* current, const TicketView* view, const std::string& lang, bool lang_given,
                       const std::string& today);

}  // namespace phare::hub
