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

struct Edge {
    Vertex u, v;
    double weight;
};

// Builds the symmetric CSR (both arcs of every tie) from the ties, merging
// duplicate pairs (weights summed) and dropping self-loops. Two counting-sort
// passes instead of a comparison sort, as igraph does: the first puts every
// arc in its source's row, unsorted; the second walks those rows in ascending
// order and appends each arc's reverse, so every row comes out ascending and
// duplicates side by side. O(n + m).
CsrGraph make_csr(std::size_t n, const std::vector<Edge>& edges) {
    std::vector<std::size_t> start(n + 1, 0);
    for (const Edge& e : edges)
        if (e.u != e.v) {
            ++start[e.u + 1];
            ++start[e.v + 1];
        }
    for (std::size_t v = 0; v < n; ++v) start[v + 1] += start[v];
    const std::size_t arcs = start[n];

    std::vector<Vertex> unsorted(arcs);  // pass 1: rows in input order
    std::vector<double> unsorted_weight(arcs);
    std::vector<std::size_t> fill(start.begin(), start.end() - 1);
    for (const Edge& e : edges) {
        if (e.u == e.v) continue;
        unsorted[fill[e.u]] = e.v;
        unsorted_weight[fill[e.u]++] = e.weight;
        unsorted[fill[e.v]] = e.u;
        unsorted_weight[fill[e.v]++] = e.weight;
    }

    std::vector<Vertex> targets(arcs);  // pass 2: row y receives x in ascending x
    std::vector<TieProperty> props(arcs);
    std::copy(start.begin(), start.end() - 1, fill.begin());
    for (Vertex x = 0; x < n; ++x)
        for (std::size_t i = start[x]; i < start[x + 1]; ++i) {
            const Vertex y = unsorted[i];
            if (fill[y] > start[y] && targets[fill[y] - 1] == x) {
                props[fill[y] - 1].weight += unsorted_weight[i];  // a duplicate pair
            } else {
                targets[fill[y]] = x;
                props[fill[y]++].weight = unsorted_weight[i];
            }
        }
    unsorted = {};
    unsorted_weight = {};

    std::vector<Vertex> sources;  // close the gaps left by merged duplicates
    sources.reserve(arcs);
    std::size_t kept = 0;
    for (Vertex y = 0; y < n; ++y)
        for (std::size_t i = start[y]; i < fill[y]; ++i) {
            sources.push_back(y);
            targets[kept] = targets[i];
            props[kept++] = props[i];
        }
    targets.resize(kept);
    props.resize(kept);
    // Already in order, so Boost's in-place histogram sort moves nothing.
    return CsrGraph(boost::construct_inplace_from_sources_and_targets, sources, targets, props, n);
}

}  // namespace

WaveGraph build_graph(std::size_t n, std::span<const std::pair<Vertex, Vertex>> edges, std::span<const double> weights) {
    std::vector<Edge> ties;
    ties.reserve(edges.size());
    for (std::size_t i = 0; i < edges.size(); ++i)
        ties.push_back({edges[i].first, edges[i].second, weights.empty() ? 1.0 : weights[i]});
    WaveGraph g;
    g.graph_ = make_csr(n, ties);
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
    std::vector<Edge> ties;
    for (const Tie& t : study.ties) {
        if (t.wave != year) continue;
        const Vertex u = g.vertex_of_[t.source];
        const Vertex v = g.vertex_of_[t.target];
        if (u == WaveGraph::npos || v == WaveGraph::npos) continue;  // rejected by validation
        ties.push_back({u, v, t.weight});
    }
    g.graph_ = make_csr(g.actor_of_.size(), ties);
    return g;
}

}  // namespace helixnet
