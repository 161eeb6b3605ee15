// Golden tests of every group and brokerage measure against the fixtures that
// tools/make_group_fixtures.py writes from NetworkX 2.8 and a direct
// implementation of the docs/metrics.md definitions (brokerage also checked there
// against R sna::brokerage).
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "../support/fixture_files.hpp"
#include "helixnet/analysis/output.hpp"
#include "helixnet/graph/wave_graph.hpp"
#include "helixnet/groups/wave_groups.hpp"

namespace helixnet {
namespace {

using nlohmann::json;

const std::filesystem::path fixture_dir = std::filesystem::path(HELIXNET_FIXTURE_DIR) / "groups";

std::vector<std::filesystem::path> fixture_files() { return testing::fixture_files(fixture_dir); }

json read_json(const std::filesystem::path& path) {
    std::ifstream in(path);
    return json::parse(in);
}

// The fixture as a one-wave study.
Study study_from_fixture(const json& fixture) {
    Study s;
    s.name = fixture.at("name").get<std::string>();
    s.waves = {{2024, ""}};
    for (const json& a : fixture.at("actors")) {
        Actor actor;
        actor.id = a.at("id").get<std::string>();
        actor.name = actor.id;
        for (const auto& [key, value] : a.at("attributes").items()) {
            actor.attributes[key] = value.get<std::string>();
            if (std::find(s.attribute_names.begin(), s.attribute_names.end(), key) == s.attribute_names.end())
                s.attribute_names.push_back(key);
        }
        s.actors.push_back(std::move(actor));
    }
    if (!fixture.at("sector_helix").empty()) {
        AttributeInfo info;
        info.name = "sector";
        for (const auto& [value, role] : fixture.at("sector_helix").items()) {
            ValueInfo v;
            v.helix = role.get<std::string>();
            info.values.emplace_back(value, v);
        }
        s.attributes.push_back(info);
    }
    for (const json& e : fixture.at("edges")) {
        Tie t;
        t.source = e.at(0).get<std::uint32_t>();
        t.target = e.at(1).get<std::uint32_t>();
        t.wave = 2024;
        s.ties.push_back(t);
    }
    s.reindex();
    return s;
}

// Same keys everywhere, numbers within 1e-9, null where null.
void expect_near(const json& expected, const json& actual, const std::string& where) {
    if (expected.is_number()) {
        ASSERT_TRUE(actual.is_number()) << where << ": expected " << expected << ", got " << actual;
        EXPECT_NEAR(expected.get<double>(), actual.get<double>(), 1e-9) << where;
        return;
    }
    if (expected.is_object()) {
        ASSERT_TRUE(actual.is_object()) << where << ": got " << actual;
        EXPECT_EQ(expected.size(), actual.size()) << where << ": keys differ: " << actual;
        for (const auto& [key, value] : expected.items()) {
            ASSERT_TRUE(actual.contains(key)) << where << ": missing key " << key;
            expect_near(value, actual.at(key), where + "." + key);
        }
        return;
    }
    EXPECT_EQ(expected, actual) << where;
}

TEST(GroupFixtures, FixturesArePresent) { EXPECT_GE(fixture_files().size(), 10u); }

TEST(GroupFixtures, MatchNetworkXAndTheDefinitions) {
    for (const auto& file : fixture_files()) {
        const json fixture = read_json(file);
        const Study study = study_from_fixture(fixture);
        const WaveGraph graph = build_wave_graph(study, 2024);
        std::vector<std::string> attributes;
        for (const auto& [attribute, expected] : fixture.at("expected").items()) attributes.push_back(attribute);
        PermutationOptions permutations;
        permutations.permutations = 200;
        const WaveGroups groups = analyse_groups(study, graph, attributes, permutations);
        const json actual_groups = json::parse(groups_json(groups).dump());
        const std::string name = fixture.at("name").get<std::string>();

        for (const auto& [attribute, expected] : fixture.at("expected").items()) {
            const std::string where = name + "/" + attribute;
            json want = expected.at("groups");
            json got = actual_groups.at(attribute);
            // The p-value is random; checked below and in ei_permutation_test.
            ASSERT_TRUE(got.contains("ei_p_value")) << where;
            EXPECT_EQ(got.at("ei_p_value").is_null(), fixture.at("edges").empty()) << where;
            want.erase("ei_p_value");
            got.erase("ei_p_value");
            // The communities are found by the pipeline (Leiden), not by
            // analyse_groups: checked in study_analysis_test and, against
            // igraph, in partition_comparison_test.
            for (const char* key : {"community_nmi", "community_ari", "community_vi"}) {
                ASSERT_TRUE(got.contains(key)) << where;
                got.erase(key);
            }
            expect_near(want, got, where);

            const json& actors = expected.at("actors");
            ASSERT_EQ(actors.size(), graph.actors()) << where;
            for (Vertex v = 0; v < graph.actors(); ++v) {
                const json a = json::parse(actor_groups_json(groups, v).dump());
                for (const char* key : {"ei_index", "brokerage", "brokerage_expected"})
                    expect_near(actors.at(v).at(key), a.at(key).at(attribute),
                                where + "/" + std::to_string(v) + "/" + key);
            }
        }
    }
}

// The Monte Carlo p-value converges to the exact one the fixture script finds
// by enumerating every relabelling (20,000 draws: standard error ≤ 0.0036).
TEST(GroupFixtures, PermutationPValueApproachesTheExactValue) {
    std::size_t compared = 0;
    for (const auto& file : fixture_files()) {
        const json fixture = read_json(file);
        const Study study = study_from_fixture(fixture);
        const WaveGraph graph = build_wave_graph(study, 2024);
        for (const auto& [attribute, expected] : fixture.at("expected").items()) {
            const json& exact = expected.at("groups").at("ei_p_value");
            if (exact.is_null()) continue;
            const Grouping grouping = make_grouping(study, graph, attribute);
            PermutationOptions options;
            options.permutations = 20000;
            options.seed = 11;
            const EiPermutationTest test = ei_permutation_test(graph, grouping, options);
            ASSERT_TRUE(test.p_value.has_value());
            EXPECT_NEAR(*test.p_value, exact.get<double>(), 0.015) << fixture.at("name") << "/" << attribute;
            ++compared;
        }
    }
    EXPECT_GE(compared, 5u);
}

}  // namespace
}  // namespace helixnet
