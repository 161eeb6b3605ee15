#include "helixnet/groups/initiatives.hpp"

#include <algorithm>
#include <utility>

#include "helixnet/groups/helix.hpp"
#include "helixnet/groups/helix_synergy.hpp"

namespace helixnet {

WaveInitiatives measure_initiatives(const Study& study, const WaveGraph& graph,
                                    std::span<const Grouping* const> groupings) {
    WaveInitiatives out;
    const std::size_t n = graph.actors();
    out.actor_initiatives.assign(n, 0);
    const std::vector<HelixRole> roles = helix_roles(study, graph);

    // Each actor's initiatives (indexes into out.list), for the overlaps.
    std::vector<std::vector<std::size_t>> of_actor(n);
    for (const WaveInitiative& wi : wave_memberships(study, graph.year())) {
        InitiativeMeasures p;
        p.initiative = wi.initiative;
        p.id = study.initiatives[wi.initiative].id;
        p.name = study.initiatives[wi.initiative].name;
        for (const WaveMember& m : wi.members) {
            const std::optional<Vertex> v = graph.vertex_of_actor(m.actor);
            if (!v) continue;  // not in this graph (a study edited after the graph was built)
            p.members.push_back(*v);
            p.confidence.push_back(m.confidence);
        }
        if (p.members.empty()) continue;
        for (const Vertex v : p.members) {
            ++out.actor_initiatives[v];
            of_actor[v].push_back(out.list.size());
            p.government = p.government || roles[v] == HelixRole::government;
            p.industry = p.industry || roles[v] == HelixRole::industry;
            p.education = p.education || roles[v] == HelixRole::education;
        }
        p.degree_centrality = static_cast<double>(p.members.size()) / static_cast<double>(n);
        for (const Grouping* g : groupings) {
            std::vector<std::size_t> counts(g->groups(), 0);
            for (const Vertex v : p.members) ++counts[g->group_of[v]];
            p.members_by.push_back(std::move(counts));
        }
        out.memberships += p.members.size();
        out.list.push_back(std::move(p));
    }

    // Ties among each initiative's members: mark the members, count the
    // marked neighbours of each (every tie is seen from both ends).
    std::vector<char> member(n, 0);
    for (InitiativeMeasures& p : out.list) {
        const std::size_t size = p.members.size();
        if (size < 2) continue;
        for (const Vertex v : p.members) member[v] = 1;
        std::size_t ends = 0;
        for (const Vertex v : p.members)
            for (const Vertex u : graph.neighbours(v)) ends += member[u] != 0;
        for (const Vertex v : p.members) member[v] = 0;
        const double pairs = static_cast<double>(size) * static_cast<double>(size - 1) / 2.0;
        p.member_tie_density = static_cast<double>(ends / 2) / pairs;
    }

    const std::size_t k = out.list.size();
    if (k > 0) out.density = static_cast<double>(out.memberships) / (static_cast<double>(n) * static_cast<double>(k));
    out.initiative_centrality.assign(n, std::nullopt);
    if (k > 0)
        for (Vertex v = 0; v < n; ++v)
            out.initiative_centrality[v] = static_cast<double>(out.actor_initiatives[v]) / static_cast<double>(k);

    // Overlaps: one entry per pair of an actor's initiatives, counted.
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    for (const auto& mine : of_actor)
        for (std::size_t i = 0; i < mine.size(); ++i)
            for (std::size_t j = i + 1; j < mine.size(); ++j) pairs.emplace_back(mine[i], mine[j]);
    std::sort(pairs.begin(), pairs.end());
    for (std::size_t i = 0; i < pairs.size();) {
        std::size_t end = i;
        while (end < pairs.size() && pairs[end] == pairs[i]) ++end;
        InitiativeOverlap o;
        o.first = pairs[i].first;
        o.second = pairs[i].second;
        o.shared = end - i;
        const std::size_t either = out.list[o.first].members.size() + out.list[o.second].members.size() - o.shared;
        o.jaccard = static_cast<double>(o.shared) / static_cast<double>(either);
        out.overlap.push_back(o);
        i = end;
    }

    if (k >= 2 && study.has_attribute("sector")) {
        std::vector<HelixCoding> codings;
        codings.reserve(k);
        for (const InitiativeMeasures& p : out.list) codings.push_back({p.education, p.industry, p.government});
        out.synergy_bits = helix_synergy_bits(codings);
    }
    return out;
}

}  // namespace helixnet
