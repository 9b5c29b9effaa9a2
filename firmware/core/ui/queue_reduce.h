#pragma once
// What the queue's news does to the UI (docs/queue.md, "On the kiosk"): the board follows the hub,
// a new call goes on the banner and is announced once (a chime, then French and each other
// language of the site, queued after what the visitor is hearing, never cutting it), and the hub's
// answer to a ticket request is shown and said.

#include "core/ui/reduce.h"

#include <optional>

namespace phare::ui {

// nullopt for inputs that are not the queue's.
std::optional<Update> reduce_queue(const State& state, const Input& input, const content::Site& site);

// The announcement of a call: the chime, then one utterance per site language, French (the site's
// default) first, each queued after the one before.
Effects announce_call(const sync::QueueCall& call, const content::Site& site);

}  // namespace phare::ui
