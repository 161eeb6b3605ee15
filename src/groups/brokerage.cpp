#include "helixnet/groups/brokerage.hpp"

#include "helixnet/groups/group_metrics.hpp"

namespace helixnet {

namespace {

std::size_t pairs_of(std::size_t x) { return x * (x - (x > 0)) / 2; }

}  // namespace

std::vector<BrokerageCounts> brokerage(const WaveGraph& graph, const Grouping& grouping) {
    const std::size_t n = graph.actors();
    std::vector<BrokerageCounts> result(n);
    std::vector<std::uint8_t> marked(n, 0);
    std::vector<std::size_t> in_group(grouping.groups(), 0);
    std::vector<std::uint32_t> touched;
    for (Vertex b = 0; b < n; ++b) {
        const auto nb = graph.neighbours(b);
        const std::size_t d = nb.size();
        if (d < 2) continue;
        const std::uint32_t gb = grouping.group_of[b];

        // All pairs of neighbours, by role, from the counts per group.
        touched.clear();
        for (const Vertex a : nb) {
            marked[a] = 1;
            const std::uint32_t g = grouping.group_of[a];
            if (in_group[g]++ == 0) touched.push_back(g);
        }
        const std::size_t same = in_group[gb];
        std::size_t other_same_pairs = 0;  // pairs inside one group h ≠ g(b)
        for (const std::uint32_t g : touched)
            if (g != gb) other_same_pairs += pairs_of(in_group[g]);
        BrokerageCounts& r = result[b];
        r.coordinator = pairs_of(same);
        r.itinerant = other_same_pairs;
        r.gatekeeper = same * (d - same);
        r.liaison = pairs_of(d - same) - other_same_pairs;

        // Remove the pairs that are tied to each other (each found once, a < c).
        for (const Vertex a : nb) {
            const std::uint32_t ga = grouping.group_of[a];
            for (const Vertex c : graph.neighbours(a)) {
                if (c <= a || !marked[c]) continue;
                const std::uint32_t gc = grouping.group_of[c];
                if (ga == gc)
                    --(ga == gb ? r.coordinator : r.itinerant);
                else if (ga == gb || gc == gb)
                    --r.gatekeeper;
                else
                    --r.liaison;
            }
        }
        r.total = r.coordinator + r.itinerant + r.gatekeeper + r.liaison;

        for (const Vertex a : nb) marked[a] = 0;
        for (const std::uint32_t g : touched) in_group[g] = 0;
    }
    return result;
}

std::vector<BrokerageExpected> brokerage_expected(const Grouping& grouping,
                                                  const std::vector<BrokerageCounts>& counts) {
    const std::size_t n = grouping.group_of.size();
    std::vector<BrokerageExpected> result(counts.size());
    double same_pairs_all = 0;  // Σ_h n_h(n_h−1)
    for (const std::size_t size : grouping.sizes)
        same_pairs_all += static_cast<double>(size) * static_cast<double>(size - 1);
    const double denominator = n >= 3 ? static_cast<double>(n - 1) * static_cast<double>(n - 2) : 0.0;
    for (std::size_t v = 0; v < counts.size(); ++v) {
        BrokerageExpected& e = result[v];
        const double total = static_cast<double>(counts[v].total);
        e.total = total;
        if (denominator == 0) continue;
        const double ng = static_cast<double>(grouping.sizes[grouping.group_of[v]]);
        const double others = static_cast<double>(n) - ng;  // actors outside b's group
        const double itinerant = same_pairs_all - ng * (ng - 1);
        e.coordinator = total * (ng - 1) * (ng - 2) / denominator + 0.0;  // + 0.0: no −0 for n_g = 1
        e.itinerant = total * itinerant / denominator;
        e.gatekeeper = total * 2 * (ng - 1) * others / denominator;
        e.liaison = total * (others * (others - 1) - itinerant) / denominator;
    }
    return result;
}

std::vector<std::optional<double>> actor_ei_index(const WaveGraph& graph, const Grouping& grouping) {
    const std::size_t n = graph.actors();
    std::vector<std::optional<double>> result(n);
    for (Vertex v = 0; v < n; ++v) {
        std::size_t external = 0;
        for (const Vertex u : graph.neighbours(v)) external += grouping.group_of[u] != grouping.group_of[v];
        result[v] = ei_ratio(external, graph.degree(v) - external);
    }
    return result;
}

}  // namespace helixnet
