#include "helixnet/graph/wave_graph.hpp"

#include <gtest/gtest.h>

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/graph/visitors.hpp>

#include "helixnet/error.hpp"
#include "helixnet/graph/boost_graph.hpp"

#include <map>
#include <random>
#include <utility>
#include <vector>

namespace helixnet {
namespace {

//   0 - 1 - 2     3 (isolate)
TEST(WaveGraph, BuildsSymmetricAdjacencyFromEdges) {
    const std::vector<std::pair<Vertex, Vertex>> edges = {{0, 1}, {2, 1}};
    const WaveGraph g = build_graph(4, edges);
    EXPECT_EQ(g.actors(), 4u);
    EXPECT_EQ(g.ties(), 2u);
    ASSERT_EQ(g.degree(1), 2u);
    EXPECT_EQ(g.neighbours(1)[0], 0u);
    EXPECT_EQ(g.neighbours(1)[1], 2u);
    EXPECT_EQ(g.degree(3), 0u);
    EXPECT_TRUE(g.adjacent(2, 1));
    EXPECT_FALSE(g.adjacent(0, 2));
}

TEST(WaveGraph, MergesDuplicatePairsSummingWeightsAndDropsSelfLoops) {
    const std::vector<std::pair<Vertex, Vertex>> edges = {{0, 1}, {1, 0}, {2, 2}};
    const std::vector<double> weights = {2.0, 0.5, 7.0};
    const WaveGraph g = build_graph(3, edges, weights);
    EXPECT_EQ(g.ties(), 1u);
    EXPECT_DOUBLE_EQ(g.tie_properties(0)[0].weight, 2.5);
    EXPECT_DOUBLE_EQ(g.tie_properties(1)[0].weight, 2.5);
    EXPECT_EQ(g.degree(2), 0u);
}

// Many duplicates, reversed duplicates and loops in random order, against a
// map-based reference: rows ascending, each pair once with its summed weight.
TEST(WaveGraph, RowsAreSortedAndMergedForAnyInputOrder) {
    std::mt19937 rng(11);
    constexpr Vertex n = 60;
    std::vector<std::pair<Vertex, Vertex>> edges;
    std::vector<double> weights;
    std::map<std::pair<Vertex, Vertex>, double> reference;
    for (int i = 0; i < 900; ++i) {
        const Vertex u = rng() % n, v = rng() % n;
        const double w = 1 + static_cast<double>(rng() % 4);
        edges.emplace_back(u, v);
        weights.push_back(w);
        if (u == v) continue;
        reference[{u, v}] += w;
        reference[{v, u}] += w;
    }
    const WaveGraph g = build_graph(n, edges, weights);
    EXPECT_EQ(g.ties(), reference.size() / 2);
    auto expected = reference.begin();
    for (Vertex u = 0; u < n; ++u)
        for (std::size_t i = 0; i < g.degree(u); ++i, ++expected) {
            ASSERT_NE(expected, reference.end());
            EXPECT_EQ(expected->first, std::make_pair(u, g.neighbours(u)[i]));
            EXPECT_DOUBLE_EQ(expected->second, g.tie_properties(u)[i].weight);
        }
    EXPECT_EQ(expected, reference.end());
}

TEST(WaveGraph, KeepsOnlyActorsOfTheWave) {
    Study s;
    s.waves = {{2019, ""}, {2024, ""}};
    s.actors.resize(3);
    s.actors[0].id = "a";
    s.actors[1].id = "b";
    s.actors[1].waves = {2024};
    s.actors[2].id = "c";
    s.reindex();
    const auto tie = [](std::uint32_t a, std::uint32_t b, int wave) {
        Tie t;
        t.source = a;
        t.target = b;
        t.wave = wave;
        return t;
    };
    s.ties.push_back(tie(0, 1, 2024));
    s.ties.push_back(tie(0, 2, 2019));
    const WaveGraph g19 = build_wave_graph(s, 2019);
    EXPECT_EQ(g19.actors(), 2u);
    EXPECT_EQ(g19.ties(), 1u);
    EXPECT_FALSE(g19.vertex_of_actor(1).has_value());
    EXPECT_EQ(g19.actor(*g19.vertex_of_actor(2)), 2u);
    const WaveGraph g24 = build_wave_graph(s, 2024);
    EXPECT_EQ(g24.actors(), 3u);
    EXPECT_EQ(g24.ties(), 1u);
    EXPECT_THROW((void)build_wave_graph(s, 2022), Failure);
}

// Boost algorithms run on the graph itself through its graph_traits: BFS
// hop counts and Dijkstra with the tie weights, on
//   0 -1.0- 1 -1.0- 2
//    \_____5.0_____/     3 (isolate)
TEST(WaveGraph, IsABoostGraph) {
    const std::vector<std::pair<Vertex, Vertex>> edges = {{0, 1}, {1, 2}, {0, 2}};
    const std::vector<double> weights = {1.0, 1.0, 5.0};
    const WaveGraph g = build_graph(4, edges, weights);
    EXPECT_EQ(num_vertices(g), 4u);
    EXPECT_EQ(num_edges(g), 6u);  // both arcs of each tie
    std::vector<std::size_t> hops(4, 0);
    boost::breadth_first_search(
        g, Vertex{0},
        boost::visitor(boost::make_bfs_visitor(boost::record_distances(hops.data(), boost::on_tree_edge()))));
    EXPECT_EQ(hops, (std::vector<std::size_t>{0, 1, 1, 0}));
    std::vector<double> distance(4, 0.0);
    boost::dijkstra_shortest_paths(g, Vertex{0}, boost::distance_map(distance.data()));
    EXPECT_DOUBLE_EQ(distance[2], 2.0);  // through 1, not the direct tie of weight 5
    std::size_t arcs_of_1 = 0;
    for (auto [a, end] = out_edges(1, g); a != end; ++a) {
        EXPECT_EQ(source(*a, g), 1u);
        EXPECT_DOUBLE_EQ(get(boost::edge_weight, g, *a), 1.0);
        ++arcs_of_1;
    }
    EXPECT_EQ(arcs_of_1, 2u);
}

TEST(WaveGraph, RejectsGraphsPastTheIndexRange) {
    EXPECT_THROW((void)build_graph(WaveGraph::max_actors + 1, {}), Failure);
    const std::vector<std::pair<Vertex, Vertex>> outside = {{0, 3}};
    EXPECT_THROW((void)build_graph(3, outside), Failure);
}

}  // namespace
}  // namespace helixnet
