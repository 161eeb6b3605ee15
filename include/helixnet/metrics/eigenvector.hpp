// Eigenvector centrality (docs/metrics.md convention 3).
#pragma once

#include <optional>
#include <vector>

#include "helixnet/graph/wave_graph.hpp"
#include "helixnet/metrics/execution.hpp"

namespace helixnet {

// The principal eigenvector of the 0/1 adjacency matrix, positive and
// L2-normalised; nx.eigenvector_centrality agrees to 1e-4.
//
// Each component's Perron vector and top eigenvalue are found by power
// iteration on A + I (the shift, as in NetworkX, keeps bipartite components
// from oscillating) until the vector moves less than 1e-13, or less than
// 1e-10 and no less than in the step before (rounding keeps a vector with a
// large hub moving; at most 100000 steps). The component with the largest eigenvalue carries the vector; every
// other actor gets 0. When two components share the largest eigenvalue (two
// equal triangles; several isolates) the top eigenvalue is not simple, the
// vector is not defined and every value is null. A single actor gets 1.0.
// O(iterations × (n + m)). On a component of more than 50 000 actors each
// step's products are shared among the threads by rows; the sums are made
// in one order, so the result is the same on any number of threads.
[[nodiscard]] std::vector<std::optional<double>> eigenvector_centrality(const WaveGraph& g,
                                                                        const Execution& execution = {});

}  // namespace helixnet
