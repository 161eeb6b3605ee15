// `helixnet robustness` end to end, and where its verdicts show in `summary`.
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

#include "../support/run.hpp"
#include "../support/temp_dir.hpp"

namespace helixnet {
namespace {

using nlohmann::json;
using testing::run_helixnet;
using testing::shell_quote;

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(RobustnessCli, BundledStudyAsJson) {
    const auto r = run_helixnet("robustness --format json --quiet");
    ASSERT_EQ(r.status, 0) << r.err;
    const json j = json::parse(r.out);
    EXPECT_EQ(j.at("study"), "Regio Deal Drechtsteden-Gorinchem");
    EXPECT_EQ(j.at("passage_search").at("done"), true);
    const json& comparisons = j.at("comparisons");
    ASSERT_EQ(comparisons.size(), 3u);
    EXPECT_EQ(comparisons[0].at("from"), 2019);
    EXPECT_EQ(comparisons[0].at("to"), 2022);
    EXPECT_EQ(comparisons[1].at("from"), 2022);
    EXPECT_EQ(comparisons[2].at("from"), 2019);
    EXPECT_EQ(comparisons[2].at("to"), 2024);
    for (const json& c : comparisons) {
        ASSERT_FALSE(c.at("findings").empty());
        EXPECT_EQ(c.at("findings")[0].at("key"), "ties");
        for (const json& f : c.at("findings")) {
            const std::string verdict = f.at("verdict");
            EXPECT_TRUE(verdict == "robust" || verdict == "fragile") << f.dump();
            EXPECT_EQ(f.at("variants").size(), 5u);
            EXPECT_EQ(verdict == "robust", f.at("holds_in") == 5 && f.at("passages_to_reverse").is_null());
            EXPECT_EQ(f.at("reversing_passages").size(),
                      f.at("passages_to_reverse").is_null() ? 0u : f.at("passages_to_reverse").get<std::size_t>());
        }
    }
}

TEST(RobustnessCli, OnePairAsATableInDutch) {
    const auto r = run_helixnet("robustness --from 2019 --to 2024 --lang nl --quiet");
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(has(r.out, "Hoe zeker is dit?")) << r.out;
    EXPECT_TRUE(has(r.out, "2019 \xE2\x86\x92 2024")) << r.out;
    EXPECT_FALSE(has(r.out, "2019 \xE2\x86\x92 2022")) << r.out;
    EXPECT_TRUE(has(r.out, "Banden")) << r.out;
    EXPECT_TRUE(has(r.out, "oordeel")) << r.out;
}

TEST(RobustnessCli, WritesAFile) {
    testing::TempDir tmp;
    const auto path = tmp.path() / "sure.json";
    const auto r = run_helixnet("robustness --format json --quiet -o " + shell_quote(path.string()));
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(r.out.empty());
    std::ifstream in(path);
    EXPECT_EQ(json::parse(in).at("comparisons").size(), 3u);
}

TEST(RobustnessCli, RefusesBadWaves) {
    auto r = run_helixnet("robustness --from 2019 --to 2019 --quiet");
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(has(r.err, "wave 2019 cannot be compared with itself")) << r.err;
    r = run_helixnet("robustness --from 1999 --quiet");
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(has(r.err, "1999")) << r.err;
    r = run_helixnet("robustness --format csv");
    EXPECT_EQ(r.status, 2);
}

// Above 2,000 ties the passage search is skipped, and the command says so.
TEST(RobustnessCli, SkipsThePassageSearchAboveTwoThousandTies) {
    json study = {{"format", "helixnet/1"},
                  {"name", "large"},
                  {"waves", {{{"year", 1}}, {{"year", 2}}}},
                  {"actors", json::array()},
                  {"ties", json::array()}};
    for (int a = 0; a < 80; ++a) study["actors"].push_back({{"id", "a" + std::to_string(a)}});
    std::size_t ties = 0;
    for (int a = 0; a < 80 && ties < 2001; ++a)
        for (int b = a + 1; b < 80 && ties < 2001; ++b, ++ties)
            study["ties"].push_back({{"source", "a" + std::to_string(a)},
                                     {"target", "a" + std::to_string(b)},
                                     {"wave", ties % 3 == 0 ? 1 : 2},
                                     {"evidence", "q" + std::to_string(ties % 50)}});
    testing::TempDir tmp;
    const auto path = tmp.write("large.json", study.dump());
    const auto r = run_helixnet("robustness --format json " + shell_quote(path.string()));
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(has(r.err, "the study has 2001 ties, more than 2000: the passage search is skipped")) << r.err;
    const json j = json::parse(r.out);
    EXPECT_EQ(j.at("passage_search").at("done"), false);
    for (const json& f : j.at("comparisons")[0].at("findings")) EXPECT_TRUE(f.at("passages_to_reverse").is_null());
}

TEST(RobustnessCli, HelpNamesTheVariantsAndTheDocs) {
    const auto r = run_helixnet("robustness --help");
    ASSERT_EQ(r.status, 0);
    EXPECT_TRUE(has(r.out, "--from")) << r.out;
    EXPECT_TRUE(has(r.out, "docs/robustness.md")) << r.out;
    EXPECT_TRUE(has(run_helixnet("--help").out, "robustness"));
}

// summary marks each checked change and ends each paragraph with what it rests on.
TEST(RobustnessCli, SummaryMarksChangesAndSaysWhatTheyRestOn) {
    const auto r = run_helixnet("summary --quiet --permutations 0");
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(has(r.out, " robust\n") || has(r.out, " fragile\n")) << r.out;
    EXPECT_TRUE(has(r.out, "robust / fragile: whether the change holds")) << r.out;
    EXPECT_TRUE(has(r.out, "changes checked")) << r.out;
    const auto nl = run_helixnet("summary --quiet --permutations 0 --lang nl");
    ASSERT_EQ(nl.status, 0) << nl.err;
    EXPECT_TRUE(has(nl.out, " robuust\n") || has(nl.out, " fragiel\n")) << nl.out;
    EXPECT_TRUE(has(nl.out, "gecontroleerde veranderingen")) << nl.out;
}

// summary's question, each focus with its verdict. By construction: the
// ties between regions a and b go 1 -> 2, the new one from passage q1 alone
// (fragile, it rests on q1); the ties across sectors go 0 -> 5, five
// stated ties from five passages, none to a group (robust).
TEST(RobustnessCli, SummarySaysHowSureEachFocusIs) {
    json study = {{"format", "helixnet/1"},
                  {"name", "focus"},
                  {"focus", {"region=a:b", "sector"}},
                  {"waves", {{{"year", 2019}}, {{"year", 2022}}}},
                  {"actors", json::array()},
                  {"ties", json::array()}};
    const auto actor = [&](const std::string& id, const char* region, const char* sector) {
        study["actors"].push_back({{"id", id}, {"region", region}, {"sector", sector}});
    };
    for (const char* id : {"a1", "a2", "a3"}) actor(id, "a", "government");
    for (const char* id : {"b1", "b2"}) actor(id, "b", "government");
    for (const char* id : {"i1", "i2", "i3", "i4", "i5"}) actor(id, "a", "industry");
    const auto tie = [&](const char* s, const char* t, int wave, const std::string& quote) {
        study["ties"].push_back(
            {{"source", s}, {"target", t}, {"wave", wave}, {"evidence", quote}, {"source_ref", "ref " + quote}});
    };
    tie("a1", "b1", 2019, "q0");
    tie("a1", "b1", 2022, "q0");
    tie("a2", "b2", 2022, "q1");
    int q = 2;
    for (const char* i : {"i1", "i2", "i3", "i4", "i5"}) tie("a3", i, 2022, "q" + std::to_string(q++));
    testing::TempDir tmp;
    const auto path = tmp.write("focus.json", study.dump());
    const auto r = run_helixnet("summary --quiet --permutations 0 --no-explain " + shell_quote(path.string()));
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(has(r.out, "How sure the answer to the question is, 2019 \xE2\x86\x92 2022:")) << r.out;
    EXPECT_TRUE(
        has(r.out, "- Ties between a and b: fragile, rests on one passage: \xE2\x80\x98q1\xE2\x80\x99 (ref q1)"))
        << r.out;
    EXPECT_TRUE(has(r.out, "- Ties across groups of sector: robust, holds in all 5 variants")) << r.out;
    // The rows of the question carry the verdict beside the change.
    const auto question = r.out.find("The question");
    const auto network = r.out.find("The network");
    ASSERT_NE(question, std::string::npos) << r.out;
    const std::string rows = r.out.substr(question, network - question);
    EXPECT_TRUE(has(rows, " fragile\n")) << rows;
    EXPECT_TRUE(has(rows, " robust\n")) << rows;
    const auto nl =
        run_helixnet("summary --quiet --permutations 0 --no-explain --lang nl " + shell_quote(path.string()));
    ASSERT_EQ(nl.status, 0) << nl.err;
    EXPECT_TRUE(has(nl.out, "Hoe zeker het antwoord op de vraag is")) << nl.out;
    EXPECT_TRUE(has(nl.out, "fragiel, rust op \xC3\xA9\xC3\xA9n passage")) << nl.out;
}

}  // namespace
}  // namespace helixnet
