// How much a wave falls apart: fragmentation, distance fragmentation, and the
// distance fragmentation the wave would have without each actor.
//
// Borgatti (2006), "Identifying sets of key players in a social network",
// Comput. Math. Organ. Theory 12(1): 21–34.
// - fragmentation F = 1 − Σ_k s_k(s_k − 1) / (n(n − 1)) over the sizes s_k of
//   the components: the share of ordered pairs of actors that cannot reach
//   each other. 0 for a connected wave, 1 with no tie at all.
// - distance fragmentation DF = 1 − Σ_{i≠j} (1/d_ij) / (n(n − 1)), 1/∞ = 0:
//   like F, but a pair that is connected only through a long path counts as
//   partly apart. DF ≥ F; DF = 1 − the mean of the actors' harmonic
//   centrality (paths.hpp: Σ_j 1/d_ij / (n − 1)).
// Both are null for n < 2 (no pair of actors).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "helixnet/graph/wave_graph.hpp"
#include "helixnet/metrics/execution.hpp"

namespace helixnet {

// F from the component sizes. O(n + m).
[[nodiscard]] std::optional<double> fragmentation(const WaveGraph& g);

// DF by the multi-source BFS of paths.hpp (distance_measures): O(nm/256)
// word operations, parallel over sources, the same for any thread count.
[[nodiscard]] std::optional<double> distance_fragmentation(const WaveGraph& g, const Execution& execution = {});

// DF from the actors' harmonic centrality as PathMeasures holds it (all
// defined when n ≥ 2), for a caller that has computed it already: no
// traversal. Null for fewer than two actors.
[[nodiscard]] std::optional<double> distance_fragmentation_from_harmonic(
    std::span<const std::optional<double>> harmonic);

struct RemovalOptions {
    // Sources to traverse; unset: every source (exact) when the expected work
    // is within `work_limit`, otherwise as many as fit in it (estimate).
    // A value ≥ n is exact.
    std::optional<std::size_t> sources;
    // Arcs scanned (and dominator-tree steps), summed over the traversals;
    // about 10 ns each, so the default is some 5 s of one core.
    std::uint64_t work_limit = 500'000'000;
    std::uint64_t seed = 1;  // which sources an estimate traverses
    Execution execution;
};

// fragmentation_if_removed: per actor v, the DF of the wave without v (and
// its ties) over the n − 1 others; null for every actor when n < 3.
//
// Method. With S = Σ_{i≠j} 1/d_ij (from distance_measures) and H_v =
// Σ_j 1/d_vj, removing v takes 2H_v away from S, plus the loss on the pairs
// whose every shortest path runs through v: their distance grows (or becomes
// ∞). For a source s those targets are exactly the descendants of v in the
// dominator tree of the breadth-first shortest-path DAG from s (idom(t) is
// the common dominator of t's predecessors, found level by level). Their new
// distances come from a breadth-first search inside v's subtree that starts
// from the arcs entering it from outside, so each source costs O(m) plus the
// size of those repairs. Total O(nm) for most networks, O(n·nm) at worst
// (a long cycle), against O(n·nm) always for n separate all-pairs runs.
// An actor whose neighbours are all tied to each other (betweenness 0: a
// leaf, an isolate) is never on a shortest path between others, so its
// value is exact even in an estimate.
//
// Estimate. When every source would cost more than `work_limit` (judged from
// the first 32 sources of a seeded random order, fewer when they alone
// would spend the limit), the sources traversed are
// the first K of that order, K chosen to fit the limit, and each actor's loss
// is scaled by n/K (unbiased; values clipped to [0, 1]). `exact` says which
// happened; the numbers depend only on the seed and K, not on the threads.
struct FragmentationIfRemoved {
    std::vector<std::optional<double>> value;  // by vertex
    bool exact = true;
    std::size_t sources = 0;  // traversed: n when exact
    std::uint64_t work = 0;   // arcs scanned
};

[[nodiscard]] FragmentationIfRemoved fragmentation_if_removed(const WaveGraph& g, const RemovalOptions& options = {});

// The same from the actors' harmonic centrality already computed (PathMeasures
// of the same graph), saving the multi-source BFS.
[[nodiscard]] FragmentationIfRemoved fragmentation_if_removed(const WaveGraph& g,
                                                              std::span<const std::optional<double>> harmonic,
                                                              const RemovalOptions& options = {});

}  // namespace helixnet
