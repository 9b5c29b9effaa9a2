#include "core/ui/triangulate.h"

#include <cstdint>

namespace phare::ui {

namespace {

std::int64_t cross(Point o, Point a, Point b)
{
    return static_cast<std::int64_t>(a.x - o.x) * (b.y - o.y) - static_cast<std::int64_t>(a.y - o.y) * (b.x - o.x);
}

// Inside or on the edge of the counter-clockwise (in cross-product terms) triangle abc.
bool in_triangle(Point p, Point a, Point b, Point c) { return cross(a, b, p) >= 0 && cross(b, c, p) >= 0 && cross(c, a, p) >= 0; }

}  // namespace

std::vector<std::array<std::size_t, 3>> triangulate(const std::vector<Point>& points)
{
    std::vector<std::array<std::size_t, 3>> triangles;
    const std::size_t n = points.size();
    if (n < 3)
        return triangles;
    std::int64_t area2 = 0;
    for (std::size_t i = 0; i < n; ++i)
        area2 += static_cast<std::int64_t>(points[i].x) * points[(i + 1) % n].y - static_cast<std::int64_t>(points[(i + 1) % n].x) * points[i].y;
    std::vector<std::size_t> left;
    for (std::size_t i = 0; i < n; ++i)
        left.push_back(area2 >= 0 ? i : n - 1 - i);  // walk it so that convex corners turn positively
    std::size_t misses = 0;
    std::size_t i = 0;
    while (left.size() > 3) {
        const std::size_t m = left.size();
        const std::size_t ia = left[(i + m - 1) % m], ib = left[i % m], ic = left[(i + 1) % m];
        const Point a = points[ia], b = points[ib], c = points[ic];
        const std::int64_t turn = cross(a, b, c);
        bool ear = turn > 0;
        for (std::size_t k = 0; ear && k < m; ++k) {
            const std::size_t ik = left[k];
            if (ik == ia || ik == ib || ik == ic)
                continue;
            const Point p = points[ik];
            if (p == a || p == b || p == c)
                continue;  // a repeated corner does not block
            ear = !in_triangle(p, a, b, c);
        }
        if (turn == 0) {
            // A straight or repeated corner adds nothing: drop it.
            left.erase(left.begin() + static_cast<std::ptrdiff_t>(i % m));
            misses = 0;
            continue;
        }
        if (ear) {
            triangles.push_back({ia, ib, ic});
            left.erase(left.begin() + static_cast<std::ptrdiff_t>(i % m));
            misses = 0;
            continue;
        }
        i = (i + 1) % m;
        if (++misses > m) {
            // No ear left: the outline crosses itself. A fan fills what remains rather than nothing.
            for (std::size_t k = 2; k < left.size(); ++k)
                triangles.push_back({left[0], left[k - 1], left[k]});
            return triangles;
        }
    }
    if (cross(points[left[0]], points[left[1]], points[left[2]]) != 0)
        triangles.push_back({left[0], left[1], left[2]});
    return triangles;
}

}  // namespace phare::ui
