#include "helixnet/graph/wave_graph.hpp"

#include <algorithm>
#include <string>

#include "helixnet/error.hpp"

namespace helixnet {

bool WaveGraph::adjacent(Vertex u, Vertex v) const {
    const auto nb = neighbours(u);
    return std::binary_search(nb.begin(), nb.end(), v);
}

std::optional<Vertex> WaveGraph::vertex_of_actor(std::uint32_t actor) const {
    if (actor >= vertex_of_.size() || vertex_of_[actor] == npos) return std::nullopt;
    return vertex_of_[actor];
}

namespace {

void check_size(std::size_t n) {
    if (n > WaveGraph::max_actors)
        throw Failure("a graph holds at most " + std::to_string(WaveGraph::max_actors) + " actors, not " +
                      std::to_string(n));
}

// Builds the symmetric rows (both arcs of every tie) from m ties, merging
// duplicate pairs (weights summed) and dropping self-loops: one counting-sort
// pass puts every arc in its source's row, then each row is sorted and merged
// in place. `ends(e)` gives tie e's two vertices, `weight(e)` its weight.
// O(m log d) time; no memory beyond the graph itself and one row.
struct Rows {
    std::vector<ArcIndex> start;
    std::vector<Vertex> column;
    std::vector<TieProperty> props;
};

template <class Ends, class Weight>
Rows make_rows(std::size_t n, std::size_t m, Ends ends, Weight weight) {
    std::vector<ArcIndex> start(n + 1, 0);
    for (std::size_t e = 0; e < m; ++e)
        if (const auto [u, v] = ends(e); u != v) {
            ++start[u + 1];
            ++start[v + 1];
        }
    for (std::size_t v = 0; v < n; ++v) start[v + 1] += start[v];
    std::vector<Vertex> column(start[n]);
    std::vector<TieProperty> props(start[n]);
    {
        std::vector<ArcIndex> fill(start.begin(), start.end() - 1);
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
    ArcIndex kept = 0;
    for (std::size_t v = 0; v < n; ++v) {
        row.clear();
        for (ArcIndex i = start[v]; i < start[v + 1]; ++i) row.emplace_back(column[i], props[i].weight);
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
    column.shrink_to_fit();
    props.resize(kept);
    props.shrink_to_fit();
    return {std::move(start), std::move(column), std::move(props)};
}

}  // namespace

WaveGraph build_graph(std::size_t n, std::span<const std::pair<Vertex, Vertex>> edges,
                      std::span<const double> weights) {
    check_size(n);
    if (!weights.empty() && weights.size() != edges.size())
        throw Failure("build_graph: " + std::to_string(weights.size()) + " weights for " +
                      std::to_string(edges.size()) + " edges");
    for (const auto& [u, v] : edges)
        if (u >= n || v >= n)
            throw Failure("build_graph: edge " + std::to_string(u) + " - " + std::to_string(v) +
                          " names a vertex outside 0.." + std::to_string(n) + "-1");
    WaveGraph g;
    Rows rows = make_rows(
        n, edges.size(), [&](std::size_t e) { return edges[e]; },
        [&](std::size_t e) { return weights.empty() ? 1.0 : weights[e]; });
    g.offsets_ = std::move(rows.start);
    g.targets_ = std::move(rows.column);
    g.properties_ = std::move(rows.props);
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
        check_size(g.actor_of_.size() + 1);
        g.vertex_of_[a] = static_cast<Vertex>(g.actor_of_.size());
        g.actor_of_.push_back(a);
    }
    std::vector<const Tie*> ties;
    for (const Tie& t : study.ties)
        if (t.wave == year && g.vertex_of_[t.source] != WaveGraph::npos && g.vertex_of_[t.target] != WaveGraph::npos)
            ties.push_back(&t);  // others are rejected by validation
    Rows rows = make_rows(
        g.actor_of_.size(), ties.size(),
        [&](std::size_t e) {
            return std::pair{g.vertex_of_[ties[e]->source], g.vertex_of_[ties[e]->target]};
        },
        [&](std::size_t e) { return ties[e]->weight; });
    g.offsets_ = std::move(rows.start);
    g.targets_ = std::move(rows.column);
    g.properties_ = std::move(rows.props);
    return g;
}

}  // namespace helixnet
