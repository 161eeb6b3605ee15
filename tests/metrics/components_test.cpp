#include "helixnet/metrics/components.hpp"

#include <gtest/gtest.h>

#include <utility>
#include <vector>

namespace helixnet {
namespace {

// 0–1–2   3   4–5
TEST(Components, CountsIsolatesAndNumbersByLowestVertex) {
    const std::vector<std::pair<Vertex, Vertex>> edges = {{0, 1}, {1, 2}, {4, 5}};
    const Components c = connected_components(build_graph(6, edges));
    EXPECT_EQ(c.count(), 3u);
    EXPECT_EQ(c.largest(), 3u);
    EXPECT_EQ(c.of, (std::vector<std::uint32_t>{0, 0, 0, 1, 2, 2}));
    EXPECT_EQ(connected_components(build_graph(0, {})).largest(), 0u);
}

}  // namespace
}  // namespace helixnet
