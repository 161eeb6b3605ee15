#include "helixnet/metrics/neighbourhood.hpp"

#include <gtest/gtest.h>

#include <utility>
#include <vector>

namespace helixnet {
namespace {

using Edges = std::vector<std::pair<Vertex, Vertex>>;

//  0 --- 1
//  | \   |      triangles 0-1-2 and 0-2-3 share the tie 0–2;
//  3 --- 2      4 hangs on 0 and has clustering 0.
//  |
//  4
TEST(Neighbourhood, TrianglesAndClustering) {
    const Edges edges = {{0, 1}, {1, 2}, {2, 3}, {3, 0}, {0, 2}, {3, 4}};
    const NeighbourhoodMeasures m = neighbourhood_measures(build_graph(5, edges));
    EXPECT_EQ(m.triangles[0], 2u);
    EXPECT_EQ(m.triangles[1], 1u);
    EXPECT_EQ(m.triangles[4], 0u);
    EXPECT_DOUBLE_EQ(m.clustering[0], 2.0 / 3.0);  // 2 of 3 neighbour pairs tied
    EXPECT_DOUBLE_EQ(m.clustering[1], 1.0);
    EXPECT_DOUBLE_EQ(m.clustering[3], 1.0 / 3.0);
    EXPECT_DOUBLE_EQ(m.clustering[4], 0.0);
    // 2 triangles × 3 / (3 + 1 + 3 + 3 + 0) connected triples.
    EXPECT_DOUBLE_EQ(*m.transitivity, 6.0 / 10.0);
    EXPECT_DOUBLE_EQ(*m.average_clustering, (2.0 / 3 + 1 + 2.0 / 3 + 1.0 / 3 + 0) / 5);
}

// A star's centre: neighbours untied, so constraint Σ (1/d)² = 1/d and
// effective size d; a leaf has one contact: constraint 1, effective size 1.
TEST(Neighbourhood, StructuralHolesOfAStar) {
    const Edges edges = {{0, 1}, {0, 2}, {0, 3}, {0, 4}};
    const NeighbourhoodMeasures m = neighbourhood_measures(build_graph(6, edges));
    EXPECT_DOUBLE_EQ(*m.constraint[0], 0.25);
    EXPECT_DOUBLE_EQ(*m.effective_size[0], 4.0);
    EXPECT_DOUBLE_EQ(*m.constraint[1], 1.0);
    EXPECT_DOUBLE_EQ(*m.effective_size[1], 1.0);
    EXPECT_FALSE(m.constraint[5]);  // isolate
    EXPECT_FALSE(m.effective_size[5]);
    EXPECT_DOUBLE_EQ(*m.transitivity, 0.0);  // triples but no triangle
}

// In a triangle each contact is also reached through the other:
// (1/2 + 1/2·1/2)² per contact, twice: 1.125; effective size 2 − 2·1/2 = 1.
TEST(Neighbourhood, StructuralHolesOfATriangle) {
    const Edges edges = {{0, 1}, {1, 2}, {2, 0}};
    const NeighbourhoodMeasures m = neighbourhood_measures(build_graph(3, edges));
    EXPECT_DOUBLE_EQ(*m.constraint[0], 1.125);
    EXPECT_DOUBLE_EQ(*m.effective_size[0], 1.0);
}

TEST(Neighbourhood, NoConnectedTripleMeansNoTransitivity) {
    const Edges edges = {{0, 1}, {2, 3}};
    const NeighbourhoodMeasures m = neighbourhood_measures(build_graph(4, edges));
    EXPECT_FALSE(m.transitivity);
    EXPECT_DOUBLE_EQ(*m.average_clustering, 0.0);
    EXPECT_FALSE(neighbourhood_measures(build_graph(0, {})).average_clustering);
}

}  // namespace
}  // namespace helixnet
