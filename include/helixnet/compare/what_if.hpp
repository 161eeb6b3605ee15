// What if some actors left? One wave before and after taking them out (with
// their ties), side by side: size, cohesion, fragmentation, the ties across
// groups, the triple-helix triangles, who would be cut off from the main
// part of the network, and which pairs of groups would lose their last tie.
//
// Every figure comes from the library's own functions on the wave graph and
// on the graph without the actors (graph/subgraph.hpp): components,
// fragmentation and distance fragmentation (metrics/), group_metrics'
// external ties and mixing matrix, helix_counts (groups/).
//
// - cut_off: the actors of the largest component before (the lowest-numbered
//   one if several are as large) that are not removed but no longer in the
//   after-component holding most of them (ties: the one with the lowest
//   vertex), in study order.
// - group_pairs_lost: per attribute, the pairs of different groups {g, h}
//   with at least one tie between them before and none after (a group left
//   with no actor has no ties), in the order of the groups before.
// Complexity: that of distance fragmentation, O(nm/256), twice.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "helixnet/graph/wave_graph.hpp"
#include "helixnet/metrics/execution.hpp"
#include "helixnet/study/study.hpp"

namespace helixnet {

struct WhatIfGroups {
    std::string attribute;
    std::size_t external_ties = 0;               // ties between different groups
    std::optional<std::size_t> helix_triangles;  // attribute "sector" only
};

struct WhatIfSide {
    std::size_t actors = 0;
    std::size_t ties = 0;
    std::size_t components = 0;
    std::size_t largest_component = 0;
    std::optional<double> largest_component_share;  // null for no actor
    std::optional<double> fragmentation;            // null for n < 2
    std::optional<double> distance_fragmentation;   // null for n < 2
    std::vector<WhatIfGroups> groups;               // in the order asked for
};

struct GroupPairsLost {
    std::string attribute;
    std::vector<std::pair<std::string, std::string>> pairs;
};

struct WhatIf {
    int wave = 0;
    std::vector<std::uint32_t> removed;  // actor indices, as given
    WhatIfSide before;
    WhatIfSide after;
    std::vector<std::uint32_t> cut_off;  // actor indices, study order
    std::vector<GroupPairsLost> group_pairs_lost;
};

// The actors of `ids` in wave `year`, in the order given (repeats dropped).
// Throws InvalidInput (exit 3) naming every id the study does not have
// (with the closest id as a suggestion where one is near) or that is not in
// the wave; place "--remove".
[[nodiscard]] std::vector<std::uint32_t> resolve_actor_ids(const Study& study, int year,
                                                           std::span<const std::string> ids);

// `graph` is wave `graph.year()` of `study`; `removed` are actor indices in
// it; `attributes` as for the group measures (Failure for one the study
// lacks).
[[nodiscard]] WhatIf what_if(const Study& study, const WaveGraph& graph, std::span<const std::uint32_t> removed,
                             std::span<const std::string> attributes, const Execution& execution = {});

// {"wave", "removed": [ids], "before": {"network": {…}, "groups": {ATTR:
// {"external_ties", "helix_triangles"}}}, "after": {…}, "cut_off": [ids],
// "group_pairs_lost": {ATTR: [[g1, g2]]}} with docs/metrics.md's key names.
[[nodiscard]] nlohmann::ordered_json what_if_json(const Study& study, const WhatIf& result);

}  // namespace helixnet
