#include "helixnet/groups/helix.hpp"

namespace helixnet {

std::vector<HelixRole> helix_roles(const Study& study, const WaveGraph& graph) {
    std::vector<HelixRole> roles(graph.actors(), HelixRole::none);
    for (Vertex v = 0; v < graph.actors(); ++v) {
        const std::string* sector = study.actors[graph.actor(v)].attribute("sector");
        if (sector == nullptr || sector->empty()) continue;
        const std::string_view role = study.helix_role(*sector);
        if (role == "government")
            roles[v] = HelixRole::government;
        else if (role == "industry")
            roles[v] = HelixRole::industry;
        else if (role == "education")
            roles[v] = HelixRole::education;
    }
    return roles;
}

HelixCounts helix_counts(const WaveGraph& graph, const std::vector<HelixRole>& roles) {
    HelixCounts counts;
    for (Vertex b = 0; b < graph.actors(); ++b) {
        if (roles[b] == HelixRole::none) continue;
        const auto nb = graph.neighbours(b);
        for (std::size_t i = 0; i < nb.size(); ++i) {
            const HelixRole ra = roles[nb[i]];
            if (ra == HelixRole::none || ra == roles[b]) continue;
            if (nb[i] > b) ++counts.ties;  // each tie once, from its lower end
            for (std::size_t j = i + 1; j < nb.size(); ++j) {
                const HelixRole rc = roles[nb[j]];
                if (rc == HelixRole::none || rc == roles[b] || rc == ra) continue;
                if (!graph.adjacent(nb[i], nb[j]))
                    ++counts.open_triads;
                else if (roles[b] == HelixRole::government)  // each triangle once, by its government actor
                    ++counts.triangles;
            }
        }
    }
    return counts;
}

}  // namespace helixnet
