#include "helixnet/graph/wave_graph.hpp"

#include <algorithm>
#include <string>

#include "helixnet/error.hpp"

namespace helixnet {

std::span<const Vertex> WaveGraph::neighbours(Vertex v) const {
    const auto& f = graph_.m_forward;
    return {f.m_column.data() + f.m_rowstart[v], f.m_rowstart[v + 1] - f.m_rowstart[v]};
}

std::span<const TieProperty> WaveGraph::tie_properties(Vertex v) const {
    const auto& f = graph_.m_forward;
    return {f.m_edge_properties.data() + f.m_rowstart[v], f.m_rowstart[v + 1] - f.m_rowstart[v]};
}

bool WaveGraph::adjacent(Vertex u, Vertex v) const {
    const auto nb = neighbours(u);
    return std::binary_search(nb.begin(), nb.end(), v);
}

std::optional<Vertex> WaveGraph::vertex_of_actor(std::uint32_t actor) const {
    if (actor >= vertex_of_.size() || vertex_of_[actor] == npos) return std::nullopt;
    return vertex_of_[actor];
}

namespace {

struct Arc {
    Vertex source, target;
    double weight;
};

// Builds the symmetric CSR from arcs (both directions of every tie), merging
// duplicate pairs (weights summed) and dropping self-loops. The arcs are
// sorted in place, so Boost can take them as sorted. O(m log m).
CsrGraph make_csr(std::size_t n, std::vector<Arc> arcs) {
    std::sort(arcs.begin(), arcs.end(), [](const Arc& a, const Arc& b) {
        return a.source != b.source ? a.source < b.source : a.target < b.target;
    });
    std::vector<std::pair<Vertex, Vertex>> merged;
    std::vector<TieProperty> props;
    merged.reserve(arcs.size());
    props.reserve(arcs.size());
    for (const Arc& arc : arcs) {
        if (arc.source == arc.target) continue;
        if (!merged.empty() && merged.back().first == arc.source && merged.back().second == arc.target) {
            props.back().weight += arc.weight;
        } else {
            merged.emplace_back(arc.source, arc.target);
            props.push_back({arc.weight});
        }
    }
    return CsrGraph(boost::edges_are_sorted, merged.begin(), merged.end(), props.begin(), n);
}

}  // namespace

WaveGraph build_graph(std::size_t n, std::span<const std::pair<Vertex, Vertex>> edges, std::span<const double> weights) {
    std::vector<Arc> arcs;
    arcs.reserve(edges.size() * 2);
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const double weight = weights.empty() ? 1.0 : weights[i];
        arcs.push_back({edges[i].first, edges[i].second, weight});
        arcs.push_back({edges[i].second, edges[i].first, weight});
    }
    WaveGraph g;
    g.graph_ = make_csr(n, std::move(arcs));
    g.actor_of_.resize(n);
    g.vertex_of_.resize(n);
    for (std::size_t v = 0; v < n; ++v) g.actor_of_[v] = g.vertex_of_[v] = static_cast<Vertex>(v);
    return g;
}

WaveGraph build_wave_graph(const Study& study, int year) {
    if (!study.has_wave(year)) throw Failure("the study has no wave " + std::to_string(year));
    WaveGraph g;
    g.year_ = year;
    g.vertex_of_.assign(study.actors.size(), WaveGraph::npos);
    for (std::uint32_t a = 0; a < study.actors.size(); ++a) {
        if (!study.actor_in_wave(a, year)) continue;
        g.vertex_of_[a] = static_cast<Vertex>(g.actor_of_.size());
        g.actor_of_.push_back(a);
    }
    std::vector<Arc> arcs;
    for (const Tie& t : study.ties) {
        if (t.wave != year) continue;
        const Vertex u = g.vertex_of_[t.source];
        const Vertex v = g.vertex_of_[t.target];
        if (u == WaveGraph::npos || v == WaveGraph::npos) continue;  // rejected by validation
        arcs.push_back({u, v, t.weight});
        arcs.push_back({v, u, t.weight});
    }
    g.graph_ = make_csr(g.actor_of_.size(), std::move(arcs));
    return g;
}

}  // namespace helixnet
