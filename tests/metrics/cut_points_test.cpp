// Cut points and bridges against nx.articulation_points and nx.bridges
// (tests/fixtures/fragility/), and closed forms on small graphs.
#include "helixnet/metrics/cut_points.hpp"

#include <gtest/gtest.h>

#include "fragility_fixtures.hpp"

namespace helixnet {
namespace {

using testing::fixture_graph;
using testing::read_fragility_fixture;

class CutPointsGolden : public ::testing::TestWithParam<std::string> {};

TEST_P(CutPointsGolden, MatchesNetworkX) {
    const auto fixture = read_fragility_fixture(GetParam());
    const WaveGraph g = fixture_graph(fixture);
    const CutPoints c = cut_points(g);
    std::vector<Vertex> points;
    for (Vertex v = 0; v < g.actors(); ++v)
        if (c.articulation_point[v]) points.push_back(v);
    EXPECT_EQ(points, fixture["articulation_points"].get<std::vector<Vertex>>());
    EXPECT_EQ(c.articulation_points, points.size());
    std::vector<std::pair<Vertex, Vertex>> bridges;
    for (const auto& b : fixture["bridges"]) bridges.emplace_back(b[0].get<Vertex>(), b[1].get<Vertex>());
    EXPECT_EQ(c.bridges, bridges);
}

INSTANTIATE_TEST_SUITE_P(Fixtures, CutPointsGolden, ::testing::ValuesIn(testing::fragility_graph_names()));

//   0 - 1 - 2      a path: the inner actors are cut points, every tie a bridge
TEST(CutPoints, PathAndTriangle) {
    const std::vector<std::pair<Vertex, Vertex>> path = {{0, 1}, {1, 2}};
    const CutPoints p = cut_points(build_graph(3, path));
    EXPECT_EQ(p.articulation_point, (std::vector<bool>{false, true, false}));
    EXPECT_EQ(p.bridges.size(), 2u);
    const std::vector<std::pair<Vertex, Vertex>> triangle = {{0, 1}, {1, 2}, {2, 0}};
    const CutPoints t = cut_points(build_graph(3, triangle));
    EXPECT_EQ(t.articulation_points, 0u);
    EXPECT_TRUE(t.bridges.empty());
}

TEST(CutPoints, EmptyAndDeepGraphs) {
    EXPECT_EQ(cut_points(build_graph(0, {})).articulation_points, 0u);
    // A path of 200 000 actors: the search is iterative, so depth is no problem.
    std::vector<std::pair<Vertex, Vertex>> edges;
    for (Vertex v = 0; v + 1 < 200000; ++v) edges.emplace_back(v, v + 1);
    const CutPoints c = cut_points(build_graph(200000, edges));
    EXPECT_EQ(c.articulation_points, 199998u);
    EXPECT_EQ(c.bridges.size(), 199999u);
}

}  // namespace
}  // namespace helixnet
