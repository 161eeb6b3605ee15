// The wave comparison against golden values from tools/make_compare_fixtures.py
// (set arithmetic on NetworkX edge sets, pair enumeration, NetworkX
// betweenness and scipy.stats.spearmanr), on two three-wave panels with actors
// joining and leaving and on the edge cases: a wave without ties, identical
// waves, disjoint waves, no or one common actor, waves too small for
// betweenness.
#include "helixnet/compare/wave_comparison.hpp"

#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "helixnet/analysis/output.hpp"
#include "helixnet/error.hpp"

namespace helixnet {
namespace {

using Json = nlohmann::json;

const std::filesystem::path fixture_dir = std::filesystem::path(HELIXNET_FIXTURE_DIR) / "compare";

Json read_fixture(const std::string& name) {
    std::ifstream in(fixture_dir / (name + ".json"));
    if (!in) throw std::runtime_error("missing fixture " + name);
    return Json::parse(in);
}

Study study_of(const Json& fixture) {
    Study s;
    s.name = fixture.at("description").get<std::string>();
    for (const auto& y : fixture.at("waves")) s.waves.push_back({y.get<int>(), ""});
    for (const auto& a : fixture.at("actors")) {
        Actor actor;
        actor.id = a.at("id").get<std::string>();
        actor.name = actor.id;
        actor.waves = a.at("waves").get<std::vector<int>>();
        s.actors.push_back(std::move(actor));
    }
    s.reindex();
    for (const auto& t : fixture.at("ties")) {
        Tie tie;
        tie.source = *s.actor_index(t.at(0).get<std::string>());
        tie.target = *s.actor_index(t.at(1).get<std::string>());
        tie.wave = t.at(2).get<int>();
        s.ties.push_back(tie);
    }
    return s;
}

// A number or null, equal to 1e-9.
void expect_value(const Json& expected, const Json& actual, const std::string& where) {
    if (expected.is_null()) {
        EXPECT_TRUE(actual.is_null()) << where << ": expected null, got " << actual.dump();
    } else {
        ASSERT_TRUE(actual.is_number()) << where << ": expected " << expected.dump() << ", got " << actual.dump();
        EXPECT_NEAR(actual.get<double>(), expected.get<double>(), 1e-9) << where;
    }
}

class CompareFixture : public ::testing::TestWithParam<std::string> {};

TEST_P(CompareFixture, MatchesReference) {
    const Json fixture = read_fixture(GetParam());
    const Study study = study_of(fixture);
    for (const auto& expected : fixture.at("comparisons")) {
        const int from = expected.at("from").get<int>();
        const int to = expected.at("to").get<int>();
        const std::string pair = GetParam() + " " + std::to_string(from) + "->" + std::to_string(to);
        const WaveComparison c = compare_waves(study, from, to, AnalysisOptions{});
        const Json actual = Json::parse(comparison_json(study, c).dump());

        for (const char* key : {"ties_added", "ties_removed", "ties_stable", "hamming"})
            EXPECT_EQ(actual.at(key), expected.at(key)) << pair << " " << key;
        EXPECT_EQ(actual.at("change_table"), expected.at("change_table")) << pair;
        EXPECT_EQ(actual.at("actors_joined"), expected.at("actors_joined")) << pair;
        EXPECT_EQ(actual.at("actors_left"), expected.at("actors_left")) << pair;
        expect_value(expected.at("jaccard"), actual.at("jaccard"), pair + " jaccard");
        expect_value(expected.at("jaccard_common"), actual.at("jaccard_common"), pair + " jaccard_common");
        for (const char* key : {"betweenness", "degree"})
            expect_value(expected.at("rank_correlation").at(key), actual.at("rank_correlation").at(key),
                         pair + " rank_correlation." + key);

        const Json& ea = expected.at("actors");
        const Json& aa = actual.at("actors");
        ASSERT_EQ(aa.size(), ea.size()) << pair;
        for (std::size_t i = 0; i < ea.size(); ++i) {
            const std::string where = pair + " actors[" + std::to_string(i) + "]";
            EXPECT_EQ(aa[i].at("id"), ea[i].at("id")) << where;
            EXPECT_EQ(aa[i].at("degree"), ea[i].at("degree")) << where;
            for (const char* side : {"from", "to"})
                expect_value(ea[i].at("betweenness").at(side), aa[i].at("betweenness").at(side),
                             where + " betweenness." + side);
        }
        // The network block carries the metrics engine's tie counts.
        EXPECT_EQ(actual.at("network").at("ties").at("to").get<std::size_t>(),
                  expected.at("ties_added").get<std::size_t>() + expected.at("ties_stable").get<std::size_t>())
            << pair;
    }
}

INSTANTIATE_TEST_SUITE_P(Golden, CompareFixture,
                         ::testing::Values("panel_1", "panel_2", "no_ties_then_ties", "both_empty", "identical",
                                           "disjoint_ties", "disjoint_actors", "single_common_actor",
                                           "two_common_actors", "tiny_waves"));

TEST(CompareWaves, EdgeCasesAsMetricsMdSays) {
    // Identical waves: Jaccard 1; disjoint: 0; one common actor: no rank correlation.
    const Study identical = study_of(read_fixture("identical"));
    const WaveComparison same = compare_waves(identical, 1, 2, AnalysisOptions{});
    EXPECT_EQ(same.ties.jaccard, 1.0);
    EXPECT_EQ(same.ties.hamming, 0u);
    const Study disjoint = study_of(read_fixture("disjoint_ties"));
    EXPECT_EQ(compare_waves(disjoint, 1, 2, AnalysisOptions{}).ties.jaccard, 0.0);
    const Study single = study_of(read_fixture("single_common_actor"));
    const WaveComparison one = compare_waves(single, 1, 2, AnalysisOptions{});
    EXPECT_EQ(one.ties.common_actors, 1u);
    EXPECT_FALSE(one.rank_correlation.degree.has_value());
    EXPECT_FALSE(one.rank_correlation.betweenness.has_value());
}

TEST(CompareWaves, JsonHasTheKeysOfMetricsMdInOrder) {
    const Study study = study_of(read_fixture("panel_1"));
    const nlohmann::ordered_json j = comparison_json(study, compare_waves(study, 2019, 2022, AnalysisOptions{}));
    std::vector<std::string> keys;
    for (const auto& [key, value] : j.items()) keys.push_back(key);
    EXPECT_EQ(keys, (std::vector<std::string>{"study", "projection", "from", "to", "ties_added", "ties_removed",
                                              "ties_stable", "jaccard", "change_table", "hamming", "jaccard_common",
                                              "actors_joined", "actors_left", "network", "groups", "rank_correlation",
                                              "actors"}));
    std::vector<std::string> network;
    for (const auto& [key, value] : j.at("network").items()) {
        network.push_back(key);
        std::vector<std::string> inner;
        for (const auto& [k, v] : value.items()) inner.push_back(k);
        EXPECT_EQ(inner, (std::vector<std::string>{"from", "to", "change", "relative_change"})) << key;
    }
    EXPECT_EQ(network, (std::vector<std::string>{"actors",
                                                 "ties",
                                                 "isolates",
                                                 "density",
                                                 "average_degree",
                                                 "components",
                                                 "largest_component",
                                                 "largest_component_share",
                                                 "transitivity",
                                                 "average_clustering",
                                                 "average_path_length",
                                                 "diameter",
                                                 "degree_centralization",
                                                 "betweenness_centralization",
                                                 "articulation_points",
                                                 "bridges",
                                                 "fragmentation",
                                                 "distance_fragmentation",
                                                 "communities",
                                                 "community_modularity"}));
    // Every network-level measure of the table of measures, in its order.
    std::vector<std::string> table_keys;
    for (const Measure& m : all_measures())
        if (m.level == MeasureLevel::network) table_keys.emplace_back(m.key);
    EXPECT_EQ(network, table_keys);
    EXPECT_TRUE(j.at("network").at("ties").at("from").is_number_integer());
    EXPECT_TRUE(j.at("network").at("density").at("from").is_number_float());
}

TEST(CompareWaves, ValueChangeNullRules) {
    const ValueChange up = value_change(4.0, 6.0);
    EXPECT_EQ(up.change, 2.0);
    EXPECT_EQ(up.relative_change, 0.5);
    const ValueChange negative = value_change(-0.5, 0.25);  // relative to |from|
    EXPECT_EQ(negative.change, 0.75);
    EXPECT_EQ(negative.relative_change, 1.5);
    const ValueChange from_zero = value_change(0.0, 3.0);
    EXPECT_EQ(from_zero.change, 3.0);
    EXPECT_FALSE(from_zero.relative_change.has_value());
    const ValueChange from_null = value_change(std::nullopt, 3.0);
    EXPECT_FALSE(from_null.change.has_value());
    EXPECT_FALSE(from_null.relative_change.has_value());
    EXPECT_FALSE(value_change(1.0, std::nullopt).change.has_value());
}

TEST(CompareWaves, ConsecutivePairsAndUnknownWave) {
    const Study study = study_of(read_fixture("panel_1"));
    const std::vector<WaveComparison> all = compare_consecutive_waves(study, analyse_study(study));
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].from, 2019);
    EXPECT_EQ(all[0].to, 2022);
    EXPECT_EQ(all[1].from, 2022);
    EXPECT_EQ(all[1].to, 2024);
    EXPECT_THROW((void)compare_waves(study, 2019, 2030, AnalysisOptions{}), Failure);
}

}  // namespace
}  // namespace helixnet
