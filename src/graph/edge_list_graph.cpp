#include "helixnet/graph/edge_list_graph.hpp"

#include "helixnet/study/edge_list.hpp"

namespace helixnet {

std::optional<EdgeListGraph> read_plain_edge_list_graph(const std::filesystem::path& path) {
    auto plain = read_plain_edge_list(path);
    if (!plain) return std::nullopt;
    EdgeListGraph out;
    out.graph = build_graph(plain->ids.size(), plain->edges, plain->weights);
    if (out.graph.ties() != plain->edges.size()) return std::nullopt;  // a pair listed twice (self-loops were refused)
    out.ids = std::move(plain->ids);
    return out;
}

EdgeListGraph read_edge_list_graph(const std::filesystem::path& path, Diagnostics& diagnostics) {
    if (auto plain = read_plain_edge_list_graph(path)) return std::move(*plain);
    const Study study = read_edge_list(path, {}, diagnostics);
    EdgeListGraph out;
    out.graph = build_wave_graph(study, 0);
    out.ids.reserve(study.actors.size());
    for (const Actor& a : study.actors) out.ids.push_back(a.id);
    return out;
}

Study edge_list_actors(EdgeListGraph& edges, std::string name) {
    Study s;
    s.name = std::move(name);
    s.waves = {{0, "edge list"}};
    s.actors.resize(edges.ids.size());
    for (std::size_t v = 0; v < edges.ids.size(); ++v) {
        Actor& a = s.actors[v];
        a.id = std::move(edges.ids[v]);
        a.name = a.id;
        a.origin.record = static_cast<std::uint32_t>(v + 1);
    }
    edges.ids = {};
    s.reindex();
    return s;
}

}  // namespace helixnet
