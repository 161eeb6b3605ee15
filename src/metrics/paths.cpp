#include "helixnet/metrics/paths.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>
#include <numeric>
#include <span>
#include <string>

#include "helixnet/error.hpp"
#include "helixnet/metrics/components.hpp"
#include "helixnet/util/random.hpp"

namespace helixnet {
namespace {

// Samples are cut into this many blocks whatever the number of threads, so
// that the floating-point sums are always made in the same order.
constexpr std::size_t kBlocks = 32;
// Exact sources are cut into this many blocks (at most), handed out to the
// threads as they come free; their sums are integers, so the cut does not
// change the result.
constexpr std::size_t kSourceBlocks = 256;

// The graph as the traversals see it: relabelled in breadth-first order, so
// that neighbours sit close in memory (an actor's state is then near its
// neighbours' in every per-actor array), and, for the multi-source BFS, a
// batch's consecutive sources lie close together (they reach most actors
// at nearly the same level, so a pull finds every lane it lacks at once). It
// may also keep each actor's component: the lanes an actor can ever receive
// are those of the sources in its own component. 32-bit rows: 4 bytes per arc
// and 8 per actor; throws Failure past 2^32 − 1 arcs (2^31 ties). Each
// component's actors get consecutive labels.
struct BfsOrderedGraph {
    std::vector<std::uint32_t> offsets;          // row v is targets[offsets[v] .. offsets[v + 1])
    std::vector<Vertex> targets;                 // ascending within a row
    std::vector<Vertex> original;                // relabelled vertex -> vertex of the WaveGraph
    std::vector<std::uint32_t> component_begin;  // component c is [component_begin[c], component_begin[c + 1])
    std::vector<std::uint32_t> component;        // per relabelled vertex (when asked for)

    BfsOrderedGraph(const WaveGraph& g, bool with_components) {
        const std::size_t n = g.actors();
        if (g.arcs() > std::numeric_limits<std::uint32_t>::max())
            throw Failure("the shortest-path measures handle at most " +
                          std::to_string(std::numeric_limits<std::uint32_t>::max() / 2) + " ties in one wave, not " +
                          std::to_string(g.ties()));
        constexpr auto unlabelled = static_cast<Vertex>(-1);
        std::vector<Vertex> label(n, unlabelled);
        original.reserve(n);
        if (with_components) component.reserve(n);
        for (Vertex root = 0; root < n; ++root) {
            if (label[root] != unlabelled) continue;
            const auto c = static_cast<std::uint32_t>(component_begin.size());
            component_begin.push_back(static_cast<std::uint32_t>(original.size()));
            label[root] = static_cast<Vertex>(original.size());
            original.push_back(root);
            for (std::size_t head = label[root]; head < original.size(); ++head) {  // grows as it goes
                const Vertex v = original[head];
                if (with_components) component.push_back(c);
                for (const Vertex w : g.neighbours(v))
                    if (label[w] == unlabelled) {
                        label[w] = static_cast<Vertex>(original.size());
                        original.push_back(w);
                    }
            }
        }
        component_begin.push_back(static_cast<std::uint32_t>(n));
        offsets.assign(n + 1, 0);
        targets.resize(g.arcs());
        std::uint32_t end = 0;
        for (Vertex v = 0; v < n; ++v) {
            const std::uint32_t begin = end;
            for (const Vertex w : g.neighbours(original[v])) targets[end++] = label[w];
            std::sort(targets.begin() + begin, targets.begin() + end);
            offsets[v + 1] = end;
        }
    }
    [[nodiscard]] std::size_t actors() const { return original.size(); }
    [[nodiscard]] std::span<const Vertex> neighbours(Vertex v) const {
        return {targets.data() + offsets[v], offsets[v + 1] - offsets[v]};
    }
    [[nodiscard]] std::size_t degree(Vertex v) const { return offsets[v + 1] - offsets[v]; }
    [[nodiscard]] std::size_t components() const { return component_begin.size() - 1; }
    [[nodiscard]] std::size_t component_size(std::size_t c) const {
        return component_begin[c + 1] - component_begin[c];
    }
    [[nodiscard]] std::uint64_t component_arcs(std::size_t c) const {  // Σ degree
        return offsets[component_begin[c + 1]] - offsets[component_begin[c]];
    }
    [[nodiscard]] std::size_t bytes() const {
        return sizeof(std::uint32_t) *
               (offsets.size() + targets.size() + original.size() + component_begin.size() + component.size());
    }
};

// Per-thread state of one Brandes traversal: 24 bytes per actor.
struct BrandesScratch {
    // Per actor, during the forward pass: 0 when not reached from the
    // current source, +(σ so far) while on the level being found, −σ once
    // that level is complete (σ ≥ 1: the number of shortest paths from the
    // source). Whether a neighbour is new, on the next level or on an
    // earlier one is thus read off the sign of one value. In the backward
    // pass, once an actor is done: 1/σ + the sum over its successors (below).
    std::vector<double> sigma;
    std::vector<double> done;               // the backward pass's values (see below); 0 when not reached
    std::vector<Vertex> order;              // reached actors in BFS order (and one slot to spare)
    std::vector<Vertex> unvisited;          // the bottom-up steps' actors not yet reached
    std::vector<std::size_t> level_end;     // level d is order[level_end[d − 1] .. level_end[d])
    std::vector<std::uint64_t> level_arcs;  // level d's Σ degree

    explicit BrandesScratch(std::size_t n) : sigma(n, 0.0), done(n, 0.0), order(n + 1), unvisited(n) {}
};

struct SourceStats {
    std::uint64_t farness = 0;  // Σ distances to the reachable others
    std::uint64_t reach = 0;    // reachable others
    double harmonic = 0;        // Σ 1/distance
    std::uint32_t eccentricity = 0;
};

// Betweenness is summed over sources in fixed point: each source's
// dependency of an actor is rounded once to a multiple of 1/scale, so the
// sums are integers, the same in any order and on any number of threads. The
// scale is the largest power of two for which the largest possible sum,
// (n−1)(n−2), still fits in 62 bits; the rounding error is below n/scale in
// the raw sum (below 10⁻¹³ once normalised, for any n).
double fixed_point_scale(std::size_t n) {
    const double largest = static_cast<double>(n) * static_cast<double>(n) + 1.0;
    return std::ldexp(1.0, 62 - static_cast<int>(std::ceil(std::log2(largest))));
}

// x when `keep`, else 0, without a branch: whether a neighbour is new or lies
// on the next level is as good as random, and a mispredicted branch costs
// more than the whole arc. (The traversals below are written without
// data-dependent branches for the same reason.)
inline double only_if(bool keep, double x) {
    return std::bit_cast<double>(std::bit_cast<std::uint64_t>(x) & (std::uint64_t{0} - keep));
}

// The value of a σ slot as bits: 0 only for a slot not reached, negative
// only for a completed level (σ is never −0).
inline std::int64_t bits_of(double x) { return std::bit_cast<std::int64_t>(x); }

// One source of Brandes' algorithm, on the source's component c. The forward
// pass is a level-by-level BFS counting shortest paths (σ),
// direction-optimising like the multi-source BFS below: while the frontier's
// arcs are fewer than those of the actors not yet reached (plus their
// number), each frontier actor pushes its σ to the neighbours that are
// new or on the next level (top-down); otherwise each actor not yet reached
// pulls the σ of its neighbours on the frontier (bottom-up). An actor not
// yet reached has no neighbour on a level before the frontier's, so the
// neighbours it pulls from are exactly those whose slot is negative. On the
// benchmark's graph (10 000 actors, 30 000 ties) the two or three widest
// levels go bottom-up, and half the arcs are never read.
//
// In the backward pass an actor v of level d is done once every actor of
// level d + 1 is, and its dependency is δ(v) = σ(v)·S(v) with S(v) = Σ over
// its successors w of (1 + δ(w))/σ(w) = 1/σ(w) + S(w), the value each done
// actor keeps (in `done`); each level's sums are pulled or pushed, whichever
// reads fewer arcs (below). Adds round(δ(v)·scale) to bc[v] for every actor
// but the source.
//
// σ counts paths, so its sums are exact integers (below 2^53) in any order;
// above that, the order of the additions depends only on the graph and the
// source, never on the threads.
SourceStats brandes_source(const BfsOrderedGraph& g, Vertex s, std::size_t c, BrandesScratch& sc, std::uint64_t* bc,
                           double scale) {
    double* const sigma = sc.sigma.data();
    Vertex* const order = sc.order.data();
    Vertex* const unvisited = sc.unvisited.data();
    auto& level_end = sc.level_end;
    auto& level_arcs = sc.level_arcs;
    level_end.clear();
    level_arcs.assign(1, g.degree(s));
    sigma[s] = -1.0;
    order[0] = s;
    std::size_t tail = 1;
    std::uint64_t frontier_arcs = g.degree(s);
    std::uint64_t unvisited_arcs = g.component_arcs(c) - frontier_arcs;
    std::size_t unvisited_count = g.component_size(c) - 1;
    std::size_t listed = 0;  // unvisited[0 .. listed) when `listing` holds
    bool listing = false;
    for (std::size_t begin = 0; begin < tail;) {
        const std::size_t end = tail;
        if (frontier_arcs > unvisited_arcs + unvisited_count) {
            if (!listing) {
                listed = 0;
                for (Vertex v = g.component_begin[c]; v < g.component_begin[c + 1]; ++v) {
                    unvisited[listed] = v;
                    listed += bits_of(sigma[v]) == 0;
                }
                listing = true;
            }
            std::size_t kept = 0;
            for (std::size_t i = 0; i < listed; ++i) {
                const Vertex u = unvisited[i];
                const auto row = g.neighbours(u);
                // Two partial sums, so that each addition waits for the one
                // two arcs back rather than the one before.
                double even = 0.0, odd = 0.0;
                std::size_t j = 0;
                for (; j + 1 < row.size(); j += 2) {
                    const double x = sigma[row[j]], y = sigma[row[j + 1]];
                    even -= only_if(bits_of(x) < 0, x);
                    odd -= only_if(bits_of(y) < 0, y);
                }
                if (j < row.size()) even -= only_if(bits_of(sigma[row[j]]) < 0, sigma[row[j]]);
                const double sum = even + odd;
                const bool found = bits_of(sum) != 0;
                order[tail] = u;  // kept only when found
                tail += found;
                sigma[u] = sum;
                unvisited[kept] = u;  // kept only when not
                kept += !found;
            }
            listed = kept;
        } else {
            listing = false;  // the list goes stale
            for (std::size_t i = begin; i < end; ++i) {
                const Vertex v = order[i];
                const std::int64_t sv = bits_of(-sigma[v]);
                for (const Vertex w : g.neighbours(v)) {
                    const double x = sigma[w];
                    order[tail] = w;  // kept only when new
                    tail += bits_of(x) == 0;
                    sigma[w] = x + std::bit_cast<double>(sv & ~(bits_of(x) >> 63));  // + σ(v) unless x < 0
                }
            }
        }
        frontier_arcs = 0;
        for (std::size_t i = end; i < tail; ++i) {
            sigma[order[i]] = -sigma[order[i]];
            frontier_arcs += g.degree(order[i]);
        }
        unvisited_arcs -= frontier_arcs;
        unvisited_count -= tail - end;
        level_arcs.push_back(frontier_arcs);
        level_end.push_back(end);
        begin = end;
    }
    const std::size_t levels = level_end.size();
    SourceStats stats;
    stats.reach = tail - 1;
    stats.eccentricity = static_cast<std::uint32_t>(levels - 1);
    for (std::size_t d = 1; d < levels; ++d) {
        const std::size_t count = level_end[d] - level_end[d - 1];
        stats.farness += d * count;
        stats.harmonic += static_cast<double>(count) / static_cast<double>(d);
    }
    // Backward, level by level from the deepest, whose actors have no
    // successors (S = 0). done[w] holds 1/σ(w) + S(w) once w's level is done
    // and 0 before; so does w's σ slot, which turns positive then, while
    // the levels not yet done stay negative. A neighbour of an actor of level
    // d lies on level d − 1, d or d + 1. Each level d is summed the cheaper
    // way:
    // - pull: each actor of level d sums `done` over all its neighbours;
    //   only level d + 1 is done, so that is the sum over its successors,
    //   with no test of levels. Its value waits in its σ slot (read by no one
    //   else now) until its whole level is summed.
    // - push, when level d + 1 has clearly fewer arcs (a push reads and
    //   writes where a pull only reads): each actor of level d + 1 adds its
    //   value to the `done` of its neighbours whose σ slot is negative, which
    //   are those of level d; then each actor of level d reads its sum there.
    double* const done = sc.done.data();
    for (std::size_t i = levels > 1 ? level_end[levels - 2] : tail; i < tail; ++i) {
        const double value = -1.0 / sigma[order[i]];
        done[order[i]] = value;
        sigma[order[i]] = value;
    }
    const auto settle = [&](Vertex v, double sum) {  // δ(v) = σ(v)·S(v); returns 1/σ(v) + S(v)
        const double sv = -sigma[v];
        bc[v] += static_cast<std::uint64_t>(static_cast<std::int64_t>(sv * sum * scale + 0.5));  // below 2^62
        return 1.0 / sv + sum;
    };
    for (std::size_t d = levels - 1; d-- > 1;) {
        if (3 * level_arcs[d + 1] < 2 * level_arcs[d]) {
            for (std::size_t i = level_end[d]; i < level_end[d + 1]; ++i) {
                const double value = done[order[i]];
                for (const Vertex v : g.neighbours(order[i])) done[v] += only_if(bits_of(sigma[v]) < 0, value);
            }
            for (std::size_t i = level_end[d - 1]; i < level_end[d]; ++i) {
                const Vertex v = order[i];
                const double value = settle(v, done[v]);
                done[v] = value;
                sigma[v] = value;
            }
            continue;
        }
        for (std::size_t i = level_end[d - 1]; i < level_end[d]; ++i) {
            const Vertex v = order[i];
            // Two partial sums, so that each addition waits for the one two
            // arcs back rather than the one before.
            const auto row = g.neighbours(v);
            double even = 0.0, odd = 0.0;
            std::size_t j = 0;
            for (; j + 1 < row.size(); j += 2) {
                even += done[row[j]];
                odd += done[row[j + 1]];
            }
            if (j < row.size()) even += done[row[j]];
            sigma[v] = settle(v, even + odd);
        }
        for (std::size_t i = level_end[d - 1]; i < level_end[d]; ++i) done[order[i]] = sigma[order[i]];
    }
    for (std::size_t i = 0; i < tail; ++i) {
        sigma[order[i]] = 0.0;
        done[order[i]] = 0.0;
    }
    return stats;
}

void check_unit_interval(double value, const char* name) {
    if (!(value > 0.0 && value < 1.0))
        throw Failure(std::string("the approximation needs ") + name + " in (0, 1), not " + std::to_string(value));
}

// Closeness with the Wasserman–Faust correction, (r/S)·(r/(n−1)), from an
// actor's farness S (Σ distances to the actors it reaches) and reach r (how
// many it reaches); 0 for an isolate. Needs n ≥ 2.
double closeness_value(std::size_t n, std::uint64_t farness, std::uint64_t reach) {
    const double r = static_cast<double>(reach);
    return farness > 0 ? (r / static_cast<double>(farness)) * (r / static_cast<double>(n - 1)) : 0.0;
}

// ---- Multi-source BFS (Then et al. 2014) -----------------------------------
// Up to 64·W sources share one traversal: bit i of a vertex's lanes (W words)
// says whether source i has reached it. Because distances are symmetric, the
// sources that reach vertex u at level l add l to u's own farness; so every
// sum is kept per vertex and made of integers (harmonic in 2^-32 fixed
// point), which keeps the result the same whatever the order in which threads
// finish, and whatever W.
//
// Each level is direction-optimising (Beamer, Asanović & Patterson 2012,
// "Direction-optimizing breadth-first search", SC '12): while the frontier is
// small its lanes are pushed to the neighbours (top-down); once its arcs
// outweigh those of the vertices still missing lanes, each such vertex pulls
// the lanes from its neighbours instead (bottom-up), stopping as soon as it
// has all the lanes it can still get.

template <std::size_t W>
using Lanes = std::array<std::uint64_t, W>;
constexpr double kFixedOne = 4294967296.0;  // 2^32
// Bottom-up once the frontier's arcs exceed this share of the arcs of the
// vertices still missing lanes (a pull reads, a push read-modify-writes).
constexpr std::uint64_t kBottomUpShare = 4;
// Lane width: the widest of 4, 2 or 1 words whose three per-actor lane arrays
// (24·W bytes per actor per thread) take no more memory than the copy of the
// graph they traverse, nor more than kLaneMemory. Wider lanes mean fewer
// traversals, but they cost memory, and once the arrays outgrow the
// processor's caches each pull waits on memory: on the benchmark's graphs 4
// words are fastest at 100 000 actors and 1 word at 1 000 000 (21 s against
// 28 s for the estimated path measures). Bounded by the graph, the traversal
// state stays a small multiple of the graph, as in a BFS per source, at some
// cost in time: 1 word at 10 000 actors and 30 000 ties (exact closeness on
// two threads 0.07 s against 0.04 s with 4 words, which take 1.5 MiB more), 2
// at 100 000 actors and 500 000 ties (6.8 s against 5.9 s, 9.6 MiB less).
// The results do not depend on the width.
constexpr std::size_t kLaneMemory = std::size_t{16} << 20;

// At most one worker per this many batch-arcs (batches × arcs): each worker
// keeps its own lanes and sums, and on a small graph a second one costs more
// memory than the time it saves (exact closeness at 10 000 actors and
// 30 000 ties, 9.4 million batch-arcs: 0.09 s on one thread, 0.06 s on two
// with 0.6 MiB more). One worker's share is then about 0.15 s of work.
constexpr std::size_t kStepsPerWorker = std::size_t{1} << 24;

std::size_t lane_words(const BfsOrderedGraph& g) {
    const std::size_t n = g.actors();
    const std::size_t limit = std::min(kLaneMemory, g.bytes());
    for (const std::size_t words : {4, 2})
        if (24 * words * n <= limit) return words;
    return 1;
}

template <std::size_t W>
bool any(const Lanes<W>& x) {
    std::uint64_t bits = 0;
    for (const std::uint64_t word : x) bits |= word;
    return bits != 0;
}
template <std::size_t W>
bool same(const Lanes<W>& a, const Lanes<W>& b) {
    std::uint64_t differ = 0;
    for (std::size_t k = 0; k < W; ++k) differ |= a[k] ^ b[k];
    return differ == 0;
}
// Set bits of x, inline (std::popcount becomes a library call on the baseline
// x86-64 instruction set, which has no popcnt).
std::uint64_t count_bits(std::uint64_t x) {
    x -= (x >> 1) & 0x5555555555555555ULL;
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
    x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0fULL;
    return (x * 0x0101010101010101ULL) >> 56;
}
template <std::size_t W>
Lanes<W> operator&(const Lanes<W>& a, const Lanes<W>& b) {
    Lanes<W> x;
    for (std::size_t k = 0; k < W; ++k) x[k] = a[k] & b[k];
    return x;
}
template <std::size_t W>
Lanes<W> and_not(const Lanes<W>& a, const Lanes<W>& b) {
    Lanes<W> x;
    for (std::size_t k = 0; k < W; ++k) x[k] = a[k] & ~b[k];
    return x;
}
template <std::size_t W>
void or_into(Lanes<W>& x, const Lanes<W>& y) {
    for (std::size_t k = 0; k < W; ++k) x[k] |= y[k];
}

// An actor's sums over the sources that reach it, side by side so that
// adding to both touches one cache line. How many sources reach it needs no
// sum: every source of its component but itself.
struct DistanceSums {
    std::uint64_t farness = 0;         // Σ distances
    std::uint64_t harmonic_fixed = 0;  // Σ 1/distance, in 2^-32
};

template <std::size_t W>
struct MsScratch {
    // Per actor: the lanes that have reached it, and those it gets at the
    // level being made. Side by side, as an actor's settling reads both;
    // the frontier, which the pulls read at random, stays apart and dense.
    struct Reached {
        Lanes<W> seen, next;
    };
    std::vector<Reached> state;
    std::vector<Lanes<W>> frontier;
    std::vector<Lanes<W>> component_lanes;  // lanes of this batch's sources, per component
    std::vector<std::uint8_t> touched_flag;
    std::vector<Vertex> active, candidates, reached;
    std::vector<std::uint64_t> inverse_fixed;  // round(2^32 / level)
    MsScratch(std::size_t n, std::size_t components)
        : state(n, Reached{}),
          frontier(n, Lanes<W>{}),
          component_lanes(components, Lanes<W>{}),
          touched_flag(n, 0),
          inverse_fixed(1, 0) {
        // Reserved here, on the calling thread, rather than grown on a worker's
        // (each list holds an actor at most once): a worker that allocates
        // gets a heap arena of its own, and growing leaves freed copies behind.
        // Pages reserved are only resident once written.
        active.reserve(n);
        candidates.reserve(n);
        reached.reserve(n);
    }
};

// The bottom-up step for the actors [first, last) of one component, whose
// sources in the batch hold `lanes`: each actor still missing some of them
// pulls them from its neighbours on the frontier, stopping once it has all
// it can still get, and becomes a candidate if it got any.
template <std::size_t W>
void pull_into_range(const BfsOrderedGraph& g, Vertex first, Vertex last, const Lanes<W>& lanes, MsScratch<W>& sc) {
    for (Vertex u = first; u < last; ++u) {
        const Lanes<W> want = and_not(lanes, sc.state[u].seen);
        if (!any(want)) continue;
        Lanes<W> got{};
        for (const Vertex v : g.neighbours(u)) {
            or_into(got, sc.frontier[v]);
            if (!any(and_not(want, got))) break;
        }
        got = got & want;
        if (any(got)) {
            sc.state[u].next = got;
            sc.candidates.push_back(u);
        }
    }
}

// One batch: lane i is the BFS from sources[i] (at most 64·W sources). Adds
// to each actor's sums and writes each source's eccentricity.
template <std::size_t W>
void ms_bfs_batch(const BfsOrderedGraph& g, std::span<const Vertex> sources, MsScratch<W>& sc, DistanceSums* sums,
                  std::uint32_t* eccentricity) {
    const auto& component = g.component;
    const auto target = [&](Vertex u) -> const Lanes<W>& { return sc.component_lanes[component[u]]; };
    sc.active.clear();
    sc.reached.clear();
    std::uint64_t missing_arcs = 0;  // Σ degree of the vertices still missing lanes
    std::uint64_t frontier_arcs = 0;
    for (std::size_t bit = 0; bit < sources.size(); ++bit) {
        const Vertex s = sources[bit];
        eccentricity[bit] = 0;
        Lanes<W>& lanes = sc.component_lanes[component[s]];
        if (!any(lanes)) missing_arcs += g.component_arcs(component[s]);
        lanes[bit / 64] |= std::uint64_t{1} << (bit % 64);
        sc.state[s].seen[bit / 64] |= std::uint64_t{1} << (bit % 64);
        sc.frontier[s] = sc.state[s].seen;
        sc.active.push_back(s);
        sc.reached.push_back(s);
        frontier_arcs += g.degree(s);
    }
    for (std::uint32_t level = 1; !sc.active.empty(); ++level) {
        if (sc.inverse_fixed.size() <= level) sc.inverse_fixed.push_back(std::llround(kFixedOne / level));
        const std::uint64_t inverse = sc.inverse_fixed[level];
        sc.candidates.clear();
        if (frontier_arcs * kBottomUpShare < missing_arcs) {  // top-down: push the frontier's lanes
            for (const Vertex v : sc.active) {
                const Lanes<W> f = sc.frontier[v];
                for (const Vertex u : g.neighbours(v)) {
                    if (!sc.touched_flag[u]) {
                        sc.touched_flag[u] = 1;
                        sc.candidates.push_back(u);
                    }
                    or_into(sc.state[u].next, f);
                }
            }
            for (const Vertex u : sc.candidates) sc.touched_flag[u] = 0;
        } else {  // bottom-up: every vertex still missing lanes pulls them
            for (std::size_t c = 0; c < g.components(); ++c) {
                const Lanes<W>& lanes = sc.component_lanes[c];  // none: no source of this batch is here
                if (any(lanes)) pull_into_range(g, g.component_begin[c], g.component_begin[c + 1], lanes, sc);
            }
        }
        for (const Vertex v : sc.active) sc.frontier[v] = Lanes<W>{};
        sc.active.clear();
        frontier_arcs = 0;
        Lanes<W> level_lanes{};  // the sources that reach someone at this level
        for (const Vertex u : sc.candidates) {
            Lanes<W>& seen = sc.state[u].seen;
            const Lanes<W> fresh = and_not(sc.state[u].next, seen);
            sc.state[u].next = Lanes<W>{};
            if (!any(fresh)) continue;
            if (!any(seen)) sc.reached.push_back(u);
            std::uint64_t count = 0;
            for (std::size_t k = 0; k < W; ++k) {
                seen[k] |= fresh[k];
                count += count_bits(fresh[k]);
            }
            sc.frontier[u] = fresh;
            sc.active.push_back(u);
            frontier_arcs += g.degree(u);
            if (same(seen, target(u))) missing_arcs -= g.degree(u);
            sums[u].farness += count * level;
            sums[u].harmonic_fixed += count * inverse;
            or_into(level_lanes, fresh);
        }
        for (std::size_t k = 0; k < W; ++k)
            for (std::uint64_t bits = level_lanes[k]; bits != 0; bits &= bits - 1)
                eccentricity[64 * k + static_cast<std::size_t>(__builtin_ctzll(bits))] = level;
    }
    for (const Vertex v : sc.reached) sc.state[v].seen = Lanes<W>{};
    for (const Vertex s : sources) sc.component_lanes[component[s]] = Lanes<W>{};
}

// What the multi-source BFS from a list of sources yields: per actor (in the
// BFS-ordered labels) the sums over the sources that reach it, and per source
// its eccentricity.
struct SourceSums {
    std::vector<DistanceSums> sums;
    std::vector<std::uint64_t> reach;
    std::vector<std::uint32_t> eccentricity;
};

// The multi-source BFS from `sources` (BFS-ordered labels, ascending), 64·W
// at a time on every thread; integer sums, so the same on any number of
// threads. 16 bytes per actor per thread for the sums, 24·W + 1 for the
// traversal.
template <std::size_t W>
SourceSums multi_source_bfs_of_width(const BfsOrderedGraph& g, std::span<const Vertex> sources,
                                     const Execution& execution, std::string_view stage) {
    constexpr std::size_t width = 64 * W;
    const std::size_t n = g.actors();
    const unsigned threads = resolve_threads(execution.threads);
    const std::size_t batches = (sources.size() + width - 1) / width;
    const std::size_t worth = batches * g.targets.size() / kStepsPerWorker;  // threads the work is worth
    const unsigned workers =
        static_cast<unsigned>(std::max<std::size_t>(1, std::min<std::size_t>({threads, batches, worth})));
    std::vector<std::vector<DistanceSums>> acc;
    std::vector<MsScratch<W>> scratch;
    acc.reserve(workers);
    scratch.reserve(workers);
    for (unsigned w = 0; w < workers; ++w) {
        acc.emplace_back(n);
        scratch.emplace_back(n, g.components());
    }
    std::vector<std::uint32_t> eccentricity(sources.size(), 0);
    run_blocks(
        batches, workers,
        [&](std::size_t batch, unsigned worker) {
            const std::size_t first = batch * width;
            const std::size_t count = std::min(width, sources.size() - first);
            ms_bfs_batch(g, sources.subspan(first, count), scratch[worker], acc[worker].data(),
                         eccentricity.data() + first);
        },
        [&](std::size_t done) {
            if (execution.progress) execution.progress(stage, done, batches);
        });
    scratch = {};
    for (std::size_t w = 1; w < acc.size(); ++w) {  // integer sums: any order gives the same result
        for (std::size_t v = 0; v < n; ++v) {
            acc[0][v].farness += acc[w][v].farness;
            acc[0][v].harmonic_fixed += acc[w][v].harmonic_fixed;
        }
        acc[w] = {};
    }
    // Each source reaches every actor of its component but itself.
    std::vector<std::uint64_t> sources_in(g.components(), 0);
    for (const Vertex s : sources) ++sources_in[g.component[s]];
    std::vector<std::uint64_t> reach(n);
    for (Vertex v = 0; v < n; ++v) reach[v] = sources_in[g.component[v]];
    for (const Vertex s : sources) --reach[s];
    return {std::move(acc[0]), std::move(reach), std::move(eccentricity)};
}

// `words`: the lane width in 64-bit words (1, 2 or 4), or 0 to choose it by
// the number of actors.
SourceSums multi_source_bfs(const BfsOrderedGraph& g, std::span<const Vertex> sources, const Execution& execution,
                            std::string_view stage, std::size_t words = 0) {
    switch (words != 0 ? words : lane_words(g)) {
        case 4:
            return multi_source_bfs_of_width<4>(g, sources, execution, stage);
        case 2:
            return multi_source_bfs_of_width<2>(g, sources, execution, stage);
        default:
            return multi_source_bfs_of_width<1>(g, sources, execution, stage);
    }
}

}  // namespace

std::size_t riondato_kornaropoulos_samples(std::size_t vertex_diameter, double epsilon, double delta) {
    if (vertex_diameter <= 2) return 0;  // no shortest path has an inner actor
    constexpr double c = 0.5;            // the universal constant, as estimated by Löffler & Phillips
    const double log_term = std::floor(std::log2(static_cast<double>(vertex_diameter - 2)));
    return static_cast<std::size_t>(std::ceil(c / (epsilon * epsilon) * (log_term + 1.0 + std::log(1.0 / delta))));
}

std::size_t distance_sample_size(std::size_t n, double epsilon, double delta) {
    const double actors = static_cast<double>(std::max<std::size_t>(n, 1));
    return static_cast<std::size_t>(std::ceil(std::log(4.0 * actors / delta) / (2.0 * epsilon * epsilon))) + 1;
}

// Every source's BFS: the sums in the BFS-ordered labels, moved to the
// actors' own labels as they are finished. The copy of the graph is freed
// before the results are made (only its labels are needed for them).
PathMeasures distance_measures(const WaveGraph& g, const Execution& execution) {
    const std::size_t n = g.actors();
    auto ordered = std::make_unique<BfsOrderedGraph>(g, true);
    std::vector<Vertex> sources(n);
    std::iota(sources.begin(), sources.end(), Vertex{0});
    const SourceSums result = multi_source_bfs(*ordered, sources, execution, "distances");
    sources = {};
    const std::vector<Vertex> original = std::move(ordered->original);
    ordered.reset();
    PathMeasures out;
    out.closeness.assign(n, std::nullopt);
    out.harmonic.assign(n, std::nullopt);
    std::uint64_t total_distance = 0, total_pairs = 0;
    for (Vertex v = 0; v < n; ++v) {
        const std::uint64_t farness = result.sums[v].farness, reach = result.reach[v];
        total_distance += farness;
        total_pairs += reach;
        if (n < 2) continue;  // one actor: divides by n − 1 = 0
        const double harmonic = static_cast<double>(result.sums[v].harmonic_fixed) / kFixedOne;
        out.closeness[original[v]] = closeness_value(n, farness, reach);
        out.harmonic[original[v]] = harmonic / static_cast<double>(n - 1);
    }
    if (total_pairs > 0) {
        out.average_path_length = static_cast<double>(total_distance) / static_cast<double>(total_pairs);
        out.diameter = *std::max_element(result.eccentricity.begin(), result.eccentricity.end());
    }
    return out;
}

namespace {

// Exact measures: one Brandes traversal per source on the BFS-ordered copy.
// Besides that copy, each thread keeps 24 bytes per actor of traversal state
// and 8 of betweenness sums; closeness and harmonic are kept as plain doubles
// until the end. The results are then moved into their nullable vectors one
// at a time, each source freed as soon as it is read, so that the peak stays
// near what the results themselves need.
PathMeasures exact_measures(const WaveGraph& g, const Execution& execution) {
    const std::size_t n = g.actors();
    const unsigned threads = resolve_threads(execution.threads);
    const std::size_t blocks = std::min(kSourceBlocks, std::max<std::size_t>(n, 1));
    const unsigned workers = static_cast<unsigned>(std::max<std::size_t>(1, std::min<std::size_t>(threads, blocks)));
    const double scale = fixed_point_scale(n);
    auto ordered = std::make_unique<BfsOrderedGraph>(g, false);  // sums and sources in its labels until the end
    struct alignas(64) Totals {                                  // one cache line per worker
        std::uint64_t distance = 0, pairs = 0;
        std::uint32_t diameter = 0;
    };
    std::vector<Totals> totals(workers);
    std::vector<double> closeness(n, 0.0), harmonic(n, 0.0);  // per source, in the original labels
    std::vector<std::vector<std::uint64_t>> sums;             // per worker, in fixed point
    std::vector<BrandesScratch> scratch;
    sums.reserve(workers);
    scratch.reserve(workers);
    for (unsigned w = 0; w < workers; ++w) {
        sums.emplace_back(n, 0);
        scratch.emplace_back(n);
    }
    const auto first_source = [&](std::size_t block) { return n * block / blocks; };
    run_blocks(
        blocks, workers,
        [&](std::size_t block, unsigned worker) {
            Totals& t = totals[worker];
            const auto& begins = ordered->component_begin;
            for (std::size_t s = first_source(block); s < first_source(block + 1); ++s) {
                const auto c = std::upper_bound(begins.begin(), begins.end(), s) - begins.begin() - 1;
                const SourceStats st = brandes_source(*ordered, static_cast<Vertex>(s), static_cast<std::size_t>(c),
                                                      scratch[worker], sums[worker].data(), scale);
                t.distance += st.farness;
                t.pairs += st.reach;
                t.diameter = std::max(t.diameter, st.eccentricity);
                const Vertex v = ordered->original[s];
                closeness[v] = closeness_value(n, st.farness, st.reach);
                harmonic[v] = st.harmonic;
            }
        },
        [&](std::size_t done) {
            if (execution.progress) execution.progress("shortest paths", done, blocks);
        });
    scratch = {};

    PathMeasures out;
    std::uint64_t distance = 0, pairs = 0;
    std::uint32_t diameter = 0;
    for (const Totals& t : totals) {
        distance += t.distance;
        pairs += t.pairs;
        diameter = std::max(diameter, t.diameter);
    }
    if (pairs > 0) {
        out.average_path_length = static_cast<double>(distance) / static_cast<double>(pairs);
        out.diameter = diameter;
    }
    out.betweenness.assign(n, std::nullopt);
    if (n > 2) {
        // Every unordered pair was seen from both ends: raw/2 / ((n−1)(n−2)/2).
        const double normalise = 1.0 / (scale * static_cast<double>(n - 1) * static_cast<double>(n - 2));
        for (Vertex v = 0; v < n; ++v) {
            std::uint64_t raw = 0;
            for (const auto& worker_sums : sums) raw += worker_sums[v];
            out.betweenness[ordered->original[v]] = static_cast<double>(raw) * normalise;
        }
    }
    sums = {};
    ordered.reset();
    out.closeness.assign(n, std::nullopt);
    if (n >= 2)
        for (std::size_t v = 0; v < n; ++v) out.closeness[v] = closeness[v];
    closeness = {};
    out.harmonic.assign(n, std::nullopt);
    if (n >= 2)
        for (std::size_t v = 0; v < n; ++v) out.harmonic[v] = harmonic[v] / static_cast<double>(n - 1);
    return out;
}

// `k` of the `count` labels first, first + 1, ... drawn uniformly without
// replacement, appended in ascending order (Knuth's selection sampling,
// TAOCP vol. 2, Algorithm 3.4.2 S).
void draw_ascending(Vertex first, std::size_t count, std::size_t k, SplitMix& rng, std::vector<Vertex>& out) {
    for (std::size_t i = 0; i < count && k > 0; ++i)
        if (rng.uniform() * static_cast<double>(count - i) < static_cast<double>(k)) {
            out.push_back(static_cast<Vertex>(first + i));
            --k;
        }
}

// Closeness, harmonic, average path length and diameter estimated from k
// sources per component (DistanceApproximation), by the multi-source BFS.
// Components are contiguous in the BFS-ordered labels, so each draw is a
// range. Exact in components of at most k actors.
void estimate_distances(const WaveGraph& g, const PathOptions& options, PathMeasures& out) {
    const std::size_t n = g.actors();
    const BfsOrderedGraph ordered(g, true);
    const std::size_t components = ordered.components();
    const auto size_of = [&](std::size_t c) { return ordered.component_size(c); };

    DistanceApproximation info;
    info.epsilon = *options.approx_epsilon;
    info.delta = options.approx_delta;
    info.seed = options.seed;
    info.sources = distance_sample_size(n, info.epsilon, info.delta);
    const std::size_t k = info.sources;
    SplitMix rng{mix(options.seed ^ 0x64697374616e6365ULL)};  // its own stream, apart from betweenness
    std::vector<Vertex> sources;
    for (std::size_t c = 0; c < components; ++c) {
        const auto first = static_cast<Vertex>(ordered.component_begin[c]);
        if (size_of(c) <= k) {
            for (std::size_t i = 0; i < size_of(c); ++i) sources.push_back(static_cast<Vertex>(first + i));
        } else {
            draw_ascending(first, size_of(c), k, rng, sources);
            info.estimated_actors += size_of(c);
        }
    }
    const SourceSums bfs =
        multi_source_bfs(ordered, sources, options.execution,
                         info.estimated_actors > 0 ? "distance samples" : "distances", options.lane_words);

    // Per component: the largest eccentricity of a source (a lower bound on
    // its diameter, exact when every actor is a source) and an upper bound.
    std::vector<std::uint32_t> lower(components, 0), smallest(components, std::numeric_limits<std::uint32_t>::max());
    for (std::size_t i = 0; i < sources.size(); ++i) {
        const std::uint32_t c = ordered.component[sources[i]];
        lower[c] = std::max(lower[c], bfs.eccentricity[i]);
        smallest[c] = std::min(smallest[c], bfs.eccentricity[i]);
    }
    sources = {};
    std::vector<std::uint32_t> upper(components, 0);
    std::uint32_t diameter = 0, diameter_upper = 0;
    for (std::size_t c = 0; c < components; ++c) {
        upper[c] =
            size_of(c) <= k
                ? lower[c]
                : static_cast<std::uint32_t>(std::min<std::uint64_t>(2 * std::uint64_t{smallest[c]}, size_of(c) - 1));
        diameter = std::max(diameter, lower[c]);
        diameter_upper = std::max(diameter_upper, upper[c]);
    }

    const double deviation =
        std::sqrt(std::log(4.0 * static_cast<double>(n) / info.delta) / (2.0 * static_cast<double>(k - 1)));  // ε'
    out.closeness.assign(n, std::nullopt);
    out.harmonic.assign(n, std::nullopt);
    std::uint64_t exact_distance = 0, exact_pairs = 0;                  // components taken whole
    double sampled_distance = 0, sampled_pairs = 0, sampled_bound = 0;  // components sampled
    for (Vertex v = 0; v < n; ++v) {
        const std::uint32_t c = ordered.component[v];
        const Vertex actor = ordered.original[v];
        const std::uint64_t farness = bfs.sums[v].farness, reach = bfs.reach[v];
        const double harmonic = static_cast<double>(bfs.sums[v].harmonic_fixed) / kFixedOne;
        if (size_of(c) <= k) {
            exact_distance += farness;
            exact_pairs += reach;
            if (n < 2) continue;
            out.closeness[actor] = closeness_value(n, farness, reach);
            out.harmonic[actor] = harmonic / static_cast<double>(n - 1);
            continue;
        }
        const double others = static_cast<double>(size_of(c) - 1);
        const double share = others / static_cast<double>(n - 1);  // (n_C − 1)/(n − 1)
        const double mean = static_cast<double>(farness) / static_cast<double>(reach);
        const double spread = static_cast<double>(upper[c] - 1) * deviation;  // t
        out.closeness[actor] = share / mean;
        out.harmonic[actor] = share * harmonic / static_cast<double>(reach);
        info.closeness_bound = std::max(info.closeness_bound, share * spread / (mean * std::max(1.0, mean - spread)));
        info.harmonic_bound = std::max(info.harmonic_bound, share * deviation);
        sampled_distance += others * mean;
        sampled_pairs += others;
        sampled_bound += others * spread;
    }
    if (exact_pairs > 0 || sampled_pairs > 0) {
        const double pairs = static_cast<double>(exact_pairs) + sampled_pairs;
        out.average_path_length = (static_cast<double>(exact_distance) + sampled_distance) / pairs;
        out.diameter = diameter;
        info.average_path_length_bound = sampled_bound / pairs;
    }
    info.diameter_upper_bound = diameter_upper;
    if (info.estimated_actors > 0) out.distance_approximation = info;
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

// Per-thread state of the bidirectional searches: one side grows from each
// end of the pair.
struct SampleScratch {
    struct Side {
        std::vector<std::int32_t> dist;
        std::vector<double> sigma;  // shortest paths from this side's root
        std::vector<Vertex> order;  // visited, level by level
        std::size_t level_begin = 0;
        std::uint64_t frontier_arcs = 0;
        explicit Side(std::size_t n) : dist(n, -1), sigma(n, 0.0) {}
    };
    std::array<Side, 2> sides;
    explicit SampleScratch(std::size_t n) : sides{Side(n), Side(n)} {}
};

// Walks from w back to the side's root, choosing each predecessor p of x with
// probability σ_p/σ_x, and counts the actors passed (not the root).
void walk_back(const WaveGraph& g, const SampleScratch::Side& side, Vertex w, SplitMix& rng, std::uint32_t* counts) {
    while (side.dist[w] > 1) {
        const double target = rng.uniform() * side.sigma[w];
        const std::int32_t previous = side.dist[w] - 1;
        double cumulative = 0.0;
        Vertex chosen = w;
        for (const Vertex p : g.neighbours(w)) {
            if (side.dist[p] != previous) continue;
            chosen = p;
            cumulative += side.sigma[p];
            if (cumulative > target) break;
        }
        ++counts[chosen];
        w = chosen;
    }
}

// One sample: a pair (u, v) drawn uniformly, and one of its shortest paths
// drawn uniformly. A balanced bidirectional BFS (the side whose frontier has
// fewer arcs grows by one whole level) stops at the first level whose new
// actors the other side has already reached; every shortest path crosses that
// level at exactly one such actor w, in σ_u(w)·σ_v(w) ways. So w is drawn with
// that weight and the path completed by walking back to u and to v. Adds 1 to
// the count of every inner actor of the path.
void sample_path(const WaveGraph& g, SplitMix& rng, SampleScratch& sc, std::uint32_t* counts) {
    const std::size_t n = g.actors();
    const auto u = static_cast<Vertex>(rng.below(n));
    auto v = static_cast<Vertex>(rng.below(n - 1));
    if (v >= u) ++v;
    const std::array<Vertex, 2> roots = {u, v};
    for (std::size_t k = 0; k < 2; ++k) {
        auto& side = sc.sides[k];
        side.order.assign(1, roots[k]);
        side.level_begin = 0;
        side.frontier_arcs = g.degree(roots[k]);
        side.dist[roots[k]] = 0;
        side.sigma[roots[k]] = 1.0;
    }
    std::size_t grown = 0;          // the side whose last level met the other
    std::size_t meeting_begin = 0;  // that level's first actor in its order
    bool met = false;
    while (!met) {
        auto& a = sc.sides[0];
        auto& b = sc.sides[1];
        if (a.level_begin == a.order.size() || b.level_begin == b.order.size()) break;  // not connected
        grown = a.frontier_arcs <= b.frontier_arcs ? 0 : 1;
        auto& side = sc.sides[grown];
        const auto& other = sc.sides[1 - grown];
        const std::size_t end = side.order.size();
        const std::int32_t next = side.dist[side.order[side.level_begin]] + 1;
        std::uint64_t arcs = 0;
        for (std::size_t i = side.level_begin; i < end; ++i) {
            const Vertex x = side.order[i];
            for (const Vertex w : g.neighbours(x)) {
                if (side.dist[w] < 0) {
                    side.dist[w] = next;
                    side.order.push_back(w);
                    arcs += g.degree(w);
                    met = met || other.dist[w] >= 0;
                }
                if (side.dist[w] == next) side.sigma[w] += side.sigma[x];
            }
        }
        side.level_begin = end;
        side.frontier_arcs = arcs;
        meeting_begin = end;
    }
    if (met) {
        const auto& side = sc.sides[grown];
        const auto& other = sc.sides[1 - grown];
        double total = 0.0;
        for (std::size_t i = meeting_begin; i < side.order.size(); ++i) {
            const Vertex w = side.order[i];
            if (other.dist[w] >= 0) total += side.sigma[w] * other.sigma[w];
        }
        const double target = rng.uniform() * total;
        double cumulative = 0.0;
        Vertex w = side.order[meeting_begin];
        for (std::size_t i = meeting_begin; i < side.order.size(); ++i) {
            const Vertex x = side.order[i];
            if (other.dist[x] < 0) continue;
            w = x;
            cumulative += side.sigma[x] * other.sigma[x];
            if (cumulative > target) break;
        }
        if (w != u && w != v) ++counts[w];
        walk_back(g, side, w, rng, counts);
        walk_back(g, other, w, rng, counts);
    }
    for (auto& side : sc.sides) {
        for (const Vertex x : side.order) {
            side.dist[x] = -1;
            side.sigma[x] = 0.0;
        }
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
    std::vector<SampleScratch> scratch;
    scratch.reserve(workers);
    for (unsigned w = 0; w < workers; ++w) scratch.emplace_back(n);
    const std::size_t samples = info.samples;
    run_blocks(
        blocks, workers,
        [&](std::size_t block, unsigned worker) {
            const std::size_t first = samples * block / blocks;
            const std::size_t last = samples * (block + 1) / blocks;
            for (std::size_t i = first; i < last; ++i) {
                SplitMix rng = stream_generator(options.seed, i);
                sample_path(g, rng, scratch[worker], counts[worker].data());
            }
        },
        [&](std::size_t done) {
            if (options.execution.progress) options.execution.progress("betweenness samples", done, blocks);
        });
    std::vector<std::uint64_t> total(n, 0);
    for (const auto& c : counts)  // integer sums: the same whatever the threads
        for (std::size_t v = 0; v < n; ++v) total[v] += c[v];
    const double scale =
        samples == 0 ? 0.0 : static_cast<double>(n) / (static_cast<double>(samples) * static_cast<double>(n - 2));
    for (std::size_t v = 0; v < n; ++v) out.betweenness[v] = static_cast<double>(total[v]) * scale;
}

}  // namespace

PathMeasures shortest_path_measures(const WaveGraph& g, const PathOptions& options) {
    if (options.lane_words != 0 && options.lane_words != 1 && options.lane_words != 2 && options.lane_words != 4)
        throw Failure("lane_words must be 0, 1, 2 or 4, not " + std::to_string(options.lane_words));
    if (!options.approx_epsilon) return exact_measures(g, options.execution);
    check_unit_interval(*options.approx_epsilon, "epsilon");
    check_unit_interval(options.approx_delta, "delta");
    PathMeasures out;
    if (options.approx_distances)
        estimate_distances(g, options, out);
    else
        out = distance_measures(g, options.execution);
    approximate_betweenness(g, options, out);
    return out;
}

}  // namespace helixnet
