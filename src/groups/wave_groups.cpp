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

nlohmann::ordered_json attribute_groups_json(const AttributeGroups& groups) {
    const Grouping& g = groups.grouping;
    const GroupMetrics& m = groups.metrics;
    nlohmann::ordered_json mixing = nlohmann::ordered_json::object();
    nlohmann::ordered_json density = nlohmann::ordered_json::object();
    nlohmann::ordered_json per_group = nlohmann::ordered_json::object();
    for (std::size_t a = 0; a < g.groups(); ++a) {
        nlohmann::ordered_json row = nlohmann::ordered_json::object();
        nlohmann::ordered_json drow = nlohmann::ordered_json::object();
        for (std::size_t b = 0; b < g.groups(); ++b) {
            row[g.names[b]] = m.mixing[a][b];
            drow[g.names[b]] = optional_json(m.block_density[a][b]);
        }
        mixing[g.names[a]] = std::move(row);
        density[g.names[a]] = std::move(drow);
        const GroupSummary& s = m.per_group[a];
        per_group[g.names[a]] = {{"size", s.size},
                                 {"internal_ties", s.internal_ties},
                                 {"external_ties", s.external_ties},
                                 {"ei_index", optional_json(s.ei_index)},
                                 {"internal_density", optional_json(s.internal_density)}};
    }
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    out["mixing"] = std::move(mixing);
    out["block_density"] = std::move(density);
    out["internal_ties"] = m.internal_ties;
    out["external_ties"] = m.external_ties;
    out["ei_index"] = optional_json(m.ei_index);
    out["expected_ei_index"] = optional_json(m.expected_ei_index);
    out["ei_p_value"] = optional_json(m.ei_p_value);
    out["assortativity"] = optional_json(m.assortativity);
    out["modularity"] = optional_json(m.modularity);
    out["per_group"] = std::move(per_group);
    if (groups.helix) {
        out["helix_triangles"] = groups.helix->triangles;
        out["helix_open_triads"] = groups.helix->open_triads;
    }
    return out;
}

nlohmann::ordered_json groups_json(const WaveGroups& groups) {
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    for (const AttributeGroups& a : groups.attributes) out[a.grouping.attribute] = attribute_groups_json(a);
    return out;
}

nlohmann::ordered_json actor_groups_json(const WaveGroups& groups, Vertex v) {
    nlohmann::ordered_json ei = nlohmann::ordered_json::object();
    nlohmann::ordered_json roles = nlohmann::ordered_json::object();
    nlohmann::ordered_json expected = nlohmann::ordered_json::object();
    for (const AttributeGroups& a : groups.attributes) {
        const std::string& name = a.grouping.attribute;
        ei[name] = optional_json(a.actor_ei[v]);
        const BrokerageCounts& b = a.brokerage[v];
        roles[name] = {{"coordinator", b.coordinator},
                       {"itinerant", b.itinerant},
                       {"gatekeeper", b.gatekeeper},
                       {"liaison", b.liaison},
                       {"total", b.total}};
        const BrokerageExpected& e = a.brokerage_expected[v];
        expected[name] = {{"coordinator", optional_json(e.coordinator)},
                          {"itinerant", optional_json(e.itinerant)},
                          {"gatekeeper", optional_json(e.gatekeeper)},
                          {"liaison", optional_json(e.liaison)},
                          {"total", e.total}};
    }
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    out["ei_index"] = std::move(ei);
    out["brokerage"] = std::move(roles);
    out["brokerage_expected"] = std::move(expected);
    return out;
}

}  // namespace helixnet
