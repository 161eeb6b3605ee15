#include "helixnet/metrics/neighbourhood.hpp"

#include <algorithm>

namespace helixnet {

namespace {

// The ties of the graph as arcs numbered 0..2m−1, row by row as in the CSR:
// where each row starts, the reverse of every arc, and each actor's arcs to
// the neighbours ranked above it (by degree, then index).
struct ArcIndex {
    std::vector<std::size_t> start;                 // n + 1
    std::vector<std::uint32_t> reverse;             // arc u→v -> arc v→u
    std::vector<std::size_t> up_start;              // n + 1
    std::vector<std::pair<Vertex, std::uint32_t>> up;  // (higher neighbour, arc)

    explicit ArcIndex(const WaveGraph& g) {
        const std::size_t n = g.actors();
        const auto above = [&](Vertex a, Vertex b) {  // a ranks above b
            return g.degree(a) != g.degree(b) ? g.degree(a) > g.degree(b) : a > b;
        };
        start.assign(n + 1, 0);
        for (Vertex v = 0; v < n; ++v) start[v + 1] = start[v] + g.degree(v);
        reverse.resize(start[n]);
        std::vector<std::size_t> next(start.begin(), start.end() - 1);
        up_start.assign(n + 1, 0);
        // Row y lists x in ascending order, so the reverse of the arcs x→y,
        // met with x ascending, fill row y from its start.
        for (Vertex x = 0; x < n; ++x) {
            const auto row = g.neighbours(x);
            for (std::size_t k = 0; k < row.size(); ++k) {
                reverse[start[x] + k] = static_cast<std::uint32_t>(next[row[k]]++);
                if (above(row[k], x)) up.emplace_back(row[k], static_cast<std::uint32_t>(start[x] + k));
            }
            up_start[x + 1] = up.size();
        }
    }
};

}  // namespace

NeighbourhoodMeasures neighbourhood_measures(const WaveGraph& g, const Execution& execution) {
    const std::size_t n = g.actors();
    NeighbourhoodMeasures out;
    out.triangles.assign(n, 0);
    out.clustering.assign(n, 0.0);
    out.constraint.assign(n, std::nullopt);
    out.effective_size.assign(n, std::nullopt);

    const ArcIndex arcs(g);
    std::vector<double> shared(arcs.reverse.size(), 0.0);  // per arc i→j: Σ 1/deg(q), q common neighbours
    const auto add = [&](std::uint32_t arc, double value) {
        shared[arc] += value;
        shared[arcs.reverse[arc]] += value;
    };
    const auto inverse_degree = [&](Vertex v) { return 1.0 / static_cast<double>(g.degree(v)); };
    std::vector<Vertex> mark(n, 0);  // v + 1 while v's higher neighbours are marked
    std::vector<std::uint32_t> arc_to(n, 0);
    for (Vertex v = 0; v < n; ++v) {
        const auto up_begin = arcs.up.begin() + static_cast<std::ptrdiff_t>(arcs.up_start[v]);
        const auto up_end = arcs.up.begin() + static_cast<std::ptrdiff_t>(arcs.up_start[v + 1]);
        for (auto it = up_begin; it != up_end; ++it) {
            mark[it->first] = v + 1;
            arc_to[it->first] = it->second;
        }
        for (auto it = up_begin; it != up_end; ++it) {
            const Vertex u = it->first;
            for (std::size_t k = arcs.up_start[u]; k < arcs.up_start[u + 1]; ++k) {
                const auto [w, arc_uw] = arcs.up[k];
                if (mark[w] != v + 1) continue;
                // Triangle v, u, w, met once: each pair shares the third actor.
                add(it->second, inverse_degree(w));
                add(arc_to[w], inverse_degree(u));
                add(arc_uw, inverse_degree(v));
                ++out.triangles[v];
                ++out.triangles[u];
                ++out.triangles[w];
            }
        }
        if (execution.progress && (v + 1) % 65536 == 0) execution.progress("neighbourhoods", v + 1, n);
    }

    double triangle_ends = 0.0;  // Σ T(v) = 3 × triangles
    double triples = 0.0;        // Σ d(d−1)/2
    double clustering_sum = 0.0;
    for (Vertex v = 0; v < n; ++v) {
        const std::size_t d = g.degree(v);
        const double dd = static_cast<double>(d);
        const std::uint64_t t = out.triangles[v];
        triangle_ends += static_cast<double>(t);
        triples += dd * (dd - 1.0) / 2.0;
        if (d == 0) continue;
        if (d >= 2) out.clustering[v] = 2.0 * static_cast<double>(t) / (dd * (dd - 1.0));
        clustering_sum += out.clustering[v];
        // p_ij + Σ_q p_iq p_qj = (1 + Σ_q 1/deg(q)) / deg(i)
        double constraint = 0.0;
        for (std::size_t arc = arcs.start[v]; arc < arcs.start[v + 1]; ++arc) {
            const double local = (1.0 + shared[arc]) / dd;
            constraint += local * local;
        }
        out.constraint[v] = constraint;
        out.effective_size[v] = dd - 2.0 * static_cast<double>(t) / dd;
    }
    if (triples > 0.0) out.transitivity = triangle_ends / triples;
    if (n > 0) out.average_clustering = clustering_sum / static_cast<double>(n);
    return out;
}

}  // namespace helixnet
