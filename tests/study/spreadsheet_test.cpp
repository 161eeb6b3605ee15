// What a spreadsheet does to a CSV study folder, and what the loader makes
// of it: rows of nothing but separators, spaces after ids and values, a
// decimal comma, a capitalised confidence, years in one cell, near-miss ids
// and column names, duplicate pairs. tests/study/data/spreadsheet holds one
// study twice: as Dutch Excel saves it (excel-nl, kept byte for byte) and as
// helixnet writes it (clean).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "../support/temp_dir.hpp"
#include "helixnet/analysis/output.hpp"
#include "helixnet/analysis/study_analysis.hpp"
#include "helixnet/study/csv_io.hpp"
#include "helixnet/study/json_io.hpp"
#include "helixnet/study/load.hpp"
#include "helixnet/util/text.hpp"

namespace helixnet {
namespace {

using helixnet::testing::TempDir;
using ::testing::HasSubstr;
using ::testing::Not;

const std::filesystem::path data = std::filesystem::path(HELIXNET_SOURCE_DIR) / "tests/study/data/spreadsheet";

std::vector<Diagnostic> diagnostics_of(const std::filesystem::path& p) {
    try {
        std::vector<Diagnostic> warnings;
        (void)load_study(p, {}, &warnings);
        return warnings;
    } catch (const InvalidInput& e) {
        return e.diagnostics();
    }
}

std::vector<std::string> texts(const std::vector<Diagnostic>& ds) {
    std::vector<std::string> out;
    for (const auto& d : ds) out.push_back(d.to_string());
    return out;
}

std::string all_text(const std::vector<Diagnostic>& ds) {
    std::string out;
    for (const auto& d : ds) out += d.to_string() + "\n";
    return out;
}

// A folder with these files, the waves 2019 and 2024 declared.
std::filesystem::path study(const TempDir& dir, const std::string& actors, const std::string& ties,
                            const std::string& header = R"({"waves": [{"year": 2019}, {"year": 2024}]})") {
    dir.write("s/study.json", header);
    dir.write("s/actors.csv", actors);
    if (!ties.empty()) dir.write("s/ties.csv", ties);
    return dir.path() / "s";
}

TEST(Spreadsheet, DutchExcelFolderGivesTheSameStudyAsItsCleanTwin) {
    std::vector<Diagnostic> warnings;
    const Study excel = load_study(data / "excel-nl", {}, &warnings);
    const Study clean = load_study(data / "clean");
    EXPECT_EQ(write_study_json(excel), write_study_json(clean));
    // The same numbers, to the last digit.
    AnalysisOptions options;
    options.permutation.permutations = 200;
    EXPECT_EQ(metrics_json_text(excel.name, analyse_study(excel, options)),
              metrics_json_text(clean.name, analyse_study(clean, options)));
    // Only the spaces are worth a word: one warning per file, naming the lines.
    const std::string actors = (data / "excel-nl" / "actors.csv").string();
    const std::string ties = (data / "excel-nl" / "ties.csv").string();
    EXPECT_THAT(texts(warnings), ::testing::ElementsAre(
                                     actors + ": warning: spaces before or after ids or values removed (lines 2 and 9)",
                                     ties + ": warning: spaces before or after ids or values removed (lines 2 and 8)"));
}

TEST(Spreadsheet, SpacesAroundIdsAndValuesAreRemovedWithOneWarningPerFile) {
    TempDir dir;
    const auto s = study(dir, "id,sector\na ,gov\n b,edu \nc,\n",
                         "source,target,wave,confidence\na,b ,2019, implied\n b,c,2019,stated\nc,a,2024,stated\n");
    std::vector<Diagnostic> warnings;
    const Study st = load_study(s, {}, &warnings);
    EXPECT_EQ(st.actors[0].id, "a");
    EXPECT_EQ(st.actors[1].id, "b");
    EXPECT_EQ(*st.actors[1].attribute("sector"), "edu");
    EXPECT_EQ(st.ties[0].level(), Confidence::implied);
    ASSERT_EQ(warnings.size(), 2u);
    EXPECT_THAT(warnings[0].to_string(), HasSubstr("actors.csv: warning: spaces before or after ids or values removed "
                                                   "(lines 2 and 3)"));
    EXPECT_THAT(warnings[1].to_string(), HasSubstr("ties.csv: warning: spaces before or after ids or values removed "
                                                   "(lines 2 and 3)"));
}

TEST(Spreadsheet, ManyPaddedLinesAreCountedNotAllNamed) {
    TempDir dir;
    std::string actors = "id\n", ties = "source,target,wave\n";
    for (int i = 0; i < 14; ++i) {
        actors += "a" + std::to_string(i) + " \n";
        ties += "a" + std::to_string(i) + ",a" + std::to_string((i + 1) % 14) + ",2019\n";
    }
    std::vector<Diagnostic> warnings;
    (void)load_study(study(dir, actors, ties), {}, &warnings);
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_THAT(warnings[0].message, HasSubstr("(lines 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 4 more)"));
}

TEST(Spreadsheet, ConfidenceIsReadInAnyCase) {
    EXPECT_EQ(parse_confidence("Stated"), Confidence::stated);
    EXPECT_EQ(parse_confidence("IMPLIED"), Confidence::implied);
    EXPECT_EQ(parse_confidence("aSSumed"), Confidence::assumed);
    EXPECT_EQ(parse_confidence("states"), std::nullopt);
    EXPECT_EQ(parse_confidence(""), std::nullopt);
    // Written back in lower case.
    TempDir dir;
    const Study s = load_study(study(dir, "id\na\nb\n", "source,target,wave,confidence\na,b,2019,Assumed\n"));
    EXPECT_THAT(write_study_json(s), HasSubstr("\"confidence\": \"assumed\""));
}

TEST(Spreadsheet, DecimalCommaIsAcceptedWhereTheSeparatorIsASemicolon) {
    TempDir dir;
    const Study s = load_study(study(dir, "id\na\nb\nc\n", "source;target;wave;weight\na;b;2019;1,5\nb;c;2019;0.5\n"));
    EXPECT_DOUBLE_EQ(s.ties[0].weight, 1.5);
    EXPECT_DOUBLE_EQ(s.ties[1].weight, 0.5);
    // In a comma file "1,5" must be quoted, and is then not a number: the
    // message says how to write it.
    TempDir other;
    const auto d = diagnostics_of(study(other, "id\na\nb\n", "source,target,wave,weight\na,b,2019,\"1,5\"\n"));
    EXPECT_THAT(all_text(d), HasSubstr("ties.csv:2: error: tie weight is not a number: '1,5'; write a decimal point "
                                       "(1.5), or use ; as the separator"));
    // Its actors are tied, in a record that is wrong: no knock-on warning.
    EXPECT_THAT(all_text(d), Not(HasSubstr("no ties")));
    EXPECT_EQ(d.size(), 1u) << all_text(d);
}

TEST(Spreadsheet, WavesInOneCellAreSplitOnSpacesCommasAndQuotedSemicolons) {
    TempDir dir;
    const Study s = load_study(study(dir, "id;waves\na;2019 2024\nb;\"2019;2024\"\nc;2019,2024\nd;2024\n",
                                     "source;target;wave\na;b;2019\nc;d;2024\n"));
    for (int i = 0; i < 3; ++i) EXPECT_EQ(s.actors[i].waves, (std::vector<int>{2019, 2024})) << i;
    // Unquoted, the semicolon splits the row; the message says what to write.
    TempDir bad;
    const auto d = diagnostics_of(study(bad, "id;waves\na;2019;2024\nb;\n", "source;target;wave\na;b;2019\n"));
    EXPECT_THAT(all_text(d), HasSubstr("actors.csv:2: error: record has 3 fields but the header names 2: '2024'; put "
                                       "a value holding ';' in double quotes; list waves with spaces or commas "
                                       "(2022 2024)"));
}

TEST(Spreadsheet, UnknownIdNearAKnownOneIsNamed) {
    TempDir dir;
    const auto d =
        diagnostics_of(study(dir, "id\ngem-gorinchem\ngem-dordrecht\nprovincie\n",
                             "source,target,wave\ngem-gorincem,gem-dordrecht,2019\nprovincie,nobody-like-this,2019\n"));
    const std::string text = all_text(d);
    EXPECT_THAT(text, HasSubstr("ties.csv:2: error: tie source is not a known actor: 'gem-gorincem'; did you mean "
                                "'gem-gorinchem'?"));
    EXPECT_THAT(text, HasSubstr("ties.csv:3: error: tie target is not a known actor: 'nobody-like-this'\n"));
}

TEST(Spreadsheet, AnEmptyIdSaysItIsEmpty) {
    TempDir dir;
    const auto d =
        diagnostics_of(study(dir, "id,name\na,A\n,Nameless\nb,B\n", "source,target,wave\n,b,2019\na,,2019\n"));
    const std::string text = all_text(d);
    EXPECT_THAT(text, HasSubstr("actors.csv:3: error: actor id is empty\n"));
    EXPECT_THAT(text, HasSubstr("ties.csv:2: error: tie source is empty\n"));
    EXPECT_THAT(text, HasSubstr("ties.csv:3: error: tie target is empty\n"));
    EXPECT_THAT(text, Not(HasSubstr("not a known actor")));
}

TEST(Spreadsheet, AnUndeclaredWaveListsTheDeclaredOnes) {
    TempDir dir;
    dir.write("s/memberships.csv", "initiative,actor,waves\ni,a,2031\n");
    const auto d = diagnostics_of(study(dir, "id,waves\na,2019\nb,2019;2030\n", "source,target,wave\na,b,1999\n",
                                        R"({"waves": [{"year": 2019}, {"year": 2024}],
                                            "initiatives": [{"id": "i"}]})"));
    const std::string text = all_text(d);
    EXPECT_THAT(text, HasSubstr("actors.csv:3: error: wave 2030 is not declared in the study's waves: '2019;2030'; "
                                "the study's waves: 2019, 2024"));
    EXPECT_THAT(text, HasSubstr("ties.csv:2: error: tie in a wave that is not declared: '1999'; the study's waves: "
                                "2019, 2024"));
    EXPECT_THAT(text, HasSubstr("memberships.csv:2: error: membership in a wave that is not declared: '2031'; the "
                                "study's waves: 2019, 2024"));
    // Asked of a valid study, the same list.
    const Study s = load_study(data / "clean");
    try {
        require_wave(s, 1999);
        ADD_FAILURE();
    } catch (const Failure& e) {
        EXPECT_STREQ(e.what(), "the study has no wave 1999 (its waves: 2019, 2022, 2024)");
    }
}

TEST(Spreadsheet, AHeaderTypoIsReportedOnceWithoutKnockOnMessages) {
    TempDir dir;
    const auto d = diagnostics_of(
        study(dir, "id,name\na,A\nb,B\nc,C\nd,D\n", "soruce,target,wave\na,b,2019\nb,c,2019\nc,d,2019\n"));
    ASSERT_EQ(d.size(), 1u) << all_text(d);
    EXPECT_THAT(d[0].to_string(), HasSubstr("ties.csv:1: error: missing column 'source'; is 'soruce' meant to be "
                                            "'source'?"));
    // actors.csv without its id column: no "unknown actor" for every tie.
    TempDir other;
    const auto a = diagnostics_of(study(other, "ID,name\na,A\nb,B\n", "source,target,wave\na,b,2019\nb,a,2024\n"));
    ASSERT_EQ(a.size(), 1u) << all_text(a);
    EXPECT_THAT(a[0].to_string(), HasSubstr("actors.csv:1: error: missing column 'id'; is 'ID' meant to be 'id'?"));
}

TEST(Spreadsheet, AColumnNameNearAKnownOneIsPointedOut) {
    TempDir dir;
    std::vector<Diagnostic> warnings;
    (void)load_study(study(dir, "id,wave\na,2019\nb,2019\n", "source,target,wave,wieght\na,b,2019,2\n"), {}, &warnings);
    const std::string text = all_text(warnings);
    EXPECT_THAT(text, HasSubstr("actors.csv:1: warning: column read as an actor attribute: 'wave'; did you mean "
                                "'waves'?"));
    EXPECT_THAT(text, HasSubstr("ties.csv:1: warning: unknown column ignored: 'wieght'; did you mean 'weight'?"));
    EXPECT_EQ(warnings.size(), 2u) << text;
}

TEST(Spreadsheet, DuplicatePairsNameEveryLineAndKeepEveryQuote) {
    TempDir dir;
    const auto s = study(dir, "id\na\nb\n",
                         "source,target,wave,weight,evidence,source_ref,confidence\n"
                         "a,b,2019,1,first quote,p. 1,assumed\n"
                         "b,a,2019,2,second quote,p. 2,implied\n"
                         "a,b,2024,1,,,\n"
                         "a,b,2019,1,first quote,p. 1,\n");
    std::vector<Diagnostic> warnings;
    const Study st = load_study(s, {}, &warnings);
    ASSERT_EQ(st.ties.size(), 2u);
    EXPECT_DOUBLE_EQ(st.ties[0].weight, 4.0);  // summed, as docs/metrics.md says
    EXPECT_EQ(st.ties[0].evidence, "first quote \xE2\x80\xA6 second quote");
    EXPECT_EQ(st.ties[0].source_ref, "p. 1; p. 2");
    EXPECT_EQ(st.ties[0].level(), Confidence::stated);  // the most certain record
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_THAT(warnings[0].to_string(),
                HasSubstr("ties.csv:3: warning: the pair a \xE2\x80\x93 b is listed 3 times in wave 2019 (lines 2, 3 "
                          "and 5); merged into one tie of weight 4 (the sum), keeping every quote"));
}

TEST(Spreadsheet, AStudyMayKeepTheLargestWeightOfDuplicates) {
    TempDir dir;
    const auto s = study(dir, "id\na\nb\n", "source,target,wave,weight\na,b,2019,1\nb,a,2019,3\na,b,2019,2\n",
                         R"({"duplicates": "max", "waves": [{"year": 2019}]})");
    std::vector<Diagnostic> warnings;
    const Study st = load_study(s, {}, &warnings);
    ASSERT_EQ(st.ties.size(), 1u);
    EXPECT_DOUBLE_EQ(st.ties[0].weight, 3.0);
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_THAT(warnings[0].message, HasSubstr("(lines 2, 3 and 4); merged into one tie of weight 3 (the largest)"));
    // The rule is part of the study: written and read back.
    EXPECT_THAT(write_study_json(st), HasSubstr("\"duplicates\": \"max\""));
    TempDir other;
    const auto bad = diagnostics_of(study(other, "id\na\n", "", R"({"duplicates": "mean"})"));
    EXPECT_THAT(all_text(bad), HasSubstr("study.json: duplicates: error: 'duplicates' must be \"sum\" or \"max\": "
                                         "'mean'"));
}

TEST(Spreadsheet, ConvertingKeepsTheDialectOfTheFolder) {
    const auto dialect = study_folder_dialect(data / "excel-nl");
    ASSERT_TRUE(dialect);
    EXPECT_EQ(*dialect, *csv_dialect_named("excel-nl"));
    EXPECT_EQ(study_folder_dialect(data / "clean"), CsvDialect{});
    // A folder written in the Dutch dialect is read back to the same study
    // and written again byte for byte.
    TempDir dir;
    const Study s = load_study(data / "clean");
    write_study_folder(s, dir.path() / "nl", *dialect);
    const Study back = load_study(dir.path() / "nl");
    EXPECT_EQ(write_study_json(back), write_study_json(s));
    write_study_folder(back, dir.path() / "again", *study_folder_dialect(dir.path() / "nl"));
    for (const char* f : {"actors.csv", "ties.csv", "study.json"}) {
        const std::string a = read_text_file((dir.path() / "nl" / f).string());
        EXPECT_EQ(a, read_text_file((dir.path() / "again" / f).string())) << f;
        if (std::string_view(f).ends_with(".csv")) {
            EXPECT_TRUE(a.starts_with("\xEF\xBB\xBF")) << f;
        }
    }
    EXPECT_THAT(read_text_file((dir.path() / "nl" / "ties.csv").string()),
                HasSubstr("edbr;damen;2019;1,5;;;;;implied\r\n"));
}

}  // namespace
}  // namespace helixnet
