// helixnet summary on the bundled study: the question on top, totals that
// add up, the plain-language key.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "../support/run.hpp"

namespace helixnet {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::run_helixnet;

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

// The numbers of a table row: the label, then one column per wave.
std::vector<long> wave_counts(const std::string& line, std::size_t waves) {
    std::istringstream in(line.substr(line.find("  ", 2)));
    std::vector<long> out;
    for (std::string cell; out.size() < waves && in >> cell;) out.push_back(std::stol(cell));
    return out;
}

TEST(SummaryCli, LeadsWithTheStudysFocus) {
    const auto r = run_helixnet("summary --permutations 0 --quiet");
    ASSERT_EQ(r.status, 0) << r.err;
    const auto question = r.out.find("The question");
    ASSERT_NE(question, std::string::npos) << r.out;
    EXPECT_LT(question, r.out.find("Actors"));
    EXPECT_THAT(r.out, HasSubstr("Ties between Gorinchem"));
    EXPECT_THAT(r.out, HasSubstr("Ties across groups of sector"));
    const auto own = run_helixnet("summary --permutations 0 --quiet --focus region=drechtsteden:gorinchem");
    ASSERT_EQ(own.status, 0) << own.err;
    EXPECT_THAT(own.out, HasSubstr("Ties between Drechtsteden and Gorinchem"));
    EXPECT_THAT(own.out, Not(HasSubstr("Ties across groups of sector  ")));
}

TEST(SummaryCli, ABadFocusIsRefused) {
    EXPECT_EQ(run_helixnet("summary --focus region=gorinchem").status, 2);
    const auto r = run_helixnet("summary --quiet --permutations 0 --focus region=gorinchem:atlantis");
    EXPECT_EQ(r.status, 1);
    EXPECT_THAT(r.err, HasSubstr("no actor has region 'atlantis'"));
    EXPECT_THAT(run_helixnet("summary --quiet --focus colour").err, HasSubstr("no attribute 'colour'"));
}

// Every "Ties across groups" total equals the sum of the pairs listed under it.
TEST(SummaryCli, EveryTotalIsTheSumOfItsPairs) {
    const auto r = run_helixnet("summary --permutations 0 --quiet --no-explain");
    ASSERT_EQ(r.status, 0) << r.err;
    const auto lines = lines_of(r.out);
    const std::size_t waves = 3;
    std::size_t totals = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!lines[i].starts_with("Ties across groups  ")) continue;
        const auto total = wave_counts(lines[i], waves);
        std::vector<long> sum(waves, 0);
        std::size_t j = i + 2;  // after the share of all ties
        for (; j < lines.size() && lines[j].starts_with("  "); ++j) {
            const auto pair = wave_counts(lines[j], waves);
            for (std::size_t w = 0; w < waves; ++w) sum[w] += pair[w];
        }
        EXPECT_GT(j, i + 2) << "no pairs under " << lines[i];
        EXPECT_EQ(sum, total) << lines[i];
        ++totals;
    }
    EXPECT_EQ(totals, 2u) << r.out;  // sector and region
}

TEST(SummaryCli, ExplainsTheRowsWhenAsked) {
    const auto on = run_helixnet("summary --permutations 0 --quiet --explain");
    ASSERT_EQ(on.status, 0) << on.err;
    EXPECT_THAT(on.out, HasSubstr("What the rows mean"));
    EXPECT_THAT(on.out, HasSubstr("Density: The share of all possible pairs"));
    EXPECT_THAT(on.out, HasSubstr("p-value of the E-I index: "));
    // Not a terminal: off unless asked.
    EXPECT_THAT(run_helixnet("summary --permutations 0 --quiet").out, Not(HasSubstr("What the rows mean")));
    const auto nl = run_helixnet("summary --permutations 0 --quiet --explain --lang nl");
    EXPECT_THAT(nl.out, HasSubstr("Wat de rijen betekenen"));
    EXPECT_THAT(nl.out, HasSubstr("Dichtheid: Het aandeel"));
    EXPECT_THAT(run_helixnet("compare --permutations 0 --quiet --explain").out,
                HasSubstr("Share of ties kept (Jaccard): "));
}

}  // namespace
}  // namespace helixnet
