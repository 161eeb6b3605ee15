#include "helixnet/compare/tie_change.hpp"

#include <algorithm>
#include <utility>

namespace helixnet {
namespace {

using ActorPair = std::pair<std::uint32_t, std::uint32_t>;

// Every tie once, as (smaller actor, larger actor), sorted.
std::vector<ActorPair> actor_pairs(const WaveGraph& g) {
    std::vector<ActorPair> pairs;
    pairs.reserve(g.ties());
    for (Vertex v = 0; v < g.actors(); ++v)
        for (const Vertex w : g.neighbours(v))
            if (v < w) pairs.emplace_back(std::minmax(g.actor(v), g.actor(w)));
    std::sort(pairs.begin(), pairs.end());
    return pairs;
}

std::optional<double> ratio(std::uint64_t numerator, std::uint64_t denominator) {
    if (denominator == 0) return std::nullopt;
    return static_cast<double>(numerator) / static_cast<double>(denominator);
}

}  // namespace

TieChange tie_change(const WaveGraph& from, const WaveGraph& to) {
    TieChange c;
    const auto& a_actors = from.actor_indices();
    const auto& b_actors = to.actor_indices();
    std::uint32_t top = 0;
    for (const auto x : a_actors) top = std::max(top, x + 1);
    for (const auto x : b_actors) top = std::max(top, x + 1);
    // 1: in `from`, 2: in `to`, 3: in both.
    std::vector<unsigned char> presence(top, 0);
    for (const auto x : a_actors) presence[x] |= 1;
    for (const auto x : b_actors) presence[x] |= 2;
    for (std::uint32_t x = 0; x < top; ++x) {
        if (presence[x] == 3)
            ++c.common_actors;
        else if (presence[x] == 2)
            c.joined.push_back(x);
        else if (presence[x] == 1)
            c.left.push_back(x);
    }
    const auto common = [&](const ActorPair& p) { return presence[p.first] == 3 && presence[p.second] == 3; };

    const std::vector<ActorPair> a = actor_pairs(from);
    const std::vector<ActorPair> b = actor_pairs(to);
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < a.size() || j < b.size()) {
        if (j == b.size() || (i < a.size() && a[i] < b[j])) {
            ++c.ties_removed;
            if (common(a[i])) ++c.change_table.c10;
            ++i;
        } else if (i == a.size() || b[j] < a[i]) {
            ++c.ties_added;
            if (common(b[j])) ++c.change_table.c01;
            ++j;
        } else {
            ++c.ties_stable;
            ++c.change_table.c11;
            ++i;
            ++j;
        }
    }
    const std::uint64_t k = c.common_actors;
    const std::uint64_t pairs = k < 2 ? 0 : k * (k - 1) / 2;
    c.change_table.c00 = pairs - c.change_table.c01 - c.change_table.c10 - c.change_table.c11;
    c.hamming = c.change_table.c01 + c.change_table.c10;
    c.jaccard = ratio(c.ties_stable, c.ties_stable + c.ties_added + c.ties_removed);
    c.jaccard_common = ratio(c.change_table.c11, c.change_table.c01 + c.change_table.c10 + c.change_table.c11);
    return c;
}

}  // namespace helixnet
