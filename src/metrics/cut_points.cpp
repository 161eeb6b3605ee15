#include "helixnet/metrics/cut_points.hpp"

#include <algorithm>
#include <cstdint>

namespace helixnet {

CutPoints cut_points(const WaveGraph& g) {
    const std::size_t n = g.actors();
    constexpr std::uint32_t unvisited = 0;  // discovery times start at 1
    std::vector<std::uint32_t> disc(n, unvisited), low(n, 0);
    std::vector<Vertex> parent(n, 0);
    std::vector<std::uint32_t> next_arc(n, 0);  // the DFS's place in each row
    std::vector<Vertex> stack;
    CutPoints out;
    out.articulation_point.assign(n, false);
    std::uint32_t time = 0;
    for (Vertex root = 0; root < n; ++root) {
        if (disc[root] != unvisited) continue;
        disc[root] = low[root] = ++time;
        parent[root] = root;
        std::size_t root_children = 0;
        stack.assign(1, root);
        while (!stack.empty()) {
            const Vertex v = stack.back();
            const auto nb = g.neighbours(v);
            if (next_arc[v] < nb.size()) {
                const Vertex w = nb[next_arc[v]++];
                if (disc[w] == unvisited) {
                    disc[w] = low[w] = ++time;
                    parent[w] = v;
                    if (v == root) ++root_children;
                    stack.push_back(w);
                } else if (w != parent[v]) {  // a back arc (no parallel ties in a WaveGraph)
                    low[v] = std::min(low[v], disc[w]);
                }
                continue;
            }
            stack.pop_back();  // v is finished: hand its low point to its parent
            if (v == root) continue;
            const Vertex p = parent[v];
            low[p] = std::min(low[p], low[v]);
            if (low[v] > disc[p]) out.bridges.emplace_back(std::min(p, v), std::max(p, v));
            if (p != root && low[v] >= disc[p]) out.articulation_point[p] = true;
        }
        if (root_children >= 2) out.articulation_point[root] = true;
    }
    std::sort(out.bridges.begin(), out.bridges.end());
    out.articulation_points = static_cast<std::size_t>(
        std::count(out.articulation_point.begin(), out.articulation_point.end(), true));
    return out;
}

}  // namespace helixnet
