#pragma once
// The queue's words, shared by the board, the banner, the ticket screen and the announcements:
// counter names in a language, the call line, the ticket as it is said.

#include "core/content/site.h"
#include "core/sync/queue_board.h"

#include <string>
#include <string_view>

namespace phare::ui {

// "Guichet 3" in `lang` (following the site's fallbacks), or the id for a counter the site lacks.
std::string counter_name(const content::Site& site, std::string_view counter, std::string_view lang);
// The counter's map node, "" when unknown.
std::string counter_node(const content::Site& site, std::string_view counter);
// "A 042 → Guichet 3" (the arrow points along the reading direction).
std::string call_line(const content::Site& site, const sync::QueueCall& call, std::string_view lang);
// "A 042" said as "A 42": a voice reads a leading zero aloud.
std::string spoken_ticket(std::string_view ticket);
// "environ 20 à 30 minutes", or that it is not known (core/queue/estimate_words).
std::string estimate_words(const content::Site& site, bool known, int low, int high, std::string_view lang);
// `key` filled with {count}, or `key`_one where the language's CLDR plural rules say "one"
// (French says it of 0 too): "12 personnes attendent", "0 personne attend", "1 person waiting".
std::string counted_words(const content::Site& site, std::string_view key, int count, std::string_view lang);
// The services a visitor can take a ticket for: those with a queue_prefix and a counter.
std::vector<const content::Service*> queued_services(const content::Site& site);

}  // namespace phare::ui
