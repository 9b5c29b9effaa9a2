#pragma once
// The known name closest to a misspelt one, by edit distance, so that a typo is answered with
// "did you mean ...?" rather than a list to read through.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace phare::content {

// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
// neighbouring characters each cost 1 ("destinaton" -> "destination" = 1, "hoursr" -> "hours" = 1).
std::size_t edit_distance(std::string_view a, std::string_view b);

// The closest of `known` to `name`, if it is close enough to be a typo of it: at most a third of
// the longer name's length away (and at least 1 edit allowed). Ties go to the first in `known`.
std::optional<std::string> nearest_name(std::string_view name, const std::vector<std::string_view>& known);

}  // namespace phare::content
