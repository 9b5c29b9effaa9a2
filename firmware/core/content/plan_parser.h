#pragma once
// Reads a level's drawn plan (units, walls, openings) from its object in map.json, checking each
// field and each outline's shape. Cross-references (unit ids, the graph inside the units) are the
// validator's.

#include "core/content/json_reader.h"
#include "core/content/plan_geometry.h"

#include <string>
#include <vector>

namespace phare::content {

// `unit_at` and `opening_at` receive the JSON pointer of each unit and opening kept.
LevelPlan parse_level_plan(JsonReader& reader, const Json& level, const std::string& at, std::vector<std::string>& unit_at,
                           std::vector<std::string>& opening_at);

}  // namespace phare::content
