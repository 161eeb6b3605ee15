#include "helixnet/compare/what_if.hpp"

#include <algorithm>

#include "helixnet/error.hpp"
#include "helixnet/graph/subgraph.hpp"
#include "helixnet/groups/group_metrics.hpp"
#include "helixnet/groups/grouping.hpp"
#include "helixnet/groups/helix.hpp"
#include "helixnet/metrics/components.hpp"
#include "helixnet/metrics/fragmentation.hpp"
#include "helixnet/util/json.hpp"

namespace helixnet {
namespace {

// Edit distance with adjacent transpositions (optimal string alignment):
// insertions, deletions, substitutions and swaps of two neighbouring
// characters each cost 1. For "did you mean".
std::size_t edit_distance(std::string_view a, std::string_view b) {
    const std::size_t w = b.size() + 1;
    std::vector<std::size_t> d((a.size() + 1) * w);
    for (std::size_t i = 0; i <= a.size(); ++i) d[i * w] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) d[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i)
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t x = std::min({d[(i - 1) * w + j] + 1, d[i * w + j - 1] + 1,
                                      d[(i - 1) * w + j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                x = std::min(x, d[(i - 2) * w + j - 2] + 1);
            d[i * w + j] = x;
        }
    return d[a.size() * w + b.size()];
}

// The id nearest to `id` (at most a third of its length away, at least 2), if any.
std::optional<std::string> nearest_id(const Study& study, std::string_view id) {
    const std::size_t allowed = std::max<std::size_t>(2, id.size() / 3);
    std::optional<std::string> best;
    std::size_t best_distance = allowed + 1;
    for (const Actor& a : study.actors) {
        const std::size_t d = edit_distance(id, a.id);
        if (d < best_distance) {
            best_distance = d;
            best = a.id;
        }
    }
    return best;
}

struct Side {
    WhatIfSide figures;
    std::vector<Grouping> groupings;    // per attribute
    std::vector<GroupMetrics> metrics;  // per attribute
};

Side describe(const Study& study, const WaveGraph& g, std::span<const std::string> attributes,
              const Execution& execution) {
    Side side;
    WhatIfSide& f = side.figures;
    const Components components = connected_components(g);
    f.actors = g.actors();
    f.ties = g.ties();
    f.components = components.count();
    f.largest_component = components.largest();
    if (f.actors > 0)
        f.largest_component_share = static_cast<double>(f.largest_component) / static_cast<double>(f.actors);
    f.fragmentation = fragmentation(g);
    f.distance_fragmentation = distance_fragmentation(g, execution);
    PermutationOptions no_test;
    no_test.permutations = 0;
    for (const std::string& attribute : attributes) {
        Grouping grouping = make_grouping(study, g, attribute);
        GroupMetrics metrics = group_metrics(g, grouping, no_test);
        WhatIfGroups groups;
        groups.attribute = attribute;
        groups.external_ties = metrics.external_ties;
        if (attribute == "sector") groups.helix_triangles = helix_counts(g, helix_roles(study, g)).triangles;
        f.groups.push_back(std::move(groups));
        side.groupings.push_back(std::move(grouping));
        side.metrics.push_back(std::move(metrics));
    }
    return side;
}

// The component's number of the largest component (the lowest if several).
std::uint32_t largest_component_of(const Components& c) {
    std::uint32_t best = 0;
    for (std::uint32_t k = 1; k < c.count(); ++k)
        if (c.sizes[k] > c.sizes[best]) best = k;
    return best;
}

nlohmann::ordered_json side_json(const WhatIfSide& s) {
    nlohmann::ordered_json network = {{"actors", s.actors},
                                      {"ties", s.ties},
                                      {"components", s.components},
                                      {"largest_component", s.largest_component},
                                      {"largest_component_share", optional_json(s.largest_component_share)},
                                      {"fragmentation", optional_json(s.fragmentation)},
                                      {"distance_fragmentation", optional_json(s.distance_fragmentation)}};
    nlohmann::ordered_json groups = nlohmann::ordered_json::object();
    for (const auto& g : s.groups) {
        nlohmann::ordered_json entry = {{"external_ties", g.external_ties}};
        if (g.helix_triangles) entry["helix_triangles"] = *g.helix_triangles;
        groups[g.attribute] = std::move(entry);
    }
    return {{"network", std::move(network)}, {"groups", std::move(groups)}};
}

}  // namespace

std::vector<std::uint32_t> resolve_actor_ids(const Study& study, int year, std::span<const std::string> ids) {
    std::vector<Diagnostic> problems;
    std::vector<std::uint32_t> out;
    for (const std::string& id : ids) {
        const auto a = study.actor_index(id);
        if (!a) {
            std::string message = "no actor with this id in the study";
            if (const auto near = nearest_id(study, id)) message += " (did you mean '" + *near + "'?)";
            problems.push_back({Severity::error, "--remove", 0, 0, "", message, id});
        } else if (!study.actor_in_wave(*a, year)) {
            problems.push_back(
                {Severity::error, "--remove", 0, 0, "", "this actor is not in wave " + std::to_string(year), id});
        } else if (std::find(out.begin(), out.end(), *a) == out.end()) {
            out.push_back(*a);
        }
    }
    if (!problems.empty()) throw InvalidInput(std::move(problems));
    return out;
}

WhatIf what_if(const Study& study, const WaveGraph& graph, std::span<const std::uint32_t> removed,
               std::span<const std::string> asked, const Execution& execution) {
    std::vector<std::string> attributes;  // each once
    for (const std::string& a : asked)
        if (std::find(attributes.begin(), attributes.end(), a) == attributes.end()) attributes.push_back(a);
    WhatIf out;
    out.wave = graph.year();
    out.removed.assign(removed.begin(), removed.end());
    std::vector<Vertex> vertices;
    for (const std::uint32_t a : removed) {
        const auto v = graph.vertex_of_actor(a);
        if (!v) throw Failure("actor '" + study.actors.at(a).id + "' is not in wave " + std::to_string(graph.year()));
        vertices.push_back(*v);
    }
    const WaveGraph rest = without_vertices(graph, vertices);
    Side before = describe(study, graph, attributes, execution);
    Side after = describe(study, rest, attributes, execution);
    out.before = std::move(before.figures);
    out.after = std::move(after.figures);

    // Cut off: the main part before, less the removed, less the piece of it
    // that stays largest.
    const Components cb = connected_components(graph);
    const Components ca = connected_components(rest);
    if (cb.count() > 0) {
        const std::uint32_t main_before = largest_component_of(cb);
        std::vector<std::size_t> held(ca.count(), 0);  // per component after: actors of main_before
        for (Vertex v = 0; v < rest.actors(); ++v)
            if (cb.of[*graph.vertex_of_actor(rest.actor(v))] == main_before) ++held[ca.of[v]];
        std::uint32_t main_after = 0;  // components are numbered by lowest vertex: ties go to the lowest
        for (std::uint32_t k = 1; k < held.size(); ++k)
            if (held[k] > held[main_after]) main_after = k;
        for (Vertex v = 0; v < rest.actors(); ++v)
            if (cb.of[*graph.vertex_of_actor(rest.actor(v))] == main_before && ca.of[v] != main_after)
                out.cut_off.push_back(rest.actor(v));
        std::sort(out.cut_off.begin(), out.cut_off.end());
    }

    for (std::size_t i = 0; i < attributes.size(); ++i) {
        GroupPairsLost lost;
        lost.attribute = attributes[i];
        const Grouping& gb = before.groupings[i];
        const Grouping& ga = after.groupings[i];
        for (std::uint32_t x = 0; x < gb.groups(); ++x)
            for (std::uint32_t y = x + 1; y < gb.groups(); ++y) {
                if (before.metrics[i].mixing[x][y] == 0) continue;
                const auto ax = ga.find(gb.names[x]), ay = ga.find(gb.names[y]);
                if (!ax || !ay || after.metrics[i].mixing[*ax][*ay] == 0)
                    lost.pairs.emplace_back(gb.names[x], gb.names[y]);
            }
        out.group_pairs_lost.push_back(std::move(lost));
    }
    return out;
}

nlohmann::ordered_json what_if_json(const Study& study, const WhatIf& result) {
    const auto ids = [&](const std::vector<std::uint32_t>& actors) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const auto a : actors) list.push_back(study.actors.at(a).id);
        return list;
    };
    nlohmann::ordered_json lost = nlohmann::ordered_json::object();
    for (const auto& g : result.group_pairs_lost) {
        nlohmann::ordered_json pairs = nlohmann::ordered_json::array();
        for (const auto& [x, y] : g.pairs) pairs.push_back({x, y});
        lost[g.attribute] = std::move(pairs);
    }
    return {{"wave", result.wave},
            {"removed", ids(result.removed)},
            {"before", side_json(result.before)},
            {"after", side_json(result.after)},
            {"cut_off", ids(result.cut_off)},
            {"group_pairs_lost", std::move(lost)}};
}

}  // namespace helixnet
