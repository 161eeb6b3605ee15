// All group and brokerage measures of one wave for a list of `--by`
// attributes (their JSON form is written from the table of measures,
// analysis/output.hpp).
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "helixnet/graph/wave_graph.hpp"
#include "helixnet/groups/brokerage.hpp"
#include "helixnet/groups/group_metrics.hpp"
#include "helixnet/groups/grouping.hpp"
#include "helixnet/groups/helix.hpp"
#include "helixnet/groups/partition_comparison.hpp"
#include "helixnet/study/study.hpp"

namespace helixnet {

struct AttributeGroups {
    Grouping grouping;
    GroupMetrics metrics;
    std::optional<HelixCounts> helix;                   // attribute "sector" only
    std::vector<std::optional<double>> actor_ei;        // by vertex
    std::vector<BrokerageCounts> brokerage;             // by vertex
    std::vector<BrokerageExpected> brokerage_expected;  // by vertex
    // The wave's communities against these groups (NMI, ARI, VI) over the
    // actors with at least one tie (an actor without a value is in the group
    // "unknown"); null when no actor has a tie. Filled by the analysis
    // pipeline (analysis/study_analysis.hpp), which finds the communities.
    PartitionAgreement communities;
};

struct WaveGroups {
    std::vector<AttributeGroups> attributes;  // in the order asked for

    // The measures of one attribute, or nullptr when it was not asked for.
    [[nodiscard]] const AttributeGroups* find(std::string_view attribute) const;
};

// `sector` and `region`, those the study has (the `--by` default).
[[nodiscard]] std::vector<std::string> default_group_attributes(const Study& study);

// Throws Failure for an attribute the study does not have. Duplicate names
// are computed once.
[[nodiscard]] WaveGroups analyse_groups(const Study& study, const WaveGraph& graph,
                                        std::span<const std::string> attributes,
                                        const PermutationOptions& permutation = {});

// The actors who broker most between groups: vertices by bridging roles
// (itinerant + gatekeeper + liaison, largest first), then by total, then by
// vertex; those bridging at least one pair, at most `limit`. (The total alone
// does not depend on the attribute, so it cannot say who bridges sectors.)
[[nodiscard]] std::vector<Vertex> top_brokers(const AttributeGroups& groups, std::size_t limit);

}  // namespace helixnet
