// The two-mode measures of one wave: actors × initiatives (docs/initiatives.md).
//
// Over the n actors that exist in the wave (the vertices of its WaveGraph,
// isolates and actors in no initiative included) and the k initiatives with
// at least one member in it, M memberships (study/memberships.hpp), as in
// NetworkX's bipartite module with the actors as one node set and those
// initiatives as the other:
// - density = M / (n·k) (nx.bipartite.density); null when k = 0.
// - per initiative p with members P (ascending vertex):
//   - degree_centrality = |P| / n (nx.bipartite.degree_centrality);
//   - the helix roles among P (government, industry, education: the sector
//     roles of groups/helix.hpp) and helix_complete when all three are there;
//   - member_tie_density = ties among P / (|P|(|P| − 1)/2), the density of
//     the wave graph's subgraph on P (nx.density(G.subgraph(P))); null for
//     |P| < 2. With a co-membership projection (study/projection.hpp) every
//     pair of members is tied, so it is 1.
//   - members_by: for each grouping, the members in each of its groups (every
//     group of the wave, zeros included).
// - overlap: for each pair of initiatives {p, q} with a member in common,
//   shared = |P ∩ Q| (nx.bipartite.weighted_projected_graph on the
//   initiatives) and jaccard = |P ∩ Q| / |P ∪ Q|
//   (nx.bipartite.overlap_weighted_projected_graph(jaccard=True)).
// - per actor: initiatives = its memberships in the wave, and
//   initiative_centrality = initiatives / k (nx.bipartite.degree_centrality);
//   null when k = 0.
// - synergy_bits: Leydesdorff's T over the initiatives' helix codings
//   (groups/helix_synergy.hpp); null with fewer than two initiatives, and
//   when the study has no `sector` attribute (no helix role can be known).
// Complexity: O(R log R + Σ_{p} Σ_{v ∈ P} deg(v) + Σ_a d_a² log) for R member
// records and d_a the initiatives of actor a: member ties by marking the
// members and scanning their neighbours, overlaps by the pairs of each
// actor's initiatives; O(n + M + overlapping pairs) memory.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "helixnet/graph/wave_graph.hpp"
#include "helixnet/groups/grouping.hpp"
#include "helixnet/study/memberships.hpp"
#include "helixnet/study/study.hpp"

namespace helixnet {

struct InitiativeMeasures {
    std::uint32_t initiative = 0;  // index into Study::initiatives
    std::string id;
    std::string name;
    std::vector<Vertex> members;         // ascending
    std::vector<Confidence> confidence;  // of each member's membership
    double degree_centrality = 0;        // |P| / n (n ≥ |P| ≥ 1)
    bool government = false;             // helix roles present among the members
    bool industry = false;
    bool education = false;
    std::optional<double> member_tie_density;
    std::vector<std::vector<std::size_t>> members_by;  // per grouping, per group

    [[nodiscard]] bool helix_complete() const { return government && industry && education; }
};

struct InitiativeOverlap {
    std::size_t first = 0;  // indexes into WaveInitiatives::list, first < second
    std::size_t second = 0;
    std::size_t shared = 0;
    double jaccard = 0;
};

struct WaveInitiatives {
    std::size_t memberships = 0;  // M
    std::optional<double> density;
    std::optional<double> synergy_bits;
    std::vector<InitiativeMeasures> list;        // initiatives with a member in the wave, in the study's order
    std::vector<InitiativeOverlap> overlap;      // pairs sharing a member, by (first, second)
    std::vector<std::size_t> actor_initiatives;  // by vertex
    std::vector<std::optional<double>> initiative_centrality;  // by vertex
};

// The measures of the wave of `graph`. `groupings` (of the same wave) give
// members_by, in their order.
[[nodiscard]] WaveInitiatives measure_initiatives(const Study& study, const WaveGraph& graph,
                                                  std::span<const Grouping* const> groupings = {});

}  // namespace helixnet
