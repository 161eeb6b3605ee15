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

TEST(Csv, SkipsRowsOfOnlySeparatorsAndSpaces) {
    Diagnostics d;
    const CsvTable t = parse("id;name;waves\r\na;A;\r\n;;\r\n  ; ;  \r\n\r\nb;B;\r\n;;;;\r\n", d);
    ASSERT_FALSE(d.has_errors());
    ASSERT_EQ(t.rows.size(), 2u);
    EXPECT_EQ(t.rows[0].fields[0], "a");
    EXPECT_EQ(t.rows[1].fields[0], "b");
    EXPECT_EQ(t.rows[1].line, 6u);  // the skipped rows still count as lines
}

TEST(CsvDialect, IsReadFromTheStartOfTheText) {
    const CsvDialect excel = csv_dialect_of("\xEF\xBB\xBFid;name\r\na;\"b\nc\"\n");
    EXPECT_EQ(excel, *csv_dialect_named("excel-nl"));
    const CsvDialect plain = csv_dialect_of("id,name\na,b\r\n");
    EXPECT_EQ(plain, *csv_dialect_named("plain"));
    EXPECT_EQ(plain, CsvDialect{});
    // A quoted line break in the header is not its end.
    const CsvDialect quoted = csv_dialect_of("\"i\nd\",name\r\na,b\n");
    EXPECT_TRUE(quoted.crlf);
    EXPECT_FALSE(csv_dialect_named("excel"));
}

TEST(CsvWriter, WritesTheDialectsSeparatorDecimalMarkMarkAndLineEnds) {
    CsvWriter excel(*csv_dialect_named("excel-nl"));
    excel.row({"id", "weight", "note"});
    excel.row({"a", excel.number(1.5), "x;y"});
    excel.row({"b", excel.number(0.51111111, 3), "1,5"});
    EXPECT_EQ(excel.text(), "\xEF\xBB\xBFid;weight;note\r\na;1,5;\"x;y\"\r\nb;0,511;1,5\r\n");

    CsvWriter plain;
    plain.row({"a", plain.number(0.5111111111111112), plain.number(-0.0001, 3), "1,5"});
    EXPECT_EQ(plain.text(), "a,0.5111111111111112,0.000,\"1,5\"\n");
    EXPECT_EQ(csv_line({"a", "b;c"}), "a,b;c\n");
    EXPECT_EQ(csv_line({"a", "b;c"}, ';'), "a;\"b;c\"\n");
}

TEST(CsvWriter, WhatItWritesReadsBackInEveryDialect) {
    const std::vector<std::string> fields = {"plain", "a,b", "a;b", "q\"q", "line\nbreak", " padded", ""};
    for (const auto& name : csv_dialect_names()) {
        CsvWriter w(*csv_dialect_named(name));
        w.row({"a", "b", "c", "d", "e", "f", "g"});
        w.row(fields);
        Diagnostics d;
        const CsvTable t = parse(w.text(), d);
        ASSERT_FALSE(d.has_errors()) << name;
        ASSERT_EQ(t.rows.size(), 1u) << name;
        EXPECT_EQ(t.rows[0].fields, fields) << name;
        EXPECT_EQ(t.dialect, w.dialect()) << name;
    }
}

TEST(CsvNumber, TakesADecimalCommaOnlyWhereTheSeparatorIsASemicolon) {
    EXPECT_EQ(parse_csv_number("1,5", ';'), 1.5);
    EXPECT_EQ(parse_csv_number(" 0,25 ", ';'), 0.25);
    EXPECT_EQ(parse_csv_number("1.5", ';'), 1.5);
    EXPECT_EQ(parse_csv_number("2", ';'), 2.0);
    EXPECT_EQ(parse_csv_number("1,5", ','), std::nullopt);  // a quoted "1,5" in a comma file
    EXPECT_EQ(parse_csv_number("1.000,5", ';'), std::nullopt);
    EXPECT_EQ(parse_csv_number("1,5,5", ';'), std::nullopt);
    EXPECT_EQ(parse_csv_number("x", ';'), std::nullopt);
}

}  // namespace
}  // namespace helixnet
