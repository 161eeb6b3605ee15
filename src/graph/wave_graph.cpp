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

// Builds the symmetric CSR from undirected edges, merging duplicate pairs
// (weights summed) and dropping self-loops.
CsrGraph make_csr(std::size_t n, std::vector<std::pair<Vertex, Vertex>> arcs, std::vector<double> arc_weights) {
    // arcs holds both directions; sort by (source, target) and merge equal arcs.
    std::vector<std::size_t> order(arcs.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return arcs[a] < arcs[b]; });
    std::vector<std::pair<Vertex, Vertex>> merged;
    std::vector<TieProperty> props;
    merged.reserve(arcs.size());
    props.reserve(arcs.size());
    for (std::size_t i : order) {
        if (arcs[i].first == arcs[i].second) continue;
        if (!merged.empty() && merged.back() == arcs[i]) {
            props.back().weight += arc_weights[i];
        } else {
            merged.push_back(arcs[i]);
            props.push_back({arc_weights[i]});
        }
    }
    return CsrGraph(boost::edges_are_sorted, merged.begin(), merged.end(), props.begin(), n);
}

}  // namespace

WaveGraph build_graph(std::size_t n, std::span<const std::pair<Vertex, Vertex>> edges, std::span<const double> weights) {
    std::vector<std::pair<Vertex, Vertex>> arcs;
    std::vector<double> w;
    arcs.reserve(edges.size() * 2);
    w.reserve(edges.size() * 2);
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const double weight = weights.empty() ? 1.0 : weights[i];
        arcs.emplace_back(edges[i].first, edges[i].second);
        arcs.emplace_back(edges[i].second, edges[i].first);
        w.push_back(weight);
        w.push_back(weight);
    }
    WaveGraph g;
    g.graph_ = make_csr(n, std::move(arcs), std::move(w));
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
    std::vector<std::pair<Vertex, Vertex>> arcs;
    std::vector<double> w;
    for (const Tie& t : study.ties) {
        if (t.wave != year) continue;
        const Vertex u = g.vertex_of_[t.source];
        const Vertex v = g.vertex_of_[t.target];
        if (u == WaveGraph::npos || v == WaveGraph::npos) continue;  // rejected by validation
        arcs.emplace_back(u, v);
        arcs.emplace_back(v, u);
        w.push_back(t.weight);
        w.push_back(t.weight);
    }
    g.graph_ = make_csr(g.actor_of_.size(), std::move(arcs), std::move(w));
    return g;
}

}  // namespace helixnet
