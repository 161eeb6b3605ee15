#include "helixnet/metrics/neighbourhood.hpp"

#include <algorithm>

namespace helixnet {

namespace {

// Each tie once, from the end ranked lower (by degree, then index) to the one
// ranked higher: the "up" neighbours of every actor, ascending by index.
struct UpTies {
    std::vector<Vertex> start;   // n + 1; ties < 2^32 as in the CSR
    std::vector<Vertex> target;  // m

    explicit UpTies(const WaveGraph& g) : start(g.actors() + 1, 0) {
        const std::size_t n = g.actors();
        target.reserve(g.ties());
        for (Vertex v = 0; v < n; ++v) {
            for (const Vertex w : g.neighbours(v))
                if (g.degree(w) != g.degree(v) ? g.degree(w) > g.degree(v) : w > v) target.push_back(w);
            start[v + 1] = static_cast<Vertex>(target.size());
        }
    }
    // The tie between v and a neighbour w ranked above it.
    [[nodiscard]] std::size_t find(Vertex v, Vertex w) const {
        return static_cast<std::size_t>(std::lower_bound(target.begin() + start[v], target.begin() + start[v + 1], w) -
                                        target.begin());
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

    const UpTies up(g);
    std::vector<double> shared(up.target.size(), 0.0);  // per tie i–j: Σ 1/deg(q) over common neighbours q
    const auto inverse_degree = [&](Vertex v) { return 1.0 / static_cast<double>(g.degree(v)); };
    std::vector<Vertex> mark(n, 0);  // v + 1 while v's up neighbours are marked
    std::vector<Vertex> tie_to(n, 0);
    for (Vertex v = 0; v < n; ++v) {
        for (Vertex k = up.start[v]; k < up.start[v + 1]; ++k) {
            mark[up.target[k]] = v + 1;
            tie_to[up.target[k]] = k;
        }
        for (Vertex vu = up.start[v]; vu < up.start[v + 1]; ++vu) {
            const Vertex u = up.target[vu];
            for (Vertex uw = up.start[u]; uw < up.start[u + 1]; ++uw) {
                const Vertex w = up.target[uw];
                if (mark[w] != v + 1) continue;
                // Triangle v, u, w, met once: each pair shares the third actor.
                shared[vu] += inverse_degree(w);
                shared[tie_to[w]] += inverse_degree(u);
                shared[uw] += inverse_degree(v);
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
        // p_ij + Σ_q p_iq p_qj = (1 + Σ_q 1/deg(q)) / deg(i), over v's ties:
        // the up ones in order, the others found in the neighbour's up list.
        double constraint = 0.0;
        Vertex next_up = up.start[v];
        for (const Vertex j : g.neighbours(v)) {
            const bool j_above = next_up < up.start[v + 1] && up.target[next_up] == j;
            const double s = shared[j_above ? next_up++ : up.find(j, v)];
            const double local = (1.0 + s) / dd;
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
