#pragma once
// Turns a Route into sentences a visitor reads and hears, one instruction per step, in any
// language of the site. Every word comes from the site's strings/<lang>.json ("dir.*" keys), so a
// translator fixes a phrasing without touching code; code only picks which template fits (turn,
// stairs up or down, short or long flight, door type) and fills its placeholders.
// docs/directions.md lists the Wayfindr rules this follows.

#include "core/content/site.h"
#include "core/wayfinding/route.h"

#include <string>
#include <string_view>
#include <vector>

namespace phare::wayfinding {

// Easy-read (FALC): shorter sentences, one idea each, fewer numbers.
enum class Wording { Standard, EasyRead };

struct Direction {
    std::string text;    // as shown: levels by their label ("Prenez l'ascenseur jusqu'au niveau RC")
    std::string spoken; // as said: levels by their spoken label ("… jusqu'au niveau rez-de-chaussée")
    std::string level;  // level id where the instruction is given
    std::vector<content::EdgeKind> edge_kinds;  // empty for the start and arrival sentences
};

// The start (where you are, which way you face), one direction per step, then the arrival.
std::vector<Direction> directions(const content::Site& site, const Route& route, std::string_view lang,
                                  Wording wording = Wording::Standard);

// What to tell a visitor when there is no route: ask at reception (on the street level).
std::string no_route_text(const content::Site& site, const NoRoute& why, std::string_view destination_node,
                          std::string_view lang);

// "15 metres", "a few metres": rounded as a person estimates, never to the centimetre.
std::string distance_text(const content::Site& site, double metres, std::string_view lang);

}  // namespace phare::wayfinding
