#include "helixnet/compare/tie_change.hpp"

#include <utility>
#include <vector>

#include <gtest/gtest.h>

namespace helixnet {
namespace {

//  wave a: 0─1─2─3        wave b: 0─1  2─3
//                                  └───┘ (0─2)
// kept 0─1, 2─3; removed 1─2; added 0─2.
TEST(TieChange, CountsOnTheSameActors) {
    const std::vector<std::pair<Vertex, Vertex>> ea = {{0, 1}, {1, 2}, {2, 3}};
    const std::vector<std::pair<Vertex, Vertex>> eb = {{0, 1}, {2, 3}, {0, 2}};
    const TieChange c = tie_change(build_graph(4, ea), build_graph(4, eb));
    EXPECT_EQ(c.ties_added, 1u);
    EXPECT_EQ(c.ties_removed, 1u);
    EXPECT_EQ(c.ties_stable, 2u);
    EXPECT_DOUBLE_EQ(*c.jaccard, 0.5);
    EXPECT_EQ(c.change_table.c00, 2u);  // 0–3, 1–3 of the 6 pairs
    EXPECT_EQ(c.change_table.c01, 1u);
    EXPECT_EQ(c.change_table.c10, 1u);
    EXPECT_EQ(c.change_table.c11, 2u);
    EXPECT_EQ(c.hamming, 2u);
    EXPECT_DOUBLE_EQ(*c.jaccard_common, 0.5);
    EXPECT_EQ(c.common_actors, 4u);
    EXPECT_TRUE(c.joined.empty());
    EXPECT_TRUE(c.left.empty());
}

// Actor 4 joins with two ties: they count in ties_added and jaccard but not
// in the change table of the common actors.
TEST(TieChange, JoinersCountInTiesButNotInTheChangeTable) {
    const std::vector<std::pair<Vertex, Vertex>> ea = {{0, 1}};
    const std::vector<std::pair<Vertex, Vertex>> eb = {{0, 1}, {4, 0}, {4, 3}};
    const TieChange c = tie_change(build_graph(4, ea), build_graph(5, eb));
    EXPECT_EQ(c.ties_added, 2u);
    EXPECT_EQ(c.ties_stable, 1u);
    EXPECT_DOUBLE_EQ(*c.jaccard, 1.0 / 3.0);
    EXPECT_EQ(c.change_table.c01, 0u);
    EXPECT_EQ(c.change_table.c00, 5u);
    EXPECT_DOUBLE_EQ(*c.jaccard_common, 1.0);
    EXPECT_EQ(c.joined, (std::vector<std::uint32_t>{4}));
    EXPECT_TRUE(c.left.empty());
}

TEST(TieChange, NoTiesAnywhereLeavesJaccardNull) {
    const TieChange c = tie_change(build_graph(3, {}), build_graph(3, {}));
    EXPECT_FALSE(c.jaccard.has_value());
    EXPECT_FALSE(c.jaccard_common.has_value());
    EXPECT_EQ(c.change_table.c00, 3u);
}

}  // namespace
}  // namespace helixnet
