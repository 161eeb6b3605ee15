// End-to-end checks of the command line: exit statuses, --help, atomic -o,
// and the JSON <-> CSV round trip of the bundled study (README.md, "Commands").
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "../support/run.hpp"
#include "helixnet/study/bundled.hpp"
#include "helixnet/util/text.hpp"

namespace helixnet {
namespace {

using ::testing::HasSubstr;
using testing::run_helixnet;
using testing::shell_quote;
using testing::TempDir;

TEST(Cli, EveryCommandHasHelp) {
    const auto top = run_helixnet("--help");
    ASSERT_EQ(top.status, 0);
    for (const char* cmd : {"validate", "summary", "convert"}) {
        EXPECT_THAT(top.out, HasSubstr(cmd));
        const auto r = run_helixnet(std::string(cmd) + " --help");
        EXPECT_EQ(r.status, 0) << cmd;
        EXPECT_THAT(r.out, HasSubstr("--confidence")) << cmd;
    }
}

TEST(Cli, BadCommandLineExitsTwo) {
    EXPECT_EQ(run_helixnet("").status, 2);
    EXPECT_EQ(run_helixnet("frobnicate").status, 2);
    EXPECT_EQ(run_helixnet("validate --no-such-option").status, 2);
    const auto r = run_helixnet("summary --confidence maybe");
    EXPECT_EQ(r.status, 2);
    EXPECT_THAT(r.err, HasSubstr("maybe"));
}

TEST(Cli, ValidatesTheBundledStudyByDefault) {
    const auto r = run_helixnet("validate");
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("valid"));
    EXPECT_THAT(r.out, HasSubstr("3 waves"));
}

TEST(Cli, DefectiveStudyExitsThreeNamingEveryDefect) {
    TempDir dir;
    dir.write("s/study.json", R"({"waves": [{"year": 2019}]})");
    dir.write("s/actors.csv", "id,name\na,A\na,A2\nb,B\n");
    dir.write("s/ties.csv", "source,target,wave\na,ghost,2019\nb,b,2019\na,b,2031\n");
    const auto r = run_helixnet("validate " + shell_quote((dir.path() / "s").string()));
    EXPECT_EQ(r.status, 3);
    EXPECT_THAT(r.err, HasSubstr("actors.csv:3: error: duplicate actor id: 'a'"));
    EXPECT_THAT(r.err, HasSubstr("ties.csv:2: error: tie target is not a known actor: 'ghost'"));
    EXPECT_THAT(r.err, HasSubstr("ties.csv:3: error: self-loop"));
    EXPECT_THAT(r.err, HasSubstr("ties.csv:4: error: tie in a wave that is not declared: '2031'"));
    EXPECT_THAT(r.err, HasSubstr("4 errors"));
    EXPECT_TRUE(r.out.empty());
}

TEST(Cli, AColourGraphvizCannotReadExitsThreeBeforeAnyDrawing) {
    TempDir dir;
    const auto study = dir.write("s.json", R"({"format": "helixnet/1", "waves": [{"year": 2019}],
  "attributes": {"sector": {"gov": {"label": "Overheid", "color": "red;x"}}},
  "actors": [{"id": "a", "sector": "gov"}, {"id": "b", "sector": "gov"}],
  "ties": [{"source": "a", "target": "b", "wave": 2019}]})");
    const std::string message = study.string() +
                                ": attributes.sector.gov: error: colour must be #rgb, #rrggbb, "
                                "#rrggbbaa or a colour name of letters and digits: 'red;x'";
    const auto v = run_helixnet("validate " + shell_quote(study.string()));
    EXPECT_EQ(v.status, 3);
    EXPECT_THAT(v.err, HasSubstr(message));
    const auto r = run_helixnet("render " + shell_quote(study.string()) + " --wave 2019 -o " +
                                shell_quote((dir.path() / "w.svg").string()));
    EXPECT_EQ(r.status, 3);
    EXPECT_THAT(r.err, HasSubstr(message));
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "w.svg"));
}

// A hang would be caught by the test's time limit (ctest TIMEOUT), not here.
TEST(Cli, HostileFilesExitThree) {
    TempDir dir;
    const auto deep = dir.write("deep.json", std::string(8'000'000, '{'));
    EXPECT_EQ(run_helixnet("validate " + shell_quote(deep.string())).status, 3);
    const auto empty = dir.write("empty.json", "");
    EXPECT_EQ(run_helixnet("validate " + shell_quote(empty.string())).status, 3);
    std::string bytes(100000, '\0');
    for (std::size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<char>((i * 2654435761u) >> 13);
    const auto binary = dir.write("binary.json", bytes);
    EXPECT_EQ(run_helixnet("validate " + shell_quote(binary.string())).status, 3);
    EXPECT_EQ(run_helixnet("summary " + shell_quote((dir.path() / "nowhere").string())).status, 3);
}

TEST(Cli, ConvertRoundTripsTheBundledStudy) {
    TempDir dir;
    const std::string json = (dir.path() / "study.json").string();
    const std::string folder = (dir.path() / "csv").string();
    const std::string again = (dir.path() / "again.json").string();
    ASSERT_EQ(run_helixnet("convert " + shell_quote(bundled_study_path().string()) + " " + shell_quote(json)).status,
              0);
    ASSERT_EQ(run_helixnet("convert " + shell_quote(json) + " " + shell_quote(folder)).status, 0);
    ASSERT_EQ(run_helixnet("convert " + shell_quote(folder) + " " + shell_quote(again)).status, 0);
    std::ifstream a(json), b(again);
    const std::string sa((std::istreambuf_iterator<char>(a)), {}), sb((std::istreambuf_iterator<char>(b)), {});
    EXPECT_GT(sa.size(), 1000u);
    EXPECT_EQ(sa, sb);
    EXPECT_EQ(run_helixnet("validate " + shell_quote(again)).status, 0);
}

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

TEST(Cli, ConvertReadsBackTheGraphmlAndDotItWrites) {
    TempDir dir;
    const std::string json = (dir.path() / "study.json").string();
    ASSERT_EQ(run_helixnet("convert -q " + shell_quote(bundled_study_path().string()) + " " + shell_quote(json)).status,
              0);
    // GraphML keeps the order of actors and ties: the same JSON, byte for byte.
    const std::string graphml = (dir.path() / "x.graphml").string(), from_graphml = (dir.path() / "g.json").string();
    ASSERT_EQ(run_helixnet("convert -q " + shell_quote(json) + " " + shell_quote(graphml)).status, 0);
    const auto back = run_helixnet("convert " + shell_quote(graphml) + " " + shell_quote(from_graphml));
    ASSERT_EQ(back.status, 0) << back.err;
    EXPECT_EQ(back.err, "helixnet: wrote " + from_graphml + "\n");  // no warnings
    EXPECT_EQ(slurp(from_graphml), slurp(json));
    // DOT keeps the study, not its order: the same summary.
    const std::string dot = (dir.path() / "x.dot").string(), from_dot = (dir.path() / "d.json").string();
    ASSERT_EQ(run_helixnet("convert -q " + shell_quote(json) + " " + shell_quote(dot)).status, 0);
    ASSERT_EQ(run_helixnet("convert -q " + shell_quote(dot) + " " + shell_quote(from_dot)).status, 0);
    EXPECT_EQ(slurp(from_dot).size(), slurp(json).size());
    // Every command takes the forms as STUDY. (No permutation test: its
    // p-values follow the order of the actors, which DOT does not keep.)
    const auto summary = run_helixnet("summary -q --permutations 0 " + shell_quote(json));
    ASSERT_EQ(summary.status, 0);
    for (const std::string& study : {graphml, dot}) {
        const auto r = run_helixnet("summary -q --permutations 0 " + shell_quote(study));
        EXPECT_EQ(r.status, 0) << study << r.err;
        EXPECT_EQ(r.out, summary.out) << study;
        EXPECT_EQ(run_helixnet("validate -q " + shell_quote(study)).status, 0) << study;
    }
}

TEST(Cli, BadGraphmlAndDotExitThreeNamingFilePlaceAndValue) {
    TempDir dir;
    const auto graphml = dir.write("bad.graphml", R"(<graphml><key id="w" for="edge" attr.name="weight"/>
<graph><node id="a"/><node id="b"/><edge source="a" target="b"><data key="w">heavy</data></edge></graph></graphml>)");
    auto r = run_helixnet("validate " + shell_quote(graphml.string()));
    EXPECT_EQ(r.status, 3);
    EXPECT_THAT(r.err, HasSubstr(graphml.string() + ": edge[0]: error: tie weight is not a number: 'heavy'"));
    const auto dot = dir.write("bad.dot", "graph {\n  a -- b [wave=2019]\n  b -- c [wave=twenty]\n}\n");
    r = run_helixnet("summary " + shell_quote(dot.string()));
    EXPECT_EQ(r.status, 3);
    EXPECT_THAT(r.err, HasSubstr(dot.string() + ": edge[1] \"b\" -- \"c\": error: tie wave is not an integer year: "
                                                "'twenty'"));
    const auto syntax = dir.write("syntax.dot", "graph {\n  a -- \n}\n");
    r = run_helixnet("convert " + shell_quote(syntax.string()) + " " + shell_quote((dir.path() / "o.json").string()));
    EXPECT_EQ(r.status, 3);
    EXPECT_THAT(r.err, HasSubstr(syntax.string() + ":3: error: the DOT text does not parse"));
    EXPECT_FALSE(std::filesystem::exists(dir.path() / "o.json"));
}

TEST(Cli, OutputIsWrittenAtomicallyOrNotAtAll) {
    TempDir dir;
    const auto target = dir.path() / "summary.txt";
    ASSERT_EQ(run_helixnet("summary -q -o " + shell_quote(target.string())).status, 0);
    EXPECT_TRUE(std::filesystem::exists(target));
    // A folder that does not exist: failure (1), and nothing left behind.
    const auto missing = dir.path() / "no" / "such" / "summary.txt";
    const auto r = run_helixnet("summary -q -o " + shell_quote(missing.string()));
    EXPECT_EQ(r.status, 1);
    EXPECT_THAT(r.err, HasSubstr("cannot write"));
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path())) ++files;
    EXPECT_EQ(files, 1u);  // only summary.txt, no temporary
    // JSON metrics are written piece by piece: the file holds what stdout
    // gets, and a failed write leaves nothing either.
    const auto json = dir.path() / "metrics.json";
    const auto to_stdout = run_helixnet("metrics -q --format json");
    ASSERT_EQ(run_helixnet("metrics -q --format json -o " + shell_quote(json.string())).status, 0);
    EXPECT_EQ(read_text_file(json.string()), to_stdout.out);
    const auto failed =
        run_helixnet("metrics -q --format json -o " + shell_quote((dir.path() / "no" / "m.json").string()));
    EXPECT_EQ(failed.status, 1);
    EXPECT_THAT(failed.err, HasSubstr("cannot write"));
    files = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path())) ++files;
    EXPECT_EQ(files, 2u);  // summary.txt and metrics.json
}

TEST(Cli, ConfidenceFilterChangesTheCounts) {
    const auto all = run_helixnet("validate -q");
    const auto stated = run_helixnet("validate -q --confidence stated");
    ASSERT_EQ(all.status, 0);
    ASSERT_EQ(stated.status, 0);
    EXPECT_NE(all.out, stated.out);
}

}  // namespace
}  // namespace helixnet
