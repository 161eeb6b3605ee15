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

TEST(EditDistance, CountsInsertionsDeletionsAndReplacements) {
    EXPECT_EQ(edit_distance("summary", "summary", 2), 0u);
    EXPECT_EQ(edit_distance("sumary", "summary", 2), 1u);   // one insertion
    EXPECT_EQ(edit_distance("summray", "summary", 2), 1u);  // two neighbours swapped count once
    EXPECT_EQ(edit_distance("hbu", "hub", 2), 1u);
    EXPECT_EQ(edit_distance("ca", "abc", 3), 3u);          // no edit inside a swapped pair (OSA, not Damerau)
    EXPECT_EQ(edit_distance("kitten", "sitting", 3), 3u);  // the textbook pair
    EXPECT_EQ(edit_distance("", "ab", 2), 2u);
    EXPECT_EQ(edit_distance("gem-a", "gem-a ", 2), 1u);
}

TEST(EditDistance, StopsBeyondTheLimit) {
    EXPECT_EQ(edit_distance("kitten", "sitting", 2), 3u);  // limit + 1
    EXPECT_EQ(edit_distance("a", "abcdef", 2), 3u);        // lengths alone are too far apart
    EXPECT_EQ(edit_distance("abcdef", "uvwxyz", 1), 2u);
}

TEST(NearestSpelling, SuggestsTheNearestWithinTheLimit) {
    const std::vector<std::string_view> commands = {"validate", "summary", "metrics", "compare", "convert"};
    EXPECT_EQ(nearest_spelling("sumary", commands), "summary");
    EXPECT_EQ(nearest_spelling("comvert", commands), "convert");
    EXPECT_EQ(nearest_spelling("frobnicate", commands), std::nullopt);
    EXPECT_EQ(nearest_spelling("summary", commands), std::nullopt);  // not a misspelling
    // Of equally near candidates, the first.
    EXPECT_EQ(nearest_spelling("cat", {"bat", "cap"}), "bat");
    EXPECT_EQ(nearest_spelling("gem-gorincem", {"gem-dordrecht", "gem-gorinchem"}), "gem-gorinchem");
    EXPECT_EQ(nearest_spelling("wave", {"waves", "name"}, 1), "waves");
}

TEST(JoinWithAnd, ListsWithCommasAndAnd) {
    EXPECT_EQ(join_with_and({}), "");
    EXPECT_EQ(join_with_and({"3"}), "3");
    EXPECT_EQ(join_with_and({"3", "7"}), "3 and 7");
    EXPECT_EQ(join_with_and({"3", "7", "9"}), "3, 7 and 9");
}

}  // namespace
}  // namespace helixnet
