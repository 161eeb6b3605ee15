// Connected components of a wave.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "helixnet/graph/wave_graph.hpp"

namespace helixnet {

struct Components {
    // Component of each vertex, numbered 0.. in order of each component's
    // lowest vertex.
    std::vector<std::uint32_t> of;
    std::vector<std::size_t> sizes;  // actors per component
    [[nodiscard]] std::size_t count() const { return sizes.size(); }
    [[nodiscard]] std::size_t largest() const;  // 0 for an empty graph
};

// Isolates are components of one actor (nx.number_connected_components).
// Breadth-first search on the CSR spans (boost::connected_components needs an
// undirected graph type, and the CSR is directed with symmetric arcs). O(n + m).
[[nodiscard]] Components connected_components(const WaveGraph& g);

}  // namespace helixnet
