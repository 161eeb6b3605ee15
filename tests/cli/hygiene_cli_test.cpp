// The command line as people meet it: a misspelt command, several values
// for one option, every message prefixed "helixnet:", output endings that no
// form has, help without parser internals, and what --strict counts.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>

#include "../support/run.hpp"

namespace helixnet {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::run_helixnet;
using testing::shell_quote;
using testing::TempDir;

// Every line of `err` starts with "helixnet: ".
void expect_prefixed(const std::string& err) {
    std::istringstream lines(err);
    std::string line;
    while (std::getline(lines, line)) EXPECT_TRUE(line.starts_with("helixnet: ")) << line;
}

TEST(CliHygiene, UnknownCommandSuggestsTheNearestAndExitsTwo) {
    auto r = run_helixnet("sumary");
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err, "helixnet: unknown command 'sumary'; did you mean 'summary'?\n");
    EXPECT_TRUE(r.out.empty());
    r = run_helixnet("frobnicate");
    EXPECT_EQ(r.status, 2);
    EXPECT_THAT(r.err, HasSubstr("helixnet: unknown command 'frobnicate'; the commands are validate, summary, "
                                 "metrics, compare, robustness, whatif, keyplayers, dot, render, report and convert"));
    r = run_helixnet("");
    EXPECT_EQ(r.status, 2);
    EXPECT_THAT(r.err, HasSubstr("helixnet: a command is needed: validate, summary"));
    expect_prefixed(r.err);
}

TEST(CliHygiene, ParserMessagesAreHelixnetMessages) {
    for (const char* args : {"validate --no-such-option", "summary --confidence maybe", "metrics --format xml",
                             "render -o drawing.bmp", "compare --from"}) {
        const auto r = run_helixnet(args);
        EXPECT_EQ(r.status, 2) << args;
        EXPECT_FALSE(r.err.empty()) << args;
        expect_prefixed(r.err);
    }
    const auto r = run_helixnet("validate --no-such-option");
    EXPECT_THAT(r.err, HasSubstr("helixnet: the following argument was not expected: --no-such-option"));
    EXPECT_THAT(r.err, HasSubstr("helixnet: 'helixnet validate --help' lists the options"));
}

TEST(CliHygiene, RepeatedOptionsNeverSwallowTheStudy) {
    TempDir dir;
    const std::string study = (dir.path() / "s.json").string();
    dir.write("s.json", R"({"format": "helixnet/1", "name": "Named study", "waves": [{"year": 2019}],
  "actors": [{"id": "a", "sector": "g", "region": "x"}, {"id": "b", "sector": "i", "region": "y"}],
  "ties": [{"source": "a", "target": "b", "wave": 2019}]})");
    // The study after --by is the study, not a second attribute.
    auto r = run_helixnet("summary -q --permutations 0 --by sector " + shell_quote(study));
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("Named study"));
    EXPECT_THAT(r.out, HasSubstr("Between groups of sector"));
    EXPECT_THAT(r.out, Not(HasSubstr("Between groups of region")));
    // Several values: one per flag.
    r = run_helixnet("metrics -q --permutations 0 --format json --by sector --by region " + shell_quote(study));
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("\"sector\""));
    EXPECT_THAT(r.out, HasSubstr("\"region\""));
}

TEST(CliHygiene, AnOutputEndingNoFormHasIsAnErrorListingTheEndings) {
    TempDir dir;
    const auto out = dir.path() / "out.xlsx";
    const auto r = run_helixnet("convert -q " +
                                shell_quote(std::string(HELIXNET_SOURCE_DIR) + "/tests/study/data/spreadsheet/clean") +
                                " " + shell_quote(out.string()));
    EXPECT_EQ(r.status, 2);
    EXPECT_THAT(r.err, HasSubstr("no study form ends in .xlsx; write to a file ending in .json, .graphml, .dot, .gv, "
                                 ".edges, .edgelist, .txt, .gexf, .net, .dl or .kumu.json, or to a folder name "
                                 "without an ending for a CSV folder"));
    expect_prefixed(r.err);
    EXPECT_FALSE(std::filesystem::exists(out));
    // A study with such an ending is no study either.
    const auto xlsx = dir.write("study.xlsx", "PK\x03\x04");
    const auto v = run_helixnet("validate " + shell_quote(xlsx.string()));
    EXPECT_EQ(v.status, 3);
    EXPECT_THAT(v.err, HasSubstr("not a study: helixnet reads files ending in .json, .graphml"));
}

TEST(CliHygiene, HelpHasNoParserInternals) {
    for (const char* cmd : {"validate", "summary", "metrics", "compare", "dot", "render", "report", "convert"}) {
        const auto r = run_helixnet(std::string(cmd) + " --help");
        ASSERT_EQ(r.status, 0) << cmd;
        for (const char* internal : {"TEXT", "FLOAT", "UINT", "INT ", ":{", "in [", "...", "REQUIRED"})
            EXPECT_THAT(r.out, Not(HasSubstr(internal))) << cmd << " shows " << internal;
        EXPECT_THAT(r.out, Not(::testing::ContainsRegex("=[0-9]"))) << cmd << " shows a default the parser's way";
    }
    const auto render = run_helixnet("render --help");
    EXPECT_THAT(render.out, HasSubstr("--dpi N"));
    EXPECT_THAT(render.out, HasSubstr("pixels per inch of a PNG, 10 to 600 (default: 96)"));
    EXPECT_THAT(render.out, HasSubstr("--confidence stated|implied|assumed"));
    EXPECT_THAT(run_helixnet("metrics --help").out, HasSubstr("--by ATTR"));
    EXPECT_THAT(run_helixnet("metrics --help").out, HasSubstr("-o,--output FILE"));
    EXPECT_THAT(run_helixnet("report --help").out, HasSubstr("-o,--output DIR (required)"));
    EXPECT_THAT(run_helixnet("summary --help").out, HasSubstr("--explain,--no-explain "));
}

TEST(CliHygiene, AnUndeclaredWaveListsTheStudysWavesInEveryCommand) {
    for (const char* args : {"render --wave 1999 -o x.svg", "dot --wave 1999", "metrics --wave 1999",
                             "compare --from 1999", "dot --diff-from 1999", "convert . x.edges --wave 1999"}) {
        TempDir dir;
        std::string command = args;
        if (command.starts_with("convert"))
            command = "convert -q " +
                      shell_quote(std::string(HELIXNET_SOURCE_DIR) + "/tests/study/data/spreadsheet/clean") + " " +
                      shell_quote((dir.path() / "x.edges").string()) + " --wave 1999";
        else if (command.starts_with("render"))
            command = "render --wave 1999 -o " + shell_quote((dir.path() / "x.svg").string());
        const auto r = run_helixnet(command + " -q");
        EXPECT_EQ(r.status, 1) << args;
        EXPECT_THAT(r.err, HasSubstr("the study has no wave 1999 (its waves: ")) << args;
    }
}

TEST(CliHygiene, StrictCountsThePromotedWarningsAsErrors) {
    TempDir dir;
    dir.write("s/actors.csv", "id\na\nb\nlonely\n");
    dir.write("s/ties.csv", "source,target,wave\na,b,2019\nb,a,2019\nghost,a,2019\n");
    const std::string s = shell_quote((dir.path() / "s").string());
    // Without --strict: one error; the two warnings stay warnings.
    auto r = run_helixnet("validate " + s);
    EXPECT_EQ(r.status, 3);
    EXPECT_THAT(r.err, HasSubstr("helixnet: 1 error, input rejected"));
    // With --strict: three errors, each warning printed once, as an error.
    r = run_helixnet("validate --strict " + s);
    EXPECT_EQ(r.status, 3);
    EXPECT_THAT(r.err, HasSubstr("ties.csv:3: error: the pair"));
    EXPECT_THAT(r.err, HasSubstr("a warning, an error under --strict"));
    EXPECT_THAT(r.err, Not(HasSubstr("warning: ")));
    EXPECT_THAT(r.err, HasSubstr("helixnet: 3 errors, input rejected"));
    // Warnings alone: rejected, and not called valid.
    dir.write("s/ties.csv", "source,target,wave\na,b,2019\n");
    r = run_helixnet("validate --strict " + s);
    EXPECT_EQ(r.status, 3);
    EXPECT_THAT(
        r.err,
        HasSubstr(
            "actors.csv:4: error: actor has no ties and no memberships in any wave: 'lonely'; a warning, an error "
            "under --strict"));
    EXPECT_THAT(r.err, HasSubstr("helixnet: 1 error, input rejected"));
    EXPECT_TRUE(r.out.empty());
    expect_prefixed(r.err);
}

}  // namespace
}  // namespace helixnet
