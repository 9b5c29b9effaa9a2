#pragma once
// Random building maps for property tests: a few levels, nodes anywhere, edges of every kind,
// some one-way, some parts cut off. Seeded, so a failure names the seed that reproduces it.

#include "core/content/site.h"

#include <random>
#include <string>

namespace phare::test {

inline content::BuildingMap random_map(unsigned seed)
{
    std::mt19937 rng(seed);
    auto pick = [&](int low, int high) { return std::uniform_int_distribution<int>(low, high)(rng); };
    using content::EdgeKind;
    content::BuildingMap map;
    int levels = pick(1, 3);
    for (int l = 0; l < levels; ++l)
        map.levels.push_back({"L" + std::to_string(l), l, {{"fr", "niveau"}}});
    int nodes = pick(2, 14);
    for (int n = 0; n < nodes; ++n) {
        content::Node node;
        node.id = "n" + std::to_string(n);
        node.level = "L" + std::to_string(pick(0, levels - 1));
        node.x = pick(0, 30);
        node.y = pick(0, 30);
        node.kind = pick(0, 3) == 0 ? content::NodeKind::Lift : content::NodeKind::Junction;
        if (pick(0, 1) == 0)
            node.name = {{"fr", "le repère " + std::to_string(n)}};
        map.nodes.push_back(node);
    }
    int edges = pick(0, nodes * 2);
    constexpr EdgeKind kinds[] = {EdgeKind::Corridor, EdgeKind::Corridor, EdgeKind::Door,      EdgeKind::Ramp,
                                  EdgeKind::Stairs,   EdgeKind::Lift,     EdgeKind::Escalator};
    for (int e = 0; e < edges; ++e) {
        int a = pick(0, nodes - 1);
        int b = pick(0, nodes - 1);
        if (a == b)
            continue;
        content::Edge edge;
        edge.from = map.nodes[static_cast<std::size_t>(a)].id;
        edge.to = map.nodes[static_cast<std::size_t>(b)].id;
        edge.kind = kinds[pick(0, 6)];
        edge.length_m = edge.kind == EdgeKind::Lift ? pick(0, 4) : pick(1, 25);
        edge.steps = edge.kind == EdgeKind::Stairs ? pick(1, 30) : 0;
        edge.heavy = pick(0, 4) == 0;
        edge.one_way = pick(0, 4) == 0;
        map.edges.push_back(edge);
    }
    return map;
}

}  // namespace phare::test
