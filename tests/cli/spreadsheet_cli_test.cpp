// A study kept in Dutch Excel, end to end: it validates with warnings and
// gives the numbers of its clean twin; CSV comes out in the dialect asked
// for, rounded to each measure's decimals; convert keeps a folder's dialect.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

#include "../support/run.hpp"

namespace helixnet {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::run_helixnet;
using testing::shell_quote;
using testing::TempDir;

const std::string data = std::string(HELIXNET_SOURCE_DIR) + "/tests/study/data/spreadsheet/";
const std::string excel = shell_quote(data + "excel-nl"), clean = shell_quote(data + "clean");

std::string slurp(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

TEST(SpreadsheetCli, DutchExcelFolderValidatesWithWarningsAndGivesTheCleanNumbers) {
    const auto v = run_helixnet("validate " + excel);
    EXPECT_EQ(v.status, 0) << v.err;
    EXPECT_THAT(v.out, HasSubstr("valid: 12 actors, 25 ties in 3 waves; 2 warnings"));
    EXPECT_THAT(v.err, HasSubstr("actors.csv: warning: spaces before or after ids or values removed (lines 2 and 9)"));
    for (const char* command : {"summary", "metrics --format json", "compare --format json"}) {
        const auto a = run_helixnet(std::string(command) + " -q " + excel);
        const auto b = run_helixnet(std::string(command) + " -q " + clean);
        ASSERT_EQ(a.status, 0) << command << a.err;
        EXPECT_EQ(a.out, b.out) << command;
    }
}

TEST(SpreadsheetCli, CsvIsRoundedToEachMeasuresDecimalsUnlessFullPrecisionIsAsked) {
    const auto rounded = run_helixnet("metrics -q --permutations 0 --format csv " + clean);
    ASSERT_EQ(rounded.status, 0) << rounded.err;
    const auto full = run_helixnet("metrics -q --permutations 0 --format csv --full-precision " + clean);
    ASSERT_EQ(full.status, 0) << full.err;
    // Betweenness has 3 decimals in the table of measures.
    EXPECT_THAT(rounded.out, HasSubstr("2024,gem-dordrecht,Gemeente Dordrecht,"));
    EXPECT_THAT(rounded.out, Not(::testing::ContainsRegex("\\.[0-9]{5}")));
    EXPECT_THAT(full.out, ::testing::ContainsRegex("\\.[0-9]{10}"));
    EXPECT_EQ(std::count(rounded.out.begin(), rounded.out.end(), '\n'),
              std::count(full.out.begin(), full.out.end(), '\n'));
}

TEST(SpreadsheetCli, ExcelNlDialectForEveryCsvTheToolWrites) {
    for (const char* command : {"metrics --format csv", "compare --format csv"}) {
        const auto plain = run_helixnet(std::string(command) + " -q --permutations 0 " + clean);
        const auto nl = run_helixnet(std::string(command) + " -q --permutations 0 --csv-dialect excel-nl " + clean);
        ASSERT_EQ(nl.status, 0) << command << nl.err;
        EXPECT_TRUE(nl.out.starts_with("\xEF\xBB\xBF")) << command;
        EXPECT_THAT(nl.out, HasSubstr("\r\n")) << command;
        // The same cells: separators and decimal marks swapped, nothing else.
        std::string back = nl.out.substr(3);
        std::string unix;
        for (std::size_t i = 0; i < back.size(); ++i)
            if (!(back[i] == '\r' && i + 1 < back.size() && back[i + 1] == '\n')) unix += back[i];
        for (char& c : unix) c = c == ';' ? ',' : c == ',' ? '.' : c;
        EXPECT_EQ(unix, plain.out) << command;
    }
    EXPECT_EQ(run_helixnet("metrics --format csv --csv-dialect excel-de").status, 2);
}

TEST(SpreadsheetCli, ConvertKeepsTheDialectAFolderWasReadIn) {
    TempDir dir;
    const auto nl = dir.path() / "nl", again = dir.path() / "again", plain = dir.path() / "plain";
    ASSERT_EQ(run_helixnet("convert -q " + clean + " " + shell_quote(nl.string()) + " --csv-dialect excel-nl").status,
              0);
    ASSERT_EQ(run_helixnet("convert -q " + shell_quote(nl.string()) + " " + shell_quote(again.string())).status, 0);
    for (const char* f : {"actors.csv", "ties.csv", "study.json"}) EXPECT_EQ(slurp(again / f), slurp(nl / f)) << f;
    EXPECT_TRUE(slurp(again / "ties.csv").starts_with("\xEF\xBB\xBFsource;target;wave;weight"));
    // Told otherwise, it writes plain CSV; from the Excel folder, Excel's dialect.
    ASSERT_EQ(run_helixnet("convert -q " + shell_quote(nl.string()) + " " + shell_quote(plain.string()) +
                           " --csv-dialect plain")
                  .status,
              0);
    EXPECT_EQ(slurp(plain / "ties.csv"), slurp(data + "clean/ties.csv"));
    EXPECT_EQ(slurp(plain / "actors.csv"), slurp(data + "clean/actors.csv"));
    const auto tidy = dir.path() / "tidy";
    ASSERT_EQ(run_helixnet("convert -q " + excel + " " + shell_quote(tidy.string())).status, 0);
    EXPECT_EQ(slurp(tidy / "ties.csv"), slurp(nl / "ties.csv"));
}

}  // namespace
}  // namespace helixnet
