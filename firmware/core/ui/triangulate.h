#pragma once
// Cuts a simple polygon, convex or not, into triangles, so a painter that fills triangles can fill
// a room shaped like an L or a U. Pure geometry, shared by every painter.

#include "core/ui/frame.h"

#include <array>
#include <cstddef>
#include <vector>

namespace phare::ui {

// Indices into `points`, three per triangle, covering the polygon exactly once (ear clipping).
// Either winding; repeated and collinear corners are fine. A polygon that crosses itself (which
// site validation refuses) still gets triangles, though not a faithful fill.
std::vector<std::array<std::size_t, 3>> triangulate(const std::vector<Point>& points);

}  // namespace phare::ui
