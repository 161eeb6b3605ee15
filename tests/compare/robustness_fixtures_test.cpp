// The robustness engine against tools/make_robustness_fixtures.py, which
// finds every answer by brute force on small random studies: each finding
// from its definition on NetworkX graphs under each variant, and every set of
// one, two and three passages tried in lexicographic order.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "../support/fixture_files.hpp"
#include "helixnet/compare/robustness.hpp"
#include "helixnet/error.hpp"
#include "helixnet/study/json_io.hpp"

namespace helixnet {
namespace {

using nlohmann::json;

const std::filesystem::path fixture_dir = std::filesystem::path(HELIXNET_FIXTURE_DIR) / "robustness";

std::vector<std::filesystem::path> fixture_files() { return testing::fixture_files(fixture_dir); }

json read_json(const std::filesystem::path& path) {
    std::ifstream in(path);
    return json::parse(in);
}

Study study_of(const json& fixture) {
    Diagnostics diagnostics;
    return read_study_json(fixture.at("study").dump(), fixture.at("name").get<std::string>(), diagnostics);
}

void expect_value(const json& expected, const std::optional<double>& actual, const std::string& where) {
    if (expected.is_null()) {
        EXPECT_FALSE(actual.has_value()) << where;
        return;
    }
    ASSERT_TRUE(actual.has_value()) << where;
    EXPECT_NEAR(expected.get<double>(), *actual, 1e-12) << where;
}

json direction_json(const std::optional<Direction>& d) { return d ? json(std::string(to_string(*d))) : json(nullptr); }

TEST(RobustnessFixtures, MatchTheBruteForceScript) {
    const auto files = fixture_files();
    ASSERT_GE(files.size(), 15u);
    std::map<std::pair<std::string, std::string>, std::size_t> covered;  // (kind, passages) -> findings
    for (const auto& file : files) {
        const json fixture = read_json(file);
        const std::string name = fixture.at("name").get<std::string>();
        const Study study = study_of(fixture);
        const RobustnessResult result = analyse_robustness(study);
        const json& expected = fixture.at("expected");
        EXPECT_EQ(json(result.attributes), expected.at("attributes")) << name;
        EXPECT_EQ(result.passages.size(), expected.at("passages").get<std::size_t>()) << name;
        EXPECT_TRUE(result.passage_search) << name;
        const json& comparisons = expected.at("comparisons");
        ASSERT_EQ(result.comparisons.size(), comparisons.size()) << name;
        for (std::size_t c = 0; c < comparisons.size(); ++c) {
            const json& want = comparisons[c];
            const ComparisonRobustness& got = result.comparisons[c];
            const std::string at = fmt::format("{} {}-{}", name, got.from, got.to);
            ASSERT_EQ(got.from, want.at("from").get<int>()) << at;
            ASSERT_EQ(got.to, want.at("to").get<int>()) << at;
            std::vector<std::string> keys;
            for (const Finding& f : got.findings) keys.push_back(f.key);
            EXPECT_EQ(json(keys), want.at("order")) << at;
            for (const Finding& f : got.findings) {
                const std::string where = at + " " + f.key;
                if (!want.at("findings").contains(f.key)) continue;  // reported by the order check
                const json& e = want.at("findings").at(f.key);
                EXPECT_EQ(std::string(to_string(f.direction)), e.at("direction")) << where;
                expect_value(e.at("from_value"), f.from_value, where + " from");
                expect_value(e.at("to_value"), f.to_value, where + " to");
                for (const Variant v : all_variants) {
                    const json& ev = e.at("variants").at(std::string(to_string(v)));
                    const VariantOutcome& o = f.outcome(v);
                    const std::string vw = where + " " + std::string(to_string(v));
                    expect_value(ev.at("from_value"), o.from, vw + " from");
                    expect_value(ev.at("to_value"), o.to, vw + " to");
                    EXPECT_EQ(direction_json(o.direction), ev.at("direction")) << vw;
                }
                EXPECT_EQ(f.holds_in, e.at("holds_in").get<std::size_t>()) << where;
                const json& k = e.at("passages_to_reverse");
                if (k.is_null())
                    EXPECT_FALSE(f.passages_to_reverse.has_value()) << where;
                else
                    EXPECT_EQ(f.passages_to_reverse, std::optional<std::size_t>(k.get<std::size_t>())) << where;
                EXPECT_EQ(json(f.reversing_passages), e.at("reversing_passages")) << where;
                std::vector<std::string> evidence;
                for (const auto p : f.reversing_passages) evidence.push_back(result.passages.at(p).evidence);
                EXPECT_EQ(json(evidence), e.at("reversing_evidence")) << where;
                const std::string kind = f.kind == FindingKind::largest_component_share ? "component" : "count";
                ++covered[{kind, k.is_null() ? "none" : std::to_string(k.get<std::size_t>())}];
            }
        }
    }
    // The fixtures reach every outcome of both searches.
    for (const char* kind : {"component", "count"})
        for (const char* k : {"1", "2", "3", "none"}) EXPECT_GE((covered[{kind, k}]), 1u) << kind << " " << k;
}

}  // namespace
}  // namespace helixnet
