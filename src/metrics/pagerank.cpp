#include "helixnet/metrics/pagerank.hpp"

#include <cmath>

namespace helixnet {

std::vector<double> pagerank(const WaveGraph& g, double damping) {
    const std::size_t n = g.actors();
    if (n == 0) return {};
    const double inv_n = 1.0 / static_cast<double>(n);
    std::vector<double> x(n, inv_n), share(n), next(n);
    for (int iteration = 0; iteration < 10000; ++iteration) {
        double dangling = 0.0;
        for (Vertex v = 0; v < n; ++v) {
            const std::size_t d = g.degree(v);
            if (d == 0) {
                dangling += x[v];
                share[v] = 0.0;
            } else {
                share[v] = x[v] / static_cast<double>(d);
            }
        }
        const double base = (1.0 - damping) * inv_n + damping * dangling * inv_n;
        double change = 0.0;
        for (Vertex v = 0; v < n; ++v) {
            double sum = 0.0;
            for (const Vertex u : g.neighbours(v)) sum += share[u];
            next[v] = base + damping * sum;
            change += std::abs(next[v] - x[v]);
        }
        x.swap(next);
        if (change < 1e-13) break;
    }
    return x;
}

}  // namespace helixnet
