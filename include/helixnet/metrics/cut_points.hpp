// Cut points (articulation points) and bridges of a wave: the actors and the
// ties whose loss alone would split a part of the network.
//
// An articulation point is an actor whose removal leaves more components
// than before (among the remaining actors); a bridge is a tie whose removal
// does. Isolates and the two ends of a lone pair are never articulation
// points; the tie of a lone pair is a bridge. nx.articulation_points and
// nx.bridges agree.
//
// Hopcroft & Tarjan (1973), "Algorithm 447: efficient algorithms for graph
// manipulation", CACM 16(6): one depth-first search (iterative, so deep
// graphs cannot overflow the stack) with discovery times and low points.
// O(n + m) time and memory.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include "helixnet/graph/wave_graph.hpp"

namespace helixnet {

struct CutPoints {
    std::vector<bool> articulation_point;            // by vertex
    std::size_t articulation_points = 0;             // how many are true
    std::vector<std::pair<Vertex, Vertex>> bridges;  // (u, v) with u < v, in ascending order
};

[[nodiscard]] CutPoints cut_points(const WaveGraph& g);

}  // namespace helixnet
