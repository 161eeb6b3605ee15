// Triple-helix measures of a wave (docs/metrics.md, in `groups.sector`).
//
// Each actor's helix role comes from its `sector` value through
// Study::helix_role (attributes.sector.<value>.helix, else the value names
// government / industry / education); actors without a role never count.
// - ties: ties between two actors of different roles (a government actor
//   with an industry actor, ...).
// - triangles: triangles whose three actors hold the three different roles.
// - open_triads: paths a–b–c with a and c not tied whose three actors hold
//   the three roles, each counted once, by its middle actor b.
// Complexity O(Σ_v deg(v)² log deg) time at most (pairs of neighbours with
// two other roles, adjacency by binary search in the sorted neighbour span),
// O(n) memory.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "helixnet/graph/wave_graph.hpp"
#include "helixnet/study/study.hpp"

namespace helixnet {

enum class HelixRole : std::uint8_t { none = 0, government = 1, industry = 2, education = 3 };

struct HelixCounts {
    std::size_t ties = 0;
    std::size_t triangles = 0;
    std::size_t open_triads = 0;
};

// By vertex, from the actors' `sector` values.
[[nodiscard]] std::vector<HelixRole> helix_roles(const Study& study, const WaveGraph& graph);

[[nodiscard]] HelixCounts helix_counts(const WaveGraph& graph, const std::vector<HelixRole>& roles);

}  // namespace helixnet
