#include "helixnet/graph/edge_list_graph.hpp"

#include "helixnet/study/edge_list.hpp"

namespace helixnet {

EdgeListGraph read_edge_list_graph(const std::filesystem::path& path, Diagnostics& diagnostics) {
    if (auto plain = read_plain_edge_list(path)) {
        EdgeListGraph out;
        out.graph = build_graph(plain->ids.size(), plain->edges, plain->weights);
        if (out.graph.ties() == plain->edges.size()) {  // no pair listed twice (self-loops were refused)
            out.ids = std::move(plain->ids);
            return out;
        }
    }
    const Study study = read_edge_list(path, {}, diagnostics);
    EdgeListGraph out;
    out.graph = build_wave_graph(study, 0);
    out.ids.reserve(study.actors.size());
    for (const Actor& a : study.actors) out.ids.push_back(a.id);
    return out;
}

}  // namespace helixnet
