#include "helixnet/groups/brokerage.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <utility>
#include <vector>

namespace helixnet {
namespace {

//        1(a)
//        |
//  2(b)- 0(a) - 3(b)        0's neighbour pairs: {1,2} G, {1,3} G, {1,4} G,
//        |                  {2,3} tied (no role), {2,4} L, {3,4} L
//        4(c)        2 - 3
TEST(Brokerage, StarWithOneClosedPair) {
    const std::vector<std::pair<Vertex, Vertex>> edges = {{0, 1}, {0, 2}, {0, 3}, {0, 4}, {2, 3}};
    const std::vector<std::string> values = {"a", "a", "b", "b", "c"};
    const Grouping grouping = make_grouping("x", values);
    const WaveGraph g = build_graph(5, edges);
    const auto b = brokerage(g, grouping);
    EXPECT_EQ(b[0].coordinator, 0u);
    EXPECT_EQ(b[0].itinerant, 0u);
    EXPECT_EQ(b[0].gatekeeper, 3u);
    EXPECT_EQ(b[0].liaison, 2u);
    EXPECT_EQ(b[0].total, 5u);
    // 2 and 3 each broker between 0 and nobody else: degree 2 with a tie 0-3 / 0-2.
    EXPECT_EQ(b[2].total, 0u);
    EXPECT_EQ(b[1].total, 0u);

    // Expected for actor 0 (group a, n_a = 2, n = 5, D = 4·3 = 12):
    // coordinator (1·0)/12 = 0, itinerant (2·1 + 1·0)/12 = 2/12,
    // gatekeeper 2·1·3/12 = 6/12, liaison (3·2 − 2)/12 = 4/12.
    const auto e = brokerage_expected(grouping, b);
    EXPECT_DOUBLE_EQ(*e[0].coordinator, 0.0);
    EXPECT_FALSE(std::signbit(*e[0].coordinator));
    EXPECT_DOUBLE_EQ(*e[0].itinerant, 5.0 * 2 / 12);
    EXPECT_DOUBLE_EQ(*e[0].gatekeeper, 5.0 * 6 / 12);
    EXPECT_DOUBLE_EQ(*e[0].liaison, 5.0 * 4 / 12);
    EXPECT_DOUBLE_EQ(e[0].total, 5.0);
}

TEST(Brokerage, ExpectedIsNullBelowThreeActors) {
    const std::vector<std::pair<Vertex, Vertex>> edges = {{0, 1}};
    const std::vector<std::string> values = {"a", "b"};
    const Grouping grouping = make_grouping("x", values);
    const auto b = brokerage(build_graph(2, edges), grouping);
    const auto e = brokerage_expected(grouping, b);
    EXPECT_FALSE(e[0].coordinator.has_value());
    EXPECT_FALSE(e[1].liaison.has_value());
    EXPECT_DOUBLE_EQ(e[0].total, 0.0);
}

// A naive oracle: every pair of neighbours, adjacency by binary search.
TEST(Brokerage, AgreesWithTheDefinitionOnRandomGraphs) {
    std::mt19937 rng(2024);
    for (int trial = 0; trial < 20; ++trial) {
        const std::size_t n = 5 + rng() % 40;
        std::bernoulli_distribution tie(0.05 + 0.3 * (trial % 4) / 3.0);
        std::vector<std::pair<Vertex, Vertex>> edges;
        for (Vertex u = 0; u < n; ++u)
            for (Vertex v = u + 1; v < n; ++v)
                if (tie(rng)) edges.emplace_back(u, v);
        std::vector<std::string> values(n);
        for (auto& value : values) value = std::string(1, static_cast<char>('a' + rng() % (1 + trial % 5)));
        const WaveGraph g = build_graph(n, edges);
        const Grouping grouping = make_grouping("x", values);
        const auto fast = brokerage(g, grouping);
        for (Vertex b = 0; b < n; ++b) {
            BrokerageCounts slow;
            const auto nb = g.neighbours(b);
            for (std::size_t i = 0; i < nb.size(); ++i)
                for (std::size_t j = i + 1; j < nb.size(); ++j) {
                    if (g.adjacent(nb[i], nb[j])) continue;
                    const auto ga = grouping.group_of[nb[i]], gb = grouping.group_of[b], gc = grouping.group_of[nb[j]];
                    if (ga == gb && gb == gc)
                        ++slow.coordinator;
                    else if (ga == gc)
                        ++slow.itinerant;
                    else if (ga == gb || gc == gb)
                        ++slow.gatekeeper;
                    else
                        ++slow.liaison;
                    ++slow.total;
                }
            ASSERT_EQ(fast[b].coordinator, slow.coordinator) << trial << "/" << b;
            ASSERT_EQ(fast[b].itinerant, slow.itinerant) << trial << "/" << b;
            ASSERT_EQ(fast[b].gatekeeper, slow.gatekeeper) << trial << "/" << b;
            ASSERT_EQ(fast[b].liaison, slow.liaison) << trial << "/" << b;
            ASSERT_EQ(fast[b].total, slow.total) << trial << "/" << b;
        }
        // Expected roles add up to the total.
        for (const auto& e : brokerage_expected(grouping, fast)) {
            if (e.coordinator) {
                EXPECT_NEAR(*e.coordinator + *e.itinerant + *e.gatekeeper + *e.liaison, e.total, 1e-9);
            }
        }
    }
}

TEST(ActorEi, RatioOfExternalToInternalTiesNullForIsolates) {
    const std::vector<std::pair<Vertex, Vertex>> edges = {{0, 1}, {0, 2}, {0, 3}};
    const std::vector<std::string> values = {"a", "a", "b", "", ""};
    const auto ei = actor_ei_index(build_graph(5, edges), make_grouping("x", values));
    EXPECT_DOUBLE_EQ(*ei[0], (2.0 - 1.0) / 3.0);
    EXPECT_DOUBLE_EQ(*ei[1], -1.0);
    EXPECT_DOUBLE_EQ(*ei[3], 1.0);  // "unknown" is a group of its own
    EXPECT_FALSE(ei[4].has_value());
}

}  // namespace
}  // namespace helixnet
