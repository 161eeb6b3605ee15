#include "helixnet/util/text.hpp"

#include <gtest/gtest.h>

#include "../support/temp_dir.hpp"
#include "helixnet/error.hpp"

namespace helixnet {
namespace {

TEST(FindInvalidUtf8, FindsTheFirstBadByte) {
    EXPECT_FALSE(find_invalid_utf8("Wärtsilä – €𝄞").has_value());
    EXPECT_EQ(find_invalid_utf8("ab\xC3"), 2u);             // truncated sequence
    EXPECT_EQ(find_invalid_utf8("a\xC0\xAF"), 1u);          // overlong '/'
    EXPECT_EQ(find_invalid_utf8("\xED\xA0\x80"), 0u);       // a surrogate
    EXPECT_EQ(find_invalid_utf8("x\xF4\x90\x80\x80"), 1u);  // above U+10FFFF
    EXPECT_EQ(find_invalid_utf8("ok\x80"), 2u);             // a lone continuation byte
}

TEST(PositionOf, CountsLinesAndByteColumnsFromOne) {
    const std::string text = "ab\ncd\n\nef";
    EXPECT_EQ(position_of(text, 0).line, 1u);
    EXPECT_EQ(position_of(text, 4).line, 2u);
    EXPECT_EQ(position_of(text, 4).column, 2u);
    EXPECT_EQ(position_of(text, 7).line, 4u);
    EXPECT_EQ(position_of(text, 7).column, 1u);
}

TEST(Trim, RemovesSpacesTabsAndLineEnds) {
    EXPECT_EQ(trim("  a b\t\r\n"), "a b");
    EXPECT_EQ(trim(""), "");
    EXPECT_EQ(trim(" \t "), "");
}

TEST(ParseNumbers, WholeTextOnlyAndFinite) {
    EXPECT_EQ(parse_int(" 2024 "), 2024);
    EXPECT_FALSE(parse_int("2024a").has_value());
    EXPECT_FALSE(parse_int("").has_value());
    EXPECT_FALSE(parse_int("99999999999").has_value());
    EXPECT_EQ(parse_number("+1.5"), 1.5);
    EXPECT_EQ(parse_number("-2e3"), -2000.0);
    EXPECT_FALSE(parse_number("nan").has_value());
    EXPECT_FALSE(parse_number("inf").has_value());
    EXPECT_FALSE(parse_number("1e999").has_value());
    EXPECT_FALSE(parse_number("1,5").has_value());
    EXPECT_FALSE(parse_number("").has_value());
}

TEST(YearLists, ReadAnySeparatorAndWriteSemicolons) {
    EXPECT_EQ(parse_year_list("2019;2022, 2024"), (std::vector<int>{2019, 2022, 2024}));
    EXPECT_EQ(parse_year_list("2019 2024"), (std::vector<int>{2019, 2024}));
    EXPECT_EQ(parse_year_list(""), std::vector<int>{});
    EXPECT_FALSE(parse_year_list("2019;x").has_value());
    EXPECT_EQ(format_year_list({2019, 2022}), "2019;2022");
    EXPECT_EQ(format_year_list({}), "");
}

TEST(FormatNumber, IsTheShortestTextThatReadsBack) {
    EXPECT_EQ(format_number(2.0), "2");
    EXPECT_EQ(format_number(0.1), "0.1");
    EXPECT_EQ(format_number(1.0 / 3.0), "0.3333333333333333");
    EXPECT_EQ(parse_number(format_number(1.0 / 3.0)), 1.0 / 3.0);
}

TEST(ReadTextFile, ReadsBytesAndNamesAMissingFile) {
    testing::TempDir dir;
    const auto path = dir.write("a.txt", std::string("x\0y\r\n", 5));
    EXPECT_EQ(read_text_file(path.string()), std::string("x\0y\r\n", 5));
    try {
        (void)read_text_file((dir.path() / "missing.txt").string());
        FAIL() << "no error";
    } catch (const InvalidInput& e) {
        EXPECT_NE(std::string(e.what()).find("missing.txt"), std::string::npos) << e.what();
    }
}

}  // namespace
}  // namespace helixnet
