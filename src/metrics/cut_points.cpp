#include "helixnet/metrics/cut_points.hpp"

#include <algorithm>
#include <cstdint>

namespace helixnet {

namespace {

struct DfsState {
    std::uint32_t disc = 0;  // discovery time, from 1; 0: not visited
    std::uint32_t low = 0;   // lowest discovery time reachable by one back arc from the subtree
    std::uint32_t next = 0;  // the search's place in the vertex's row
    Vertex parent = 0;
};

}  // namespace

CutPoints cut_points(const WaveGraph& g) {
    const std::size_t n = g.actors();
    std::vector<DfsState> st(n);
    std::vector<Vertex> stack;
    CutPoints out;
    out.articulation_point.assign(n, false);
    std::uint32_t time = 0;
    for (Vertex root = 0; root < n; ++root) {
        if (st[root].disc != 0) continue;
        st[root].disc = st[root].low = ++time;
        st[root].parent = root;
        std::size_t root_children = 0;
        stack.assign(1, root);
        while (!stack.empty()) {
            const Vertex v = stack.back();
            const auto nb = g.neighbours(v);
            if (st[v].next < nb.size()) {
                const Vertex w = nb[st[v].next++];
                if (st[w].disc == 0) {
                    st[w].disc = st[w].low = ++time;
                    st[w].parent = v;
                    if (v == root) ++root_children;
                    stack.push_back(w);
                } else if (w != st[v].parent) {  // a back arc (no parallel ties in a WaveGraph)
                    st[v].low = std::min(st[v].low, st[w].disc);
                }
                continue;
            }
            stack.pop_back();  // v is finished: hand its low point to its parent
            if (v == root) continue;
            const Vertex p = st[v].parent;
            st[p].low = std::min(st[p].low, st[v].low);
            if (st[v].low > st[p].disc) out.bridges.emplace_back(std::min(p, v), std::max(p, v));
            if (p != root && st[v].low >= st[p].disc) out.articulation_point[p] = true;
        }
        if (root_children >= 2) out.articulation_point[root] = true;
    }
    std::sort(out.bridges.begin(), out.bridges.end());
    out.articulation_points =
        static_cast<std::size_t>(std::count(out.articulation_point.begin(), out.articulation_point.end(), true));
    return out;
}

}  // namespace helixnet
