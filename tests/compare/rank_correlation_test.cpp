#include "helixnet/compare/rank_correlation.hpp"

#include <vector>

#include <gtest/gtest.h>

#include "helixnet/error.hpp"

namespace helixnet {
namespace {

TEST(AverageRanks, TiesShareTheMeanOfTheirRanks) {
    const std::vector<double> v = {30, 10, 20, 20, 20, 5};
    EXPECT_EQ(average_ranks(v), (std::vector<double>{6, 2, 4, 4, 4, 1}));
}

TEST(AverageRanks, RoundingNoiseDoesNotSplitATie) {
    const std::vector<double> v = {0.1 + 0.2, 0.3, 0.5};  // 0.30000000000000004 and 0.3
    EXPECT_EQ(average_ranks(v), (std::vector<double>{1.5, 1.5, 3}));
}

TEST(Spearman, MonotoneIsOneReversedIsMinusOne) {
    const std::vector<double> x = {1, 2, 3, 4};
    const std::vector<double> y = {1, 4, 9, 16};
    const std::vector<double> r = {8, 4, 2, 1};
    EXPECT_DOUBLE_EQ(*spearman(x, y), 1.0);
    EXPECT_DOUBLE_EQ(*spearman(x, r), -1.0);
}

TEST(Spearman, ClosedFormWithoutTies) {
    // rho = 1 − 6 Σd² / (n(n²−1)); ranks (1,2,3,4,5) vs (2,1,4,3,5): Σd² = 4.
    const std::vector<double> x = {1, 2, 3, 4, 5};
    const std::vector<double> y = {20, 10, 40, 30, 50};
    EXPECT_NEAR(*spearman(x, y), 1.0 - 6.0 * 4.0 / (5.0 * 24.0), 1e-12);
}

TEST(Spearman, NullForFewerThanTwoOrAConstantSide) {
    const std::vector<double> one = {1};
    EXPECT_FALSE(spearman(one, one).has_value());
    EXPECT_FALSE(spearman(std::vector<double>{}, std::vector<double>{}).has_value());
    const std::vector<double> x = {1, 2, 3};
    const std::vector<double> flat = {2, 2, 2};
    EXPECT_FALSE(spearman(x, flat).has_value());
    EXPECT_FALSE(spearman(flat, x).has_value());
    EXPECT_THROW((void)spearman(x, one), Failure);
}

}  // namespace
}  // namespace helixnet
