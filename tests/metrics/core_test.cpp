#include "helixnet/metrics/core.hpp"

#include <gtest/gtest.h>

#include <utility>
#include <vector>

namespace helixnet {
namespace {

//  K4 on 0..3, a tail 3–4–5, and an isolate 6.
TEST(Core, CliqueWithTail) {
    const std::vector<std::pair<Vertex, Vertex>> edges = {{0, 1}, {0, 2}, {0, 3}, {1, 2},
                                                          {1, 3}, {2, 3}, {3, 4}, {4, 5}};
    const auto core = core_numbers(build_graph(7, edges));
    EXPECT_EQ(core, (std::vector<std::uint32_t>{3, 3, 3, 3, 1, 1, 0}));
    EXPECT_TRUE(core_numbers(build_graph(0, {})).empty());
}

}  // namespace
}  // namespace helixnet
