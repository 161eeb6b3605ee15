#include "helixnet/groups/wave_groups.hpp"

#include <algorithm>

#include "helixnet/util/json.hpp"

namespace helixnet {

std::vector<std::string> default_group_attributes(const Study& study) {
    std::vector<std::string> names;
    for (const char* name : {"sector", "region"})
        if (study.has_attribute(name)) names.emplace_back(name);
    return names;
}

WaveGroups analyse_groups(const Study& study, const WaveGraph& graph, std::span<const std::string> attributes,
                          const PermutationOptions& permutation) {
    WaveGroups result;
    for (const std::string& attribute : attributes) {
        if (std::any_of(result.attributes.begin(), result.attributes.end(),
                        [&](const AttributeGroups& a) { return a.grouping.attribute == attribute; }))
            continue;
        AttributeGroups a;
        a.grouping = make_grouping(study, graph, attribute);
        a.metrics = group_metrics(graph, a.grouping, permutation);
        if (attribute == "sector") a.helix = helix_counts(graph, helix_roles(study, graph));
        a.actor_ei = actor_ei_index(graph, a.grouping);
        a.brokerage = brokerage(graph, a.grouping);
        a.brokerage_expected = brokerage_expected(a.grouping, a.brokerage);
        result.attributes.push_back(std::move(a));
    }
    return result;
}

const AttributeGroups* WaveGroups::find(std::string_view attribute) const {
    for (const auto& a : attributes)
        if (a.grouping.attribute == attribute) return &a;
    return nullptr;
}

std::vector<Vertex> top_brokers(const AttributeGroups& groups, std::size_t limit) {
    std::vector<Vertex> order;
    for (Vertex v = 0; v < groups.brokerage.size(); ++v)
        if (groups.brokerage[v].bridging() > 0) order.push_back(v);
    std::stable_sort(order.begin(), order.end(), [&](Vertex a, Vertex b) {
        const auto& x = groups.brokerage[a];
        const auto& y = groups.brokerage[b];
        return std::pair(x.bridging(), x.total) > std::pair(y.bridging(), y.total);
    });
    if (order.size() > limit) order.resize(limit);
    return order;
}

}  // namespace helixnet
