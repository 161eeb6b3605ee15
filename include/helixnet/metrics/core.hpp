// k-core numbers.
#pragma once

#include <cstdint>
#include <vector>

#include "helixnet/graph/wave_graph.hpp"

namespace helixnet {

// nx.core_number: the largest k such that the actor belongs to a subgraph in
// which every actor has at least k ties; 0 for an isolate. Batagelj &
// Zaversnik's O(m) bucket algorithm as boost::core_numbers implements it (it
// counts in-degrees, which on the symmetric CSR are the degrees).
[[nodiscard]] std::vector<std::uint32_t> core_numbers(const WaveGraph& g);

}  // namespace helixnet
