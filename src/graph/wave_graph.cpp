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

// Builds the symmetric CSR (both arcs of every tie) from m ties, merging
// duplicate pairs (weights summed) and dropping self-loops: one counting-sort
// pass puts every arc in its source's row, then each row is sorted and merged
// in place. `ends(e)` gives tie e's two actors, `weight(e)` its weight.
// O(m log d) time; no memory beyond the graph itself and one row.
template <class Ends, class Weight>
CsrGraph make_csr(std::size_t n, std::size_t m, Ends ends, Weight weight) {
    std::vector<Vertex> start(n + 1, 0);  // the CSR's own index type: < 2^32 arcs
    for (std::size_t e = 0; e < m; ++e)
        if (const auto [u, v] = ends(e); u != v) {
            ++start[u + 1];
            ++start[v + 1];
        }
    for (std::size_t v = 0; v < n; ++v) start[v + 1] += start[v];
    std::vector<Vertex> column(start[n]);
    std::vector<TieProperty> props(start[n]);
    {
        std::vector<Vertex> fill(start.begin(), start.end() - 1);
        for (std::size_t e = 0; e < m; ++e) {
            const auto [u, v] = ends(e);
            if (u == v) continue;
            column[fill[u]] = v;
            props[fill[u]++].weight = weight(e);
            column[fill[v]] = u;
            props[fill[v]++].weight = weight(e);
        }
    }
    std::vector<std::pair<Vertex, double>> row;
    Vertex kept = 0;
    for (std::size_t v = 0; v < n; ++v) {
        row.clear();
        for (Vertex i = start[v]; i < start[v + 1]; ++i) row.emplace_back(column[i], props[i].weight);
        std::sort(row.begin(), row.end());
        start[v] = kept;  // rows shift left over the merged duplicates
        for (const auto& [target, w] : row) {
            if (kept > start[v] && column[kept - 1] == target) {
                props[kept - 1].weight += w;
            } else {
                column[kept] = target;
                props[kept++].weight = w;
            }
        }
    }
    start[n] = kept;
    column.resize(kept);
    props.resize(kept);
    // An edgeless graph of n vertices made through Boost's constructor, whose
    // row storage (public members of the CSR) then takes the rows as they
    // are: every constructor would copy them or want a sources array too.
    const std::vector<std::pair<Vertex, Vertex>> none;
    CsrGraph graph(boost::edges_are_sorted, none.begin(), none.end(), n);
    graph.m_forward.m_rowstart = std::move(start);
    graph.m_forward.m_column = std::move(column);
    graph.m_forward.m_edge_properties = std::move(props);
    return graph;
}

}  // namespace

WaveGraph build_graph(std::size_t n, std::span<const std::pair<Vertex, Vertex>> edges,
                      std::span<const double> weights) {
    WaveGraph g;
    g.graph_ = make_csr(
        n, edges.size(), [&](std::size_t e) { return edges[e]; },
        [&](std::size_t e) { return weights.empty() ? 1.0 : weights[e]; });
    g.actor_of_.resize(n);
    g.vertex_of_.resize(n);
    for (std::size_t v = 0; v < n; ++v) g.actor_of_[v] = g.vertex_of_[v] = static_cast<Vertex>(v);
    return g;
}

WaveGraph build_wave_graph(const Study& study, int year) {
    require_wave(study, year);
    WaveGraph g;
    g.year_ = year;
    g.vertex_of_.assign(study.actors.size(), WaveGraph::npos);
    for (std::uint32_t a = 0; a < study.actors.size(); ++a) {
        if (!study.actor_in_wave(a, year)) continue;
        g.vertex_of_[a] = static_cast<Vertex>(g.actor_of_.size());
        g.actor_of_.push_back(a);
    }
    std::vector<const Tie*> ties;
    for (const Tie& t : study.ties)
        if (t.wave == year && g.vertex_of_[t.source] != WaveGraph::npos && g.vertex_of_[t.target] != WaveGraph::npos)
            ties.push_back(&t);  // others are rejected by validation
    g.graph_ = make_csr(
        g.actor_of_.size(), ties.size(),
        [&](std::size_t e) {
            return std::pair{g.vertex_of_[ties[e]->source], g.vertex_of_[ties[e]->target]};
        },
        [&](std::size_t e) { return ties[e]->weight; });
    return g;
}

}  // namespace helixnet
