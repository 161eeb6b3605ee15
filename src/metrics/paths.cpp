#include "helixnet/metrics/paths.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <numeric>

#include "helixnet/error.hpp"
#include "helixnet/metrics/components.hpp"

namespace helixnet {
namespace {

// Sources (or samples) are cut into this many blocks whatever the number of
// threads, so that the floating-point sums are always made in the same order.
constexpr std::size_t kBlocks = 32;


// SplitMix64 (Steele, Lea & Flood 2014): small, fast, and the same on every
// platform (unlike the standard distributions).
struct SplitMix {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }  // [0, 1)
    std::size_t below(std::size_t bound) {
        const auto k = static_cast<std::size_t>(uniform() * static_cast<double>(bound));
        return std::min(k, bound - 1);
    }
};

std::uint64_t mix(std::uint64_t x) { return SplitMix{x}.next(); }

// Per-thread state of one Brandes traversal.
struct BrandesScratch {
    std::vector<std::int32_t> dist;
    std::vector<double> sigma;
    std::vector<double> delta;
    std::vector<Vertex> order;
    std::vector<std::uint64_t> per_level;

    explicit BrandesScratch(std::size_t n) : dist(n, -1), sigma(n, 0.0), delta(n, 0.0) { order.reserve(n); }
};

struct SourceStats {
    std::uint64_t farness = 0;  // Σ distances to the reachable others
    std::uint64_t reach = 0;    // reachable others
    double harmonic = 0;        // Σ 1/distance
    std::uint32_t eccentricity = 0;
};

// One source of Brandes' algorithm: BFS counting shortest paths (sigma), then
// dependencies accumulated in reverse BFS order into `bc`.
SourceStats brandes_source(const WaveGraph& g, Vertex s, BrandesScratch& sc, double* bc) {
    auto& dist = sc.dist;
    auto& sigma = sc.sigma;
    auto& delta = sc.delta;
    auto& order = sc.order;
    order.clear();
    sc.per_level.assign(1, 1);
    order.push_back(s);
    dist[s] = 0;
    sigma[s] = 1.0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        const Vertex v = order[i];
        const std::int32_t next = dist[v] + 1;
        const double sv = sigma[v];
        for (const Vertex w : g.neighbours(v)) {
            if (dist[w] < 0) {
                dist[w] = next;
                order.push_back(w);
                if (sc.per_level.size() <= static_cast<std::size_t>(next)) sc.per_level.push_back(0);
                ++sc.per_level[static_cast<std::size_t>(next)];
            }
            if (dist[w] == next) sigma[w] += sv;
        }
    }
    SourceStats stats;
    stats.reach = order.size() - 1;
    stats.eccentricity = static_cast<std::uint32_t>(sc.per_level.size() - 1);
    for (std::size_t level = 1; level < sc.per_level.size(); ++level) {
        stats.farness += level * sc.per_level[level];
        stats.harmonic += static_cast<double>(sc.per_level[level]) / static_cast<double>(level);
    }
    for (std::size_t i = order.size(); i-- > 1;) {
        const Vertex w = order[i];
        const double coefficient = (1.0 + delta[w]) / sigma[w];
        const std::int32_t previous = dist[w] - 1;
        for (const Vertex v : g.neighbours(w))
            if (dist[v] == previous) delta[v] += sigma[v] * coefficient;
        bc[w] += delta[w];
    }
    for (const Vertex v : order) {
        dist[v] = -1;
        sigma[v] = 0.0;
        delta[v] = 0.0;
    }
    return stats;
}

void check_unit_interval(double value, const char* name) {
    if (!(value > 0.0 && value < 1.0))
        throw Failure(std::string("the betweenness approximation needs ") + name + " in (0, 1), not " +
                      std::to_string(value));
}

// Fills closeness, harmonic, average path length and diameter from the
// per-source (equivalently, by symmetry, per-target) sums.
void finish_distances(PathMeasures& out, std::size_t n, const std::vector<std::uint64_t>& farness,
                      const std::vector<std::uint64_t>& reach, const std::vector<double>& harmonic,
                      std::uint32_t diameter) {
    out.closeness.assign(n, std::nullopt);
    out.harmonic.assign(n, std::nullopt);
    std::uint64_t total_distance = 0;
    std::uint64_t total_pairs = 0;
    for (std::size_t v = 0; v < n; ++v) {
        total_distance += farness[v];
        total_pairs += reach[v];
        if (n < 2) continue;  // one actor: divides by n − 1 = 0
        const double others = static_cast<double>(n - 1);
        const double r = static_cast<double>(reach[v]);
        out.closeness[v] = farness[v] > 0 ? (r / static_cast<double>(farness[v])) * (r / others) : 0.0;
        out.harmonic[v] = harmonic[v] / others;
    }
    if (total_pairs > 0) {
        out.average_path_length = static_cast<double>(total_distance) / static_cast<double>(total_pairs);
        out.diameter = diameter;
    }
}

// ---- Multi-source BFS (Then et al. 2014) -----------------------------------
// 256 sources share one traversal: bit i of a vertex's lanes says whether
// source i has reached it. Because distances are symmetric, the sources that
// reach vertex u at level l add l to u's own farness; so every sum is kept per
// vertex and made of integers (harmonic in 2^-32 fixed point), which keeps the
// result the same whatever the order in which threads finish.

using Lanes = std::array<std::uint64_t, 4>;
constexpr std::size_t kLaneBits = 256;
constexpr double kFixedOne = 4294967296.0;  // 2^32

bool any(const Lanes& x) { return (x[0] | x[1] | x[2] | x[3]) != 0; }

struct MsAccumulator {
    std::vector<std::uint64_t> farness, reach, harmonic_fixed;
    std::uint32_t diameter = 0;
    explicit MsAccumulator(std::size_t n) : farness(n, 0), reach(n, 0), harmonic_fixed(n, 0) {}
};

struct MsScratch {
    std::vector<Lanes> seen, frontier, next;
    std::vector<std::uint8_t> touched_flag;
    std::vector<Vertex> active, touched, reached;
    std::vector<std::uint64_t> inverse_fixed;  // round(2^32 / level)
    explicit MsScratch(std::size_t n)
        : seen(n, Lanes{}), frontier(n, Lanes{}), next(n, Lanes{}), touched_flag(n, 0), inverse_fixed(1, 0) {}
};

void ms_bfs_batch(const WaveGraph& g, Vertex first, Vertex last, MsScratch& sc, MsAccumulator& acc) {
    sc.active.clear();
    sc.reached.clear();
    for (Vertex s = first; s < last; ++s) {
        const std::size_t bit = s - first;
        sc.seen[s][bit / 64] |= std::uint64_t{1} << (bit % 64);
        sc.frontier[s] = sc.seen[s];
        sc.active.push_back(s);
        sc.reached.push_back(s);
    }
    for (std::uint32_t level = 1; !sc.active.empty(); ++level) {
        if (sc.inverse_fixed.size() <= level) sc.inverse_fixed.push_back(std::llround(kFixedOne / level));
        const std::uint64_t inverse = sc.inverse_fixed[level];
        sc.touched.clear();
        for (const Vertex v : sc.active) {
            const Lanes f = sc.frontier[v];
            for (const Vertex u : g.neighbours(v)) {
                Lanes& x = sc.next[u];
                if (!sc.touched_flag[u]) {
                    sc.touched_flag[u] = 1;
                    sc.touched.push_back(u);
                }
                x[0] |= f[0];
                x[1] |= f[1];
                x[2] |= f[2];
                x[3] |= f[3];
            }
        }
        for (const Vertex v : sc.active) sc.frontier[v] = Lanes{};
        sc.active.clear();
        for (const Vertex u : sc.touched) {
            sc.touched_flag[u] = 0;
            Lanes& x = sc.next[u];
            Lanes& seen = sc.seen[u];
            std::uint64_t count = 0;
            const bool first_visit = !any(seen);
            for (std::size_t k = 0; k < 4; ++k) {
                x[k] &= ~seen[k];
                seen[k] |= x[k];
                count += static_cast<std::uint64_t>(std::popcount(x[k]));
            }
            if (count > 0) {
                sc.frontier[u] = x;
                sc.active.push_back(u);
                if (first_visit) sc.reached.push_back(u);
                acc.farness[u] += count * level;
                acc.reach[u] += count;
                acc.harmonic_fixed[u] += count * inverse;
                acc.diameter = std::max(acc.diameter, level);
            }
            x = Lanes{};
        }
    }
    for (const Vertex v : sc.reached) sc.seen[v] = Lanes{};
}

}  // namespace

std::size_t riondato_kornaropoulos_samples(std::size_t vertex_diameter, double epsilon, double delta) {
    if (vertex_diameter <= 2) return 0;  // no shortest path has an inner actor
    constexpr double c = 0.5;            // the universal constant, as estimated by Löffler & Phillips
    const double log_term = std::floor(std::log2(static_cast<double>(vertex_diameter - 2)));
    return static_cast<std::size_t>(std::ceil(c / (epsilon * epsilon) * (log_term + 1.0 + std::log(1.0 / delta))));
}

PathMeasures distance_measures(const WaveGraph& g, const Execution& execution) {
    const std::size_t n = g.actors();
    const unsigned threads = resolve_threads(execution.threads);
    const std::size_t batches = (n + kLaneBits - 1) / kLaneBits;
    const unsigned workers = static_cast<unsigned>(std::max<std::size_t>(1, std::min<std::size_t>(threads, batches)));
    std::vector<MsAccumulator> acc;
    std::vector<MsScratch> scratch;
    acc.reserve(workers);
    scratch.reserve(workers);
    for (unsigned w = 0; w < workers; ++w) {
        acc.emplace_back(n);
        scratch.emplace_back(n);
    }
    run_blocks(
        batches, workers,
        [&](std::size_t batch, unsigned worker) {
            const auto first = static_cast<Vertex>(batch * kLaneBits);
            const auto last = static_cast<Vertex>(std::min(n, (batch + 1) * kLaneBits));
            ms_bfs_batch(g, first, last, scratch[worker], acc[worker]);
        },
        [&](std::size_t done) {
            if (execution.progress) execution.progress("distances", done, batches);
        });
    scratch.clear();
    std::vector<std::uint64_t> farness(n, 0), reach(n, 0), harmonic_fixed(n, 0);
    std::uint32_t diameter = 0;
    for (const auto& a : acc) {  // integer sums: any order gives the same result
        for (std::size_t v = 0; v < n; ++v) {
            farness[v] += a.farness[v];
            reach[v] += a.reach[v];
            harmonic_fixed[v] += a.harmonic_fixed[v];
        }
        diameter = std::max(diameter, a.diameter);
    }
    std::vector<double> harmonic(n);
    for (std::size_t v = 0; v < n; ++v) harmonic[v] = static_cast<double>(harmonic_fixed[v]) / kFixedOne;
    PathMeasures out;
    finish_distances(out, n, farness, reach, harmonic, diameter);
    return out;
}

namespace {

PathMeasures exact_measures(const WaveGraph& g, const Execution& execution) {
    const std::size_t n = g.actors();
    const unsigned threads = resolve_threads(execution.threads);
    const std::size_t blocks = std::min(kBlocks, std::max<std::size_t>(n, 1));
    std::vector<std::vector<double>> partial(blocks);  // betweenness per block of sources
    std::vector<SourceStats> stats(n);
    const unsigned workers = static_cast<unsigned>(std::max<std::size_t>(1, std::min<std::size_t>(threads, blocks)));
    std::vector<BrandesScratch> scratch;
    scratch.reserve(workers);
    for (unsigned w = 0; w < workers; ++w) scratch.emplace_back(n);
    const auto first_source = [&](std::size_t block) { return n * block / blocks; };
    run_blocks(
        blocks, workers,
        [&](std::size_t block, unsigned worker) {
            partial[block].assign(n, 0.0);
            for (std::size_t s = first_source(block); s < first_source(block + 1); ++s)
                stats[s] = brandes_source(g, static_cast<Vertex>(s), scratch[worker], partial[block].data());
        },
        [&](std::size_t done) {
            if (execution.progress) execution.progress("shortest paths", done, blocks);
        });
    scratch.clear();

    PathMeasures out;
    std::vector<std::uint64_t> farness(n), reach(n);
    std::vector<double> harmonic(n);
    std::uint32_t diameter = 0;
    for (std::size_t v = 0; v < n; ++v) {
        farness[v] = stats[v].farness;
        reach[v] = stats[v].reach;
        harmonic[v] = stats[v].harmonic;
        diameter = std::max(diameter, stats[v].eccentricity);
    }
    finish_distances(out, n, farness, reach, harmonic, diameter);

    out.betweenness.assign(n, std::nullopt);
    if (n > 2) {
        // Every unordered pair was seen from both ends: raw/2 / ((n−1)(n−2)/2).
        const double scale = 1.0 / (static_cast<double>(n - 1) * static_cast<double>(n - 2));
        for (std::size_t v = 0; v < n; ++v) {
            double sum = 0.0;
            for (std::size_t b = 0; b < blocks; ++b) sum += partial[b][v];
            out.betweenness[v] = sum * scale;
        }
    }
    return out;
}

// A bound on the vertex diameter: per component, twice the eccentricity of its
// first actor plus one.
std::size_t vertex_diameter_bound(const WaveGraph& g) {
    const std::size_t n = g.actors();
    const Components comps = connected_components(g);
    std::vector<bool> started(comps.count(), false);
    std::vector<std::int32_t> dist(n, -1);
    std::vector<Vertex> queue;
    std::size_t bound = n > 0 ? 1 : 0;
    for (Vertex s = 0; s < n; ++s) {
        if (started[comps.of[s]]) continue;
        started[comps.of[s]] = true;
        queue.assign(1, s);
        dist[s] = 0;
        std::int32_t eccentricity = 0;
        for (std::size_t i = 0; i < queue.size(); ++i) {
            const Vertex v = queue[i];
            eccentricity = dist[v];
            for (const Vertex w : g.neighbours(v))
                if (dist[w] < 0) {
                    dist[w] = dist[v] + 1;
                    queue.push_back(w);
                }
        }
        bound = std::max(bound, 2 * static_cast<std::size_t>(eccentricity) + 1);
    }
    return bound;
}

// One sample: a pair (u, v) drawn uniformly, and one of its shortest paths
// drawn uniformly (BFS from u stopped once v's level is complete, then a walk
// back choosing each predecessor p of w with probability σ_p/σ_w). Adds 1 to
// the count of every inner actor of the path.
void sample_path(const WaveGraph& g, SplitMix& rng, BrandesScratch& sc, std::uint32_t* counts) {
    const std::size_t n = g.actors();
    const auto u = static_cast<Vertex>(rng.below(n));
    auto v = static_cast<Vertex>(rng.below(n - 1));
    if (v >= u) ++v;
    auto& dist = sc.dist;
    auto& sigma = sc.sigma;
    auto& order = sc.order;
    order.assign(1, u);
    dist[u] = 0;
    sigma[u] = 1.0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        const Vertex x = order[i];
        if (dist[v] >= 0 && dist[x] >= dist[v]) break;  // every predecessor of v is final
        const std::int32_t next = dist[x] + 1;
        for (const Vertex w : g.neighbours(x)) {
            if (dist[w] < 0) {
                dist[w] = next;
                order.push_back(w);
            }
            if (dist[w] == next) sigma[w] += sigma[x];
        }
    }
    if (dist[v] > 1) {
        Vertex w = v;
        while (dist[w] > 1) {
            const double target = rng.uniform() * sigma[w];
            const std::int32_t previous = dist[w] - 1;
            double cumulative = 0.0;
            Vertex chosen = w;
            for (const Vertex p : g.neighbours(w)) {
                if (dist[p] != previous) continue;
                chosen = p;
                cumulative += sigma[p];
                if (cumulative > target) break;
            }
            ++counts[chosen];
            w = chosen;
        }
    }
    for (const Vertex x : order) {
        dist[x] = -1;
        sigma[x] = 0.0;
    }
}

void approximate_betweenness(const WaveGraph& g, const PathOptions& options, PathMeasures& out) {
    const std::size_t n = g.actors();
    BetweennessApproximation info;
    info.epsilon = *options.approx_epsilon;
    info.delta = options.approx_delta;
    info.seed = options.seed;
    out.betweenness.assign(n, std::nullopt);
    if (n <= 2) {
        out.approximation = info;
        return;
    }
    info.vertex_diameter_bound = vertex_diameter_bound(g);
    // The guarantee is on betweenness divided by n(n−1); ours divides by
    // (n−1)(n−2), so the sampling tolerance is scaled by (n−2)/n.
    const double epsilon = info.epsilon * static_cast<double>(n - 2) / static_cast<double>(n);
    info.samples = riondato_kornaropoulos_samples(info.vertex_diameter_bound, epsilon, info.delta);
    out.approximation = info;

    const unsigned threads = resolve_threads(options.execution.threads);
    const std::size_t blocks = std::min(kBlocks, std::max<std::size_t>(info.samples, 1));
    const unsigned workers = static_cast<unsigned>(std::max<std::size_t>(1, std::min<std::size_t>(threads, blocks)));
    std::vector<std::vector<std::uint32_t>> counts(workers, std::vector<std::uint32_t>(n, 0));
    std::vector<BrandesScratch> scratch;
    scratch.reserve(workers);
    for (unsigned w = 0; w < workers; ++w) scratch.emplace_back(n);
    const std::size_t samples = info.samples;
    run_blocks(
        blocks, workers,
        [&](std::size_t block, unsigned worker) {
            const std::size_t first = samples * block / blocks;
            const std::size_t last = samples * (block + 1) / blocks;
            for (std::size_t i = first; i < last; ++i) {
                SplitMix rng{mix(options.seed ^ mix(i + 1))};
                sample_path(g, rng, scratch[worker], counts[worker].data());
            }
        },
        [&](std::size_t done) {
            if (options.execution.progress) options.execution.progress("betweenness samples", done, blocks);
        });
    std::vector<std::uint64_t> total(n, 0);
    for (const auto& c : counts)  // integer sums: the same whatever the threads
        for (std::size_t v = 0; v < n; ++v) total[v] += c[v];
    const double scale = samples == 0 ? 0.0
                                      : static_cast<double>(n) /
                                            (static_cast<double>(samples) * static_cast<double>(n - 2));
    for (std::size_t v = 0; v < n; ++v) out.betweenness[v] = static_cast<double>(total[v]) * scale;
}

}  // namespace

PathMeasures shortest_path_measures(const WaveGraph& g, const PathOptions& options) {
    if (!options.approx_epsilon) return exact_measures(g, options.execution);
    check_unit_interval(*options.approx_epsilon, "epsilon");
    check_unit_interval(options.approx_delta, "delta");
    PathMeasures out = distance_measures(g, options.execution);
    approximate_betweenness(g, options, out);
    return out;
}

}  // namespace helixnet
