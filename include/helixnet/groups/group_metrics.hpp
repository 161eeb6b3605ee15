// Wave-level group measures of one attribute (docs/metrics.md, "Group level").
//
// With groups g of sizes n_g, m ties, I internal and E external ties:
// - mixing[g][h]: ties between g and h; the diagonal counts each internal tie
//   once (nx.attribute_mixing_matrix(normalized=False) counts it twice).
// - block_density[g][h] = mixing[g][h] / (n_g·n_h), diagonal
//   mixing[g][g] / (n_g(n_g−1)/2); null for a one-actor group's diagonal.
// - ei_index = (E − I)/(E + I) (Krackhardt & Stern 1988); null with no ties.
// - expected_ei_index = (P_between − P_within)/(P_between + P_within) over the
//   possible pairs; the mean of the E-I index under random relabelling; null
//   for fewer than two actors.
// - ei_p_value: see ei_permutation.hpp.
// - assortativity: nx.attribute_assortativity_coefficient (Newman 2003),
//   r = (Σ e_gg − Σ a_g²)/(1 − Σ a_g²) with e the tie-end mixing fractions and
//   a_g the share of tie ends in g. Null with no ties, and null where
//   1 − Σ a_g² = 0, i.e. every tie end lies in one group (a single group, or
//   ties only inside one group), where NetworkX returns NaN.
// - modularity: Σ_g [I_g/m − (d_g/2m)²], d_g the degree sum of g; binary,
//   nx.community.modularity(G, groups, weight=None); null with no ties.
// - per_group: size, internal_ties I_g, external_ties E_g (ties from g to other
//   groups), ei_index (E_g − I_g)/(E_g + I_g) (null without ties), and
//   internal_density I_g/(n_g(n_g−1)/2) (null for n_g < 2).
// The "unknown" group is a group like any other.
//
// Complexity: O(n + m + k²) for k groups, plus the permutation test.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "helixnet/graph/wave_graph.hpp"
#include "helixnet/groups/ei_permutation.hpp"
#include "helixnet/groups/grouping.hpp"

namespace helixnet {

struct GroupSummary {
    std::size_t size = 0;
    std::size_t internal_ties = 0;
    std::size_t external_ties = 0;
    std::optional<double> ei_index;
    std::optional<double> internal_density;
};

struct GroupMetrics {
    std::vector<std::vector<std::size_t>> mixing;                   // k × k, symmetric
    std::vector<std::vector<std::optional<double>>> block_density;  // k × k, symmetric
    std::size_t internal_ties = 0;
    std::size_t external_ties = 0;
    std::optional<double> ei_index;
    std::optional<double> expected_ei_index;
    std::optional<double> ei_p_value;
    std::optional<double> assortativity;
    std::optional<double> modularity;
    std::vector<GroupSummary> per_group;  // by group index
};

[[nodiscard]] GroupMetrics group_metrics(const WaveGraph& graph, const Grouping& grouping,
                                         const PermutationOptions& permutation = {});

// (e − i)/(e + i), null when e + i = 0: the E-I formula used at every level.
[[nodiscard]] std::optional<double> ei_ratio(std::size_t external, std::size_t internal);

}  // namespace helixnet
