#include "helixnet/graph/subgraph.hpp"

#include <vector>

namespace helixnet {

WaveGraph without_vertices(const WaveGraph& g, std::span<const Vertex> removed) {
    const std::size_t n = g.actors();
    std::vector<bool> gone(n, false);
    for (const Vertex v : removed)
        if (v < n) gone[v] = true;
    std::vector<Vertex> label(n, WaveGraph::npos);  // old vertex -> new vertex
    WaveGraph out;
    out.year_ = g.year_;
    out.vertex_of_.assign(g.vertex_of_.size(), WaveGraph::npos);
    for (Vertex v = 0; v < n; ++v) {
        if (gone[v]) continue;
        label[v] = static_cast<Vertex>(out.actor_of_.size());
        out.vertex_of_[g.actor_of_[v]] = label[v];
        out.actor_of_.push_back(g.actor_of_[v]);
    }
    // Rows stay sorted: the relabelling keeps the vertex order.
    std::vector<ArcIndex> start(out.actor_of_.size() + 1, 0);
    std::vector<Vertex> column;
    std::vector<TieProperty> props;
    for (Vertex v = 0; v < n; ++v) {
        if (label[v] == WaveGraph::npos) continue;
        const auto nb = g.neighbours(v);
        const auto tp = g.tie_properties(v);
        for (std::size_t i = 0; i < nb.size(); ++i)
            if (label[nb[i]] != WaveGraph::npos) {
                column.push_back(label[nb[i]]);
                props.push_back(tp[i]);
            }
        start[label[v] + 1] = static_cast<ArcIndex>(column.size());
    }
    out.offsets_ = std::move(start);
    out.targets_ = std::move(column);
    out.properties_ = std::move(props);
    return out;
}

}  // namespace helixnet
