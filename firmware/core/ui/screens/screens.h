#pragma once
// One function per screen: what it shows, top to bottom, as blocks. Layout does the rest.

#include "core/ui/layout.h"

namespace phare::ui::screens {

Frame welcome(Layout& layout);
Frame service(Layout& layout);
Frame accessibility(Layout& layout);
Frame languages(Layout& layout);
Frame feedback(Layout& layout);
// For technicians: content version, hub, last sync and error, ratings waiting (F12).
Frame maintenance(Layout& layout);

// The way into the satisfaction survey (or a thank-you once given), placed by other screens.
Block feedback_entry(Layout& layout);
Frame directions(Layout& layout);
// The floor plan of the route, one level a page (an illustration; the directions are the text).
Frame map(Layout& layout);

// The queue board (or, in the board role, the hall display) and taking a ticket.
Frame queue(Layout& layout);
Frame ticket(Layout& layout);
// The last call on a banner with the way to its counter, when the board is live.
void add_call(Layout& layout, std::vector<Block>& body, double cap_mm);

// Every language of the site as buttons, each named in itself.
Block language_buttons(Layout& layout);

}  // namespace phare::ui::screens
