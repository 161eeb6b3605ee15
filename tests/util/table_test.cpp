#include "helixnet/util/table.hpp"

#include <gtest/gtest.h>

namespace helixnet {
namespace {

TEST(WrapText, BreaksAtSpacesWithinTheWidth) {
    EXPECT_EQ(wrap_text("aaa bbb ccc ddd", 7), "aaa bbb\nccc ddd\n");
    EXPECT_EQ(wrap_text("averyveryverylongword x", 5), "averyveryverylongword\nx\n");
    EXPECT_EQ(wrap_text("Wärtsilä Wärtsilä", 8), "Wärtsilä\nWärtsilä\n");  // code points, not bytes
    EXPECT_EQ(wrap_text("", 10), "");
}

TEST(WrapText, IndentsTheLinesAfterTheFirst) {
    EXPECT_EQ(wrap_text("one two three four", 9, "  "), "one two\n  three\n  four\n");
}

TEST(TextTable, AlignsByCodePointsAndDrawsSections) {
    TextTable t({"", "2019", "2024"});
    t.add_row({"Wärtsilä", "1", "10"});
    t.add_section("Groups");
    t.add_row({"ties", "100", "2"});
    const std::string out = t.render();
    EXPECT_NE(out.find("Wärtsilä     1    10\n"), std::string::npos) << out;
    EXPECT_NE(out.find("ties       100     2\n"), std::string::npos) << out;
    EXPECT_NE(out.find("Groups"), std::string::npos) << out;
}

TEST(DisplayWidth, CountsCodePoints) {
    EXPECT_EQ(display_width("Wärtsilä"), 8u);
    EXPECT_EQ(display_width("\xE2\x80\x93"), 1u);
    EXPECT_EQ(display_width(""), 0u);
}

}  // namespace
}  // namespace helixnet
