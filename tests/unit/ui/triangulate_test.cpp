// Filling any simple polygon: the triangles cover it exactly once (their areas add up to the
// polygon's) and none reaches outside it, for convex, concave and either winding.

#include "core/ui/triangulate.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>

using namespace phare;
using ui::Point;

namespace {

long twice_area(Point a, Point b, Point c) { return std::labs(static_cast<long>(b.x - a.x) * (c.y - a.y) - static_cast<long>(b.y - a.y) * (c.x - a.x)); }

long twice_area(const std::vector<Point>& polygon)
{
    long sum = 0;
    for (std::size_t i = 0; i < polygon.size(); ++i) {
        const Point a = polygon[i], b = polygon[(i + 1) % polygon.size()];
        sum += static_cast<long>(a.x) * b.y - static_cast<long>(b.x) * a.y;
    }
    return std::labs(sum);
}

long covered(const std::vector<Point>& polygon)
{
    long sum = 0;
    for (const auto& [a, b, c] : ui::triangulate(polygon))
        sum += twice_area(polygon[a], polygon[b], polygon[c]);
    return sum;
}

}  // namespace

TEST_CASE("triangles cover a polygon exactly, convex or concave, either winding", "[ui][triangulate]")
{
    const std::vector<Point> square{{0, 0}, {10, 0}, {10, 10}, {0, 10}};
    const std::vector<Point> l_shape{{0, 0}, {40, 0}, {40, 10}, {10, 10}, {10, 40}, {0, 40}};
    const std::vector<Point> u_shape{{0, 0}, {30, 0}, {30, 30}, {20, 30}, {20, 10}, {10, 10}, {10, 30}, {0, 30}};
    const std::vector<Point> comb{{0, 0}, {50, 0}, {50, 20}, {40, 5}, {30, 20}, {20, 5}, {10, 20}, {0, 5}};
    for (auto polygon : {square, l_shape, u_shape, comb}) {
        for (bool reversed : {false, true}) {
            if (reversed)
                std::reverse(polygon.begin(), polygon.end());
            INFO(polygon.size() << " corners" << (reversed ? ", reversed" : ""));
            CHECK(ui::triangulate(polygon).size() == polygon.size() - 2);
            CHECK(covered(polygon) == twice_area(polygon));
        }
    }
}

TEST_CASE("a fan would spill out of a U; ear clipping does not", "[ui][triangulate]")
{
    // The fan from the first corner of this U covers its notch; the triangles must not.
    const std::vector<Point> u_shape{{0, 0}, {30, 0}, {30, 30}, {20, 30}, {20, 10}, {10, 10}, {10, 30}, {0, 30}};
    const Point notch{15, 20};
    for (const auto& [a, b, c] : ui::triangulate(u_shape)) {
        const Point pa = u_shape[a], pb = u_shape[b], pc = u_shape[c];
        const long whole = twice_area(pa, pb, pc);
        CHECK(twice_area(notch, pb, pc) + twice_area(pa, notch, pc) + twice_area(pa, pb, notch) > whole);  // the notch is outside
    }
}

TEST_CASE("straight and repeated corners do no harm", "[ui][triangulate]")
{
    const std::vector<Point> polygon{{0, 0}, {5, 0}, {10, 0}, {10, 10}, {10, 10}, {0, 10}};
    CHECK(covered(polygon) == 200);
    CHECK(ui::triangulate({{0, 0}, {1, 1}}).empty());
}
