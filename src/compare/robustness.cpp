#include "helixnet/compare/robustness.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <numeric>
#include <span>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "helixnet/error.hpp"
#include "helixnet/graph/wave_graph.hpp"
#include "helixnet/groups/grouping.hpp"
#include "helixnet/groups/helix.hpp"
#include "helixnet/groups/wave_groups.hpp"
#include "helixnet/util/number.hpp"
#include "helixnet/util/random.hpp"

namespace helixnet {
namespace {

using Count = std::int64_t;
using PassageSet = std::vector<std::uint32_t>;  // passage numbers, ascending

// ---- Union-find ----------------------------------------------------------------

// Disjoint sets of vertices with union by size and path halving; keeps the
// size of the largest set.
class DisjointSets {
public:
    void reset(std::size_t n) {
        parent_.resize(n);
        std::iota(parent_.begin(), parent_.end(), 0u);
        size_.assign(n, 1);
        largest_ = n > 0 ? 1 : 0;
    }
    std::uint32_t find(std::uint32_t x) {
        while (parent_[x] != x) {
            parent_[x] = parent_[parent_[x]];
            x = parent_[x];
        }
        return x;
    }
    // Joins the sets of a and b; false when they were one set already.
    bool unite(std::uint32_t a, std::uint32_t b) {
        a = find(a);
        b = find(b);
        if (a == b) return false;
        if (size_[a] < size_[b]) std::swap(a, b);
        parent_[b] = a;
        size_[a] += size_[b];
        largest_ = std::max(largest_, size_[a]);
        return true;
    }
    [[nodiscard]] std::size_t root_size(std::uint32_t root) const { return size_[root]; }
    [[nodiscard]] std::size_t largest() const { return largest_; }

private:
    std::vector<std::uint32_t> parent_;
    std::vector<std::size_t> size_;
    std::size_t largest_ = 0;
};

// ---- The waves as the findings see them ---------------------------------------------

// Counter 0 counts ties; attribute a has counters 1 + 2a (ties across its
// groups) and 2 + 2a (ties inside them); then the helix ties; then one
// counter per pair of different groups of an attribute.
class CounterIds {
public:
    explicit CounterIds(std::size_t attributes) : attributes_(attributes) {}
    static constexpr std::uint32_t ties = 0;
    [[nodiscard]] std::uint32_t external(std::size_t a) const { return static_cast<std::uint32_t>(1 + 2 * a); }
    [[nodiscard]] std::uint32_t internal(std::size_t a) const { return static_cast<std::uint32_t>(2 + 2 * a); }
    [[nodiscard]] std::uint32_t helix() const { return static_cast<std::uint32_t>(1 + 2 * attributes_); }
    std::uint32_t pair(std::size_t a, const std::string& g1, const std::string& g2) {
        const auto [it, fresh] =
            pairs_.try_emplace({a, g1, g2}, static_cast<std::uint32_t>(helix() + 1 + pairs_.size()));
        return it->second;
    }
    [[nodiscard]] std::size_t size() const { return helix() + 1 + pairs_.size(); }
    // (attribute, g1, g2) -> counter, in attribute order, then byte order of the groups.
    [[nodiscard]] const std::map<std::tuple<std::size_t, std::string, std::string>, std::uint32_t>& pairs() const {
        return pairs_;
    }

private:
    std::size_t attributes_;
    std::map<std::tuple<std::size_t, std::string, std::string>, std::uint32_t> pairs_;
};

struct WaveTie {
    Vertex u = 0;
    Vertex v = 0;
    std::uint32_t passage = 0;
    Confidence level = Confidence::stated;
    bool group_actor = false;          // an end stands for a group
    bool shared = false;               // its passage supports more than shared_passage_limit ties in the wave
    std::uint32_t counters_begin = 0;  // its counters: WaveData::counter_ids[begin, end)
    std::uint32_t counters_end = 0;
};

struct WaveData {
    int year = 0;
    std::size_t actors = 0;
    std::size_t group_actors = 0;
    std::vector<WaveTie> ties;
    std::vector<std::uint32_t> counter_ids;

    [[nodiscard]] std::span<const std::uint32_t> counters_of(const WaveTie& t) const {
        return {counter_ids.data() + t.counters_begin, t.counters_end - t.counters_begin};
    }
};

// One wave, from its graph and the groupings of the --by attributes. A pair
// listed twice counts once, as in the wave's graph (the loader merges such
// records; the first one's evidence stands).
WaveData wave_data(const Study& study, const WaveGraph& graph, const std::vector<const Grouping*>& groupings,
                   const std::vector<HelixRole>* roles, const std::vector<std::uint32_t>& passage_of_tie,
                   CounterIds& ids) {
    WaveData w;
    w.year = graph.year();
    w.actors = graph.actors();
    std::vector<bool> group_vertex(graph.actors(), false);
    for (Vertex v = 0; v < graph.actors(); ++v)
        if (study.actors[graph.actor(v)].stands_for_group()) {
            group_vertex[v] = true;
            ++w.group_actors;
        }
    std::map<std::uint32_t, std::size_t> support;  // passage -> ties in this wave
    std::unordered_set<std::uint64_t> seen;
    std::vector<std::uint32_t> wave_ties;
    for (std::uint32_t i = 0; i < study.ties.size(); ++i) {
        const Tie& t = study.ties[i];
        if (t.wave != w.year) continue;
        const Vertex u = *graph.vertex_of_actor(t.source), v = *graph.vertex_of_actor(t.target);
        if (!seen.insert(static_cast<std::uint64_t>(std::min(u, v)) << 32 | std::max(u, v)).second) continue;
        wave_ties.push_back(i);
        ++support[passage_of_tie[i]];
    }
    for (const std::uint32_t i : wave_ties) {
        const Tie& t = study.ties[i];
        WaveTie wt;
        wt.u = *graph.vertex_of_actor(t.source);
        wt.v = *graph.vertex_of_actor(t.target);
        wt.passage = passage_of_tie[i];
        wt.level = t.level();
        wt.group_actor = group_vertex[wt.u] || group_vertex[wt.v];
        wt.shared = support[wt.passage] > shared_passage_limit;
        wt.counters_begin = static_cast<std::uint32_t>(w.counter_ids.size());
        w.counter_ids.push_back(CounterIds::ties);
        for (std::size_t a = 0; a < groupings.size(); ++a) {
            const Grouping& g = *groupings[a];
            const std::string& gu = g.names[g.group_of[wt.u]];
            const std::string& gv = g.names[g.group_of[wt.v]];
            if (gu == gv) {
                w.counter_ids.push_back(ids.internal(a));
            } else {
                w.counter_ids.push_back(ids.external(a));
                w.counter_ids.push_back(ids.pair(a, std::min(gu, gv), std::max(gu, gv)));
            }
        }
        if (roles) {
            const HelixRole ru = (*roles)[wt.u], rv = (*roles)[wt.v];
            if (ru != HelixRole::none && rv != HelixRole::none && ru != rv) w.counter_ids.push_back(ids.helix());
        }
        wt.counters_end = static_cast<std::uint32_t>(w.counter_ids.size());
        w.ties.push_back(wt);
    }
    return w;
}

bool kept(const WaveTie& t, Variant variant) {
    switch (variant) {
        case Variant::all:
            return true;
        case Variant::implied:
            return t.level >= Confidence::implied;
        case Variant::stated:
            return t.level >= Confidence::stated;
        case Variant::no_group_actors:
            return !t.group_actor;
        case Variant::no_shared_passages:
            return !t.shared;
    }
    return true;
}

// The counts of one wave under one variant.
struct WaveCounts {
    std::vector<Count> counters;
    std::size_t actors = 0;
    std::size_t largest = 0;  // actors in the largest component
};

WaveCounts count_wave(const WaveData& w, std::size_t counters, Variant variant) {
    WaveCounts c;
    c.counters.assign(counters, 0);
    c.actors = w.actors - (variant == Variant::no_group_actors ? w.group_actors : 0);
    DisjointSets sets;
    sets.reset(w.actors);
    for (const WaveTie& t : w.ties) {
        if (!kept(t, variant)) continue;
        for (const std::uint32_t k : w.counters_of(t)) ++c.counters[k];
        sets.unite(t.u, t.v);
    }
    // Left-out group actors are lone vertices: they never make the largest component.
    c.largest = c.actors == 0 ? 0 : sets.largest();
    return c;
}

// ---- Findings --------------------------------------------------------------------

struct FindingSpec {
    Finding finding;
    std::vector<std::uint32_t> counters;  // the counters its value reads, in order
};

// The value of a finding from its counters' values, computed as the table of
// measures computes it (metrics/wave_metrics.cpp, groups/group_metrics.cpp).
std::optional<double> value_of(FindingKind kind, std::span<const Count> c, std::size_t actors, std::size_t largest) {
    const auto n = static_cast<double>(actors);
    switch (kind) {
        case FindingKind::ties:
        case FindingKind::external_ties:
        case FindingKind::pair_ties:
        case FindingKind::helix_ties:
            return static_cast<double>(c[0]);
        case FindingKind::average_degree:
            if (actors == 0) return std::nullopt;
            return 2.0 * static_cast<double>(c[0]) / n;
        case FindingKind::largest_component_share:
            if (actors == 0) return std::nullopt;
            return static_cast<double>(largest) / n;
        case FindingKind::ei_index:
            if (c[0] + c[1] == 0) return std::nullopt;
            return (static_cast<double>(c[0]) - static_cast<double>(c[1])) / static_cast<double>(c[0] + c[1]);
    }
    return std::nullopt;
}

std::vector<Count> gather(const WaveCounts& w, const std::vector<std::uint32_t>& counters) {
    std::vector<Count> out;
    out.reserve(counters.size());
    for (const std::uint32_t k : counters) out.push_back(w.counters[k]);
    return out;
}

std::optional<double> value_in(const FindingSpec& spec, const WaveCounts& w) {
    const std::vector<Count> c = gather(w, spec.counters);
    return value_of(spec.finding.kind, c, w.actors, w.largest);
}

// The findings of one comparison, in output order, before their values.
std::vector<FindingSpec> finding_specs(const std::vector<std::string>& attributes, bool helix, const CounterIds& ids,
                                       const WaveCounts& from, const WaveCounts& to) {
    const auto measure = [](MeasureLevel level, std::string_view key) {
        const Measure* m = find_measure(level, key);
        if (m == nullptr) throw Failure(fmt::format("the table of measures has no {}", key));
        return m;
    };
    std::vector<FindingSpec> out;
    const auto add = [&](std::string key, FindingKind kind, const Measure* m, std::vector<std::uint32_t> counters,
                         std::string attribute = {}, std::string a = {}, std::string b = {}) {
        FindingSpec s;
        s.finding.key = std::move(key);
        s.finding.kind = kind;
        s.finding.measure = m;
        s.finding.attribute = std::move(attribute);
        s.finding.group_a = std::move(a);
        s.finding.group_b = std::move(b);
        s.counters = std::move(counters);
        out.push_back(std::move(s));
    };
    add("ties", FindingKind::ties, measure(MeasureLevel::network, "ties"), {CounterIds::ties});
    add("average_degree", FindingKind::average_degree, measure(MeasureLevel::network, "average_degree"),
        {CounterIds::ties});
    add("largest_component_share", FindingKind::largest_component_share,
        measure(MeasureLevel::network, "largest_component_share"), {});
    for (std::size_t a = 0; a < attributes.size(); ++a) {
        const std::string& attr = attributes[a];
        add("external_ties:" + attr, FindingKind::external_ties, measure(MeasureLevel::group, "external_ties"),
            {ids.external(a)}, attr);
        add("ei_index:" + attr, FindingKind::ei_index, measure(MeasureLevel::group, "ei_index"),
            {ids.external(a), ids.internal(a)}, attr);
        for (const auto& [pair, counter] : ids.pairs()) {
            const auto& [pa, g1, g2] = pair;
            if (pa != a || (from.counters[counter] == 0 && to.counters[counter] == 0)) continue;
            add(fmt::format("pair_ties:{}:{}:{}", attr, g1, g2), FindingKind::pair_ties,
                measure(MeasureLevel::group, "mixing"), {counter}, attr, g1, g2);
        }
    }
    if (helix) add("helix_ties", FindingKind::helix_ties, measure(MeasureLevel::group, "helix_ties"), {ids.helix()});
    return out;
}

// ---- The passage search: counts and ratios of counts ---------------------------------

// Each passage's effect on a finding is the counts it adds to the finding's
// counters in the two waves (its signature); passages with one signature are
// interchangeable. Every multiset of at most three signatures is tried, and
// each reversing one is realised by the lowest-numbered passages of its
// signatures, which is the lexicographically first set with that multiset.
class SignatureSearch {
public:
    SignatureSearch(const FindingSpec& spec, const WaveData& from, const WaveData& to, const WaveCounts& from_full,
                    const WaveCounts& to_full)
        : spec_(spec), from_full_(from_full), to_full_(to_full) {
        const std::size_t j = spec.counters.size();
        std::map<std::uint32_t, std::vector<Count>> by_passage;
        const auto add = [&](const WaveData& w, std::size_t offset) {
            for (const WaveTie& t : w.ties) {
                const auto counters = w.counters_of(t);
                for (std::size_t i = 0; i < j; ++i)
                    if (std::find(counters.begin(), counters.end(), spec.counters[i]) != counters.end()) {
                        auto& sig = by_passage.try_emplace(t.passage, std::vector<Count>(2 * j, 0)).first->second;
                        ++sig[offset + i];
                    }
            }
        };
        add(from, 0);
        add(to, j);
        std::map<std::vector<Count>, std::vector<std::uint32_t>> classes;
        for (auto& [passage, sig] : by_passage) classes[sig].push_back(passage);  // passages ascending
        for (auto& [sig, members] : classes) classes_.push_back({sig, std::move(members)});
        from_base_ = gather(from_full, spec.counters);
        to_base_ = gather(to_full, spec.counters);
    }

    std::optional<PassageSet> run() {
        const std::size_t c = classes_.size();
        for (std::size_t k = 1; k <= max_passages_to_reverse; ++k) {
            best_.reset();
            if (k == 1)
                for (std::size_t a = 0; a < c; ++a) consider({a});
            if (k == 2)
                for (std::size_t a = 0; a < c; ++a)
                    for (std::size_t b = a; b < c; ++b) consider({a, b});
            if (k == 3)
                for (std::size_t a = 0; a < c; ++a)
                    for (std::size_t b = a; b < c; ++b)
                        for (std::size_t d = b; d < c; ++d) consider({a, b, d});
            if (best_) return best_;
        }
        return std::nullopt;
    }

private:
    struct Class {
        std::vector<Count> signature;
        std::vector<std::uint32_t> passages;
    };

    // picks: class indices, ascending, repeated for several passages of one class.
    void consider(std::initializer_list<std::size_t> picks) {
        PassageSet set;
        std::size_t repeat = 0;
        const std::size_t* previous = nullptr;
        for (const std::size_t& p : picks) {
            repeat = previous != nullptr && *previous == p ? repeat + 1 : 0;
            previous = &p;
            if (repeat >= classes_[p].passages.size()) return;  // not that many passages with this signature
            set.push_back(classes_[p].passages[repeat]);
        }
        std::sort(set.begin(), set.end());
        if (best_ && *best_ <= set) return;
        const std::size_t j = spec_.counters.size();
        std::vector<Count> from = from_base_, to = to_base_;
        for (const std::size_t p : picks)
            for (std::size_t i = 0; i < j; ++i) {
                from[i] -= classes_[p].signature[i];
                to[i] -= classes_[p].signature[j + i];
            }
        const auto a = value_of(spec_.finding.kind, from, from_full_.actors, from_full_.largest);
        const auto b = value_of(spec_.finding.kind, to, to_full_.actors, to_full_.largest);
        if (direction_of(a, b) != spec_.finding.direction) best_ = std::move(set);
    }

    const FindingSpec& spec_;
    const WaveCounts& from_full_;
    const WaveCounts& to_full_;
    std::vector<Count> from_base_, to_base_;
    std::vector<Class> classes_;
    std::optional<PassageSet> best_;
};

// ---- The passage search: the largest component ----------------------------------------

// Sets of passages that change the direction of largest_component_share, by
// iterative deepening over sets of 1, 2 and 3 passages. Removing ties only
// splits components. At a set R that does not change the direction, a larger
// set S can change it only by cutting every component that is too large into
// pieces small enough: for a rise, the later wave's components above the
// largest size the earlier wave (as it is at R) allows; for a fall the same
// with the waves swapped; for "same", every largest component of one of the
// waves. Those pieces are unions of the parts into which S's ties cut any
// spanning forest of the components, so every part must already be small
// enough (the parts test, a few operations per set on a rooted forest).
// The search takes A = the passages of S on one spanning forest at R: it
// tries every A of at most the remaining size that passes the parts test
// (a set that leaves nothing to add must pass it on three forests built to
// share as few ties as possible), and below R ∪ A only passages off that
// forest. Before that, a component that r + 1 spanning trees without a
// passage in common hold together cannot be cut by r more passages (a sparse
// certificate in the manner of Nagamochi and Ibaraki): the search stops
// there, which settles dense waves at once. Every set that passes is checked
// with a union-find pass over the waves it touches, each remembered by the
// passages it removes from that wave.
class ComponentSearch {
public:
    ComponentSearch(const WaveData& from, const WaveData& to, Direction reference)
        : reference_(reference), from_(side(from)), to_(side(to)) {
        for (const Side* s : {&from_, &to_})
            for (const Edge& e : s->edges) passages_ = std::max<std::size_t>(passages_, e.passage + 1);
        for (Side* s : {&from_, &to_}) {
            s->touches.assign(passages_, 0);
            for (const Edge& e : s->edges) s->touches[e.passage] = 1;
            s->scattered.resize(s->edges.size());
            std::iota(s->scattered.begin(), s->scattered.end(), 0u);
            std::sort(s->scattered.begin(), s->scattered.end(),
                      [](std::uint32_t a, std::uint32_t b) { return std::pair(mix(a), a) < std::pair(mix(b), b); });
        }
    }

    std::optional<PassageSet> run() {
        for (std::size_t k = 1; k <= max_passages_to_reverse; ++k) {
            checked_.clear();
            best_.reset();
            expand({}, std::vector<char>(passages_, 0), k);
            if (best_) return best_;
        }
        return std::nullopt;
    }

private:
    struct Edge {
        Vertex u = 0;
        Vertex v = 0;
        std::uint32_t passage = 0;
    };
    struct Side {
        std::size_t actors = 0;
        std::vector<Edge> edges;
        std::vector<std::vector<std::pair<Vertex, std::uint32_t>>> adjacent;  // (neighbour, edge) by vertex
        std::vector<char> touches;                                            // by passage: it has a tie here
        std::vector<std::uint32_t> scattered;  // the edges in a fixed pseudo-random order (unbreakable)
        std::unordered_map<std::uint64_t, std::size_t>
            largest;  // the passages of a set on this side -> its largest component
    };
    // A rooted spanning forest of the components of one side that are larger
    // than a limit (the "big" ones).
    struct Forest {
        std::vector<std::uint32_t> tin, tout, size, tree;   // by vertex (tree: npos outside the big components)
        std::vector<std::size_t> tree_size;                 // actors per tree
        std::map<std::uint32_t, std::vector<Vertex>> cuts;  // passage -> the lower ends of its forest ties
    };
    static constexpr std::uint32_t npos = static_cast<std::uint32_t>(-1);

    static Side side(const WaveData& w) {
        Side s;
        s.actors = w.actors;
        s.adjacent.resize(w.actors);
        for (const WaveTie& t : w.ties) {
            const auto e = static_cast<std::uint32_t>(s.edges.size());
            s.edges.push_back({t.u, t.v, t.passage});
            s.adjacent[t.u].emplace_back(t.v, e);
            s.adjacent[t.v].emplace_back(t.u, e);
        }
        return s;
    }

    static bool removed(const PassageSet& set, std::uint32_t passage) {
        return std::find(set.begin(), set.end(), passage) != set.end();
    }

    // The largest component of `s` without `set`, computed once for each set
    // of passages that have ties on this side (a set of passages of the other
    // wave leaves this one as it is).
    std::size_t largest(Side& s, const PassageSet& set) {
        std::uint64_t key = 0;
        for (const std::uint32_t p : set)
            if (s.touches[p] != 0) key = key << 21 | (p + 1);
        if (const auto it = s.largest.find(key); it != s.largest.end()) return it->second;
        sets_.reset(s.actors);
        for (const Edge& e : s.edges)
            if (!removed(set, e.passage)) sets_.unite(e.u, e.v);
        s.largest.emplace(key, sets_.largest());
        return sets_.largest();
    }

    [[nodiscard]] std::optional<Direction> direction(std::size_t from_largest, std::size_t to_largest) const {
        return direction_of(static_cast<double>(from_largest) / static_cast<double>(from_.actors),
                            static_cast<double>(to_largest) / static_cast<double>(to_.actors));
    }

    // The largest x below `upper` for which `ok(x)` holds (ok holds for all
    // smaller x); nullopt when ok(0) does not.
    template <typename Ok>
    static std::optional<std::size_t> largest_below(std::size_t upper, Ok ok) {
        if (upper == 0 || !ok(0)) return std::nullopt;
        std::size_t lo = 0, hi = upper - 1;  // ok(lo)
        while (lo < hi) {
            const std::size_t mid = lo + (hi - lo + 1) / 2;
            if (ok(mid))
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    }

    // Three spanning forests of the components of `s` (without `set`) larger
    // than `limit`: breadth-first trees from the actor with most ties, so
    // that a tie cuts off a small subtree and the parts test is strict; each
    // takes first the ties the earlier ones did not.
    static std::array<Forest, 3> forests(const Side& s, const PassageSet& set, std::size_t limit) {
        const std::size_t n = s.actors;
        DisjointSets components;
        components.reset(n);
        std::vector<std::size_t> degree(n, 0);
        for (const Edge& e : s.edges)
            if (!removed(set, e.passage)) {
                components.unite(e.u, e.v);
                ++degree[e.u];
                ++degree[e.v];
            }
        std::vector<Vertex> root_of(n, npos);  // component root -> its tree's root
        for (Vertex v = 0; v < n; ++v) {
            const std::uint32_t c = components.find(v);
            if (components.root_size(c) <= limit) continue;
            if (root_of[c] == npos || degree[v] > degree[root_of[c]]) root_of[c] = v;
        }
        std::vector<Vertex> roots;
        for (const Vertex r : root_of)
            if (r != npos) roots.push_back(r);
        std::sort(roots.begin(), roots.end());
        std::array<Forest, 3> out;
        std::vector<std::uint8_t> used(s.edges.size(), 0);
        std::vector<Vertex> queue;
        for (std::size_t f = 0; f < out.size(); ++f) {
            std::vector<char> seen(n, 0);
            std::vector<std::uint32_t> chosen;
            for (const Vertex root : roots) {
                queue.assign(1, root);
                seen[root] = 1;
                for (std::size_t q = 0; q < queue.size(); ++q) {
                    const Vertex v = queue[q];
                    for (const bool fresh : {true, false})
                        for (const auto& [w, e] : s.adjacent[v]) {
                            if (seen[w] != 0 || (used[e] == 0) != fresh || removed(set, s.edges[e].passage)) continue;
                            seen[w] = 1;
                            chosen.push_back(e);
                            queue.push_back(w);
                        }
                }
            }
            for (const std::uint32_t e : chosen) used[e] = 1;
            out[f] = rooted(s, chosen, roots);
        }
        return out;
    }

    // The forest of `chosen` ties rooted at `roots`, one tree per big
    // component, with entry and exit times and subtree sizes (iterative
    // depth-first search).
    static Forest rooted(const Side& s, const std::vector<std::uint32_t>& chosen, const std::vector<Vertex>& roots) {
        Forest f;
        const std::size_t n = s.actors;
        std::vector<std::vector<std::pair<Vertex, std::uint32_t>>> adjacent(n);
        for (const std::uint32_t e : chosen) {
            adjacent[s.edges[e].u].emplace_back(s.edges[e].v, e);
            adjacent[s.edges[e].v].emplace_back(s.edges[e].u, e);
        }
        f.tin.assign(n, 0);
        f.tout.assign(n, 0);
        f.size.assign(n, 1);
        f.tree.assign(n, npos);
        std::uint32_t clock = 0;
        std::vector<std::pair<Vertex, std::size_t>> stack;  // (vertex, next neighbour)
        for (const Vertex root : roots) {
            const auto tree = static_cast<std::uint32_t>(f.tree_size.size());
            f.tree_size.push_back(0);
            f.tree[root] = tree;
            f.tin[root] = clock++;
            stack.emplace_back(root, 0);
            while (!stack.empty()) {
                auto& [v, next] = stack.back();
                if (next < adjacent[v].size()) {
                    const auto [w, e] = adjacent[v][next++];
                    if (f.tree[w] != npos) continue;
                    f.tree[w] = tree;
                    f.tin[w] = clock++;
                    f.cuts[s.edges[e].passage].push_back(w);
                    stack.emplace_back(w, 0);
                } else {
                    const Vertex done = v;
                    f.tout[done] = clock++;
                    stack.pop_back();
                    if (!stack.empty()) f.size[stack.back().first] += f.size[done];
                    f.tree_size[tree] += 1;
                }
            }
        }
        return f;
    }

    // Whether cutting the forest ties of `passages` leaves every part of every
    // tree at `limit` actors or fewer.
    bool parts_fit(const Forest& f, std::span<const std::uint32_t> passages, std::size_t limit) {
        auto& cut = cut_;
        cut.clear();
        for (const std::uint32_t p : passages)
            if (const auto it = f.cuts.find(p); it != f.cuts.end())
                cut.insert(cut.end(), it->second.begin(), it->second.end());
        std::sort(cut.begin(), cut.end(), [&](Vertex a, Vertex b) { return f.tin[a] < f.tin[b]; });
        auto& rest = rest_;  // the part of each tree that holds its root
        rest.assign(f.tree_size.begin(), f.tree_size.end());
        auto& open = open_;  // cut subtrees enclosing the current one, with their parts
        open.clear();
        const auto close = [&] {
            const bool fits = open.back().second <= limit;
            open.pop_back();
            return fits;
        };
        for (const Vertex x : cut) {
            while (!open.empty() && f.tout[open.back().first] < f.tin[x])
                if (!close()) return false;
            if (open.empty())
                rest[f.tree[x]] -= f.size[x];
            else
                open.back().second -= f.size[x];
            open.emplace_back(x, f.size[x]);
        }
        while (!open.empty())
            if (!close()) return false;
        return std::all_of(rest.begin(), rest.end(), [&](std::size_t r) { return r <= limit; });
    }

    // Whether a component of `s` without `set`, larger than `limit`, is
    // spanned by room + 1 trees no two of which share a passage (the ties of
    // passages the sets below may not hold are shared freely): then no `room`
    // more passages disconnect it. The trees are built greedily, each taking
    // first the passages it already holds; a greedy failure only means that
    // the search goes on. Taking the ties in a scattered order keeps one tree
    // from using up all the ties of one actor.
    bool unbreakable(const Side& s, const PassageSet& set, const std::vector<char>& forbidden, std::size_t limit,
                     std::size_t room) {
        DisjointSets components;
        components.reset(s.actors);
        for (const Edge& e : s.edges)
            if (!removed(set, e.passage)) components.unite(e.u, e.v);
        std::vector<std::uint32_t> big;  // one actor of each component above the limit
        std::vector<char> seen(s.actors, 0);
        for (Vertex v = 0; v < s.actors; ++v) {
            const std::uint32_t c = components.find(v);
            if (components.root_size(c) > limit && seen[c] == 0) {
                seen[c] = 1;
                big.push_back(v);
            }
        }
        std::vector<char> spanned(big.size(), 1);
        std::vector<std::uint32_t> owner(passages_, npos);
        DisjointSets tree;
        for (std::size_t j = 0; j <= room; ++j) {
            tree.reset(s.actors);
            for (const bool own_first : {true, false, true})
                for (const std::uint32_t i : s.scattered) {
                    const Edge& e = s.edges[i];
                    if (removed(set, e.passage)) continue;
                    if (forbidden[e.passage] != 0 || owner[e.passage] == j) {
                        tree.unite(e.u, e.v);
                    } else if (!own_first && owner[e.passage] == npos && tree.unite(e.u, e.v)) {
                        owner[e.passage] = static_cast<std::uint32_t>(j);
                    }
                }
            for (std::size_t b = 0; b < big.size(); ++b)
                if (tree.root_size(tree.find(big[b])) != components.root_size(components.find(big[b]))) spanned[b] = 0;
        }
        return std::any_of(spanned.begin(), spanned.end(), [](char x) { return x != 0; });
    }

    // Adds to best_ every set R ∪ A of size k that changes the direction, A
    // as the class comment says. R does not change it; `forbidden` marks the
    // passages the sets below R may not hold.
    void expand(const PassageSet& set, const std::vector<char>& forbidden, std::size_t k) {
        const std::size_t lf = largest(from_, set), lt = largest(to_, set);
        const std::size_t room = k - set.size();
        // (side, limit) of the components that must be cut.
        std::vector<std::pair<const Side*, std::size_t>> targets;
        if (reference_ == Direction::rise) {
            if (const auto limit =
                    largest_below(lt, [&](std::size_t x) { return direction(lf, x) != Direction::rise; }))
                targets.emplace_back(&to_, *limit);
        } else if (reference_ == Direction::fall) {
            if (const auto limit =
                    largest_below(lf, [&](std::size_t x) { return direction(x, lt) != Direction::fall; }))
                targets.emplace_back(&from_, *limit);
        } else {
            targets.emplace_back(&to_, lt - 1);
            targets.emplace_back(&from_, lf - 1);
        }
        for (const auto& [s, limit] : targets) {
            if (limit == 0) continue;  // a lone actor cannot be cut
            if (unbreakable(*s, set, forbidden, limit, room)) continue;
            const std::array<Forest, 3> f = forests(*s, set, limit);
            std::vector<std::uint32_t> on_forest;
            for (const auto& [p, cuts] : f[0].cuts)
                if (forbidden[p] == 0) on_forest.push_back(p);
            std::vector<char> below = forbidden;
            for (const auto& [p, cuts] : f[0].cuts) below[p] = 1;
            // What a passage's cuts hold at most, and what the cuts of A must hold together: every
            // tree has to lose at least its size less the limit. Largest first, so that the loops
            // below can stop where even the largest rest falls short.
            std::map<std::uint32_t, std::size_t> holds;
            for (const std::uint32_t p : on_forest)
                for (const Vertex x : f[0].cuts.at(p)) holds[p] += f[0].size[x];
            std::stable_sort(on_forest.begin(), on_forest.end(),
                             [&](std::uint32_t x, std::uint32_t y) { return holds[x] > holds[y]; });
            std::vector<std::size_t> most;
            for (const std::uint32_t p : on_forest) most.push_back(holds[p]);
            most.push_back(0);
            most.push_back(0);
            std::size_t needed = 0;
            for (const std::size_t t : f[0].tree_size) needed = std::max(needed, t - limit);
            const std::size_t c = on_forest.size();
            std::vector<std::uint32_t> a;
            const auto consider = [&] {
                if (!parts_fit(f[0], a, limit)) return;
                const bool last = a.size() == room;
                if (last && (!parts_fit(f[1], a, limit) || !parts_fit(f[2], a, limit))) return;
                PassageSet next = set;
                next.insert(next.end(), a.begin(), a.end());
                std::sort(next.begin(), next.end());
                if (!last) {
                    std::vector<char> deeper = below;
                    for (const std::uint32_t p : a) deeper[p] = 0;
                    expand(next, deeper, k);
                    return;
                }
                std::uint64_t key = 0;
                for (const std::uint32_t p : next) key = key << 21 | (p + 1);
                if (!checked_.insert(key).second) return;
                if (best_ && *best_ < next) return;
                if (direction(largest(from_, next), largest(to_, next)) != reference_) best_ = std::move(next);
            };
            for (std::size_t i = 0; i < c; ++i) {
                if (most[i] + (room > 1 ? most[i + 1] : 0) + (room > 2 ? most[i + 2] : 0) < needed) break;
                a = {on_forest[i]};
                if (most[i] >= needed) consider();
                if (room < 2) continue;
                for (std::size_t j = i + 1; j < c; ++j) {
                    if (most[i] + most[j] + (room > 2 ? most[j + 1] : 0) < needed) break;
                    a = {on_forest[i], on_forest[j]};
                    if (most[i] + most[j] >= needed) consider();
                    if (room < 3) continue;
                    for (std::size_t h = j + 1; h < c; ++h) {
                        if (most[i] + most[j] + most[h] < needed) break;
                        a = {on_forest[i], on_forest[j], on_forest[h]};
                        consider();
                    }
                }
            }
        }
    }

    Direction reference_;
    Side from_, to_;
    std::size_t passages_ = 0;
    DisjointSets sets_;
    std::unordered_set<std::uint64_t> checked_;
    std::optional<PassageSet> best_;
    // Scratch space of parts_fit.
    std::vector<Vertex> cut_;
    std::vector<std::size_t> rest_;
    std::vector<std::pair<Vertex, std::size_t>> open_;
};

// ---- Putting it together -------------------------------------------------------------

// Passages numbered in an order that does not depend on the order of the
// ties (so that a study converted to another form gives the same answer):
// the quotes in byte order, then the ties without evidence by wave and the
// ids of their ends. A quote's source_ref is the first in byte order that is
// not empty. passage_of_tie[i] for Study::ties[i].
std::vector<Passage> number_passages(const Study& study, std::vector<std::uint32_t>& passage_of_tie) {
    using Key = std::tuple<bool, std::string_view, int, std::string_view, std::string_view>;
    std::map<Key, Passage> by_key;
    std::vector<Key> key_of_tie;
    key_of_tie.reserve(study.ties.size());
    for (std::uint32_t i = 0; i < study.ties.size(); ++i) {
        const Tie& t = study.ties[i];
        Key key{false, t.evidence, 0, {}, {}};
        if (t.evidence.empty()) {
            const std::string_view a = study.actors[t.source].id, b = study.actors[t.target].id;
            key = Key{true, {}, t.wave, std::min(a, b), std::max(a, b)};
        }
        const auto [it, fresh] = by_key.try_emplace(key, Passage{t.evidence, t.source_ref, i, 0});
        Passage& p = it->second;
        if (!fresh && !t.source_ref.empty() && (p.source_ref.empty() || t.source_ref < p.source_ref))
            p.source_ref = t.source_ref;
        ++p.ties;
        key_of_tie.push_back(key);
    }
    std::vector<Passage> passages;
    std::map<Key, std::uint32_t> number;
    for (auto& [key, passage] : by_key) {
        number.emplace(key, static_cast<std::uint32_t>(passages.size()));
        passages.push_back(std::move(passage));
    }
    passage_of_tie.resize(study.ties.size());
    for (std::size_t i = 0; i < study.ties.size(); ++i) passage_of_tie[i] = number.at(key_of_tie[i]);
    return passages;
}

struct WaveInput {
    const WaveGraph* graph = nullptr;
    std::vector<const Grouping*> groupings;  // per attribute
};

RobustnessResult analyse(const Study& study, const std::vector<std::string>& attributes,
                         const std::vector<WaveInput>& inputs, const RobustnessOptions& options) {
    RobustnessResult result;
    result.attributes = attributes;
    result.study_ties = study.ties.size();
    result.passage_search_limit = options.passage_search_limit;
    std::vector<std::uint32_t> passage_of_tie;
    result.passages = number_passages(study, passage_of_tie);
    // (The search keys sets of passages by 21 bits per passage.)
    result.passage_search =
        study.ties.size() <= options.passage_search_limit && result.passages.size() < (std::size_t{1} << 21) - 1;

    const bool helix = study.has_attribute("sector");
    CounterIds ids(attributes.size());
    std::vector<WaveData> waves;
    for (const WaveInput& in : inputs) {
        std::vector<HelixRole> roles;
        if (helix) roles = helix_roles(study, *in.graph);
        waves.push_back(wave_data(study, *in.graph, in.groupings, helix ? &roles : nullptr, passage_of_tie, ids));
    }
    // Every wave under every variant, counted once.
    std::vector<std::array<WaveCounts, all_variants.size()>> counts(waves.size());
    for (std::size_t w = 0; w < waves.size(); ++w)
        for (const Variant v : all_variants)
            counts[w][static_cast<std::size_t>(v)] = count_wave(waves[w], ids.size(), v);
    const auto index_of = [&](int year) {
        for (std::size_t w = 0; w < waves.size(); ++w)
            if (waves[w].year == year) return w;
        throw Failure(fmt::format("wave {} was not analysed", year));
    };

    for (const auto& [from_year, to_year] : options.comparisons) {
        const std::size_t fi = index_of(from_year), ti = index_of(to_year);
        const WaveCounts& from_full = counts[fi][0];
        const WaveCounts& to_full = counts[ti][0];
        ComparisonRobustness comparison{from_year, to_year, {}};
        for (FindingSpec& spec : finding_specs(attributes, helix, ids, from_full, to_full)) {
            Finding& f = spec.finding;
            f.from_value = value_in(spec, from_full);
            f.to_value = value_in(spec, to_full);
            const auto direction = direction_of(f.from_value, f.to_value);
            if (!direction) continue;  // undefined in the full study: nothing to be sure of
            f.direction = *direction;
            for (const Variant v : all_variants) {
                VariantOutcome& o = f.variants[static_cast<std::size_t>(v)];
                o.from = value_in(spec, counts[fi][static_cast<std::size_t>(v)]);
                o.to = value_in(spec, counts[ti][static_cast<std::size_t>(v)]);
                o.direction = direction_of(o.from, o.to);
                o.holds = o.direction == f.direction;
                f.holds_in += o.holds ? 1 : 0;
            }
            if (result.passage_search) {
                std::optional<PassageSet> set;
                if (f.kind == FindingKind::largest_component_share)
                    set = ComponentSearch(waves[fi], waves[ti], f.direction).run();
                else
                    set = SignatureSearch(spec, waves[fi], waves[ti], from_full, to_full).run();
                if (set) {
                    f.passages_to_reverse = set->size();
                    f.reversing_passages = std::move(*set);
                }
            }
            comparison.findings.push_back(std::move(f));
        }
        result.comparisons.push_back(std::move(comparison));
    }
    return result;
}

// The attributes in order, each once (`--by sector --by sector` is one).
std::vector<std::string> unique_attributes(const std::vector<std::string>& attributes) {
    std::vector<std::string> out;
    for (const std::string& a : attributes)
        if (std::find(out.begin(), out.end(), a) == out.end()) out.push_back(a);
    return out;
}

std::vector<std::pair<int, int>> checked_comparisons(const Study& study, const RobustnessOptions& options,
                                                     const std::vector<int>& years) {
    std::vector<std::pair<int, int>> out =
        options.comparisons.empty() ? default_comparisons(years) : options.comparisons;
    for (const auto& [a, b] : out) {
        require_wave(study, a);
        require_wave(study, b);
        if (a == b) throw Failure(fmt::format("wave {} cannot be compared with itself", a));
    }
    return out;
}

}  // namespace

std::optional<Direction> direction_of(const std::optional<double>& from, const std::optional<double>& to) {
    if (!from || !to) return std::nullopt;
    const double change = *to - *from;
    if (change > direction_tolerance) return Direction::rise;
    if (change < -direction_tolerance) return Direction::fall;
    return Direction::same;
}

std::string_view to_string(Direction direction) {
    switch (direction) {
        case Direction::rise:
            return "rise";
        case Direction::fall:
            return "fall";
        case Direction::same:
            return "same";
    }
    return "same";
}

std::string_view to_string(Variant variant) {
    switch (variant) {
        case Variant::all:
            return "all";
        case Variant::implied:
            return "implied";
        case Variant::stated:
            return "stated";
        case Variant::no_group_actors:
            return "no_group_actors";
        case Variant::no_shared_passages:
            return "no_shared_passages";
    }
    return "all";
}

const Finding* ComparisonRobustness::find(std::string_view key) const {
    for (const Finding& f : findings)
        if (f.key == key) return &f;
    return nullptr;
}

const ComparisonRobustness* RobustnessResult::find(int from, int to) const {
    for (const ComparisonRobustness& c : comparisons)
        if (c.from == from && c.to == to) return &c;
    return nullptr;
}

std::vector<std::pair<int, int>> default_comparisons(const std::vector<int>& years) {
    std::vector<std::pair<int, int>> out;
    for (std::size_t i = 0; i + 1 < years.size(); ++i) out.emplace_back(years[i], years[i + 1]);
    if (years.size() > 2) out.emplace_back(years.front(), years.back());
    return out;
}

RobustnessResult analyse_robustness(const Study& study, const RobustnessOptions& options_in) {
    RobustnessOptions options = options_in;
    options.comparisons = checked_comparisons(study, options_in, study.wave_years());
    const std::vector<std::string> attributes =
        unique_attributes(options.attributes.empty() ? default_group_attributes(study) : options.attributes);
    // Only the waves compared, each graph and grouping built once.
    std::vector<int> years;
    for (const int y : study.wave_years())
        for (const auto& [a, b] : options.comparisons)
            if ((a == y || b == y) && std::find(years.begin(), years.end(), y) == years.end()) years.push_back(y);
    std::vector<WaveGraph> graphs;
    graphs.reserve(years.size());
    std::vector<std::vector<Grouping>> groupings(years.size());
    std::vector<WaveInput> inputs(years.size());
    for (std::size_t w = 0; w < years.size(); ++w) {
        graphs.push_back(build_wave_graph(study, years[w]));
        for (const std::string& attribute : attributes)
            groupings[w].push_back(make_grouping(study, graphs[w], attribute));
    }
    for (std::size_t w = 0; w < years.size(); ++w) {
        inputs[w].graph = &graphs[w];
        for (const Grouping& g : groupings[w]) inputs[w].groupings.push_back(&g);
    }
    return analyse(study, attributes, inputs, options);
}

RobustnessResult analyse_robustness(const Study& study, const StudyAnalysis& analysis, RobustnessOptions options) {
    std::vector<int> years;
    for (const WaveAnalysis& w : analysis.waves) years.push_back(w.year());
    options.comparisons = checked_comparisons(study, options, years);
    const std::vector<std::string> attributes = unique_attributes(analysis.attributes);
    std::vector<WaveInput> inputs;
    for (const WaveAnalysis& w : analysis.waves) {
        WaveInput in;
        in.graph = &w.graph;
        for (const std::string& attribute : attributes) in.groupings.push_back(&w.groups.find(attribute)->grouping);
        inputs.push_back(std::move(in));
    }
    return analyse(study, attributes, inputs, options);
}

// ---- In words ------------------------------------------------------------------------

namespace {

constexpr std::size_t quote_limit = 100;  // code points of a quote in a reason

// `text` cut to at most `limit` code points at a space, with "…" when cut.
std::string shortened(const std::string& text, std::size_t limit) {
    std::size_t points = 0, cut = text.size(), space = std::string::npos;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;  // inside a code point
        if (points == limit) {
            cut = i;
            break;
        }
        if (text[i] == ' ') space = i;
        ++points;
    }
    if (cut == text.size()) return text;
    if (space != std::string::npos && space > cut / 2) cut = space;
    return text.substr(0, cut) + "\xE2\x80\xA6";
}

std::string group_name(const Study& study, const std::string& attribute, const std::string& group, Words w) {
    if (group == unknown_group) return w.pick("unknown", "onbekend");
    return study.value_label(attribute, group);
}

// "‘quote…’ (source_ref)", or the tie without evidence; the quote shortened
// unless `whole`.
std::string cited(const Study& study, const Passage& p, Words w, bool whole = false) {
    std::string out = p.evidence.empty()
                          ? passage_text(study, p, w.language)
                          : "\xE2\x80\x98" + (whole ? p.evidence : shortened(p.evidence, quote_limit)) + "\xE2\x80\x99";
    if (!p.source_ref.empty()) out += " (" + p.source_ref + ")";
    return out;
}

std::string join(const std::vector<std::string>& items, Words w) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += i + 1 == items.size() ? w.pick(" and ", " en ") : ", ";
        out += items[i];
    }
    return out;
}

// The reasons a finding is fragile, the weightiest first: the passages it
// rests on, then each variant in which it does not hold.
std::vector<std::string> fragile_reasons(const Study& study, const RobustnessResult& result, const Finding& f,
                                         Words w) {
    std::vector<std::string> out;
    if (f.passages_to_reverse) {
        std::vector<std::string> quotes;
        for (const std::uint32_t p : f.reversing_passages) quotes.push_back(cited(study, result.passages.at(p), w));
        // Two quotes that begin alike are given whole, so that they read as two passages.
        for (std::size_t i = 0; i < quotes.size(); ++i)
            for (std::size_t j = 0; j < quotes.size(); ++j)
                if (i != j && quotes[i] == quotes[j])
                    quotes[i] = cited(study, result.passages.at(f.reversing_passages[i]), w, true);
        static constexpr std::array<std::string_view, 4> en = {"", "one passage", "two passages", "three passages"};
        static constexpr std::array<std::string_view, 4> nl = {"", "één passage", "twee passages", "drie passages"};
        const std::size_t k = std::min<std::size_t>(*f.passages_to_reverse, 3);
        out.push_back(w.pick("rests on ", "rust op ") + w.pick(en[k], nl[k]) + ": " + join(quotes, w));
    }
    for (const Variant v : all_variants) {
        const VariantOutcome& o = f.outcome(v);
        if (o.holds) continue;
        const bool opposite = o.direction && *o.direction != Direction::same && f.direction != Direction::same;
        std::string phrase;
        switch (v) {
            case Variant::all:
                break;
            case Variant::implied:
                phrase = w.pick("without the assumed ties", "zonder de aangenomen banden");
                break;
            case Variant::stated:
                phrase = w.pick("with stated ties only", "met alleen de door de bron genoemde banden");
                break;
            case Variant::no_group_actors:
                phrase = w.pick("without the group actors", "zonder de groepsactoren");
                break;
            case Variant::no_shared_passages:
                phrase = w.pick("without the passages that support more than three ties in a wave",
                                "zonder de passages die meer dan drie banden in een meting dragen");
                break;
        }
        out.push_back((opposite ? w.pick("reverses ", "keert om ") : w.pick("does not hold ", "houdt geen stand ")) +
                      phrase + " (" + direction_word(o.direction, w.language) + ")");
    }
    return out;
}

}  // namespace

std::string finding_label(const Study& study, const Finding& f, Language language) {
    const Words w{language};
    const std::string label(f.measure->text(language).label);
    switch (f.kind) {
        case FindingKind::external_ties:
        case FindingKind::ei_index:
            return fmt::format("{} ({})", label, f.attribute);
        case FindingKind::pair_ties:
            return fmt::format("{} ({}): {} \xE2\x80\x93 {}", label, f.attribute,
                               group_name(study, f.attribute, f.group_a, w),
                               group_name(study, f.attribute, f.group_b, w));
        default:
            return label;
    }
}

std::string direction_word(const std::optional<Direction>& direction, Language language) {
    const Words w{language};
    if (!direction) return "\xE2\x80\x93";
    switch (*direction) {
        case Direction::rise:
            return w.pick("rise", "stijging");
        case Direction::fall:
            return w.pick("fall", "daling");
        case Direction::same:
            return w.pick("same", "gelijk");
    }
    return {};
}

std::string variant_label(Variant variant, Language language) {
    const Words w{language};
    switch (variant) {
        case Variant::all:
            return w.pick("All ties", "Alle banden");
        case Variant::implied:
            return w.pick("Without assumed ties", "Zonder aangenomen banden");
        case Variant::stated:
            return w.pick("Stated ties only", "Alleen genoemde banden");
        case Variant::no_group_actors:
            return w.pick("Without group actors", "Zonder groepsactoren");
        case Variant::no_shared_passages:
            return w.pick("Without much-shared passages", "Zonder veelgebruikte passages");
    }
    return {};
}

std::string passage_text(const Study& study, const Passage& passage, Language language) {
    if (!passage.evidence.empty()) return passage.evidence;
    const Words w{language};
    const Tie& t = study.ties.at(passage.first_tie);
    return fmt::format("{}: {} \xE2\x80\x93 {} ({})", w.pick("a tie without evidence", "een band zonder bewijs"),
                       study.actors.at(t.source).name, study.actors.at(t.target).name, t.wave);
}

std::string verdict_word(const Finding& finding, Language language) {
    return Words{language}.pick(finding.robust() ? "robust" : "fragile", finding.robust() ? "robuust" : "fragiel");
}

std::string verdict_reason(const Study& study, const RobustnessResult& result, const Finding& f, Language language) {
    const Words w{language};
    if (!f.robust()) {
        std::string out;
        for (const std::string& r : fragile_reasons(study, result, f, w)) out += (out.empty() ? "" : "; ") + r;
        return out;
    }
    if (!result.passage_search)
        return fmt::format(fmt::runtime(w.pick("holds in all {} variants (the passages were not searched: the "
                                               "study has more than {} ties)",
                                               "houdt stand in alle {} varianten (de passages zijn niet doorzocht: "
                                               "de studie heeft meer dan {} banden)")),
                           f.variants.size(), result.passage_search_limit);
    return fmt::format(fmt::runtime(w.pick("holds in all {} variants, and no set of up to three passages reverses it",
                                           "houdt stand in alle {} varianten, en geen set van hooguit drie passages "
                                           "keert de uitkomst om")),
                       f.variants.size());
}

std::string robustness_sentence(const Study& study, const RobustnessResult& result,
                                const ComparisonRobustness& comparison, Language language) {
    const Words w{language};
    std::vector<const Finding*> changed;
    for (const Finding& f : comparison.findings)
        if (f.direction != Direction::same) changed.push_back(&f);
    if (changed.empty())
        return fmt::format(fmt::runtime(w.pick("None of the {} figures checked for robustness changed.",
                                               "Geen van de {} op robuustheid gecontroleerde cijfers veranderde.")),
                           comparison.findings.size());
    const auto robust = static_cast<std::size_t>(
        std::count_if(changed.begin(), changed.end(), [](const Finding* f) { return f->robust(); }));
    const std::string search = result.passage_search
                                   ? w.pick(" and when any three passages of the source are left out",
                                            " en als drie willekeurige passages uit de bron wegvallen")
                                   : "";
    if (robust == changed.size() && changed.size() == 1)
        return w.pick(
                   "The one change checked holds without the assumed ties, without the group actors, without "
                   "much-shared passages",
                   "De ene gecontroleerde verandering houdt stand zonder de aangenomen banden, zonder de "
                   "groepsactoren, zonder veelgebruikte passages") +
               search + ".";
    if (robust == changed.size())
        return fmt::format(fmt::runtime(w.pick("All {} changes checked hold without the assumed ties, without the "
                                               "group actors, without much-shared passages",
                                               "Alle {} gecontroleerde veranderingen houden stand zonder de "
                                               "aangenomen banden, zonder de groepsactoren, zonder veelgebruikte "
                                               "passages")),
                           changed.size()) +
               search + ".";
    // The least sure: fewest passages to reverse it, then fewest variants in which it holds.
    const Finding* weakest = nullptr;
    const auto weight = [](const Finding* f) {
        return std::pair(f->passages_to_reverse.value_or(max_passages_to_reverse + 1), f->holds_in);
    };
    for (const Finding* f : changed)
        if (!f->robust() && (weakest == nullptr || weight(f) < weight(weakest))) weakest = f;
    const std::vector<std::string> reasons = fragile_reasons(study, result, *weakest, w);
    return fmt::format(
        fmt::runtime(w.pick("{} of the {} changes checked {} in every check; the least sure is {} ({}), which {}.",
                            "{} van de {} gecontroleerde veranderingen {} in elke controle stand; het minst zeker "
                            "is {} ({}), die {}.")),
        robust == 0 ? w.pick("None", "Geen") : std::to_string(robust), changed.size(),
        robust == 1 ? w.pick("holds", "houdt") : w.pick("hold", "houden"), finding_label(study, *weakest, language),
        direction_word(weakest->direction, language), reasons.front());
}

nlohmann::ordered_json robustness_json(const Study& study, const RobustnessResult& result, Language language) {
    using Json = nlohmann::ordered_json;
    const auto value = [](const Finding& f, const std::optional<double>& v) -> Json {
        if (!v) return nullptr;
        if (f.integral()) return static_cast<std::int64_t>(*v);
        return *v;
    };
    const auto direction = [](const std::optional<Direction>& d) -> Json {
        if (!d) return nullptr;
        return std::string(to_string(*d));
    };
    Json out = Json::object();
    out["study"] = study.name;
    out["attributes"] = result.attributes;
    Json variants = Json::array();
    for (const Variant v : all_variants) variants.push_back(std::string(to_string(v)));
    out["variants"] = std::move(variants);
    out["passage_search"] = {{"done", result.passage_search},
                             {"tie_limit", result.passage_search_limit},
                             {"study_ties", result.study_ties},
                             {"passages", result.passages.size()}};
    Json comparisons = Json::array();
    for (const ComparisonRobustness& c : result.comparisons) {
        Json findings = Json::array();
        for (const Finding& f : c.findings) {
            Json j = Json::object();
            j["key"] = f.key;
            j["label"] = finding_label(study, f, language);
            j["direction"] = std::string(to_string(f.direction));
            j["from_value"] = value(f, f.from_value);
            j["to_value"] = value(f, f.to_value);
            Json vs = Json::object();
            for (const Variant v : all_variants) {
                const VariantOutcome& o = f.outcome(v);
                vs[std::string(to_string(v))] = {{"from_value", value(f, o.from)},
                                                 {"to_value", value(f, o.to)},
                                                 {"direction", direction(o.direction)}};
            }
            j["variants"] = std::move(vs);
            j["holds_in"] = f.holds_in;
            j["variant_count"] = f.variants.size();
            j["passages_to_reverse"] = f.passages_to_reverse ? Json(*f.passages_to_reverse) : Json(nullptr);
            Json passages = Json::array();
            for (const std::uint32_t p : f.reversing_passages) {
                const Passage& passage = result.passages.at(p);
                Json pj = {{"evidence", passage.evidence}, {"source_ref", passage.source_ref}, {"ties", passage.ties}};
                if (passage.evidence.empty()) pj["tie"] = passage_text(study, passage, language);
                passages.push_back(std::move(pj));
            }
            j["reversing_passages"] = std::move(passages);
            j["verdict"] = f.robust() ? "robust" : "fragile";
            j["reason"] = verdict_reason(study, result, f, language);
            findings.push_back(std::move(j));
        }
        comparisons.push_back({{"from", c.from}, {"to", c.to}, {"findings", std::move(findings)}});
    }
    out["comparisons"] = std::move(comparisons);
    return out;
}

}  // namespace helixnet
