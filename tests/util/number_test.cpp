#include "helixnet/util/number.hpp"

#include <gtest/gtest.h>

namespace helixnet {
namespace {

TEST(FormatDecimal, UsesTheLanguagesDecimalMark) {
    EXPECT_EQ(format_decimal(0.12345, 3, Language::english), "0.123");
    EXPECT_EQ(format_decimal(0.12345, 3, Language::dutch), "0,123");
    EXPECT_EQ(format_decimal(-1.5, 1, Language::dutch), "-1,5");
    EXPECT_EQ(format_decimal(17.0, 0, Language::english), "17");
    EXPECT_EQ(format_decimal(2.5, 0), "2");  // printf rounds half to even in binary: 2.5 is exact
    EXPECT_EQ(format_decimal(0.125, 2), "0.12");
}

TEST(FormatDecimal, MissingIsADashAndNegativeZeroIsZero) {
    EXPECT_EQ(format_decimal(std::nullopt, 3, Language::english), "\xE2\x80\x93");
    EXPECT_EQ(format_decimal(-0.0001, 3, Language::english), "0.000");
    EXPECT_EQ(format_decimal(-0.0001, 2, Language::dutch), "0,00");
    EXPECT_EQ(format_decimal(-0.0, 0), "0");
}

TEST(FormatSigned, SignsEveryChangeButZero) {
    EXPECT_EQ(format_signed(3.0, 0), "+3");
    EXPECT_EQ(format_signed(-0.0421, 3), "-0.042");
    EXPECT_EQ(format_signed(-0.0001, 3), "0.000");
    EXPECT_EQ(format_signed(0.5, 1, Language::dutch), "+0,5");
    EXPECT_EQ(format_signed(std::nullopt, 1), "\xE2\x80\x93");
}

TEST(FormatPValue, IsTheSameEverywhere) {
    EXPECT_EQ(format_p_value(0.0002), "< 0.001");
    EXPECT_EQ(format_p_value(0.0002, Language::dutch), "< 0,001");
    EXPECT_EQ(format_p_value(0.001), "0.001");
    EXPECT_EQ(format_p_value(0.04321), "0.043");
    EXPECT_EQ(format_p_value(std::nullopt), "\xE2\x80\x93");
}

}  // namespace
}  // namespace helixnet
