// The two-mode measures against NetworkX's bipartite module (fixtures of
// tools/make_two_mode_fixtures.py: Davis's Southern Women, Newman's three
// papers, a panel in which actors join and leave), and their edge cases.
#include "helixnet/groups/initiatives.hpp"

#include <gtest/gtest.h>

#include <map>
#include <string>

#include "../support/two_mode_fixtures.hpp"
#include "helixnet/graph/wave_graph.hpp"
#include "helixnet/groups/grouping.hpp"

namespace helixnet {
namespace {

using nlohmann::json;

void expect_value(const json& expected, const std::optional<double>& actual, const std::string& where) {
    if (expected.is_null()) {
        EXPECT_FALSE(actual.has_value()) << where << ": expected null, got " << actual.value_or(-1);
    } else {
        ASSERT_TRUE(actual.has_value()) << where << ": expected " << expected;
        EXPECT_NEAR(*actual, expected.get<double>(), 1e-9) << where;
    }
}

TEST(Initiatives, MatchNetworkXOnEveryFixture) {
    const auto files = testing::two_mode_fixture_files();
    ASSERT_EQ(files.size(), 3u);
    for (const auto& file : files) {
        const json fixture = testing::read_two_mode_fixture(file);
        const Study study = testing::two_mode_fixture_study(fixture);
        for (const json& wave : fixture.at("waves")) {
            const int year = wave.at("wave").get<int>();
            const std::string where = file.filename().string() + " " + std::to_string(year);
            const WaveGraph graph = build_wave_graph(study, year);
            std::vector<Grouping> groupings;
            for (const json& by : fixture.at("by"))
                groupings.push_back(make_grouping(study, graph, by.get<std::string>()));
            std::vector<const Grouping*> pointers;
            for (const Grouping& g : groupings) pointers.push_back(&g);
            const WaveInitiatives in = measure_initiatives(study, graph, pointers);

            EXPECT_EQ(in.memberships, wave.at("memberships").get<std::size_t>()) << where;
            expect_value(wave.at("density"), in.density, where + " density");
            expect_value(wave.at("synergy_bits"), in.synergy_bits, where + " synergy");

            const json& list = wave.at("initiatives");
            ASSERT_EQ(in.list.size(), list.size()) << where;
            for (std::size_t i = 0; i < list.size(); ++i) {
                const InitiativeMeasures& p = in.list[i];
                const json& e = list[i];
                const std::string at = where + " " + e.at("id").get<std::string>();
                EXPECT_EQ(p.id, e.at("id").get<std::string>()) << at;
                std::vector<std::string> members;
                for (const Vertex v : p.members) members.push_back(study.actors[graph.actor(v)].id);
                EXPECT_EQ(members, e.at("members").get<std::vector<std::string>>()) << at;
                EXPECT_NEAR(p.degree_centrality, e.at("degree_centrality").get<double>(), 1e-12) << at;
                std::vector<std::string> roles;
                if (p.government) roles.emplace_back("government");
                if (p.industry) roles.emplace_back("industry");
                if (p.education) roles.emplace_back("education");
                EXPECT_EQ(roles, e.at("helix_roles").get<std::vector<std::string>>()) << at;
                EXPECT_EQ(p.helix_complete(), e.at("helix_complete").get<bool>()) << at;
                expect_value(e.at("member_tie_density"), p.member_tie_density, at + " member_tie_density");
                ASSERT_EQ(p.members_by.size(), groupings.size()) << at;
                for (std::size_t g = 0; g < groupings.size(); ++g) {
                    const json& counts = e.at("members_by").at(groupings[g].attribute);
                    ASSERT_EQ(counts.size(), groupings[g].groups()) << at << " " << groupings[g].attribute;
                    for (std::size_t k = 0; k < groupings[g].groups(); ++k)
                        EXPECT_EQ(p.members_by[g][k], counts.at(groupings[g].names[k]).get<std::size_t>())
                            << at << " " << groupings[g].names[k];
                }
            }

            const json& overlap = wave.at("overlap");
            ASSERT_EQ(in.overlap.size(), overlap.size()) << where;
            for (std::size_t i = 0; i < overlap.size(); ++i) {
                const InitiativeOverlap& o = in.overlap[i];
                EXPECT_EQ(in.list[o.first].id, overlap[i].at("initiatives")[0].get<std::string>()) << where;
                EXPECT_EQ(in.list[o.second].id, overlap[i].at("initiatives")[1].get<std::string>()) << where;
                EXPECT_EQ(o.shared, overlap[i].at("shared").get<std::size_t>()) << where;
                EXPECT_NEAR(o.jaccard, overlap[i].at("jaccard").get<double>(), 1e-12) << where;
            }

            const json& actors = wave.at("actors");
            ASSERT_EQ(graph.actors(), actors.size()) << where;
            for (Vertex v = 0; v < graph.actors(); ++v) {
                const std::string at = where + " " + actors[v].at("id").get<std::string>();
                EXPECT_EQ(study.actors[graph.actor(v)].id, actors[v].at("id").get<std::string>()) << at;
                EXPECT_EQ(in.actor_initiatives[v], actors[v].at("initiatives").get<std::size_t>()) << at;
                expect_value(actors[v].at("initiative_centrality"), in.initiative_centrality[v], at);
            }
        }
    }
}

TEST(Initiatives, DavisSouthernWomen) {
    // The figures of the issue and of Davis, Gardner & Gardner (1941).
    const json fixture = testing::read_two_mode_fixture(testing::two_mode_fixture_dir / "davis.json");
    const Study study = testing::two_mode_fixture_study(fixture);
    const WaveGraph graph = build_wave_graph(study, 1936);
    const WaveInitiatives in = measure_initiatives(study, graph);
    EXPECT_EQ(graph.actors(), 18u);
    EXPECT_EQ(in.list.size(), 14u);
    EXPECT_EQ(in.memberships, 89u);
    EXPECT_NEAR(*in.density, 0.353175, 1e-6);
    // Evelyn Jefferson went to 8 of the 14 events; event E8 had 14 of the 18 women.
    EXPECT_NEAR(*in.initiative_centrality[*graph.vertex_of_actor(*study.actor_index("Evelyn Jefferson"))], 8.0 / 14,
                1e-12);
    EXPECT_EQ(in.list[7].id, "E8");
    EXPECT_NEAR(in.list[7].degree_centrality, 14.0 / 18, 1e-12);
    // No sector: helix roles cannot be known, so there is no synergy.
    EXPECT_FALSE(in.synergy_bits.has_value());
}

// Three actors of the three helices, one without a role; no initiative in 2024.
//
//   2019: lab = {gov, firm, school}, club = {gov, other}; ties gov–firm, firm–school
Study helix_study() {
    Study s;
    s.waves = {{2019, ""}, {2024, ""}};
    for (const auto& [id, sector] : std::vector<std::pair<std::string, std::string>>{
             {"gov", "government"}, {"firm", "industry"}, {"school", "education"}, {"other", "intermediary"}}) {
        Actor a;
        a.id = id;
        a.name = id;
        a.attributes["sector"] = sector;
        s.actors.push_back(a);
    }
    s.attribute_names = {"sector"};
    s.reindex();
    const auto member = [](std::uint32_t actor, std::vector<int> waves) {
        Membership m;
        m.actor = actor;
        m.waves = std::move(waves);
        return m;
    };
    s.initiatives.push_back({"lab", "Lab", {}, {member(0, {2019}), member(1, {2019}), member(2, {2019})}, {}});
    s.initiatives.push_back({"club", "Club", {}, {member(0, {2019}), member(3, {2019})}, {}});
    for (const auto& [a, b] : std::vector<std::pair<std::uint32_t, std::uint32_t>>{{0, 1}, {1, 2}}) {
        Tie t;
        t.source = a;
        t.target = b;
        t.wave = 2019;
        s.ties.push_back(t);
    }
    return s;
}

TEST(Initiatives, HelixRolesTiesAmongMembersAndOverlap) {
    const Study s = helix_study();
    const WaveGraph g = build_wave_graph(s, 2019);
    const WaveInitiatives in = measure_initiatives(s, g);
    ASSERT_EQ(in.list.size(), 2u);
    EXPECT_TRUE(in.list[0].helix_complete());
    EXPECT_TRUE(in.list[1].government);
    EXPECT_FALSE(in.list[1].industry || in.list[1].education);
    EXPECT_NEAR(*in.list[0].member_tie_density, 2.0 / 3, 1e-12);  // two of three pairs tied
    EXPECT_EQ(*in.list[1].member_tie_density, 0.0);
    ASSERT_EQ(in.overlap.size(), 1u);
    EXPECT_EQ(in.overlap[0].shared, 1u);
    EXPECT_NEAR(in.overlap[0].jaccard, 1.0 / 4, 1e-12);
    // (U,I,G) = (1,1,1) and (0,0,1): G is the same everywhere, so it shares
    // no information: T = 1 + 1 + 0 − 1 − 1 − 1 + 1 = 0.
    EXPECT_EQ(*in.synergy_bits, 0.0);
    EXPECT_NEAR(*in.density, 5.0 / 8, 1e-12);
}

TEST(Initiatives, AWaveWithoutInitiativesHasNullsNotZeros) {
    const Study s = helix_study();
    const WaveGraph g = build_wave_graph(s, 2024);
    const WaveInitiatives in = measure_initiatives(s, g);
    EXPECT_TRUE(in.list.empty());
    EXPECT_FALSE(in.density.has_value());
    EXPECT_FALSE(in.synergy_bits.has_value());
    ASSERT_EQ(in.initiative_centrality.size(), 4u);
    for (std::size_t v = 0; v < 4; ++v) {
        EXPECT_EQ(in.actor_initiatives[v], 0u);
        EXPECT_FALSE(in.initiative_centrality[v].has_value());
    }
}

TEST(Initiatives, OneInitiativeHasNoSynergyAndALoneMemberNoTieDensity) {
    Study s = helix_study();
    s.initiatives.resize(1);
    s.initiatives[0].members.resize(1);
    const WaveGraph g = build_wave_graph(s, 2019);
    const WaveInitiatives in = measure_initiatives(s, g);
    ASSERT_EQ(in.list.size(), 1u);
    EXPECT_FALSE(in.synergy_bits.has_value());
    EXPECT_FALSE(in.list[0].member_tie_density.has_value());
    EXPECT_NEAR(*in.density, 1.0 / 4, 1e-12);
}

}  // namespace
}  // namespace helixnet
