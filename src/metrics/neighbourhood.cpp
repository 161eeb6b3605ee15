#include "helixnet/metrics/neighbourhood.hpp"

#include <algorithm>

namespace helixnet {

NeighbourhoodMeasures neighbourhood_measures(const WaveGraph& g, const Execution& execution) {
    const std::size_t n = g.actors();
    NeighbourhoodMeasures out;
    out.triangles.assign(n, 0);
    out.clustering.assign(n, 0.0);
    out.constraint.assign(n, std::nullopt);
    out.effective_size.assign(n, std::nullopt);

    constexpr std::size_t kBlocks = 64;
    const std::size_t blocks = std::min(kBlocks, std::max<std::size_t>(n, 1));
    const unsigned threads = resolve_threads(execution.threads);
    const unsigned workers = static_cast<unsigned>(std::max<std::size_t>(1, std::min<std::size_t>(threads, blocks)));
    struct Scratch {
        std::vector<std::uint32_t> mark;  // i + 1 while i's neighbours are marked
        std::vector<double> indirect;
    };
    std::vector<Scratch> scratch(workers);
    for (auto& s : scratch) {
        s.mark.assign(n, 0);
        s.indirect.assign(n, 0.0);
    }
    run_blocks(
        blocks, workers,
        [&](std::size_t block, unsigned worker) {
            Scratch& s = scratch[worker];
            for (std::size_t i = n * block / blocks; i < n * (block + 1) / blocks; ++i) {
                const auto v = static_cast<Vertex>(i);
                const auto nv = g.neighbours(v);
                const std::size_t d = nv.size();
                if (d == 0) continue;
                const auto stamp = static_cast<std::uint32_t>(i + 1);
                for (const Vertex j : nv) s.mark[j] = stamp;
                const double p_i = 1.0 / static_cast<double>(d);
                std::uint64_t closing = 0;  // each triangle at v seen twice
                for (const Vertex q : nv) {
                    const auto nq = g.neighbours(q);
                    const double p_iq_p_q = p_i / static_cast<double>(nq.size());
                    for (const Vertex j : nq) {
                        if (s.mark[j] != stamp) continue;
                        ++closing;
                        s.indirect[j] += p_iq_p_q;
                    }
                }
                double constraint = 0.0;
                for (const Vertex j : nv) {
                    const double local = p_i + s.indirect[j];
                    constraint += local * local;
                    s.indirect[j] = 0.0;
                }
                const std::uint64_t t = closing / 2;
                out.triangles[i] = t;
                if (d >= 2) out.clustering[i] = static_cast<double>(closing) / static_cast<double>(d * (d - 1));
                out.constraint[i] = constraint;
                out.effective_size[i] = static_cast<double>(d) - 2.0 * static_cast<double>(t) / static_cast<double>(d);
            }
        },
        [&](std::size_t done) {
            if (execution.progress) execution.progress("neighbourhoods", done, blocks);
        });

    double triangle_ends = 0.0;  // Σ T(v) = 3 × triangles
    double triples = 0.0;        // Σ d(d−1)/2
    double clustering_sum = 0.0;
    for (std::size_t v = 0; v < n; ++v) {
        const double d = static_cast<double>(g.degree(static_cast<Vertex>(v)));
        triangle_ends += static_cast<double>(out.triangles[v]);
        triples += d * (d - 1.0) / 2.0;
        clustering_sum += out.clustering[v];
    }
    if (triples > 0.0) out.transitivity = triangle_ends / triples;
    if (n > 0) out.average_clustering = clustering_sum / static_cast<double>(n);
    return out;
}

}  // namespace helixnet
