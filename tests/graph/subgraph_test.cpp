// without_vertices: the remaining actors keep their order, actors and ties.
#include "helixnet/graph/subgraph.hpp"

#include <gtest/gtest.h>

#include "../export/sample_study.hpp"

namespace helixnet {
namespace {

TEST(WithoutVertices, KeepsActorsOrderAndWeights) {
    //  0 ─ 1 ─ 2 ─ 3,  1 ─ 3 (weight 2)
    const std::vector<std::pair<Vertex, Vertex>> edges = {{0, 1}, {1, 2}, {2, 3}, {1, 3}};
    const std::vector<double> weights = {1, 1, 1, 2};
    const WaveGraph g = build_graph(4, edges, weights);
    const std::vector<Vertex> removed = {2, 2, 17};  // repeats and strangers are ignored
    const WaveGraph rest = without_vertices(g, removed);
    ASSERT_EQ(rest.actors(), 3u);
    EXPECT_EQ(rest.ties(), 2u);
    EXPECT_EQ(rest.actor_indices(), (std::vector<std::uint32_t>{0, 1, 3}));
    EXPECT_EQ(rest.vertex_of_actor(3), std::optional<Vertex>(2));
    EXPECT_FALSE(rest.vertex_of_actor(2).has_value());
    EXPECT_TRUE(rest.adjacent(1, 2));  // actors 1 and 3
    EXPECT_DOUBLE_EQ(rest.tie_properties(2)[0].weight, 2.0);
    EXPECT_EQ(without_vertices(g, {}).ties(), 4u);
}

TEST(WithoutVertices, AWaveGraphStaysAWaveGraph) {
    const Study study = test::regional_study();
    const WaveGraph g = build_wave_graph(study, 2019);
    const std::vector<Vertex> removed = {*g.vertex_of_actor(*study.actor_index("gem-d"))};
    const WaveGraph rest = without_vertices(g, removed);
    EXPECT_EQ(rest.year(), 2019);
    EXPECT_EQ(rest.actors(), g.actors() - 1);
    EXPECT_EQ(rest.ties(), 2u);  // gem-g - roc - bedrijf-a
    for (Vertex v = 0; v < rest.actors(); ++v) EXPECT_NE(study.actors[rest.actor(v)].id, "gem-d");
}

}  // namespace
}  // namespace helixnet
