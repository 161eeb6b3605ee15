// The command line with the forms helixnet shares with Gephi (GEXF), Pajek,
// UCINET (DL) and Kumu: `convert` writes them by ending, every command reads
// them as STUDY, and a hostile file exits 3 naming its place, in bounded
// memory.
#include <unistd.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "../support/run.hpp"
#include "helixnet/study/bundled.hpp"

namespace helixnet {
namespace {

using ::testing::HasSubstr;
using testing::run_command;
using testing::run_helixnet;
using testing::shell_quote;
using testing::TempDir;

std::string q(const std::filesystem::path& p) { return shell_quote(p.string()); }

TEST(FormsCli, ConvertsToEveryFormAndReadsThemBack) {
    TempDir dir;
    const auto gexf = run_helixnet("convert " + q(bundled_study_path()) + " " + q(dir.path() / "s.gexf"));
    ASSERT_EQ(gexf.status, 0) << gexf.err;
    const auto summary = run_helixnet("summary " + q(dir.path() / "s.gexf"));
    EXPECT_EQ(summary.status, 0) << summary.err;
    EXPECT_THAT(summary.out, HasSubstr("2019"));
    EXPECT_THAT(summary.out, HasSubstr("2024"));

    const auto pajek = run_helixnet("convert " + q(bundled_study_path()) + " " + q(dir.path() / "s.net"));
    ASSERT_EQ(pajek.status, 0) << pajek.err;
    EXPECT_THAT(pajek.err, HasSubstr("a Pajek network holds one wave; writing wave 2024 (choose with --wave)"));
    EXPECT_THAT(pajek.err, HasSubstr("s.sector.clu (partition by sector)"));
    EXPECT_THAT(pajek.err, HasSubstr("docs/format.md says what each form keeps"));
    EXPECT_TRUE(std::filesystem::exists(dir.path() / "s.sector.clu"));
    EXPECT_EQ(run_helixnet("validate " + q(dir.path() / "s.net")).status, 0);

    const auto dl = run_helixnet("convert " + q(bundled_study_path()) + " " + q(dir.path() / "s.dl") + " --wave 2019");
    ASSERT_EQ(dl.status, 0) << dl.err;
    EXPECT_THAT(dl.err, ::testing::Not(HasSubstr("choose with --wave")));
    EXPECT_EQ(run_helixnet("metrics " + q(dir.path() / "s.dl") + " --format json").status, 0);

    const auto kumu = run_helixnet("convert " + q(bundled_study_path()) + " " + q(dir.path() / "s.kumu.json"));
    ASSERT_EQ(kumu.status, 0) << kumu.err;
    const auto back = run_helixnet("validate " + q(dir.path() / "s.kumu.json"));
    EXPECT_EQ(back.status, 3);
    EXPECT_THAT(back.err, HasSubstr("helixnet writes Kumu's JSON but does not read it"));

    const auto bad_wave =
        run_helixnet("convert " + q(bundled_study_path()) + " " + q(dir.path() / "x.net") + " --wave 2020");
    EXPECT_EQ(bad_wave.status, 1);
    EXPECT_THAT(bad_wave.err, HasSubstr("no wave 2020"));
    const auto ignored =
        run_helixnet("convert " + q(bundled_study_path()) + " " + q(dir.path() / "x.gexf") + " --wave 2022");
    EXPECT_THAT(ignored.err, HasSubstr("--wave ignored"));
}

// metrics reads a plain edge list as its network alone; what it writes is
// what loading the file as a study gives (forced here by --confidence
// assumed, which keeps every tie), in every format. An undeclared wave and a
// pair listed twice get the study's messages.
TEST(FormsCli, MetricsOfAPlainEdgeListAreThoseOfTheStudy) {
    TempDir dir;
    const auto file = dir.write("net.edges", "# ties\nalpha beta 2\nbeta gamma\n7 alpha 0.5\ngamma 7\ndelta epsilon\n");
    for (const char* format : {"json", "csv", "table"}) {
        const std::string args = "metrics " + q(file) + " --permutations 99 --format " + format;
        const auto network = run_helixnet(args);
        const auto study = run_helixnet(args + " --confidence assumed");
        ASSERT_EQ(network.status, 0) << network.err;
        EXPECT_EQ(network.out, study.out) << format;
        EXPECT_EQ(network.err, "") << format;
    }
    const auto wave = run_helixnet("metrics " + q(file) + " --wave 1999");
    EXPECT_EQ(wave.status, 1);
    EXPECT_THAT(wave.err, HasSubstr("the study has no wave 1999 (its waves: 0)"));
    const auto twice = run_helixnet("metrics " + q(dir.write("twice.edges", "a b\nb a\nb c\n")));
    EXPECT_EQ(twice.status, 0);
    EXPECT_THAT(twice.err, HasSubstr("twice.edges:2: warning: the pair a – b is listed twice in wave 0"));
}

TEST(FormsCli, WarnsOfControlCharactersAnXmlFormCannotHold) {
    TempDir dir;
    const auto in = dir.write("c.json", R"({"format": "helixnet/1", "actors": [{"id": "a", "name": "x\u0007y"}]})");
    const auto r = run_helixnet("convert " + q(in) + " " + q(dir.path() / "c.gexf"));
    EXPECT_EQ(r.status, 0);
    EXPECT_THAT(r.err, HasSubstr("c.gexf: actors[0]: warning: name: a control character XML 1.0 cannot hold is "
                                 "written as U+FFFD"));
}

// Truncated, nested, binary, invalid UTF-8 and huge counts: exit 3 naming
// the file and place, within a bounded amount of memory (GNU time's peak
// resident size; ASan's shadow memory included in a sanitizer build).
TEST(FormsCli, HostileFilesExitThreeInBoundedMemory) {
    if (access("/usr/bin/time", X_OK) != 0)
        GTEST_SKIP() << "/usr/bin/time not found (tools/install-deps.sh --with-tests installs it)";
    TempDir dir;
    std::string binary(65536, '\0');
    for (std::size_t i = 0; i < binary.size(); ++i) binary[i] = static_cast<char>((i * 7919) % 256);
    std::string deep = "<gexf><graph>";
    for (int i = 0; i < 1'000'000; ++i) deep += "<nodes>";
    const std::vector<std::pair<std::string, std::string>> files = {
        {"truncated.gexf", "<?xml version=\"1.0\"?><gexf version=\"1.3\"><graph><nodes><node id=\"a\""},
        {"nested.gexf", deep},
        {"binary.gexf", binary},
        {"utf8.gexf", "<gexf><graph><nodes><node id=\"\xFF\"/></nodes></graph></gexf>"},
        {"huge.net", "*Vertices 999999999\n*Edges\n1 2\n"},
        {"truncated.net", "*Vertices 3\n1 \"a"},
        {"binary.net", binary},
        {"utf8.net", "*Vertices 1\n1 \"\xC3\x28\"\n"},
        {"huge.dl", "dl n=999999999 format=fullmatrix\ndata:\n0 1\n"},
        {"hugematrix.dl", "dl n=60000 format=fullmatrix\ndata:\n" + std::string(100'000, '1') + "\n"},
        {"truncated.dl", "dl n=3 format=edgelist1 labels:\n\"a"},
        {"binary.dl", binary},
        {"utf8.dl", "dl n=1\nlabels:\n\xE2\x82\ndata:\n0\n"},
    };
    for (const auto& [name, content] : files) {
        const auto path = dir.write(name, content);
        const auto r =
            run_command("/usr/bin/time -f 'peak %M' " + shell_quote(HELIXNET_BINARY) + " validate " + q(path));
        EXPECT_EQ(r.status, 3) << name << "\n" << r.err;
        EXPECT_THAT(r.err, HasSubstr(path.string() + ":")) << name;
        EXPECT_THAT(r.err, HasSubstr("input rejected")) << name;
        const auto at = r.err.rfind("peak ");
        ASSERT_NE(at, std::string::npos) << r.err;
        const long kib = std::stol(r.err.substr(at + 5));
        EXPECT_LT(kib, 512 * 1024) << name << ": peak " << kib << " KiB";
    }
}

}  // namespace
}  // namespace helixnet
