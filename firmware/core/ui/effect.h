#pragma once
// What the kiosk must do in the world after an input; the app executes these (speech, sounds...).

#include "core/feedback/rating.h"

#include <string>
#include <variant>
#include <vector>

namespace phare::ui {

enum class Interrupt { No, Yes };

// Say `text` in `lang` (the voice is the site's for that language; rate, volume and output come
// from the State's audio settings when the effect runs).
struct Speak {
    std::string text;
    std::string lang;
    Interrupt interrupt = Interrupt::Yes;
};

// Silence now: the visitor acted and nothing new is to be said.
struct StopSpeech {};

// Pause, or resume what was paused.
struct TogglePause {};

// Move: onto something that acts (a button, a toggle); MoveToText: onto text that only reads (a
// heading, hours, the plan), so a finger exploring the screen hears which is which before the
// label ends. Call: the chime before a queue call is announced.
enum class Earcon { Move, MoveToText, Select, NoAction, PageChange, TimeoutWarning, Call };

struct PlayEarcon {
    Earcon earcon = Earcon::Move;
};

// Store the rating durably (the outbox), then report with RatingStored. Id and hour are the app's.
struct StoreRating {
    feedback::Rating rating;
};

// Ask the hub for a queue ticket; the app answers with TicketAnswer. The request id is the app's.
struct RequestTicket {
    std::string service;
    std::string priority;
};

using Effect = std::variant<Speak, PlayEarcon, StopSpeech, TogglePause, StoreRating, RequestTicket>;
using Effects = std::vector<Effect>;

}  // namespace phare::ui
