#pragma once
// The agents' counter page (/agent/guichet): choose one's counter, open or close it and choose the
// services it serves, call the next ticket, recall it, mark it served or absent, transfer it to
// another service; the current ticket and how many wait. Plain forms that work without
// JavaScript, each with the session's CSRF token. Rendering only; routes_guichet.cpp handles requests.

#include "agent_pages.h"
#include "queue_desk.h"
#include "queue_site.h"

#include <optional>
#include <string>
#include <vector>

namespace phare::hub::pages {

// Every counter of the site with its state today, and a form to choose one.
std::string guichet_choice(const Viewer& viewer, const content::Site& site, const std::vector<QueueCounter>& counters,
                           const std::vector<CounterState>& states);

struct GuichetView {
    const QueueCounter* counter = nullptr;
    CounterState state;
    std::optional<TicketView> current;
    std::vector<ServiceBoard> boards;
    std::string flash;
    std::vector<std::string> errors;
};

std::string guichet(const Viewer& viewer, const content::Site& site, const GuichetView& view);

}  // namespace phare::hub::pages
