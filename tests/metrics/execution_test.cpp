#include "helixnet/metrics/execution.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <vector>

namespace helixnet {
namespace {

TEST(Execution, RunsEveryBlockOnce) {
    for (const unsigned threads : {1u, 2u, 5u}) {
        std::vector<std::atomic<int>> seen(37);
        run_blocks(seen.size(), threads, [&](std::size_t block, unsigned worker) {
            EXPECT_LT(worker, threads);
            ++seen[block];
        });
        for (const auto& s : seen) EXPECT_EQ(s.load(), 1);
    }
}

TEST(Execution, RethrowsTheFirstFailure) {
    EXPECT_THROW(run_blocks(10, 3,
                            [](std::size_t block, unsigned) {
                                if (block == 4) throw std::runtime_error("block 4");
                            }),
                 std::runtime_error);
}

TEST(Execution, ZeroMeansEveryHardwareThread) {
    EXPECT_GE(resolve_threads(0), 1u);
    EXPECT_EQ(resolve_threads(3), 3u);
}

}  // namespace
}  // namespace helixnet
