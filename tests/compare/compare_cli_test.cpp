// End-to-end checks of `helixnet compare` on the bundled study: the JSON of
// docs/metrics.md, `--all` as an array, CSV with one row per actor, the Dutch
// paragraph, the paragraphs at the end of `summary`, and the exit statuses of
// README.md "Commands".
#include <algorithm>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "../support/run.hpp"

namespace helixnet {
namespace {

using ::testing::HasSubstr;
using testing::run_helixnet;

TEST(CompareCli, JsonDefaultsToFirstAndLastWave) {
    const auto r = run_helixnet("compare --format json --permutations 0 --quiet");
    ASSERT_EQ(r.status, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j.at("from"), 2019);
    EXPECT_EQ(j.at("to"), 2024);
    EXPECT_EQ(j.at("study"), "Regio Deal Drechtsteden-Gorinchem");
    EXPECT_TRUE(j.at("groups").contains("sector"));
    EXPECT_TRUE(j.at("groups").contains("region"));
    EXPECT_EQ(j.at("network").at("ties").at("from"), 4);  // codebook: 4 ties in 2019, 15 in 2024
    EXPECT_EQ(j.at("network").at("ties").at("to"), 15);
    EXPECT_EQ(j.at("ties_added").get<int>() - j.at("ties_removed").get<int>(), 15 - 4);
}

TEST(CompareCli, AllGivesAnArrayOfConsecutivePairs) {
    const auto r = run_helixnet("compare --all --format json --permutations 0 --by pillar --quiet");
    ASSERT_EQ(r.status, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    ASSERT_TRUE(j.is_array());
    ASSERT_EQ(j.size(), 2u);
    EXPECT_EQ(j[0].at("to"), j[1].at("from"));
    EXPECT_TRUE(j[0].at("groups").contains("pillar"));
    EXPECT_FALSE(j[0].at("groups").contains("sector"));
}

TEST(CompareCli, CsvHasOneRowPerActorOfEitherWave) {
    const auto json = nlohmann::json::parse(run_helixnet("compare --format json --permutations 0 --quiet").out);
    const auto r = run_helixnet("compare --format csv --permutations 0 --quiet");
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(r.out, ::testing::StartsWith("from,to,id,name,degree_from,degree_to,betweenness_from,"));
    const auto lines = static_cast<std::size_t>(std::count(r.out.begin(), r.out.end(), '\n'));
    EXPECT_EQ(lines, 1 + json.at("actors").size());
}

TEST(CompareCli, TableSaysHowTheActorSetChangedAndSpeaksDutch) {
    const auto en = run_helixnet("compare --from 2019 --to 2022 --permutations 0");
    ASSERT_EQ(en.status, 0) << en.err;
    EXPECT_THAT(en.out, HasSubstr("Actor set changed: 7 joined, 0 left; 15 of 22 actors in both waves"));
    EXPECT_THAT(en.out, HasSubstr("Who brokers more"));
    auto nl = run_helixnet("compare --from 2019 --to 2022 --permutations 0 --lang nl");
    ASSERT_EQ(nl.status, 0) << nl.err;
    std::replace(nl.out.begin(), nl.out.end(), '\n', ' ');  // the paragraph is wrapped for the terminal
    EXPECT_THAT(nl.out, HasSubstr("Het aantal banden tussen sectoren daalde van 3 naar 1."));
    EXPECT_THAT(nl.out, HasSubstr("7 actoren kwamen erbij, niemand viel af"));
}

TEST(CompareCli, SummaryEndsWithAParagraphPerPairOfWaves) {
    auto en = run_helixnet("summary --permutations 0 --quiet");
    ASSERT_EQ(en.status, 0) << en.err;
    std::replace(en.out.begin(), en.out.end(), '\n', ' ');
    EXPECT_THAT(en.out, HasSubstr("What changed"));
    EXPECT_THAT(en.out, HasSubstr("From 2019 to 2022 the number of ties fell from 4 to 2"));
    EXPECT_THAT(en.out, HasSubstr("From 2022 to 2024 the number of ties rose from 2 to 15"));
    auto nl = run_helixnet("summary --permutations 0 --quiet --lang nl");
    ASSERT_EQ(nl.status, 0) << nl.err;
    std::replace(nl.out.begin(), nl.out.end(), '\n', ' ');
    EXPECT_THAT(nl.out, HasSubstr("Wat veranderde"));
    EXPECT_THAT(nl.out, HasSubstr("Van 2022 tot 2024 steeg het aantal banden van 2 naar 15"));
    EXPECT_EQ(run_helixnet("summary --lang fr").status, 2);
}

TEST(CompareCli, ExitStatuses) {
    const auto missing = run_helixnet("compare --from 2019 --to 2030");
    EXPECT_EQ(missing.status, 1);
    EXPECT_THAT(missing.err, HasSubstr("2030"));
    EXPECT_EQ(run_helixnet("compare --all --from 2019").status, 2);
    EXPECT_EQ(run_helixnet("compare --format xml").status, 2);
    EXPECT_EQ(run_helixnet("compare --lang de").status, 2);
}

}  // namespace
}  // namespace helixnet
