// Shortest-path measures: betweenness, closeness, harmonic centrality, average
// path length and diameter. Ties are binary and undirected (hop distances).
//
// Exact mode runs one breadth-first search per source (Brandes 2001, "A faster
// algorithm for betweenness centrality", J. Math. Sociol. 25(2)) and serves all
// five measures from it: O(nm) time, O(n + m) memory per thread. Sources are
// cut into a fixed number of blocks run in parallel; blocks are combined in
// order, so results do not depend on the number of threads.
//
// Approximate mode (`approx_epsilon`) estimates betweenness by sampling
// shortest paths (Riondato & Kornaropoulos 2016, "Fast approximation of
// betweenness centrality through sampling", Data Min. Knowl. Disc. 30) and
// computes the distance measures exactly with a multi-source BFS that runs 256
// sources at once as bit lanes (Then et al. 2014, "The more the merrier",
// PVLDB 8(4)).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "helixnet/graph/wave_graph.hpp"
#include "helixnet/metrics/execution.hpp"

namespace helixnet {

// How an approximate betweenness was obtained: with probability at least
// 1 − delta every actor's estimate is within epsilon of its exact value.
struct BetweennessApproximation {
    double epsilon = 0;
    double delta = 0;
    std::uint64_t seed = 0;
    std::size_t samples = 0;                // shortest paths sampled
    std::size_t vertex_diameter_bound = 0;  // bound on the actors on a shortest path
};

struct PathOptions {
    std::optional<double> approx_epsilon;  // in (0, 1): estimate betweenness
    double approx_delta = 0.1;             // in (0, 1)
    std::uint64_t seed = 1;                // for the samples
    Execution execution;
};

struct PathMeasures {
    // nx.betweenness_centrality(normalized=True): the shortest paths between
    // other pairs through v, each unordered pair once, divided by
    // (n−1)(n−2)/2. null for every actor when n ≤ 2.
    std::vector<std::optional<double>> betweenness;
    // nx.closeness_centrality(wf_improved=True): with r actors reachable from
    // v and S the sum of their distances, (r/S)·(r/(n−1)); 0 for an isolate;
    // null when n = 1.
    std::vector<std::optional<double>> closeness;
    // nx.harmonic_centrality / (n−1): Σ 1/d(v,u) over the others, divided by
    // n−1; 0 for an isolate; null when n = 1.
    std::vector<std::optional<double>> harmonic;
    // igraph average_path_length(unconn=True): mean distance over ordered
    // connected pairs; null when no pair is connected.
    std::optional<double> average_path_length;
    // igraph diameter(unconn=True): the longest finite distance; null when no
    // pair is connected.
    std::optional<std::uint32_t> diameter;
    // Set when betweenness is an estimate.
    std::optional<BetweennessApproximation> approximation;
};

// All five measures: exact, or with betweenness estimated when
// options.approx_epsilon is set. Throws Failure for an epsilon or delta
// outside (0, 1).
[[nodiscard]] PathMeasures shortest_path_measures(const WaveGraph& g, const PathOptions& options = {});

// Closeness, harmonic, average path length and diameter only (betweenness left
// empty), by the multi-source BFS: O(nm/256) word operations.
[[nodiscard]] PathMeasures distance_measures(const WaveGraph& g, const Execution& execution = {});

// The Riondato–Kornaropoulos sample size for an undirected graph whose
// shortest paths hold at most `vertex_diameter` actors:
// ⌈(c/ε²)(⌊log2(VD−2)⌋ + 1 + ln(1/δ))⌉ with c = 0.5; 0 when VD ≤ 2.
[[nodiscard]] std::size_t riondato_kornaropoulos_samples(std::size_t vertex_diameter, double epsilon, double delta);

}  // namespace helixnet
