// Leydesdorff's triple-helix synergy on its closed forms and on a 2×2×2
// table worked out by hand.
#include "helixnet/groups/helix_synergy.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace helixnet {
namespace {

// (U, I, G) = (education, industry, government).
HelixCoding code(int u, int i, int g) { return {u != 0, i != 0, g != 0}; }

std::vector<HelixCoding> repeat(std::vector<HelixCoding> codings, int times) {
    std::vector<HelixCoding> out;
    for (int k = 0; k < times; ++k) out.insert(out.end(), codings.begin(), codings.end());
    return out;
}

TEST(HelixSynergy, EvenParityCodingsGiveMinusOneBit) {
    // Every pair of dimensions is uniform over its four cells (2 bits), every
    // dimension a fair bit (1), the triple uniform over four cells (2):
    // T = 3·1 − 3·2 + 2 = −1.
    const std::vector<HelixCoding> c = {code(0, 0, 0), code(0, 1, 1), code(1, 0, 1), code(1, 1, 0)};
    EXPECT_NEAR(*helix_synergy_bits(c), -1.0, 1e-12);
    EXPECT_NEAR(*helix_synergy_bits(repeat(c, 5)), -1.0, 1e-12);  // only the proportions matter
}

TEST(HelixSynergy, ThreeEqualDimensionsGivePlusOneBit) {
    // U = I = G, a fair bit: every entropy is 1, so T = 3 − 3 + 1 = 1.
    EXPECT_NEAR(*helix_synergy_bits(std::vector<HelixCoding>{code(0, 0, 0), code(1, 1, 1)}), 1.0, 1e-12);
    EXPECT_NEAR(*helix_synergy_bits(repeat({code(1, 1, 1), code(0, 0, 0)}, 7)), 1.0, 1e-12);
}

TEST(HelixSynergy, IndependentFairDimensionsGiveZero) {
    // All eight cells once: T = 3 − 6 + 3 = 0.
    std::vector<HelixCoding> all;
    for (int u = 0; u < 2; ++u)
        for (int i = 0; i < 2; ++i)
            for (int g = 0; g < 2; ++g) all.push_back(code(u, i, g));
    EXPECT_EQ(*helix_synergy_bits(all), 0.0);
    EXPECT_FALSE(std::signbit(*helix_synergy_bits(all)));
}

// Worked out by hand. Eight initiatives, (U,I,G) cell counts:
//
//            G=1          G=0
//          I=1  I=0     I=1  I=0
//   U=1     2    1       1    0
//   U=0     1    1       0    2
//
// H_U = H_I = 1 (4 of 8 each); H_G = 3 − (5 log 5 + 3 log 3)/8 (5 of 8);
// UI cells 3,1,1,3: H_UI = 3 − (3/4) log 3; UG and IG cells 3,1,2,2:
// H_UG = H_IG = 5/2 − (3/8) log 3; UIG cells 2,1,1,1,1,2: H_UIG = 5/2.
// T = −1/2 + (9/8) log 3 − (5/8) log 5 = (9 log 3 − 5 log 5 − 4)/8
//   = −0.168122246 bits (logs base 2).
TEST(HelixSynergy, HandComputedTable) {
    const std::vector<HelixCoding> c = {code(1, 1, 1), code(1, 1, 1), code(1, 0, 1), code(0, 1, 1),
                                        code(0, 0, 1), code(1, 1, 0), code(0, 0, 0), code(0, 0, 0)};
    const double expected = (9 * std::log2(3.0) - 5 * std::log2(5.0) - 4) / 8;
    EXPECT_NEAR(expected, -0.168122246, 1e-9);
    EXPECT_NEAR(*helix_synergy_bits(c), expected, 1e-12);
}

TEST(HelixSynergy, UndefinedBelowTwoInitiatives) {
    EXPECT_FALSE(helix_synergy_bits(std::vector<HelixCoding>{}).has_value());
    EXPECT_FALSE(helix_synergy_bits(std::vector<HelixCoding>{code(1, 1, 1)}).has_value());
    // Two alike: no uncertainty anywhere, T = 0.
    EXPECT_EQ(*helix_synergy_bits(std::vector<HelixCoding>{code(1, 0, 1), code(1, 0, 1)}), 0.0);
}

}  // namespace
}  // namespace helixnet
