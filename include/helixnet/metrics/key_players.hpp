// Key players (Borgatti 2006, "Identifying sets of key players in a social
// network", Comput. Math. Organ. Theory 12(1): 21–34): the set of k actors
// whose departure would fragment the wave most (KPP-Neg), and the set of k
// actors that reaches most of the others (KPP-Pos).
//
// Objectives, for a set K of k actors:
// - KPP-Neg: the distance fragmentation (fragmentation.hpp) of the wave
//   without K, over the n − k others. Needs 1 ≤ k ≤ n − 2.
// - KPP-Pos, m-reach: the actors outside K within distance m of a member
//   (m = 1: tied to a member; m = 2: also through one intermediary), as a
//   count and as a share of the n − k others.
// - KPP-Pos, distance-weighted reach: Σ_{j∉K} 1/d(K, j) / (n − k), d(K, j)
//   the distance from j to the nearest member, 1/∞ = 0. 1 when every other
//   actor is tied to a member. (Borgatti divides by n and counts members as
//   1; both give the same best set, ours reads like the reach shares.)
// KPP-Pos needs 1 ≤ k ≤ n − 1. Other k throw Failure.
//
// Search. Exact by enumeration of every set when there are fewer than
// `enumeration_limit` sets (C(n, k) < 10^6 by default) and the work fits
// `work_limit`; otherwise Borgatti's procedure: from a start set, repeatedly
// make the swap of a member for a non-member that improves the objective
// most, until none improves it by more than 1e-12. Single swaps can stop
// short of the best set (a path of five, k = 2: {0, 2} needs two swaps to
// become {1, 3}), so, as Borgatti advises, the procedure runs from several
// starts and keeps the best: first a greedy start (add the actor that
// improves the objective most, k times), then up to `restarts` random
// starts drawn from `seed`, as many as `work_limit` allows (none on large
// waves). Ties go to the earliest set found and the lowest vertex, so the
// result depends on the graph and the seed only, not on the threads.
//
// Both searches evaluate a set with one more member incrementally: KPP-Neg
// runs fragmentation_if_removed on the wave without the other members (one
// run gives every candidate), KPP-Pos a breadth-first search from the
// candidate that stops where the set is already as close. On large waves
// fragmentation_if_removed may be an estimate (`RemovalOptions`); the search
// is then steered by estimates, which the result says, and the reported
// score of the chosen set is always computed exactly.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "helixnet/graph/wave_graph.hpp"
#include "helixnet/metrics/execution.hpp"
#include "helixnet/metrics/fragmentation.hpp"

namespace helixnet {

enum class KeyPlayerSearch { automatic, enumeration, greedy_swap };
enum class ReachCriterion { reach_1, reach_2, distance_weighted };

struct KeyPlayerOptions {
    std::size_t k = 3;
    KeyPlayerSearch search = KeyPlayerSearch::automatic;
    std::uint64_t enumeration_limit = 1'000'000;  // enumerate when C(n, k) is below this
    std::uint64_t work_limit = 4'000'000'000;     // ... and C(n, k−1)·n·(n + 2m) within this
    std::size_t restarts = 20;                    // random starts besides the greedy one, work allowing
    std::uint64_t seed = 1;                       // of the random starts
    RemovalOptions removal;  // KPP-Neg's fragmentation_if_removed; its execution is used throughout
};

// The reach of a set (KPP-Pos measures), whatever way it was chosen.
struct ReachScores {
    std::size_t reach_1 = 0;              // others tied to a member
    std::size_t reach_2 = 0;              // others within distance 2 of a member
    std::optional<double> reach_1_share;  // / (n − k); null when no other actor
    std::optional<double> reach_2_share;
    std::optional<double> distance_weighted_reach;
};

struct KeyPlayerSet {
    std::vector<Vertex> members;  // ascending
    bool enumerated = false;      // the best of every set; otherwise starts + swaps
    bool estimated = false;       // the search used estimated fragmentation (KPP-Neg on large waves)
    std::size_t starts = 0;       // start sets tried (0 when enumerated)
    std::size_t swaps = 0;        // improving swaps from the start that gave the result
    // KPP-Neg: the distance fragmentation before and after removing the set,
    // computed exactly.
    std::optional<double> fragmentation_before;
    std::optional<double> fragmentation_after;
    ReachScores reach;  // of the members (filled for both problems)
};

// KPP-Neg: the k actors whose removal raises the distance fragmentation most.
[[nodiscard]] KeyPlayerSet key_players_fragmentation(const WaveGraph& g, const KeyPlayerOptions& options = {});

// KPP-Pos: the k actors with the largest reach by `criterion`.
[[nodiscard]] KeyPlayerSet key_players_reach(const WaveGraph& g, ReachCriterion criterion,
                                             const KeyPlayerOptions& options = {});

// One breadth-first search from the members. O(n + m).
[[nodiscard]] ReachScores reach_scores(const WaveGraph& g, std::span<const Vertex> members);

}  // namespace helixnet
