#include "helixnet/study/csv.hpp"

#include <gtest/gtest.h>

namespace helixnet {
namespace {

CsvTable parse(std::string_view text, Diagnostics& d) { return parse_csv(text, "t.csv", d); }

TEST(Csv, ReadsQuotedFieldsWithSeparatorsQuotesAndNewlines) {
    Diagnostics d;
    const CsvTable t = parse("id,name,note\r\na,\"Smit, J.\",\"said \"\"hi\"\"\nand left\"\r\nb,B,\n", d);
    ASSERT_FALSE(d.has_errors());
    EXPECT_EQ(t.separator, ',');
    ASSERT_EQ(t.rows.size(), 2u);
    EXPECT_EQ(t.rows[0].fields[1], "Smit, J.");
    EXPECT_EQ(t.rows[0].fields[2], "said \"hi\"\nand left");
    EXPECT_EQ(t.rows[0].line, 2u);
    EXPECT_EQ(t.rows[1].line, 4u);  // the quoted newline moved it down a line
    EXPECT_EQ(t.rows[1].fields[0], "b");
    EXPECT_EQ(t.rows[1].fields[2], "");
}

TEST(Csv, DetectsSemicolonsAndSkipsByteOrderMark) {
    Diagnostics d;
    const CsvTable t = parse("\xEF\xBB\xBFid;name;waves\nwartsila;W\xC3\xA4rtsil\xC3\xA4;\"2019;2024\"\n", d);
    ASSERT_FALSE(d.has_errors());
    EXPECT_EQ(t.separator, ';');
    ASSERT_EQ(t.header.size(), 3u);
    EXPECT_EQ(t.header[0], "id");
    EXPECT_EQ(t.rows[0].fields[1], "W\xC3\xA4rtsil\xC3\xA4");
    EXPECT_EQ(t.rows[0].fields[2], "2019;2024");
}

TEST(Csv, ReportsUnterminatedQuoteWithItsPlace) {
    Diagnostics d;
    (void)parse("id,name\na,\"open\n", d);
    ASSERT_TRUE(d.has_errors());
    EXPECT_EQ(d.items()[0].line, 2u);
    EXPECT_EQ(d.items()[0].column, 3u);
    EXPECT_NE(d.items()[0].message.find("unterminated"), std::string::npos);
}

TEST(Csv, ReportsStrayQuoteAndInvalidUtf8) {
    Diagnostics d1;
    (void)parse("id\nab\"c\n", d1);
    ASSERT_TRUE(d1.has_errors());
    EXPECT_EQ(d1.items()[0].line, 2u);
    EXPECT_EQ(d1.items()[0].column, 3u);

    Diagnostics d2;
    (void)parse("id\nok\nbad\xFF\n", d2);
    ASSERT_TRUE(d2.has_errors());
    EXPECT_EQ(d2.items()[0].line, 3u);
    EXPECT_EQ(d2.items()[0].column, 4u);
    EXPECT_EQ(d2.items()[0].value, "byte 0xFF");
}

TEST(Csv, WritesFieldsThatReadBack) {
    const std::vector<std::string> fields = {"plain", "a,b", "q\"q", "line\nbreak", " padded", ""};
    Diagnostics d;
    const CsvTable t = parse(csv_line({"a", "b", "c", "d", "e", "f"}) + csv_line(fields), d);
    ASSERT_FALSE(d.has_errors());
    ASSERT_EQ(t.rows.size(), 1u);
    EXPECT_EQ(t.rows[0].fields, fields);
}

}  // namespace
}  // namespace helixnet
