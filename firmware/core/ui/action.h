#pragma once
// What activating an element does. Elements carry an Action; reduce() interprets it. Each kind of
// action is its own type and carries its arguments typed, so an element cannot be given an
// argument its action does not understand, and reduce() parses nothing.

#include "core/feedback/rating.h"
#include "core/queue/ticket.h"
#include "core/ui/modes.h"

#include <optional>
#include <string>
#include <variant>

namespace phare::ui {

struct OpenService {
    std::string service_id;
    bool operator==(const OpenService&) const = default;
};
struct SetLanguage {
    std::string code;
    bool operator==(const SetLanguage&) const = default;
};
// The always-present accessibility button.
struct OpenAccessibility {
    bool operator==(const OpenAccessibility&) const = default;
};
// The language list, when the welcome screen shows one language button.
struct OpenLanguages {
    bool operator==(const OpenLanguages&) const = default;
};
struct SetTextSize {
    TextSize size = TextSize::Standard;
    bool operator==(const SetTextSize&) const = default;
};
struct SetContrast {
    Contrast contrast = Contrast::Standard;
    bool operator==(const SetContrast&) const = default;
};
struct ToggleEasyRead {
    bool operator==(const ToggleEasyRead&) const = default;
};
struct ToggleSpeech {
    bool operator==(const ToggleSpeech&) const = default;
};
struct NextPage {
    bool operator==(const NextPage&) const = default;
};
struct PreviousPage {
    bool operator==(const PreviousPage&) const = default;
};
struct Back {
    bool operator==(const Back&) const = default;
};
struct Home {
    bool operator==(const Home&) const = default;
};
struct Help {
    bool operator==(const Help&) const = default;
};
// Answers the inactivity warning.
struct ContinueSession {
    bool operator==(const ContinueSession&) const = default;
};
// The next, more general, layer of help.
struct HelpNextLayer {
    bool operator==(const HelpNextLayer&) const = default;
};
struct OpenFeedback {
    bool operator==(const OpenFeedback&) const = default;
};
struct Rate {
    feedback::Satisfaction satisfaction = feedback::Satisfaction::Good;
    bool operator==(const Rate&) const = default;
};
struct SetClarity {
    std::optional<int> clarity;  // 1..5; empty: skipped
    bool operator==(const SetClarity&) const = default;
};
struct SetFoundCounter {
    std::optional<bool> found;  // empty: skipped
    bool operator==(const SetFoundCounter&) const = default;
};
struct SetSpeechRate {
    int step = 0;  // index into a11y::speech_rate_wpm
    bool operator==(const SetSpeechRate&) const = default;
};
struct OpenDirections {
    std::string service_id;
    bool operator==(const OpenDirections&) const = default;
};
// On the directions screen: step-free route or not.
struct ToggleStepFree {
    bool operator==(const ToggleStepFree&) const = default;
};
// The floor plan of the route shown on the directions screen.
struct OpenMap {
    std::string service_id;
    bool operator==(const OpenMap&) const = default;
};
// The queue board.
struct OpenQueue {
    bool operator==(const OpenQueue&) const = default;
};
// Directions to where that counter's visitor stands.
struct OpenCounterRoute {
    std::string counter_id;
    bool operator==(const OpenCounterRoute&) const = default;
};
// Taking a ticket: the queued services.
struct OpenTicket {
    bool operator==(const OpenTicket&) const = default;
};
struct ChooseTicketService {
    std::string service_id;
    bool operator==(const ChooseTicketService&) const = default;
};
struct TakeTicket {
    queue::Priority priority = queue::Priority::None;
    bool operator==(const TakeTicket&) const = default;
};

// Home first: a default-constructed Action goes home.
using Action = std::variant<Home, OpenService, SetLanguage, OpenAccessibility, OpenLanguages, SetTextSize, SetContrast, ToggleEasyRead,
                            ToggleSpeech, NextPage, PreviousPage, Back, Help, ContinueSession, HelpNextLayer, OpenFeedback, Rate,
                            SetClarity, SetFoundCounter, SetSpeechRate, OpenDirections, ToggleStepFree, OpenMap, OpenQueue,
                            OpenCounterRoute, OpenTicket, ChooseTicketService, TakeTicket>;

}  // namespace phare::ui
