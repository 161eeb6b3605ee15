#include "helixnet/metrics/fragmentation.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "helixnet/error.hpp"
#include "helixnet/metrics/components.hpp"
#include "helixnet/metrics/paths.hpp"
#include "helixnet/util/random.hpp"

namespace helixnet {

std::optional<double> fragmentation(const WaveGraph& g) {
    const std::size_t n = g.actors();
    if (n < 2) return std::nullopt;
    double connected = 0;  // ordered pairs that reach each other
    for (const std::size_t s : connected_components(g).sizes)
        connected += static_cast<double>(s) * static_cast<double>(s - 1);
    return 1.0 - connected / (static_cast<double>(n) * static_cast<double>(n - 1));
}

std::optional<double> distance_fragmentation_from_harmonic(std::span<const std::optional<double>> harmonic) {
    if (harmonic.size() < 2) return std::nullopt;
    double sum = 0;  // in vertex order: the same result for any thread count
    for (const auto& h : harmonic) sum += h.value_or(0.0);
    return 1.0 - sum / static_cast<double>(harmonic.size());
}

std::optional<double> distance_fragmentation(const WaveGraph& g, const Execution& execution) {
    if (g.actors() < 2) return std::nullopt;
    return distance_fragmentation_from_harmonic(distance_measures(g, execution).harmonic);
}

namespace {

__extension__ using u128 = unsigned __int128;
constexpr double kFixedOne = 4294967296.0;  // 1/d in 2^-32 fixed point, as paths.cpp sums it
constexpr Vertex kNone = static_cast<Vertex>(-1);
constexpr std::size_t kPilotSources = 32;
constexpr std::size_t kPilotRound = 4;

// An arc (u, t) entering the dominator subtree of v from outside: t is below
// v, u is not, so without v the target t can still be reached at distance
// d(u) + 1 through u.
struct Entry {
    Vertex v;
    Vertex t;
    std::uint32_t distance;
    bool operator<(const Entry& o) const { return v != o.v ? v < o.v : distance < o.distance; }
};

// The adjacency as flat arrays the traversals read directly (the WaveGraph's
// own accessors are not inlined across files).
struct Adjacency {
    std::vector<std::size_t> offsets;
    std::vector<Vertex> targets;
    explicit Adjacency(const WaveGraph& g) : offsets(g.actors() + 1, 0) {
        targets.reserve(2 * g.ties());
        for (Vertex v = 0; v < g.actors(); ++v) {
            for (const Vertex w : g.neighbours(v)) targets.push_back(w);
            offsets[v + 1] = targets.size();
        }
    }
    [[nodiscard]] std::span<const Vertex> neighbours(Vertex v) const {
        return {targets.data() + offsets[v], offsets[v + 1] - offsets[v]};
    }
};

// One worker's state; every per-vertex array is reset after each source.
struct Scratch {
    std::vector<std::int32_t> dist;  // from the source; −1 unreached
    std::vector<Vertex> order;       // breadth-first
    std::vector<Vertex> idom;        // immediate dominator
    std::vector<std::uint32_t> depth, pre, size, next_slot;
    std::vector<std::uint64_t> subtree_inverse;  // Σ 1/d over the dominator subtree, fixed point
    std::vector<std::int32_t> new_dist;          // in the repair; −1 not reached
    std::vector<Vertex> frontier, next, visited;
    std::vector<Entry> entries, sorted;
    std::vector<std::uint32_t> group_start;  // per vertex: its entries' place in `sorted`; counts first
    std::vector<Vertex> grouped;             // the vertices with entries, in order of first entry
    std::vector<u128> loss;                  // per vertex, summed over this worker's sources
    explicit Scratch(std::size_t n)
        : dist(n, -1),
          idom(n, kNone),
          depth(n, 0),
          pre(n, 0),
          size(n, 0),
          next_slot(n, 0),
          subtree_inverse(n, 0),
          new_dist(n, -1),
          group_start(n, 0),
          loss(n, 0) {
        order.reserve(n);
    }
};

// The loss of every vertex v ≠ s seen from source s: Σ (1/d(s,t) − 1/d'(s,t))
// over the targets t ≠ v whose distance grows without v, added to sc.loss.
// Returns the arcs scanned.
std::uint64_t source_losses(const Adjacency& g, Vertex s, const std::vector<std::uint64_t>& inverse, Scratch& sc) {
    std::uint64_t work = 0;
    auto& dist = sc.dist;
    auto& order = sc.order;
    order.assign(1, s);
    dist[s] = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        const Vertex v = order[i];
        const auto nb = g.neighbours(v);
        work += nb.size();
        for (const Vertex w : nb)
            if (dist[w] < 0) {
                dist[w] = dist[v] + 1;
                order.push_back(w);
            }
    }
    // Dominator tree of the shortest-path DAG: the dominator of t is the
    // nearest common dominator of its predecessors (the neighbours one level
    // up), whose own dominators are known by then (Cooper, Harvey & Kennedy
    // 2001, "A simple, fast dominance algorithm", on a DAG in one pass).
    auto& idom = sc.idom;
    auto& depth = sc.depth;
    idom[s] = s;
    depth[s] = 0;
    const auto intersect = [&](Vertex a, Vertex b) {
        while (a != b) {
            ++work;
            if (depth[a] > depth[b])
                a = idom[a];
            else if (depth[b] > depth[a])
                b = idom[b];
            else
                a = idom[a], b = idom[b];
        }
        return a;
    };
    for (std::size_t i = 1; i < order.size(); ++i) {
        const Vertex t = order[i];
        const std::int32_t up = dist[t] - 1;
        Vertex d = kNone;
        const auto nb = g.neighbours(t);
        work += nb.size();
        for (const Vertex w : nb)
            if (dist[w] == up) d = d == kNone ? w : intersect(d, w);
        idom[t] = d;
        depth[t] = depth[d] + 1;
    }
    // Subtree sizes and sums bottom-up, then preorder numbers top-down, so
    // that the subtree of v is the range pre[v] .. pre[v] + size[v].
    for (const Vertex t : order) {
        sc.size[t] = 1;
        sc.subtree_inverse[t] = t == s ? 0 : inverse[static_cast<std::size_t>(dist[t])];
    }
    for (std::size_t i = order.size(); i-- > 1;) {
        const Vertex t = order[i];
        sc.size[idom[t]] += sc.size[t];
        sc.subtree_inverse[idom[t]] += sc.subtree_inverse[t];
    }
    sc.pre[s] = 0;
    sc.next_slot[s] = 1;
    for (std::size_t i = 1; i < order.size(); ++i) {
        const Vertex t = order[i];
        sc.pre[t] = sc.next_slot[idom[t]];
        sc.next_slot[idom[t]] += sc.size[t];
        sc.next_slot[t] = sc.pre[t] + 1;
    }
    const auto below_or_at = [&](Vertex v, Vertex w) {  // w in the subtree of v
        return sc.pre[w] >= sc.pre[v] && sc.pre[w] < sc.pre[v] + sc.size[v];
    };
    // Arcs entering subtrees. An arc from a predecessor never does (the
    // dominators of t dominate its predecessors); an arc (w, t) from the same
    // level or the next enters the subtrees of t's dominators that do not
    // hold w.
    sc.entries.clear();
    for (std::size_t i = 1; i < order.size(); ++i) {
        const Vertex t = order[i];
        for (const Vertex w : g.neighbours(t)) {
            if (dist[w] < dist[t]) continue;
            for (Vertex v = idom[t]; v != s && !below_or_at(v, w); v = idom[v]) {
                ++work;
                sc.entries.push_back({v, t, static_cast<std::uint32_t>(dist[w] + 1)});
            }
        }
    }
    work += order.size() + sc.entries.size();
    // Entries grouped by v (a counting sort), each group by distance.
    sc.grouped.clear();
    for (const Entry& e : sc.entries)
        if (sc.group_start[e.v]++ == 0) sc.grouped.push_back(e.v);
    std::uint32_t place = 0;
    for (const Vertex v : sc.grouped) {
        const std::uint32_t count = sc.group_start[v];
        sc.group_start[v] = place;
        place += count;
    }
    sc.sorted.resize(sc.entries.size());
    for (const Entry& e : sc.entries) sc.sorted[sc.group_start[e.v]++] = e;
    for (const Vertex v : sc.grouped) sc.group_start[v] = 0;
    sc.entries.swap(sc.sorted);
    for (std::size_t begin = 0; begin < sc.entries.size();) {
        std::size_t end = begin + 1;
        while (end < sc.entries.size() && sc.entries[end].v == sc.entries[begin].v) ++end;
        std::sort(sc.entries.begin() + static_cast<std::ptrdiff_t>(begin),
                  sc.entries.begin() + static_cast<std::ptrdiff_t>(end));
        begin = end;
    }
    // Without v, the subtree's targets reached again through the entering
    // arcs, by a breadth-first search inside the subtree that lets each
    // entering arc in at its own level.
    const auto repaired = [&](Vertex v, std::size_t begin, std::size_t end) {
        std::uint64_t sum = 0;
        sc.visited.clear();
        sc.frontier.clear();
        std::uint32_t level = sc.entries[begin].distance;
        std::size_t k = begin;
        for (;;) {
            for (; k < end && sc.entries[k].distance == level; ++k) {
                const Vertex t = sc.entries[k].t;
                if (sc.new_dist[t] >= 0) continue;
                sc.new_dist[t] = static_cast<std::int32_t>(level);
                sc.frontier.push_back(t);
                sc.visited.push_back(t);
            }
            if (sc.frontier.empty()) {
                if (k == end) break;
                level = sc.entries[k].distance;
                continue;
            }
            sum += sc.frontier.size() * inverse[level];
            sc.next.clear();
            for (const Vertex x : sc.frontier) {
                const auto nb = g.neighbours(x);
                work += nb.size();
                for (const Vertex w : nb)
                    if (sc.new_dist[w] < 0 && w != v && below_or_at(v, w)) {
                        sc.new_dist[w] = static_cast<std::int32_t>(level + 1);
                        sc.next.push_back(w);
                        sc.visited.push_back(w);
                    }
            }
            std::swap(sc.frontier, sc.next);
            ++level;
        }
        for (const Vertex x : sc.visited) sc.new_dist[x] = -1;
        return sum;
    };
    // Loss of each v with a subtree: the subtree's Σ 1/d less what returns.
    // (The pair (s, v) itself is in 2H_v.) First the vertices with entering
    // arcs, in the order of the sorted entries; `next_slot` is reused to
    // mark them done.
    for (std::size_t begin = 0; begin < sc.entries.size();) {
        const Vertex v = sc.entries[begin].v;
        std::size_t end = begin;
        while (end < sc.entries.size() && sc.entries[end].v == v) ++end;
        const std::uint64_t back = repaired(v, begin, end);
        sc.loss[v] += sc.subtree_inverse[v] - inverse[static_cast<std::size_t>(dist[v])] - back;
        sc.next_slot[v] = 0;
        begin = end;
    }
    for (std::size_t i = 1; i < order.size(); ++i) {
        const Vertex v = order[i];
        if (sc.size[v] > 1 && sc.next_slot[v] != 0)
            sc.loss[v] += sc.subtree_inverse[v] - inverse[static_cast<std::size_t>(dist[v])];
    }
    for (const Vertex t : order) dist[t] = -1;
    return work;
}

}  // namespace

FragmentationIfRemoved fragmentation_if_removed(const WaveGraph& g, const RemovalOptions& options) {
    if (g.actors() < 3) return fragmentation_if_removed(g, {}, options);
    return fragmentation_if_removed(g, distance_measures(g, options.execution).harmonic, options);
}

FragmentationIfRemoved fragmentation_if_removed(const WaveGraph& g, std::span<const std::optional<double>> harmonic,
                                                const RemovalOptions& options) {
    const std::size_t n = g.actors();
    FragmentationIfRemoved out;
    out.value.assign(n, std::nullopt);
    if (n < 3) {
        out.sources = n;
        return out;
    }
    std::vector<std::uint64_t> inverse(n + 1, 0);
    for (std::size_t d = 1; d <= n; ++d) inverse[d] = static_cast<std::uint64_t>(std::llround(kFixedOne / d));

    // Sources in a seeded random order: any prefix is a uniform sample.
    std::vector<Vertex> sources(n);
    std::iota(sources.begin(), sources.end(), Vertex{0});
    SplitMix64(options.seed).shuffle(std::span<Vertex>(sources));

    const unsigned threads = resolve_threads(options.execution.threads);
    const unsigned workers = static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(1, n / 16)));
    std::vector<Scratch> scratch;
    scratch.reserve(workers);
    for (unsigned w = 0; w < workers; ++w) scratch.emplace_back(n);
    const Adjacency adjacency(g);
    std::vector<std::uint64_t> work(n, 0);  // per position in `sources`
    // Traverses sources[first, last) in blocks of `per_block` (which worker
    // takes which block changes nothing: the losses are integer sums).
    const auto traverse = [&](std::size_t first, std::size_t last, std::size_t per_block = 16) {
        const std::size_t blocks = (last - first + per_block - 1) / per_block;
        run_blocks(
            blocks, workers,
            [&](std::size_t block, unsigned worker) {
                const std::size_t end = std::min(last, first + per_block * (block + 1));
                for (std::size_t i = first + per_block * block; i < end; ++i)
                    work[i] = source_losses(adjacency, sources[i], inverse, scratch[worker]);
            },
            [&](std::size_t done) {
                if (options.execution.progress) options.execution.progress("fragmentation if removed", done, blocks);
            });
    };

    std::size_t k = n;
    if (options.sources) {
        k = std::clamp<std::size_t>(*options.sources, 1, n);
        traverse(0, k);
    } else {
        // The pilot: up to 32 sources, in rounds of 4, stopping once the
        // limit is spent (on a very large network one source may cost more).
        std::size_t pilot = 0;
        std::uint64_t pilot_work = 0;
        while (pilot < std::min(n, kPilotSources) && pilot_work < options.work_limit) {
            const std::size_t next = std::min({n, kPilotSources, pilot + kPilotRound});
            traverse(pilot, next, 1);
            pilot_work += std::accumulate(work.begin() + static_cast<std::ptrdiff_t>(pilot),
                                          work.begin() + static_cast<std::ptrdiff_t>(next), std::uint64_t{0});
            pilot = next;
        }
        // Expected total pilot_work · n / pilot, compared without overflow.
        if (static_cast<u128>(pilot_work) * n > static_cast<u128>(options.work_limit) * pilot)
            k = std::max(pilot, static_cast<std::size_t>(static_cast<u128>(options.work_limit) * pilot /
                                                         std::max<std::uint64_t>(pilot_work, 1)));
        k = std::min(k, n);
        if (k > pilot) traverse(pilot, k);
    }
    out.exact = k == n;
    out.sources = k;
    out.work = std::accumulate(work.begin(), work.end(), std::uint64_t{0});

    std::vector<u128> loss(n, 0);  // integer sums: the same in any order
    for (const auto& sc : scratch)
        for (std::size_t v = 0; v < n; ++v) loss[v] += sc.loss[v];
    scratch.clear();

    if (harmonic.size() != n) throw Failure("fragmentation_if_removed: harmonic centrality of another graph");
    const double others = static_cast<double>(n - 1);
    std::vector<double> reach_sum(n);  // H_v = Σ_j 1/d_vj
    double total = 0;                  // S = Σ_{i≠j} 1/d_ij
    for (std::size_t v = 0; v < n; ++v) {
        reach_sum[v] = harmonic[v].value_or(0.0) * others;
        total += reach_sum[v];
    }
    const double scale = (out.exact ? 1.0 : static_cast<double>(n) / static_cast<double>(k)) / kFixedOne;
    const double pairs_left = others * static_cast<double>(n - 2);
    for (std::size_t v = 0; v < n; ++v) {
        const double left = total - 2.0 * reach_sum[v] - static_cast<double>(loss[v]) * scale;
        out.value[v] = std::clamp(1.0 - left / pairs_left, 0.0, 1.0);
    }
    return out;
}

}  // namespace helixnet
