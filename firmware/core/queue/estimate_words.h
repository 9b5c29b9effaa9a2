#pragma once
// A wait estimate in the visitor's words, from the site's strings (queue.estimate_* keys in
// docs/string-keys.txt): "environ 20 à 30 minutes", "about 20 to 30 minutes".

#include "core/content/site.h"
#include "core/queue/wait_estimate.h"

#include <string>
#include <string_view>

namespace phare::queue {

std::string estimate_in_words(const content::Site& site, std::string_view lang, const WaitEstimate& estimate);

}  // namespace phare::queue
