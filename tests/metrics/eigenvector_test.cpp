#include "helixnet/metrics/eigenvector.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <utility>
#include <vector>

namespace helixnet {
namespace {

using Edges = std::vector<std::pair<Vertex, Vertex>>;

// A star with k leaves: eigenvalue √k, centre 1/√2, leaves 1/√(2k).
TEST(Eigenvector, StarClosedForm) {
    const Edges edges = {{0, 1}, {0, 2}, {0, 3}, {0, 4}};
    const auto x = eigenvector_centrality(build_graph(5, edges));
    EXPECT_NEAR(*x[0], 1.0 / std::sqrt(2.0), 1e-9);
    for (Vertex v = 1; v < 5; ++v) EXPECT_NEAR(*x[v], 1.0 / std::sqrt(8.0), 1e-9);
}

// A triangle (λ = 2) beside a pair (λ = 1): the pair gets 0.
TEST(Eigenvector, ZeroOutsideTheDominantComponent) {
    const Edges edges = {{0, 1}, {1, 2}, {2, 0}, {3, 4}};
    const auto x = eigenvector_centrality(build_graph(6, edges));
    EXPECT_NEAR(*x[0], 1.0 / std::sqrt(3.0), 1e-9);
    EXPECT_DOUBLE_EQ(*x[3], 0.0);
    EXPECT_DOUBLE_EQ(*x[5], 0.0);
}

TEST(Eigenvector, NullWhereTheTopEigenvalueIsNotSimple) {
    const Edges twins = {{0, 1}, {1, 2}, {2, 0}, {3, 4}, {4, 5}, {5, 3}};
    for (const auto& value : eigenvector_centrality(build_graph(6, twins))) EXPECT_FALSE(value);
    for (const auto& value : eigenvector_centrality(build_graph(3, {}))) EXPECT_FALSE(value);
    const auto single = eigenvector_centrality(build_graph(1, {}));
    EXPECT_DOUBLE_EQ(*single[0], 1.0);
    EXPECT_TRUE(eigenvector_centrality(build_graph(0, {})).empty());
}

// Bipartite: a path of four. λ = golden ratio φ; x ∝ (1, φ, φ, 1).
TEST(Eigenvector, ConvergesOnBipartiteGraphs) {
    const Edges edges = {{0, 1}, {1, 2}, {2, 3}};
    const auto x = eigenvector_centrality(build_graph(4, edges));
    const double phi = (1.0 + std::sqrt(5.0)) / 2.0;
    const double norm = std::sqrt(2.0 + 2.0 * phi * phi);
    EXPECT_NEAR(*x[0], 1.0 / norm, 1e-9);
    EXPECT_NEAR(*x[1], phi / norm, 1e-9);
}

// A wheel of 60 000 spokes, large enough for the threads to share each step:
// λ = 1 + √(1 + k), the rim's value a and the hub's b = k·a/λ with
// k·a² + b² = 1; bit for bit the same on one thread and on three.
TEST(Eigenvector, LargeComponentIsExactAndTheSameOnAnyNumberOfThreads) {
    constexpr Vertex k = 60000;
    Edges edges;
    for (Vertex v = 1; v <= k; ++v) {
        edges.emplace_back(0, v);
        edges.emplace_back(v, v == k ? 1 : v + 1);
    }
    const WaveGraph wheel = build_graph(k + 1, edges);
    Execution one, three;
    one.threads = 1;
    three.threads = 3;
    const auto x = eigenvector_centrality(wheel, one);
    EXPECT_EQ(x, eigenvector_centrality(wheel, three));
    const double lambda = 1.0 + std::sqrt(1.0 + k);
    const double a = 1.0 / std::sqrt(k + (k / lambda) * (k / lambda));
    EXPECT_NEAR(*x[0], k * a / lambda, 1e-9);
    EXPECT_NEAR(*x[1], a, 1e-9);
    EXPECT_NEAR(*x[k / 2], a, 1e-9);
}

}  // namespace
}  // namespace helixnet
