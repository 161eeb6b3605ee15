// Measures of each actor's neighbourhood: triangles, local clustering,
// transitivity and Burt's structural holes (constraint, effective size).
// Ties are binary.
//
// One pass serves them all: every triangle is listed once, from its
// lowest-ranked actor (rank by degree, then index: Schank & Wagner 2005,
// "Finding, counting and listing all triangles in large graphs"), and adds
// 1/deg of its third actor to the tie between each of its pairs; Burt's
// indirect investment of i in j is that sum over their common neighbours
// divided by deg(i). O(m·√m) time at worst, 12 bytes per tie and 8 per actor
// besides the results, one thread (so the sums are always made in one order).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "helixnet/graph/wave_graph.hpp"
#include "helixnet/metrics/execution.hpp"

namespace helixnet {

struct NeighbourhoodMeasures {
    std::vector<std::uint64_t> triangles;  // triangles through each actor
    // nx.clustering: 2T(v) / (d(d−1)); 0 for degree < 2.
    std::vector<double> clustering;
    // nx.average_clustering: the mean of `clustering` over all actors
    // (degree < 2 counts as 0); null for an empty wave.
    std::optional<double> average_clustering;
    // nx.transitivity: 3 × triangles / connected triples; null with no
    // connected triple (NetworkX: 0).
    std::optional<double> transitivity;
    // nx.constraint (Burt 1992), binary ties, p_ij = 1/deg(i):
    // c(i) = Σ_{j∈N(i)} (p_ij + Σ_{q∈N(i)∩N(j)} p_iq p_qj)²; null for an isolate.
    std::vector<std::optional<double>> constraint;
    // nx.effective_size (Borgatti's form of Burt's measure for binary
    // undirected ties): deg(i) − 2 T(i)/deg(i); null for an isolate.
    std::vector<std::optional<double>> effective_size;
};

[[nodiscard]] NeighbourhoodMeasures neighbourhood_measures(const WaveGraph& g, const Execution& execution = {});

}  // namespace helixnet
