#include "helixnet/metrics/key_players.hpp"

#include <algorithm>
#include <limits>
#include <string>

#include "helixnet/error.hpp"
#include "helixnet/graph/subgraph.hpp"
#include "helixnet/metrics/paths.hpp"
#include "helixnet/util/random.hpp"

namespace helixnet {
namespace {

constexpr double kImprovement = 1e-12;  // a change smaller than this is a tie
constexpr std::uint32_t kFar = std::numeric_limits<std::uint32_t>::max();
constexpr Vertex kNoVertex = std::numeric_limits<Vertex>::max();

void check_k(std::size_t k, std::size_t n, std::size_t most, const char* problem) {
    if (k < 1 || k > most)
        throw Failure(std::string(problem) + " needs a set size k between 1 and " + std::to_string(most) +
                      " for a wave of " + std::to_string(n) + " actors, not " + std::to_string(k));
}

// C(n, r), or cap + 1 when it exceeds cap.
std::uint64_t choose_capped(std::uint64_t n, std::uint64_t r, std::uint64_t cap) {
    __extension__ using u128 = unsigned __int128;
    u128 c = 1;
    for (std::uint64_t i = 1; i <= r; ++i) {
        c = c * (n - r + i) / i;  // C(n−r+i, i), an integer at every step
        if (c > cap) return cap + 1;
    }
    return static_cast<std::uint64_t>(c);
}

// Whether to enumerate: fewer than `enumeration_limit` sets, and the
// C(n, k−1) incremental runs of about n(n + 2m) arcs each within work_limit.
bool enumerate(const WaveGraph& g, const KeyPlayerOptions& o) {
    if (o.search != KeyPlayerSearch::automatic) return o.search == KeyPlayerSearch::enumeration;
    const std::uint64_t n = g.actors();
    if (choose_capped(n, o.k, o.enumeration_limit) >= o.enumeration_limit) return false;
    const std::uint64_t per_run = n * (n + 2 * g.ties());
    const std::uint64_t runs = choose_capped(n, o.k - 1, o.work_limit / std::max<std::uint64_t>(per_run, 1));
    return runs * per_run <= o.work_limit;
}

// The next r-subset of [0, n) in lexicographic order; false after the last.
bool next_subset(std::vector<Vertex>& c, std::size_t n) {
    const std::size_t r = c.size();
    for (std::size_t i = r; i-- > 0;) {
        if (c[i] < n - r + i) {
            ++c[i];
            for (std::size_t j = i + 1; j < r; ++j) c[j] = c[j - 1] + 1;
            return true;
        }
    }
    return false;
}

std::vector<Vertex> first_subset(std::size_t r) {
    std::vector<Vertex> c(r);
    for (std::size_t i = 0; i < r; ++i) c[i] = static_cast<Vertex>(i);
    return c;
}

// The best vertex w ≥ min_candidate to add to `set`, and the objective with it.
struct Addition {
    Vertex vertex = kNoVertex;
    double value = -std::numeric_limits<double>::infinity();
};

// Keeps the first of equal values: callers offer candidates in ascending order.
void offer(Addition& best, Vertex w, double value) {
    if (best.vertex == kNoVertex || value > best.value + kImprovement) best = {w, value};
}

// The set with member i replaced by w, ascending.
std::vector<Vertex> without_member(const std::vector<Vertex>& set, std::size_t i) {
    std::vector<Vertex> rest = set;
    rest.erase(rest.begin() + static_cast<std::ptrdiff_t>(i));
    return rest;
}

// Borgatti's swap phase from `members` (objective `current`): each pass finds,
// for every member, the best replacement among the non-members, and makes
// the single swap that improves the objective most; until no swap improves
// it by more than kImprovement.
template <class Add>
double improve(std::vector<Vertex>& members, double current, std::size_t& swaps, Add& add) {
    for (;;) {
        std::size_t chosen = members.size();
        Addition best;
        for (std::size_t i = 0; i < members.size(); ++i) {
            const Addition a = add(without_member(members, i), 0);
            if (a.vertex == kNoVertex || a.vertex == members[i] || !(a.value > current + kImprovement)) continue;
            if (chosen == members.size() || a.value > best.value + kImprovement) {
                chosen = i;
                best = a;
            }
        }
        if (chosen == members.size()) return current;
        members[chosen] = best.vertex;
        current = best.value;
        ++swaps;
    }
}

// Greedy start plus swaps, then as many seeded random starts plus swaps as
// `restarts` allows; the best set found (the earliest of equal ones).
// `add(set, min_candidate)` returns the best addition to a set,
// `evaluate(set)` the objective of a set.
template <class Add, class Evaluate>
KeyPlayerSet multi_start(std::size_t n, std::size_t k, std::size_t restarts, std::uint64_t seed, Add add,
                         Evaluate evaluate) {
    KeyPlayerSet out;
    std::vector<Vertex> members;
    double value = 0;
    for (std::size_t i = 0; i < k; ++i) {
        const Addition a = add(members, 0);
        members.push_back(a.vertex);
        value = a.value;
    }
    value = improve(members, value, out.swaps, add);
    out.members = members;
    out.starts = 1;
    SplitMix64 rng(seed);
    std::vector<Vertex> all(n);
    for (std::size_t v = 0; v < n; ++v) all[v] = static_cast<Vertex>(v);
    for (std::size_t r = 0; r < restarts; ++r) {
        for (std::size_t i = 0; i < k; ++i) std::swap(all[i], all[i + rng.below(n - i)]);  // a random k-set
        std::vector<Vertex> start(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(k));
        std::size_t swaps = 0;
        const double found = improve(start, evaluate(start), swaps, add);
        ++out.starts;
        if (found > value + kImprovement) {
            value = found;
            out.members = start;
            out.swaps = swaps;
        }
    }
    std::sort(out.members.begin(), out.members.end());
    return out;
}

// The random starts the work limit allows: each costs about 2k additions of
// `per_addition` arcs.
std::size_t affordable_restarts(const KeyPlayerOptions& o, std::uint64_t per_addition) {
    const std::uint64_t per_start = 2 * o.k * std::max<std::uint64_t>(per_addition, 1);
    return static_cast<std::size_t>(std::min<std::uint64_t>(o.restarts, o.work_limit / per_start));
}

// Every k-set as a (k−1)-set plus a larger vertex, in lexicographic order.
template <class Add>
KeyPlayerSet enumeration(std::size_t n, std::size_t k, Add add) {
    KeyPlayerSet out;
    out.enumerated = true;
    Addition best;
    std::vector<Vertex> best_rest;
    std::vector<Vertex> rest = first_subset(k - 1);
    do {
        const Vertex from = rest.empty() ? 0 : rest.back() + 1;
        if (from >= n) continue;
        const Addition a = add(rest, from);
        if (a.vertex != kNoVertex && (best.vertex == kNoVertex || a.value > best.value + kImprovement)) {
            best = a;
            best_rest = rest;
        }
    } while (next_subset(rest, n));
    out.members = best_rest;
    out.members.push_back(best.vertex);
    std::sort(out.members.begin(), out.members.end());
    return out;
}

// ---- KPP-Pos ---------------------------------------------------------------

struct ReachObjective {
    std::uint32_t depth = kFar;  // m; kFar: unbounded (distance-weighted)
    bool weighted = false;
    // What an outsider at distance d counts.
    [[nodiscard]] double value(std::uint32_t d) const {
        if (d == kFar) return 0.0;
        return weighted ? 1.0 / d : (d <= depth ? 1.0 : 0.0);
    }
};

ReachObjective objective_of(ReachCriterion c) {
    switch (c) {
        case ReachCriterion::reach_1:
            return {1, false};
        case ReachCriterion::reach_2:
            return {2, false};
        case ReachCriterion::distance_weighted:
            break;
    }
    return {kFar, true};
}

// Distances from the nearest member, up to `depth` (kFar beyond).
std::vector<std::uint32_t> distances_from(const WaveGraph& g, std::span<const Vertex> set, std::uint32_t depth) {
    std::vector<std::uint32_t> d(g.actors(), kFar);
    std::vector<Vertex> queue;
    for (const Vertex s : set)
        if (d[s] != 0) {
            d[s] = 0;
            queue.push_back(s);
        }
    for (std::size_t i = 0; i < queue.size(); ++i) {
        const Vertex v = queue[i];
        if (d[v] >= depth) continue;
        for (const Vertex w : g.neighbours(v))
            if (d[w] == kFar) {
                d[w] = d[v] + 1;
                queue.push_back(w);
            }
    }
    return d;
}

struct PosScratch {
    std::vector<std::uint32_t> d;  // from the candidate; kFar unseen
    std::vector<Vertex> queue;     // expanded, breadth-first
    std::vector<Vertex> seen;
    explicit PosScratch(std::size_t n) : d(n, kFar) {}
};

// The gain in the objective from adding w to a set at distances `ds`: a
// breadth-first search from w that goes no further where the set is as
// close (nothing beyond can gain either).
double addition_gain(const WaveGraph& g, Vertex w, const std::vector<std::uint32_t>& ds, const ReachObjective& obj,
                     PosScratch& sc) {
    double gain = -obj.value(ds[w]);  // w becomes a member
    sc.queue.assign(1, w);
    sc.seen.assign(1, w);
    sc.d[w] = 0;
    for (std::size_t i = 0; i < sc.queue.size(); ++i) {
        const Vertex x = sc.queue[i];
        const std::uint32_t next = sc.d[x] + 1;
        if (next > obj.depth) break;  // breadth-first: every later vertex is as far
        for (const Vertex y : g.neighbours(x)) {
            if (sc.d[y] != kFar) continue;
            sc.d[y] = next;
            sc.seen.push_back(y);
            if (next < ds[y]) {
                gain += obj.value(next) - obj.value(ds[y]);
                sc.queue.push_back(y);
            }
        }
    }
    for (const Vertex x : sc.seen) sc.d[x] = kFar;
    return gain;
}

}  // namespace

ReachScores reach_scores(const WaveGraph& g, std::span<const Vertex> members) {
    const std::size_t n = g.actors();
    const std::vector<std::uint32_t> d = distances_from(g, members, kFar);
    ReachScores out;
    double weighted = 0;
    std::size_t outsiders = 0;
    for (std::size_t v = 0; v < n; ++v) {
        if (d[v] == 0) continue;
        ++outsiders;
        if (d[v] <= 1) ++out.reach_1;
        if (d[v] <= 2) ++out.reach_2;
        if (d[v] != kFar) weighted += 1.0 / d[v];
    }
    if (outsiders > 0) {
        const double others = static_cast<double>(outsiders);
        out.reach_1_share = static_cast<double>(out.reach_1) / others;
        out.reach_2_share = static_cast<double>(out.reach_2) / others;
        out.distance_weighted_reach = weighted / others;
    }
    return out;
}

KeyPlayerSet key_players_reach(const WaveGraph& g, ReachCriterion criterion, const KeyPlayerOptions& options) {
    const std::size_t n = g.actors();
    check_k(options.k, n, n == 0 ? 0 : n - 1, "KPP-Pos");
    const ReachObjective obj = objective_of(criterion);
    const unsigned threads = resolve_threads(options.removal.execution.threads);
    constexpr std::size_t kBlock = 256;
    const std::size_t blocks = (n + kBlock - 1) / kBlock;
    const unsigned workers = static_cast<unsigned>(std::min<std::size_t>(threads, blocks));
    std::vector<PosScratch> scratch;
    for (unsigned w = 0; w < workers; ++w) scratch.emplace_back(n);
    std::vector<double> gains(n);
    std::vector<double> from_nobody;  // Σ_j 1/d(w, j): the objective of {w} alone (weighted)

    const auto add = [&](const std::vector<Vertex>& set, Vertex from) {
        Addition best;
        std::vector<bool> member(n, false);
        for (const Vertex s : set) member[s] = true;
        if (set.empty() && obj.weighted) {
            // From nobody, the gain of w is its whole harmonic sum: one
            // multi-source BFS for all candidates instead of one BFS each.
            if (from_nobody.empty()) {
                const PathMeasures paths = distance_measures(g, options.removal.execution);
                from_nobody.resize(n);
                for (std::size_t v = 0; v < n; ++v)
                    from_nobody[v] = paths.harmonic[v].value_or(0.0) * static_cast<double>(n - 1);
            }
            for (Vertex w = from; w < n; ++w) offer(best, w, from_nobody[w]);
            return best;
        }
        const std::vector<std::uint32_t> ds = distances_from(g, set, obj.depth);
        double base = 0;
        for (std::size_t v = 0; v < n; ++v)
            if (!member[v]) base += obj.value(ds[v]);
        run_blocks(blocks, workers, [&](std::size_t block, unsigned worker) {
            const auto last = static_cast<Vertex>(std::min(n, (block + 1) * kBlock));
            for (auto w = static_cast<Vertex>(std::max<std::size_t>(from, block * kBlock)); w < last; ++w)
                if (!member[w]) gains[w] = addition_gain(g, w, ds, obj, scratch[worker]);
        });
        for (Vertex w = from; w < n; ++w)
            if (!member[w]) offer(best, w, base + gains[w]);
        return best;
    };
    const auto evaluate = [&](const std::vector<Vertex>& set) {
        const std::vector<std::uint32_t> ds = distances_from(g, set, obj.depth);
        double value = 0;
        for (std::size_t v = 0; v < n; ++v)
            if (ds[v] != 0) value += obj.value(ds[v]);
        return value;
    };
    const std::uint64_t per_addition = static_cast<std::uint64_t>(n) * (n + 2 * g.ties());
    KeyPlayerSet out = enumerate(g, options) ? enumeration(n, options.k, add)
                                             : multi_start(n, options.k, affordable_restarts(options, per_addition),
                                                           options.seed, add, evaluate);
    out.reach = reach_scores(g, out.members);
    return out;
}

KeyPlayerSet key_players_fragmentation(const WaveGraph& g, const KeyPlayerOptions& options) {
    const std::size_t n = g.actors();
    check_k(options.k, n, n < 2 ? 0 : n - 2, "KPP-Neg");
    const bool exhaustive = enumerate(g, options);
    RemovalOptions removal = options.removal;
    if (exhaustive) removal.sources = n;  // enumeration compares exact values
    bool estimated = false;
    const auto add = [&](const std::vector<Vertex>& set, Vertex from) {
        const WaveGraph rest = without_vertices(g, set);
        const FragmentationIfRemoved f = fragmentation_if_removed(rest, removal);
        estimated = estimated || !f.exact;
        Addition best;
        for (Vertex v = 0; v < rest.actors(); ++v) {  // ascending in g's order too
            const Vertex w = *g.vertex_of_actor(rest.actor(v));
            if (w >= from && f.value[v]) offer(best, w, *f.value[v]);
        }
        return best;
    };
    const auto evaluate = [&](const std::vector<Vertex>& set) {
        return distance_fragmentation(without_vertices(g, set), options.removal.execution).value_or(0.0);
    };
    const std::uint64_t per_addition =
        std::min<std::uint64_t>(static_cast<std::uint64_t>(n) * (n + 2 * g.ties()), options.removal.work_limit);
    KeyPlayerSet out =
        exhaustive ? enumeration(n, options.k, add)
                   : multi_start(n, options.k, affordable_restarts(options, per_addition), options.seed, add, evaluate);
    out.estimated = estimated;
    out.fragmentation_before = distance_fragmentation(g, options.removal.execution);
    out.fragmentation_after = distance_fragmentation(without_vertices(g, out.members), options.removal.execution);
    out.reach = reach_scores(g, out.members);
    return out;
}

}  // namespace helixnet
