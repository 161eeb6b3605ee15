// PageRank (docs/metrics.md convention 4).
#pragma once

#include <vector>

#include "helixnet/graph/wave_graph.hpp"

namespace helixnet {

// nx.pagerank(alpha=0.85, weight=None): the stationary vector of the random
// surfer who follows a tie with probability `damping` and otherwise jumps to
// an actor drawn uniformly; an isolate's (dangling) mass is spread uniformly.
// Power iteration from the uniform vector until the L1 change is below 1e-13
// (at most 10000 steps; damping 0.85 needs about 200). Sums to 1. Empty for
// an empty wave. O(iterations × (n + m)).
[[nodiscard]] std::vector<double> pagerank(const WaveGraph& g, double damping = 0.85);

}  // namespace helixnet
