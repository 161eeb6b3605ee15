// Per-actor group measures of one attribute: the actor's E-I index and its
// Gould–Fernandez brokerage roles on undirected ties (docs/metrics.md, "Brokerage
// roles"; Gould & Fernandez 1989, Krackhardt & Stern 1988).
//
// For actor b, every unordered pair {a, c} of b's neighbours with no tie
// between a and c is classified by the groups g(a), g(b), g(c):
// coordinator g(a) = g(b) = g(c); itinerant g(a) = g(c) ≠ g(b); gatekeeper
// g(b) equals exactly one of g(a), g(c); liaison all three differ; total the
// number of such pairs. R `sna::brokerage` on the symmetrised graph gives 2×
// coordinator/itinerant/liaison and this gatekeeper count in both its
// gatekeeper and representative columns.
//
// Method: the pairs of b's neighbours are counted per role in closed form
// from the number of neighbours in each group, then the tied pairs are
// subtracted; those are found by scanning the neighbours of each neighbour
// against a marker array. Complexity O(Σ_v deg(v)²) time, O(n) memory.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "helixnet/graph/wave_graph.hpp"
#include "helixnet/groups/grouping.hpp"

namespace helixnet {

struct BrokerageCounts {
    std::size_t coordinator = 0;
    std::size_t itinerant = 0;
    std::size_t gatekeeper = 0;
    std::size_t liaison = 0;
    std::size_t total = 0;

    // The pairs b brokers between different groups: itinerant + gatekeeper +
    // liaison (total − coordinator).
    [[nodiscard]] std::size_t bridging() const { return itinerant + gatekeeper + liaison; }
};

// Per role: total(b) × the probability that two actors drawn without
// replacement from the n − 1 others give that role, from the group sizes
// (n_g the size of b's group, D = (n−1)(n−2)):
//   coordinator (n_g−1)(n_g−2)/D, itinerant Σ_{h≠g} n_h(n_h−1)/D,
//   gatekeeper 2(n_g−1)(n−n_g)/D, liaison the rest ((n−n_g)(n−n_g−1) −
//   Σ_{h≠g} n_h(n_h−1))/D. The roles are null where D = 0; `total` is total(b).
struct BrokerageExpected {
    std::optional<double> coordinator;
    std::optional<double> itinerant;
    std::optional<double> gatekeeper;
    std::optional<double> liaison;
    double total = 0;
};

// By vertex.
[[nodiscard]] std::vector<BrokerageCounts> brokerage(const WaveGraph& graph, const Grouping& grouping);
[[nodiscard]] std::vector<BrokerageExpected> brokerage_expected(const Grouping& grouping,
                                                                const std::vector<BrokerageCounts>& counts);

// Per vertex: (e − i)/(e + i) over its ties, e to other groups, i inside its
// own ("unknown" is a group like any other); null for an isolate. O(n + m).
[[nodiscard]] std::vector<std::optional<double>> actor_ei_index(const WaveGraph& graph, const Grouping& grouping);

}  // namespace helixnet
