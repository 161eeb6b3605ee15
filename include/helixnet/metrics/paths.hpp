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
// betweenness centrality through sampling", Data Min. Knowl. Disc. 30). The
// distance measures come from a multi-source BFS that runs 256 sources at
// once as bit lanes (Then et al. 2014, "The more the merrier", PVLDB 8(4)):
// from every actor (exact), or, with `approx_distances`, from a uniform
// sample of sources in each component larger than the sample (Eppstein &
// Wang 2004, "Fast approximation of centrality", JGAA 8(1)), with the bounds
// of DistanceApproximation.
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

// How the distance measures were estimated (Eppstein–Wang source sampling).
// In each component of more than `sources` actors, `sources` of its actors
// are drawn uniformly without replacement and a BFS is run from each; an
// actor's mean distance to, and mean inverse distance to, the others of its
// component are estimated by its means over the drawn sources (itself left
// out). Smaller components use all their actors and are exact. By Hoeffding's
// inequality (which holds for sampling without replacement) and a union bound
// over the 2n means, with probability at least 1 − delta every estimate below
// is within its bound at once:
//   harmonic:  |ĥ − h| ≤ harmonic_bound = ε'·(n_C − 1)/(n − 1) ≤ epsilon,
//              ε' = √(ln(4n/δ) / (2(k − 1))) ≤ epsilon for k sources;
//   closeness: c = ((n_C − 1)/(n − 1))/a with a the mean distance, whose
//              estimate â is within t = (D − 1)·ε' (D bounding the
//              component's diameter), so |ĉ − c| ≤ ((n_C − 1)/(n − 1))·t /
//              (â·max(1, â − t)); closeness_bound is the largest over the
//              estimated actors;
//   average path length: the weighted mean of the â, so within the weighted
//              mean of the t, average_path_length_bound.
// The diameter given is the largest eccentricity of a drawn source, a lower
// bound; it lies between that and diameter_upper_bound (twice the smallest
// eccentricity of a drawn source, in the component that gives the most)
// always, not only with probability 1 − delta.
struct DistanceApproximation {
    double epsilon = 0;
    double delta = 0;
    std::uint64_t seed = 0;
    std::size_t sources = 0;           // k: sources drawn in each larger component
    std::size_t estimated_actors = 0;  // actors of the components that were sampled
    double closeness_bound = 0;
    double harmonic_bound = 0;
    double average_path_length_bound = 0;
    std::uint32_t diameter_upper_bound = 0;
};

struct PathOptions {
    std::optional<double> approx_epsilon;  // in (0, 1): estimate betweenness
    // With approx_epsilon: estimate closeness, harmonic, average path length
    // and diameter too (otherwise they are exact).
    bool approx_distances = false;
    double approx_delta = 0.1;  // in (0, 1)
    std::uint64_t seed = 1;     // for the samples
    Execution execution;
    // Sources per traversal of the estimated distance measures, in 64s: 1, 2
    // or 4; 0 chooses by the network's size. A matter of speed only: the
    // results are the same whatever it is.
    std::size_t lane_words = 0;
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
    // Set when closeness, harmonic, average path length and diameter are
    // estimates (asked for, and some component larger than the sample).
    std::optional<DistanceApproximation> distance_approximation;
};

// All five measures: exact, or with betweenness estimated when
// options.approx_epsilon is set, and the distance measures too when
// options.approx_distances is. Throws Failure for an epsilon or delta outside
// (0, 1).
[[nodiscard]] PathMeasures shortest_path_measures(const WaveGraph& g, const PathOptions& options = {});

// Closeness, harmonic, average path length and diameter only (betweenness left
// empty), by the multi-source BFS: O(nm/256) word operations.
[[nodiscard]] PathMeasures distance_measures(const WaveGraph& g, const Execution& execution = {});

// The sources k drawn per component for the distance estimates:
// ⌈ln(4n/δ) / (2ε²)⌉ + 1, so that ε' ≤ ε (DistanceApproximation).
[[nodiscard]] std::size_t distance_sample_size(std::size_t n, double epsilon, double delta);

// The Riondato–Kornaropoulos sample size for an undirected graph whose
// shortest paths hold at most `vertex_diameter` actors:
// ⌈(c/ε²)(⌊log2(VD−2)⌋ + 1 + ln(1/δ))⌉ with c = 0.5; 0 when VD ≤ 2.
[[nodiscard]] std::size_t riondato_kornaropoulos_samples(std::size_t vertex_diameter, double epsilon, double delta);

}  // namespace helixnet
