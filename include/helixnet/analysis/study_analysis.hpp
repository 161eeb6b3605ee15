// The one analysis pipeline: every wave of a study measured once, for every
// command (metrics, summary, compare, report, robustness, ...).
//
// For each wave asked for, in the study's order: the wave graph is built once
// (graph/wave_graph.hpp), then the network and actor measures
// (metrics/wave_metrics.hpp), the fragility measures (cut points and
// bridges, fragmentation, the fragmentation each actor's departure would
// leave: metrics/cut_points.hpp, metrics/fragmentation.hpp), the communities
// (Leiden, metrics/communities.hpp) and the group measures of every `--by`
// attribute (groups/wave_groups.hpp, with how far the communities follow the
// attribute's groups: groups/partition_comparison.hpp) are computed on it,
// and the two-mode measures of its initiatives (groups/initiatives.hpp). The commands only
// choose options and print; what a measure is and how it is written lives in
// the measure table (analysis/measures.hpp).
//
// Betweenness is exact unless asked otherwise: `metrics.approx_epsilon`
// estimates it in every wave, and `estimate_betweenness_above` estimates it in
// waves larger than that many actors (docs/metrics.md; Riondato-Kornaropoulos
// sampling, metrics/paths.hpp). The default rule (5000 actors, epsilon 0.05)
// keeps summary, compare and report quick on very large networks; `metrics`
// turns it off and offers `--approx` instead.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "helixnet/graph/wave_graph.hpp"
#include "helixnet/groups/initiatives.hpp"
#include "helixnet/groups/wave_groups.hpp"
#include "helixnet/metrics/communities.hpp"
#include "helixnet/metrics/cut_points.hpp"
#include "helixnet/metrics/fragmentation.hpp"
#include "helixnet/metrics/wave_metrics.hpp"
#include "helixnet/study/study.hpp"

namespace helixnet {

struct AnalysisOptions {
    std::vector<std::string> attributes;  // --by; empty: default_group_attributes(study)
    std::vector<int> waves;               // empty: every wave of the study, in its order
    // --approx, --seed, --threads. Above its `aside_above` ties, with more
    // than one thread, the communities (Leiden runs on one thread; on 5M ties
    // it takes about as long as every path measure) and then the cut points
    // are found on a thread of their own while the other measures are
    // computed; the results are the same either way.
    MetricsOptions metrics;
    PermutationOptions permutation;  // the E-I permutation test
    // Waves with more actors than this get estimated betweenness (within
    // `estimated_betweenness_epsilon`) unless metrics.approx_epsilon is set;
    // nullopt: never.
    std::optional<std::size_t> estimate_betweenness_above = 5000;
    double estimated_betweenness_epsilon = 0.05;
    // fragmentation_if_removed: exact within this work limit (arcs scanned,
    // about 10 ns each), else estimated from a seeded sample of sources
    // (metrics/fragmentation.hpp); the seed and threads follow `metrics`.
    // A tenth of the library's default, so that every command that analyses
    // a study stays quick (a long ring is the worst case); `keyplayers` and
    // `whatif` use the library's own limit.
    std::uint64_t removal_work_limit = 50'000'000;
    // The progress callback for one wave (may be empty, or return an empty one).
    std::function<ProgressCallback(int wave)> progress;
};

// One wave, measured once.
struct WaveAnalysis {
    WaveGraph graph;
    WaveMetrics metrics;  // actor ids and names filled
    WaveGroups groups;    // one entry per --by attribute
    // Actors × initiatives; members_by follows groups.attributes.
    WaveInitiatives initiatives;
    // Fragility (Borgatti 2006): the cut points and bridges, F and DF, and
    // per actor the DF of the wave without it. DF comes from the actors'
    // harmonic centrality, so it is estimated where that is.
    CutPoints cut_points;
    std::optional<double> fragmentation;
    std::optional<double> distance_fragmentation;
    FragmentationIfRemoved fragmentation_if_removed;
    // Leiden communities, seeded by metrics.seed; each attribute's
    // groups.attributes[i].communities says how far they follow its groups.
    Communities communities;
    // Betweenness was estimated because the wave is larger than
    // AnalysisOptions::estimate_betweenness_above (metrics.approximation says how).
    bool estimated_for_size = false;

    [[nodiscard]] int year() const { return metrics.wave; }
};

struct StudyAnalysis {
    std::vector<std::string> attributes;  // the --by list the groups were computed for
    std::vector<WaveAnalysis> waves;      // in the study's wave order
    // The co-membership projection the study's ties include (Study::projection),
    // which every output of the analysis states.
    ProjectionRecord projection;

    // The analysis of wave `year`, or nullptr when it was not analysed.
    [[nodiscard]] const WaveAnalysis* find(int year) const;
};

// Throws Failure for a wave the study does not declare (naming the waves it
// has) and for an attribute it does not have.
[[nodiscard]] WaveAnalysis analyse_wave(const Study& study, int year, const AnalysisOptions& options = {});
[[nodiscard]] StudyAnalysis analyse_study(const Study& study, const AnalysisOptions& options = {});

// analyse_study for a study of one wave whose network is already built: the
// graph of wave graph.year(), its vertices the study's actors in order (a
// plain edge list read by read_plain_edge_list_graph, its actors by
// edge_list_actors). The study's ties are not read. Throws as analyse_study.
[[nodiscard]] StudyAnalysis analyse_network(const Study& study, WaveGraph graph, const AnalysisOptions& options = {});

}  // namespace helixnet
