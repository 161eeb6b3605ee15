#include "helixnet/groups/wave_groups.hpp"
#include "helixnet/analysis/output.hpp"

#include <gtest/gtest.h>

#include "helixnet/error.hpp"

namespace helixnet {
namespace {

Study small_study() {
    Study s;
    s.waves = {{2024, ""}};
    const std::vector<std::pair<const char*, const char*>> actors = {
        {"government", "gorinchem"}, {"industry", "drechtsteden"}, {"education", "gorinchem"}, {"industry", ""}};
    for (std::size_t i = 0; i < actors.size(); ++i) {
        Actor a;
        a.id = "a";
        a.id += std::to_string(i);
        a.attributes["sector"] = actors[i].first;
        if (*actors[i].second) a.attributes["region"] = actors[i].second;
        s.actors.push_back(a);
    }
    s.attribute_names = {"sector", "region"};
    for (const auto& [u, v] : std::vector<std::pair<std::uint32_t, std::uint32_t>>{{0, 1}, {1, 2}, {0, 2}, {2, 3}}) {
        Tie t;
        t.source = u;
        t.target = v;
        t.wave = 2024;
        s.ties.push_back(t);
    }
    s.reindex();
    return s;
}

TEST(WaveGroups, DefaultAttributesAreSectorAndRegionWhereThere) {
    Study s = small_study();
    EXPECT_EQ(default_group_attributes(s), (std::vector<std::string>{"sector", "region"}));
    s.attribute_names = {"region", "pillar"};
    EXPECT_EQ(default_group_attributes(s), (std::vector<std::string>{"region"}));
}

TEST(WaveGroups, JsonUsesTheKeysOfMetricsMd) {
    const Study s = small_study();
    const WaveGraph g = build_wave_graph(s, 2024);
    const std::vector<std::string> by = {"sector", "region", "sector"};
    PermutationOptions options;
    options.permutations = 99;
    const WaveGroups groups = analyse_groups(s, g, by, options);
    ASSERT_EQ(groups.attributes.size(), 2u);  // the duplicate is computed once

    const nlohmann::ordered_json j = groups_json(groups);
    std::vector<std::string> keys;
    for (const auto& [key, value] : j.at("sector").items()) keys.push_back(key);
    EXPECT_EQ(keys, (std::vector<std::string>{"mixing", "block_density", "internal_ties", "external_ties", "ei_index",
                                              "expected_ei_index", "ei_p_value", "assortativity", "modularity",
                                              "community_nmi", "community_ari", "community_vi", "per_group",
                                              "helix_ties", "helix_triangles", "helix_open_triads"}));
    EXPECT_FALSE(j.at("region").contains("helix_triangles"));
    EXPECT_FALSE(j.at("region").contains("helix_ties"));
    // Government–industry, industry–education, government–education, education–industry.
    EXPECT_EQ(j.at("sector").at("helix_ties"), 4);
    EXPECT_EQ(j.at("sector").at("helix_triangles"), 1);
    EXPECT_EQ(j.at("region").at("mixing").at("gorinchem").at("drechtsteden"), 2);
    EXPECT_EQ(j.at("region").at("per_group").at("unknown").at("size"), 1);
    EXPECT_TRUE(j.at("region").at("per_group").at("unknown").at("internal_density").is_null());
    const double p = j.at("sector").at("ei_p_value").get<double>();
    EXPECT_GT(p, 0.0);
    EXPECT_LE(p, 1.0);

    const nlohmann::ordered_json a = actor_groups_json(groups, 2);
    EXPECT_EQ(a.at("brokerage").at("sector").at("total"), 2);  // pairs {0,3}, {1,3}
    EXPECT_EQ(a.at("brokerage").at("sector").at("liaison"), 1);
    EXPECT_EQ(a.at("brokerage").at("sector").at("gatekeeper"), 0);
    EXPECT_EQ(a.at("brokerage").at("sector").at("itinerant"), 1);
    EXPECT_TRUE(a.at("ei_index").contains("region"));
    EXPECT_TRUE(a.at("brokerage_expected").at("region").contains("coordinator"));
}

TEST(WaveGroups, TopBrokersByBridgingRolesThenTotalThenVertex) {
    const Study s = small_study();
    const WaveGraph g = build_wave_graph(s, 2024);
    const std::vector<std::string> by = {"sector"};
    const WaveGroups groups = analyse_groups(s, g, by);
    EXPECT_EQ(top_brokers(groups.attributes[0], 5), (std::vector<Vertex>{2}));
}

TEST(WaveGroups, UnknownAttributeFails) {
    const Study s = small_study();
    const WaveGraph g = build_wave_graph(s, 2024);
    const std::vector<std::string> by = {"colour"};
    EXPECT_THROW((void)analyse_groups(s, g, by), Failure);
}

}  // namespace
}  // namespace helixnet
