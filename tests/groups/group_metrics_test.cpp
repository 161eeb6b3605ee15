#include "helixnet/groups/group_metrics.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace helixnet {
namespace {

//   a0 - a1 - b2 - b3 - c4     a: {0, 1}, b: {2, 3}, c: {4}
//                              I = 2 (0-1, 2-3), E = 2 (1-2, 3-4), m = 4
TEST(GroupMetrics, ClosedFormsOnASmallGraph) {
    const std::vector<std::pair<Vertex, Vertex>> edges = {{0, 1}, {1, 2}, {2, 3}, {3, 4}};
    const std::vector<std::string> values = {"a", "a", "b", "b", "c"};
    const Grouping grouping = make_grouping("x", values);
    PermutationOptions none;
    none.permutations = 0;
    const GroupMetrics r = group_metrics(build_graph(5, edges), grouping, none);
    EXPECT_EQ(r.mixing, (std::vector<std::vector<std::size_t>>{{1, 1, 0}, {1, 1, 1}, {0, 1, 0}}));
    EXPECT_DOUBLE_EQ(*r.block_density[0][0], 1.0);
    EXPECT_DOUBLE_EQ(*r.block_density[0][1], 0.25);
    EXPECT_DOUBLE_EQ(*r.block_density[1][2], 0.5);
    EXPECT_DOUBLE_EQ(*r.block_density[0][2], 0.0);
    EXPECT_FALSE(r.block_density[2][2].has_value());  // one actor: no pair possible
    EXPECT_EQ(r.internal_ties, 2u);
    EXPECT_EQ(r.external_ties, 2u);
    EXPECT_DOUBLE_EQ(*r.ei_index, 0.0);
    // P = 10 pairs, P_within = 1 + 1 + 0 = 2, P_between = 8: (8 − 2)/10.
    EXPECT_DOUBLE_EQ(*r.expected_ei_index, 0.6);
    EXPECT_FALSE(r.ei_p_value.has_value());  // no permutations asked for
    // Degree sums a: 3, b: 4, c: 1 of 2m = 8; internal shares 1/4, 1/4, 0.
    // Q = 1/2 − (9 + 16 + 1)/64 = 6/64; r = (6/64)/(1 − 26/64) = 6/38.
    EXPECT_DOUBLE_EQ(*r.modularity, 6.0 / 64.0);
    EXPECT_DOUBLE_EQ(*r.assortativity, 6.0 / 38.0);
    EXPECT_EQ(r.per_group[1].size, 2u);
    EXPECT_EQ(r.per_group[1].internal_ties, 1u);
    EXPECT_EQ(r.per_group[1].external_ties, 2u);
    EXPECT_DOUBLE_EQ(*r.per_group[1].ei_index, 1.0 / 3.0);
    EXPECT_DOUBLE_EQ(*r.per_group[1].internal_density, 1.0);
    EXPECT_DOUBLE_EQ(*r.per_group[2].ei_index, 1.0);
    EXPECT_FALSE(r.per_group[2].internal_density.has_value());
}

TEST(GroupMetrics, NullsWithoutTies) {
    const std::vector<std::string> values = {"a", "b", "b"};
    const GroupMetrics r = group_metrics(build_graph(3, {}), make_grouping("x", values));
    EXPECT_FALSE(r.ei_index.has_value());
    EXPECT_FALSE(r.ei_p_value.has_value());
    EXPECT_FALSE(r.assortativity.has_value());
    EXPECT_FALSE(r.modularity.has_value());
    EXPECT_DOUBLE_EQ(*r.expected_ei_index, 1.0 / 3.0);
}

TEST(GroupMetrics, SingleGroupHasNoAssortativity) {
    const std::vector<std::pair<Vertex, Vertex>> edges = {{0, 1}, {1, 2}};
    const std::vector<std::string> values = {"a", "a", "a"};
    const GroupMetrics r = group_metrics(build_graph(3, edges), make_grouping("x", values));
    EXPECT_FALSE(r.assortativity.has_value());  // 0/0: NetworkX gives NaN
    EXPECT_DOUBLE_EQ(*r.modularity, 0.0);
    EXPECT_DOUBLE_EQ(*r.ei_index, -1.0);
    EXPECT_DOUBLE_EQ(*r.expected_ei_index, -1.0);
    EXPECT_DOUBLE_EQ(*r.ei_p_value, 1.0);
}

TEST(GroupMetrics, OneActorWaveHasNoExpectedIndex) {
    const std::vector<std::string> values = {"a"};
    const GroupMetrics r = group_metrics(build_graph(1, {}), make_grouping("x", values));
    EXPECT_FALSE(r.expected_ei_index.has_value());
    EXPECT_FALSE(r.block_density[0][0].has_value());
}

}  // namespace
}  // namespace helixnet
