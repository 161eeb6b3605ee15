#include "helixnet/metrics/pagerank.hpp"

#include <gtest/gtest.h>

#include <numeric>
#include <utility>
#include <vector>

namespace helixnet {
namespace {

using Edges = std::vector<std::pair<Vertex, Vertex>>;

// Star with k leaves, no dangling actor: the centre c satisfies
// c = (1−α)/n + α·(1 − c) (all leaf mass flows in): c = ((1−α)/n + α)/(1 + α).
TEST(PageRank, StarClosedForm) {
    const Edges edges = {{0, 1}, {0, 2}, {0, 3}};
    const auto x = pagerank(build_graph(4, edges));
    const double alpha = 0.85, n = 4.0;
    const double centre = ((1 - alpha) / n + alpha) / (1 + alpha);
    EXPECT_NEAR(x[0], centre, 1e-12);
    EXPECT_NEAR(std::accumulate(x.begin(), x.end(), 0.0), 1.0, 1e-12);
}

TEST(PageRank, IsolatesOnlyIsUniform) {
    const auto x = pagerank(build_graph(5, {}));
    for (const double v : x) EXPECT_NEAR(v, 0.2, 1e-15);
    EXPECT_TRUE(pagerank(build_graph(0, {})).empty());
}

}  // namespace
}  // namespace helixnet
