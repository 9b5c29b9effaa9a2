#pragma once
// One visitor's satisfaction rating, on JDMA's scales (docs/accessibility.md, "Feedback"): the 3-level
// "comment ça s'est passé ?", an optional clarity 1-5 and "did you find the right counter?".
// Coarse, non-identifying context only: the service looked up, the language and the modes used.
// The id and the hour are filled in by the app (core has no randomness and no wall clock).

#include <optional>
#include <string>
#include <vector>

namespace phare::feedback {

enum class Satisfaction { Good, Medium, Bad };

struct Rating {
    std::string id;       // UUID, the idempotency key end to end
    std::string site;
    std::string kiosk;
    std::string at_hour;  // ISO 8601 UTC rounded down to the hour: "2026-11-26T14:00:00Z"
    Satisfaction satisfaction = Satisfaction::Good;
    std::optional<int> clarity;  // 1..5
    std::optional<bool> found_counter;
    std::string service;  // the service looked up in the session, if any
    std::string lang;
    std::vector<std::string> modes;  // "large", "contrast", "easy", "speech"...
};

std::string to_string(Satisfaction satisfaction);
std::optional<Satisfaction> satisfaction_from_string(const std::string& text);

// The hub's wire format (docs/hub.md): one JSON object.
std::string to_json(const Rating& rating);
std::optional<Rating> from_json(const std::string& text);

}  // namespace phare::feedback
