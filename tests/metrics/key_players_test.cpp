// Key players: the best set's value equals the best over every set computed
// by brute force with NetworkX (tests/fixtures/fragility/), both by the
// library's enumeration and by its search (greedy and random starts, each
// improved by swaps).
#include "helixnet/metrics/key_players.hpp"

#include <gtest/gtest.h>

#include "fragility_fixtures.hpp"
#include "helixnet/error.hpp"
#include "helixnet/graph/subgraph.hpp"

namespace helixnet {
namespace {

using nlohmann::json;
using testing::fixture_graph;
using testing::read_fragility_fixture;

class KeyPlayersGolden : public ::testing::TestWithParam<std::string> {};

TEST_P(KeyPlayersGolden, BothSearchesReachTheBruteForceOptimum) {
    const json fixture = read_fragility_fixture(GetParam());
    const WaveGraph g = fixture_graph(fixture);
    for (const auto& best : fixture["key_players"]) {
        const auto k = best["k"].get<std::size_t>();
        for (const auto search : {KeyPlayerSearch::enumeration, KeyPlayerSearch::greedy_swap}) {
            const bool enumerated = search == KeyPlayerSearch::enumeration;
            SCOPED_TRACE(::testing::Message() << "k " << k << (enumerated ? ", enumeration" : ", greedy + swaps"));
            KeyPlayerOptions options;
            options.k = k;
            options.search = search;
            if (best.contains("kpp_neg_distance_fragmentation")) {
                const KeyPlayerSet s = key_players_fragmentation(g, options);
                ASSERT_EQ(s.members.size(), k);
                EXPECT_EQ(s.enumerated, enumerated);
                EXPECT_FALSE(s.estimated);
                ASSERT_TRUE(s.fragmentation_after.has_value());
                EXPECT_NEAR(*s.fragmentation_after, best["kpp_neg_distance_fragmentation"].get<double>(), 1e-9);
            }
            const KeyPlayerSet r1 = key_players_reach(g, ReachCriterion::reach_1, options);
            EXPECT_EQ(r1.reach.reach_1, best["kpp_pos_reach_1"].get<std::size_t>());
            const KeyPlayerSet r2 = key_players_reach(g, ReachCriterion::reach_2, options);
            EXPECT_EQ(r2.reach.reach_2, best["kpp_pos_reach_2"].get<std::size_t>());
            const KeyPlayerSet dw = key_players_reach(g, ReachCriterion::distance_weighted, options);
            ASSERT_TRUE(dw.reach.distance_weighted_reach.has_value());
            EXPECT_NEAR(*dw.reach.distance_weighted_reach, best["kpp_pos_distance_weighted_reach"].get<double>(), 1e-9);
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Fixtures, KeyPlayersGolden, ::testing::ValuesIn(testing::fragility_graph_names()));

//  (5-clique) 4 ─── 5 (5-clique): one end of the joining tie
TEST(KeyPlayers, TwoCliquesAndTheSearchChosen) {
    const WaveGraph g = testing::two_cliques();
    KeyPlayerOptions options;
    options.k = 1;
    const KeyPlayerSet one = key_players_fragmentation(g, options);
    EXPECT_TRUE(one.enumerated);  // 10 sets
    EXPECT_EQ(one.members, (std::vector<Vertex>{4}));
    EXPECT_NEAR(*one.fragmentation_after, 0.555556, 1e-6);
    EXPECT_NEAR(*one.fragmentation_before, 0.325926, 1e-6);
    options.k = 2;
    const KeyPlayerSet two = key_players_fragmentation(g, options);
    // Any set cutting the tie and taking one actor from each clique leaves two
    // 4-cliques; {0, 5} is the first of them.
    EXPECT_EQ(two.members, (std::vector<Vertex>{0, 5}));
    EXPECT_NEAR(*two.fragmentation_after, 0.571429, 1e-6);
    const KeyPlayerSet reach = key_players_reach(g, ReachCriterion::reach_1, options);
    EXPECT_EQ(reach.members, (std::vector<Vertex>{0, 5}));  // the first of the sets tied to all 8 others
    EXPECT_EQ(reach.reach.reach_1, 8u);
    EXPECT_DOUBLE_EQ(*reach.reach.reach_1_share, 1.0);
    options.enumeration_limit = 10;  // C(10, 2) = 45 sets: too many now
    const KeyPlayerSet searched = key_players_fragmentation(g, options);
    EXPECT_FALSE(searched.enumerated);
    EXPECT_EQ(searched.starts, 21u);  // the greedy start and 20 random ones
    EXPECT_NEAR(*searched.fragmentation_after, 0.571429, 1e-6);
}

TEST(KeyPlayers, SameResultForAnyThreadCount) {
    const auto fixture = read_fragility_fixture("les_miserables");
    const WaveGraph g = fixture_graph(fixture);
    KeyPlayerOptions options;
    options.k = 3;
    options.search = KeyPlayerSearch::greedy_swap;
    options.removal.execution.threads = 1;
    const KeyPlayerSet a = key_players_fragmentation(g, options);
    const KeyPlayerSet ra = key_players_reach(g, ReachCriterion::distance_weighted, options);
    options.removal.execution.threads = 3;
    const KeyPlayerSet b = key_players_fragmentation(g, options);
    const KeyPlayerSet rb = key_players_reach(g, ReachCriterion::distance_weighted, options);
    EXPECT_EQ(a.members, b.members);
    EXPECT_EQ(a.fragmentation_after, b.fragmentation_after);
    EXPECT_EQ(ra.members, rb.members);
}

TEST(KeyPlayers, SetSizeOutsideTheWaveFails) {
    const std::vector<std::pair<Vertex, Vertex>> edges = {{0, 1}, {1, 2}};
    const WaveGraph g = build_graph(3, edges);
    KeyPlayerOptions options;
    options.k = 2;  // KPP-Neg leaves one actor: no pair
    EXPECT_THROW((void)key_players_fragmentation(g, options), Failure);
    EXPECT_NO_THROW((void)key_players_reach(g, ReachCriterion::reach_1, options));
    options.k = 3;
    EXPECT_THROW((void)key_players_reach(g, ReachCriterion::reach_1, options), Failure);
    options.k = 0;
    EXPECT_THROW((void)key_players_reach(g, ReachCriterion::reach_2, options), Failure);
}

TEST(KeyPlayers, ReachScoresOfAGivenSet) {
    //  0 ─ 1 ─ 2 ─ 3 ─ 4,  5 alone
    const std::vector<std::pair<Vertex, Vertex>> edges = {{0, 1}, {1, 2}, {2, 3}, {3, 4}};
    const WaveGraph g = build_graph(6, edges);
    const std::vector<Vertex> set = {0};
    const ReachScores r = reach_scores(g, set);
    EXPECT_EQ(r.reach_1, 1u);
    EXPECT_EQ(r.reach_2, 2u);
    EXPECT_DOUBLE_EQ(*r.reach_1_share, 1.0 / 5);
    EXPECT_NEAR(*r.distance_weighted_reach, (1 + 1.0 / 2 + 1.0 / 3 + 1.0 / 4) / 5, 1e-12);
}

}  // namespace
}  // namespace helixnet
