#include "helixnet/metrics/communities.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "helixnet/util/random.hpp"

namespace helixnet {
namespace {

constexpr double kGainTolerance = 1e-10;  // a smaller gain is no gain (weights are tie counts)
// Local moving fetches ahead (below) on levels of more than this many nodes,
// at most this many arcs of a node.
constexpr std::size_t kPrefetchNodes = 1 << 16;
constexpr std::size_t kPrefetchArcs = 32;

// One level of the algorithm: the original graph, or its aggregate, with tie
// weights, ties inside a node (each once) and node weights (degree sums).
struct Level {
    std::vector<std::size_t> offsets;
    std::vector<std::uint32_t> targets;
    std::vector<double> weights;  // per arc; empty on the base level, where every tie weighs 1
    std::vector<double> self_loop;
    std::vector<double> node_weight;
    [[nodiscard]] std::size_t size() const { return node_weight.size(); }
    [[nodiscard]] double weight(std::size_t arc) const { return weights.empty() ? 1.0 : weights[arc]; }
};

Level base_level(const WaveGraph& g) {
    const std::size_t n = g.actors();
    Level level;
    level.offsets.assign(n + 1, 0);
    level.targets.reserve(2 * g.ties());
    for (Vertex v = 0; v < n; ++v) {
        for (const Vertex w : g.neighbours(v)) level.targets.push_back(w);
        level.offsets[v + 1] = level.targets.size();
    }
    // Binary ties: no weights stored (10^6 actors, 5·10^6 ties: 80 MB fewer
    // to hold and to stream through on every pass of the base level).
    level.self_loop.assign(n, 0.0);
    level.node_weight.resize(n);
    for (Vertex v = 0; v < n; ++v) level.node_weight[v] = static_cast<double>(g.degree(v));
    return level;
}

// Tie weight from one node to each community, over the communities touched.
// Every weight added is positive (ties count 1, aggregated ties their sums),
// so a community is touched exactly when its weight is not 0.
struct Accumulator {
    std::vector<double> weight;
    std::vector<std::uint32_t> touched;
    explicit Accumulator(std::size_t n) : weight(n, 0.0) {}
    void add(std::uint32_t c, double w) {
        if (weight[c] == 0.0) touched.push_back(c);
        weight[c] += w;
    }
    // add(label[u], weight) for every arc v → u of `level`, in arc order;
    // written out rather than calling add() with level.weight(a), which ran
    // about a tenth slower (1M actors, six alternating pairs).
    void add_arcs(const Level& level, std::size_t v, const std::uint32_t* label) {
        if (level.weights.empty())
            add_arcs(level, v, label, [](std::size_t) { return 1.0; });
        else
            add_arcs(level, v, label, [tie = level.weights.data()](std::size_t a) { return tie[a]; });
    }
    template <class TieWeight>
    void add_arcs(const Level& level, std::size_t v, const std::uint32_t* label, TieWeight tie_weight) {
        double* const sum = weight.data();
        const std::uint32_t* const head = level.targets.data();
        for (std::size_t a = level.offsets[v], end = level.offsets[v + 1]; a < end; ++a) {
            const std::uint32_t c = label[head[a]];
            if (sum[c] == 0.0) touched.push_back(c);
            sum[c] += tie_weight(a);
        }
    }
    void clear() {
        for (const std::uint32_t c : touched) weight[c] = 0.0;
        touched.clear();
    }
};

std::vector<std::uint32_t> random_order(std::size_t n, SplitMix64& rng) {
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0U);
    rng.shuffle(std::span<std::uint32_t>(order));
    return order;
}

// Fast local moving (Traag et al., Algorithm A.2 MoveNodesFast): the gain of
// moving v into community c is w(v, c) − γ k_v K_c / 2m (K_c without v).
// Communities are labels below level.size(). Returns whether any node moved.
bool move_nodes_fast(const Level& level, std::vector<std::uint32_t>& comm, double scale, SplitMix64& rng,
                     Accumulator& acc) {
    const std::size_t n = level.size();
    std::vector<double> total(n, 0.0);
    std::vector<std::uint32_t> count(n, 0);
    for (std::size_t v = 0; v < n; ++v) {
        total[comm[v]] += level.node_weight[v];
        ++count[comm[v]];
    }
    std::vector<std::uint32_t> empty;
    for (std::uint32_t c = static_cast<std::uint32_t>(n); c-- > 0;)
        if (count[c] == 0) empty.push_back(c);
    // The queue holds each node at most once: a ring of n places.
    std::vector<std::uint32_t> queue = random_order(n, rng);
    std::vector<char> queued(n, 1);
    std::size_t head = 0, queued_count = n;
    bool moved = false;
    // Each visit's loads (the node's row, its neighbours' communities, their
    // weights) are cache misses on a large graph, and they wait on one another;
    // the nodes a few places ahead in the queue have theirs fetched meanwhile,
    // one step further each visit (stale guesses cost a useless load, no more).
    const auto slot = [n](std::size_t i) { return i < n ? i : i - n; };  // of the ring, for i < 2n
    const auto ahead = [&](std::size_t k) { return queue[slot(head + k)]; };
    const auto prefetch_row = [&](std::uint32_t x, auto&& of_arc) {
        const std::size_t begin = level.offsets[x];
        const std::size_t end = std::min(level.offsets[x + 1], begin + kPrefetchArcs);
        for (std::size_t a = begin; a < end; ++a) of_arc(level.targets[a]);
    };
    while (queued_count > 0) {
        if (n > kPrefetchNodes) {
            __builtin_prefetch(&level.offsets[ahead(12)]);
            const std::uint32_t next = ahead(8);
            __builtin_prefetch(level.targets.data() + level.offsets[next]);
            __builtin_prefetch(&comm[next]);
            prefetch_row(ahead(4), [&](std::uint32_t u) { __builtin_prefetch(&comm[u]); });
            prefetch_row(ahead(2), [&](std::uint32_t u) {
                __builtin_prefetch(&acc.weight[comm[u]]);
                __builtin_prefetch(&total[comm[u]]);
            });
        }
        const std::uint32_t v = queue[head];
        if (++head == n) head = 0;
        --queued_count;
        queued[v] = 0;
        const std::uint32_t from = comm[v];
        const double kv = level.node_weight[v];
        acc.clear();
        acc.add_arcs(level, v, comm.data());
        total[from] -= kv;
        if (--count[from] == 0) empty.push_back(from);
        std::uint32_t best = from;
        double best_gain = acc.weight[from] - kv * total[from] * scale;
        for (const std::uint32_t c : acc.touched) {
            const double gain = acc.weight[c] - kv * total[c] * scale;
            if (gain > best_gain + kGainTolerance) {
                best = c;
                best_gain = gain;
            }
        }
        if (0.0 > best_gain + kGainTolerance) best = empty.back();  // alone is better
        if (count[best] == 0) empty.pop_back();                     // only `from` or the top of `empty` can be empty
        comm[v] = best;
        total[best] += kv;
        ++count[best];
        if (best == from) continue;
        moved = true;
        for (std::size_t a = level.offsets[v]; a < level.offsets[v + 1]; ++a) {
            const std::uint32_t u = level.targets[a];
            if (!queued[u] && comm[u] != best) {
                queue[slot(head + queued_count)] = u;
                ++queued_count;
                queued[u] = 1;
            }
        }
    }
    return moved;
}

// Refinement (Traag et al., Algorithms A.3–A.4 RefinePartition and
// MergeNodesSubset): inside each community, nodes start alone; a node still
// alone and well connected to its community (w(v, C − v) ≥ γ k_v (K_C − k_v)
// / 2m) joins a well-connected part T of the same community (or stays) at
// random with probability ∝ exp(gain/θ) over the non-negative gains.
// Returns refined labels numbered from 0 in order of their lowest node, and
// their count.
std::uint32_t refine(const Level& level, const std::vector<std::uint32_t>& comm, double scale, double theta,
                     SplitMix64& rng, Accumulator& acc, std::vector<std::uint32_t>& ref) {
    const std::size_t n = level.size();
    std::vector<double> community_weight(n, 0.0);
    for (std::size_t v = 0; v < n; ++v) community_weight[comm[v]] += level.node_weight[v];
    std::vector<double> inside(n, 0.0);  // w(v, C − v)
    for (std::size_t v = 0; v < n; ++v)
        for (std::size_t a = level.offsets[v]; a < level.offsets[v + 1]; ++a)
            if (comm[level.targets[a]] == comm[v]) inside[v] += level.weight(a);
    ref.resize(n);
    std::iota(ref.begin(), ref.end(), 0U);
    std::vector<double> part_weight = level.node_weight;
    std::vector<double> part_outside = inside;  // w(T, C − T)
    std::vector<std::uint32_t> part_size(n, 1);
    std::vector<double> chance;
    for (const std::uint32_t v : random_order(n, rng)) {
        if (part_size[ref[v]] != 1) continue;  // others joined v: no longer alone
        const std::uint32_t c = comm[v];
        const double kv = level.node_weight[v];
        const double kc = community_weight[c];
        if (inside[v] < kv * (kc - kv) * scale) continue;
        acc.clear();
        for (std::size_t a = level.offsets[v]; a < level.offsets[v + 1]; ++a) {
            const std::uint32_t u = level.targets[a];
            if (comm[u] == c) acc.add(ref[u], level.weight(a));
        }
        // Candidates: staying alone (gain 0), and each well-connected part.
        chance.assign(1, 0.0);
        double top = 0.0;
        for (const std::uint32_t t : acc.touched) {
            double gain = -1.0;
            if (t != ref[v] && part_outside[t] >= part_weight[t] * (kc - part_weight[t]) * scale)
                gain = acc.weight[t] - kv * part_weight[t] * scale;
            chance.push_back(gain);
            if (gain >= 0.0) top = std::max(top, gain);
        }
        double sum = 0.0;
        for (double& x : chance) {
            x = x >= 0.0 ? std::exp((x - top) / theta) : 0.0;
            sum += x;
        }
        double r = rng.uniform() * sum;
        std::size_t pick = 0;
        for (; pick + 1 < chance.size(); ++pick) {
            if (r < chance[pick]) break;
            r -= chance[pick];
        }
        while (pick > 0 && chance[pick] == 0.0) --pick;  // rounding at the end of the range
        if (pick == 0) continue;                         // stays alone
        const std::uint32_t t = acc.touched[pick - 1];
        const double joined = acc.weight[t];
        part_size[ref[v]] = 0;
        part_weight[ref[v]] = 0.0;
        ref[v] = t;
        ++part_size[t];
        part_weight[t] += kv;
        part_outside[t] += inside[v] - 2.0 * joined;
    }
    // Labels in order of each part's lowest node.
    std::vector<std::uint32_t> label(n, static_cast<std::uint32_t>(-1));
    std::uint32_t parts = 0;
    for (std::size_t v = 0; v < n; ++v) {
        if (label[ref[v]] == static_cast<std::uint32_t>(-1)) label[ref[v]] = parts++;
        ref[v] = label[ref[v]];
    }
    return parts;
}

// The next level: one node per part, tie weights summed, ties inside a part
// becoming its self-loop weight.
Level aggregate(const Level& level, const std::vector<std::uint32_t>& part, std::uint32_t parts, Accumulator& acc) {
    const std::size_t n = level.size();
    std::vector<std::size_t> start(parts + 1, 0);
    for (std::size_t v = 0; v < n; ++v) ++start[part[v] + 1];
    for (std::size_t c = 0; c < parts; ++c) start[c + 1] += start[c];
    std::vector<std::uint32_t> members(n);
    {
        std::vector<std::size_t> fill(start.begin(), start.end() - 1);
        for (std::size_t v = 0; v < n; ++v) members[fill[part[v]]++] = static_cast<std::uint32_t>(v);
    }
    Level next;
    // At most one arc per arc of `level`: reserved (not yet touched, so not
    // yet resident) to spare the copies of growing a few million entries.
    next.targets.reserve(level.targets.size());
    next.weights.reserve(level.targets.size());
    next.offsets.assign(parts + 1, 0);
    next.self_loop.assign(parts, 0.0);
    next.node_weight.assign(parts, 0.0);
    for (std::uint32_t c = 0; c < parts; ++c) {
        acc.clear();
        for (std::size_t i = start[c]; i < start[c + 1]; ++i) {
            const std::uint32_t v = members[i];
            next.self_loop[c] += level.self_loop[v];
            next.node_weight[c] += level.node_weight[v];
            for (std::size_t a = level.offsets[v]; a < level.offsets[v + 1]; ++a) {
                const std::uint32_t d = part[level.targets[a]];
                if (d == c)
                    next.self_loop[c] += 0.5 * level.weight(a);  // each inner tie is seen from both ends
                else
                    acc.add(d, level.weight(a));
            }
        }
        for (const std::uint32_t d : acc.touched) {
            next.targets.push_back(d);
            next.weights.push_back(acc.weight[d]);
        }
        next.offsets[c + 1] = next.targets.size();
    }
    return next;
}

// Labels numbered from 0 in order of first appearance; returns their count.
std::uint32_t renumber(std::vector<std::uint32_t>& labels) {
    std::vector<std::uint32_t> to(labels.size(), static_cast<std::uint32_t>(-1));
    std::uint32_t count = 0;
    for (auto& l : labels) {
        if (to[l] == static_cast<std::uint32_t>(-1)) to[l] = count++;
        l = to[l];
    }
    return count;
}

// One run of the Leiden algorithm (Algorithm A.1) from `membership`.
// Returns whether local moving moved any actor of the original graph.
bool leiden_iteration(const Level& base, std::vector<std::uint32_t>& membership, double scale, double theta,
                      SplitMix64& rng, Accumulator& acc) {
    const std::size_t n = base.size();
    Level level = base;
    std::vector<std::uint32_t> comm = membership;
    std::vector<std::uint32_t> node_of(n);  // original vertex -> node of the current level
    std::iota(node_of.begin(), node_of.end(), 0U);
    std::vector<std::uint32_t> ref;
    bool moved_actors = false;
    for (bool first = true;; first = false) {
        const bool moved = move_nodes_fast(level, comm, scale, rng, acc);
        if (first) moved_actors = moved;
        std::vector<std::uint32_t> flat = comm;
        const std::uint32_t communities = renumber(flat);
        if (communities == level.size()) break;
        std::uint32_t parts = refine(level, comm, scale, theta, rng, acc, ref);
        if (parts == level.size()) {  // nothing merged: aggregate the communities themselves (as igraph does)
            ref = flat;
            parts = communities;
        }
        Level next = aggregate(level, ref, parts, acc);
        std::vector<std::uint32_t> next_comm(parts);
        for (std::size_t v = 0; v < level.size(); ++v) next_comm[ref[v]] = flat[v];
        for (auto& x : node_of) x = ref[x];
        level = std::move(next);
        comm = std::move(next_comm);
    }
    for (std::size_t v = 0; v < n; ++v) membership[v] = comm[node_of[v]];
    renumber(membership);
    return moved_actors;
}

std::optional<double> modularity_of(const WaveGraph& g, const std::vector<std::uint32_t>& part, std::size_t parts) {
    const double m = static_cast<double>(g.ties());
    if (m == 0) return std::nullopt;
    std::vector<double> inner(parts, 0.0), degree(parts, 0.0);
    for (Vertex v = 0; v < g.actors(); ++v) {
        degree[part[v]] += static_cast<double>(g.degree(v));
        for (const Vertex w : g.neighbours(v))
            if (part[w] == part[v]) inner[part[v]] += 0.5;
    }
    double q = 0;
    for (std::size_t c = 0; c < parts; ++c) q += inner[c] / m - (degree[c] / (2 * m)) * (degree[c] / (2 * m));
    return q;
}

}  // namespace

Communities leiden_communities(const WaveGraph& g, const LeidenOptions& options) {
    const std::size_t n = g.actors();
    Communities out;
    std::vector<std::uint32_t> membership(n);
    std::iota(membership.begin(), membership.end(), 0U);
    if (g.ties() > 0) {
        const Level base = base_level(g);
        const double scale = options.resolution / (2.0 * static_cast<double>(g.ties()));
        SplitMix64 rng(options.seed);
        Accumulator acc(n);
        for (bool moved = true; moved && out.iterations < options.iterations; ++out.iterations)
            moved = leiden_iteration(base, membership, scale, options.randomness, rng, acc);
    }
    // Number by size (largest first), then by lowest vertex.
    std::vector<std::size_t> size(n, 0);
    std::vector<Vertex> lowest(n, static_cast<Vertex>(n));
    for (Vertex v = 0; v < n; ++v) {
        ++size[membership[v]];
        lowest[membership[v]] = std::min(lowest[membership[v]], v);
    }
    std::vector<std::uint32_t> labels;
    for (std::uint32_t c = 0; c < n; ++c)
        if (size[c] > 0) labels.push_back(c);
    std::sort(labels.begin(), labels.end(), [&](std::uint32_t a, std::uint32_t b) {
        return size[a] != size[b] ? size[a] > size[b] : lowest[a] < lowest[b];
    });
    std::vector<std::uint32_t> rank(n, 0);
    for (std::uint32_t i = 0; i < labels.size(); ++i) {
        rank[labels[i]] = i;
        out.sizes.push_back(size[labels[i]]);
    }
    out.of.resize(n);
    for (Vertex v = 0; v < n; ++v) out.of[v] = rank[membership[v]];
    out.modularity = modularity_of(g, out.of, out.count());
    return out;
}

}  // namespace helixnet
