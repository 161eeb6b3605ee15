// what_if on a small study: before and after figures, who is cut off, the
// pairs of groups that lose their last tie, the JSON shape, and the ids.
#include "helixnet/compare/what_if.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "../export/sample_study.hpp"
#include "helixnet/error.hpp"
#include "helixnet/graph/subgraph.hpp"
#include "helixnet/metrics/fragmentation.hpp"

namespace helixnet {
namespace {

// 2019: bedrijf-a ─ roc ─ gem-g ─ gem-d ─ hs, gem-d ─ gone; extern alone.
TEST(WhatIf, TakingOutTheDordrechtMunicipality) {
    const Study study = test::regional_study();
    const WaveGraph g = build_wave_graph(study, 2019);
    const std::uint32_t gem_d = *study.actor_index("gem-d");
    const std::vector<std::uint32_t> removed = {gem_d};
    const std::vector<std::string> by = {"sector", "region", "sector"};
    const WhatIf r = what_if(study, g, removed, by);
    EXPECT_EQ(r.wave, 2019);
    EXPECT_EQ(r.before.actors, 7u);
    EXPECT_EQ(r.after.actors, 6u);
    EXPECT_EQ(r.before.ties, 5u);
    EXPECT_EQ(r.after.ties, 2u);
    EXPECT_EQ(r.before.components, 2u);
    EXPECT_EQ(r.after.components, 4u);
    EXPECT_DOUBLE_EQ(*r.before.largest_component_share, 6.0 / 7);
    EXPECT_DOUBLE_EQ(*r.after.largest_component_share, 0.5);
    EXPECT_NEAR(*r.before.fragmentation, 12.0 / 42, 1e-12);
    EXPECT_NEAR(*r.after.fragmentation, 24.0 / 30, 1e-12);
    const std::vector<Vertex> gone = {*g.vertex_of_actor(gem_d)};
    EXPECT_EQ(r.before.distance_fragmentation, distance_fragmentation(g));
    EXPECT_EQ(r.after.distance_fragmentation, distance_fragmentation(without_vertices(g, gone)));
    ASSERT_EQ(r.before.groups.size(), 2u);  // sector once
    EXPECT_EQ(r.before.groups[0].external_ties, 4u);
    EXPECT_EQ(r.after.groups[0].external_ties, 2u);
    EXPECT_EQ(r.before.groups[0].helix_triangles, std::optional<std::size_t>(0));
    EXPECT_FALSE(r.before.groups[1].helix_triangles.has_value());
    EXPECT_EQ(r.before.groups[1].external_ties, 1u);
    EXPECT_EQ(r.after.groups[1].external_ties, 0u);
    EXPECT_EQ(r.cut_off, (std::vector<std::uint32_t>{*study.actor_index("hs"), *study.actor_index("gone")}));
    ASSERT_EQ(r.group_pairs_lost.size(), 2u);
    EXPECT_EQ(r.group_pairs_lost[0].pairs,
              (std::vector<std::pair<std::string, std::string>>{{"government", "intermediary"}}));
    EXPECT_EQ(r.group_pairs_lost[1].pairs,
              (std::vector<std::pair<std::string, std::string>>{{"gorinchem", "drechtsteden"}}));

    const auto j = what_if_json(study, r);
    EXPECT_EQ(j["wave"], 2019);
    EXPECT_EQ(j["removed"], nlohmann::ordered_json::array({"gem-d"}));
    EXPECT_EQ(j["before"]["network"]["components"], 2);
    EXPECT_EQ(j["after"]["groups"]["sector"]["external_ties"], 2);
    EXPECT_EQ(j["after"]["groups"]["sector"]["helix_triangles"], 0);
    EXPECT_EQ(j["cut_off"], nlohmann::ordered_json::array({"hs", "gone"}));
    EXPECT_EQ(j["group_pairs_lost"]["region"], nlohmann::ordered_json::parse(R"([["gorinchem", "drechtsteden"]])"));
}

TEST(WhatIf, NobodyCutOffWhenALeafLeaves) {
    const Study study = test::regional_study();
    const WaveGraph g = build_wave_graph(study, 2019);
    const std::vector<std::uint32_t> removed = {*study.actor_index("gone")};
    const WhatIf r = what_if(study, g, removed, {});
    EXPECT_TRUE(r.cut_off.empty());
    EXPECT_TRUE(r.group_pairs_lost.empty());
    EXPECT_EQ(r.after.components, 2u);
}

TEST(WhatIf, UnknownIdsAreInvalidInputWithASuggestion) {
    const Study study = test::regional_study();
    const std::vector<std::string> ids = {"gem-dd", "late", "nobody-at-all-here", "roc", "roc"};
    try {
        (void)resolve_actor_ids(study, 2019, ids);
        FAIL() << "no exception";
    } catch (const InvalidInput& e) {
        ASSERT_EQ(e.diagnostics().size(), 3u);
        EXPECT_THAT(e.diagnostics()[0].to_string(), ::testing::HasSubstr("did you mean 'gem-d'?"));
        EXPECT_EQ(e.diagnostics()[0].value, "gem-dd");
        EXPECT_THAT(e.diagnostics()[1].to_string(), ::testing::HasSubstr("not in wave 2019: 'late'"));
        EXPECT_THAT(e.diagnostics()[2].to_string(), ::testing::Not(::testing::HasSubstr("did you mean")));
    }
    const std::vector<std::string> fine = {"roc", "gem-g", "roc"};
    EXPECT_EQ(resolve_actor_ids(study, 2019, fine),
              (std::vector<std::uint32_t>{*study.actor_index("roc"), *study.actor_index("gem-g")}));
}

}  // namespace
}  // namespace helixnet
