// Every network-level and actor-level measure of docs/metrics.md for one wave.
// (The group measures are computed by groups/wave_groups.hpp; the analysis
// pipeline, analysis/study_analysis.hpp, runs both for every wave.)
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "helixnet/graph/wave_graph.hpp"
#include "helixnet/metrics/execution.hpp"
#include "helixnet/metrics/paths.hpp"
#include "helixnet/study/study.hpp"

namespace helixnet {

struct NetworkMetrics {
    std::size_t actors = 0;                // n
    std::size_t ties = 0;                  // m
    std::size_t isolates = 0;              // degree 0
    std::optional<double> density;         // 2m/(n(n−1)); null for n ≤ 1
    std::optional<double> average_degree;  // 2m/n; null for n = 0
    std::size_t components = 0;            // isolates count
    std::size_t largest_component = 0;
    std::optional<double> largest_component_share;  // null for n = 0
    std::optional<double> transitivity;             // null with no connected triple
    std::optional<double> average_clustering;       // null for n = 0
    std::optional<double> average_path_length;      // null with no connected pair
    std::optional<std::uint32_t> diameter;          // null with no connected pair
    // Freeman: Σ(max_d − d_i)/((n−1)(n−2)); null for n ≤ 2.
    std::optional<double> degree_centralization;
    // Freeman on normalised betweenness: Σ(max_b − b_i)/(n−1); null for n ≤ 2.
    std::optional<double> betweenness_centralization;
};

struct ActorMetrics {
    std::uint32_t actor = 0;  // index into Study::actors
    std::string id;
    std::string name;
    std::size_t degree = 0;
    double strength = 0;                      // sum of tie weights
    std::optional<double> degree_centrality;  // degree/(n−1); null for n = 1
    std::optional<double> betweenness;
    std::optional<double> closeness;
    std::optional<double> harmonic;
    std::optional<double> eigenvector;
    std::optional<double> pagerank;
    std::optional<double> clustering;
    std::uint32_t core = 0;
    std::optional<double> constraint;
    std::optional<double> effective_size;
};

struct WaveMetrics {
    int wave = 0;
    NetworkMetrics network;
    std::vector<ActorMetrics> actors;                       // in vertex (study) order
    std::optional<BetweennessApproximation> approximation;  // set when betweenness is estimated
    // Set when closeness, harmonic, average path length and diameter are estimated.
    std::optional<DistanceApproximation> distance_approximation;
};

struct MetricsOptions {
    std::optional<double> approx_epsilon;  // estimate betweenness (paths.hpp)
    bool approx_distances = false;         // with approx_epsilon, the distance measures too (paths.hpp)
    double approx_delta = 0.1;
    std::uint64_t seed = 1;
    Execution execution;
    // Graphs with more ties than this, when more than one thread may be used,
    // find the measures that run on one thread (PageRank, clustering,
    // constraint, effective size, cores, components) on a thread of their own
    // while eigenvector centrality, which does not keep two cores busy, runs
    // on the others; after the path measures, which do. The results are the
    // same either way.
    std::size_t aside_above = 100'000;
};

// Whether `g` is large enough, and `options` allow threads enough, for the
// one-thread measures to run beside the others (see aside_above).
[[nodiscard]] bool runs_aside(const WaveGraph& g, const MetricsOptions& options);

// The measures of one graph; ids and names are left empty and `actor` is the
// graph's actor index.
[[nodiscard]] WaveMetrics compute_wave_metrics(const WaveGraph& g, const MetricsOptions& options = {});

// The measures of one wave of a study, with actor ids and names. Throws
// Failure when the study has no such wave.
[[nodiscard]] WaveMetrics compute_wave_metrics(const Study& study, int year, const MetricsOptions& options = {});

// The same for a wave graph already built from `study` (build_wave_graph).
[[nodiscard]] WaveMetrics compute_wave_metrics(const Study& study, const WaveGraph& g,
                                               const MetricsOptions& options = {});

}  // namespace helixnet
