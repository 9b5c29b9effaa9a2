#pragma once
// What activating an element does. Elements carry an Action; reduce() interprets it.

#include <string>

namespace phare::ui {

enum class ActionKind {
    OpenService,        // arg: service id
    SetLanguage,        // arg: language code
    OpenAccessibility,  // the always-present accessibility button
    OpenLanguages,      // the language list, when the welcome screen shows one language button
    SetTextSize,        // arg: "standard" | "large" | "larger"
    SetContrast,        // arg: "standard" | "dark" | "light"
    ToggleEasyRead,
    ToggleSpeech,
    NextPage,
    PreviousPage,
    Back,
    Home,
    Help,
    ContinueSession,  // answers the inactivity warning
    HelpNextLayer,    // the next, more general, layer of help
    OpenFeedback,
    Rate,             // arg: "good" | "medium" | "bad"
    SetClarity,       // arg: "1".."5", or "" to skip
    SetFoundCounter,  // arg: "yes" | "no", or "" to skip
    SetSpeechRate,    // arg: step index into a11y::speech_rate_wpm
    OpenDirections,   // arg: service id
    ToggleStepFree,   // on the directions screen: step-free route or not
    OpenMap,          // arg: service id; the floor plan of the route shown on the directions screen
    OpenQueue,          // the queue board
    OpenCounterRoute,   // arg: counter id; directions to where that counter's visitor stands
    OpenTicket,         // taking a ticket: the queued services
    ChooseTicketService,  // arg: service id
    TakeTicket,         // arg: priority ("none", "reduced_mobility", "pregnancy", "disability")
};

struct Action {
    ActionKind kind = ActionKind::Home;
    std::string arg;
    bool operator==(const Action&) const = default;
};

}  // namespace phare::ui
