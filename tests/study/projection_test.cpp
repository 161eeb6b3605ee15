// The co-membership projection against NetworkX (weighted_projected_graph and
// collaboration_weighted_projected_graph, fixtures of
// tools/make_two_mode_fixtures.py), and how projected links join the ties.
#include "helixnet/study/projection.hpp"

#include <gtest/gtest.h>

#include <map>
#include <tuple>

#include "../support/two_mode_fixtures.hpp"
#include "helixnet/error.hpp"
#include "helixnet/study/memberships.hpp"

namespace helixnet {
namespace {

using nlohmann::json;

struct Merged {
    double weight = 0;
    std::string kind;
    Confidence confidence = Confidence::stated;
    std::size_t records = 0;
};

// The ties of one wave by pair of ids (first in study order).
std::map<std::pair<std::string, std::string>, Merged> ties_of(const Study& s, int year) {
    std::map<std::pair<std::string, std::string>, Merged> out;
    for (const Tie& t : s.ties) {
        if (t.wave != year) continue;
        const auto a = std::min(t.source, t.target), b = std::max(t.source, t.target);
        Merged& m = out[{s.actors[a].id, s.actors[b].id}];
        m.weight += t.weight;
        m.kind = t.kind;
        m.confidence = t.level();
        ++m.records;
    }
    return out;
}

TEST(Projection, MatchesNetworkXOnEveryFixture) {
    for (const auto& file : testing::two_mode_fixture_files()) {
        const json fixture = testing::read_two_mode_fixture(file);
        const Study study = testing::two_mode_fixture_study(fixture);
        for (const auto method : {MembershipProjection::count, MembershipProjection::newman}) {
            const Study projected = project_memberships(study, method);
            EXPECT_EQ(projected.projection.method, method);
            ASSERT_EQ(projected.projection.waves.size(), study.waves.size());
            for (std::size_t w = 0; w < study.waves.size(); ++w) {
                const json& wave = fixture.at("waves")[w];
                const int year = wave.at("wave").get<int>();
                const std::string where =
                    file.filename().string() + " " + std::to_string(year) + " " + std::string(to_string(method));
                const json& expected = wave.at("projection").at(std::string(to_string(method)));
                const auto ties = ties_of(projected, year);
                ASSERT_EQ(ties.size(), expected.at("ties").size()) << where;
                for (const json& e : expected.at("ties")) {
                    const auto key = std::make_pair(e[0].get<std::string>(), e[1].get<std::string>());
                    const std::string at = where + " " + key.first + "–" + key.second;
                    ASSERT_TRUE(ties.count(key)) << at;
                    const Merged& m = ties.at(key);
                    EXPECT_EQ(m.records, 1u) << at;  // one record per pair: a link joins a tie, never doubles it
                    EXPECT_NEAR(m.weight, e[2].get<double>(), 1e-12) << at;
                    EXPECT_EQ(m.kind, e[3].get<std::string>()) << at;
                    EXPECT_EQ(m.confidence, *parse_confidence(e[4].get<std::string>())) << at;
                }
                // What the record says: new links and strengthened ties add up to NetworkX's links.
                const ProjectedWave& record = projected.projection.waves[w];
                EXPECT_EQ(record.year, year);
                EXPECT_EQ(record.links_added + record.ties_reinforced, expected.at("links").size()) << where;
                std::size_t added = 0;
                for (const auto& [pair, m] : ties) added += m.kind == co_membership_kind;
                EXPECT_EQ(record.links_added, added) << where;
            }
        }
    }
}

TEST(Projection, NewmansThreePapers) {
    // A and B wrote papers of four, two and three authors together:
    // 1/3 + 1 + 1/2 = 11/6 (Newman 2001, fig. 1); counted, three.
    const json fixture = testing::read_two_mode_fixture(testing::two_mode_fixture_dir / "newman.json");
    const Study study = testing::two_mode_fixture_study(fixture);
    EXPECT_NEAR(ties_of(project_memberships(study, MembershipProjection::newman), 2001).at({"A", "B"}).weight, 11.0 / 6,
                1e-12);
    EXPECT_EQ(ties_of(project_memberships(study, MembershipProjection::count), 2001).at({"A", "B"}).weight, 3.0);
    // An author's Newman weights add up to its papers with a co-author: A has three.
    double a = 0;
    for (const auto& [pair, m] : ties_of(project_memberships(study, MembershipProjection::newman), 2001))
        if (pair.first == "A") a += m.weight;
    EXPECT_NEAR(a, 3.0, 1e-12);
}

// gov and firm share the lab (gov stated, firm implied) and the club (both
// assumed); firm and school share the lab only (school stated). gov–firm
// already have a tie of weight 2 with its evidence.
Study two_initiatives() {
    Study s;
    s.waves = {{2024, ""}};
    for (const char* id : {"gov", "firm", "school"}) {
        Actor a;
        a.id = id;
        a.name = id;
        s.actors.push_back(a);
    }
    s.reindex();
    const auto member = [](std::uint32_t actor, std::optional<Confidence> c) {
        Membership m;
        m.actor = actor;
        m.confidence = c;
        return m;
    };
    s.initiatives.push_back(
        {"lab", "Lab", {}, {member(0, std::nullopt), member(1, Confidence::implied), member(2, {})}, {}});
    s.initiatives.push_back({"club", "Club", {}, {member(0, Confidence::assumed), member(1, Confidence::assumed)}, {}});
    Tie t;
    t.source = 1;  // firm – gov, written the other way round
    t.target = 0;
    t.wave = 2024;
    t.weight = 2;
    t.kind = "collaboration";
    t.evidence = "they work together";
    t.confidence = Confidence::implied;
    s.ties.push_back(t);
    return s;
}

TEST(Projection, ALinkJoinsAnExistingTieAndANewOneIsACoMembershipTie) {
    const Study s = two_initiatives();
    const Study p = project_memberships(s, MembershipProjection::count);
    ASSERT_EQ(p.ties.size(), 3u);
    // The existing tie keeps kind, evidence, confidence and direction; its weight grows by 2 (two initiatives).
    EXPECT_EQ(p.ties[0].source, 1u);
    EXPECT_EQ(p.ties[0].kind, "collaboration");
    EXPECT_EQ(p.ties[0].evidence, "they work together");
    EXPECT_EQ(p.ties[0].confidence, Confidence::implied);
    EXPECT_EQ(p.ties[0].weight, 4.0);
    // New links: gov–school (lab) and firm–school (lab).
    EXPECT_EQ(p.ties[1].kind, co_membership_kind);
    EXPECT_EQ(s.actors[p.ties[1].source].id + "-" + s.actors[p.ties[1].target].id, "gov-school");
    EXPECT_EQ(p.ties[1].initiative, "lab");
    EXPECT_EQ(p.ties[1].level(), Confidence::stated);  // both memberships stated
    EXPECT_TRUE(p.ties[1].evidence.empty());
    EXPECT_EQ(s.actors[p.ties[2].source].id + "-" + s.actors[p.ties[2].target].id, "firm-school");
    EXPECT_EQ(p.ties[2].level(), Confidence::implied);  // the lower of stated and implied
    ASSERT_EQ(p.projection.waves.size(), 1u);
    EXPECT_EQ(p.projection.waves[0].links_added, 2u);
    EXPECT_EQ(p.projection.waves[0].ties_reinforced, 1u);
}

TEST(Projection, ConfidenceIsTheBestSharedInitiativesLowerMembership) {
    Study s = two_initiatives();
    s.ties.clear();
    const Study p = project_memberships(s, MembershipProjection::newman);
    // gov–firm: the lab gives min(stated, implied) = implied, the club assumed: implied.
    const Tie& gf = p.ties[0];
    EXPECT_EQ(s.actors[gf.source].id, "gov");
    EXPECT_EQ(s.actors[gf.target].id, "firm");
    EXPECT_EQ(gf.level(), Confidence::implied);
    EXPECT_EQ(gf.initiative, "lab;club");
    EXPECT_NEAR(gf.weight, 1.0 / 2 + 1.0, 1e-12);  // lab of three, club of two
}

TEST(Projection, AfterTheConfidenceFilterOnlyKeptMembershipsCount) {
    const Study filtered = filter_by_confidence(two_initiatives(), Confidence::implied);
    const Study p = project_memberships(filtered, MembershipProjection::count);
    // The club's memberships are assumed and gone: gov–firm grows by 1 (the lab) only.
    EXPECT_EQ(p.ties[0].weight, 3.0);
}

TEST(Projection, NoneChangesNothingAndTwiceIsRefused) {
    const Study s = two_initiatives();
    const Study same = project_memberships(s, MembershipProjection::none);
    EXPECT_EQ(same.ties.size(), s.ties.size());
    EXPECT_FALSE(same.projection.applied());
    EXPECT_TRUE(projection_note(same.projection).empty());
    const Study once = project_memberships(s, MembershipProjection::count);
    EXPECT_THROW((void)project_memberships(once, MembershipProjection::count), Failure);
}

TEST(Projection, NamesAndNote) {
    EXPECT_EQ(parse_projection("count"), MembershipProjection::count);
    EXPECT_EQ(parse_projection("newman"), MembershipProjection::newman);
    EXPECT_EQ(parse_projection("none"), MembershipProjection::none);
    EXPECT_FALSE(parse_projection("Count").has_value());
    const Study p = project_memberships(two_initiatives(), MembershipProjection::count);
    EXPECT_EQ(projection_note(p.projection),
              "Ties include co-membership (--memberships count: weight = initiatives shared). 2024: 2 links "
              "added, 1 tie strengthened.");
    EXPECT_EQ(projection_note(p.projection, Language::dutch),
              "De banden bevatten gedeeld lidmaatschap (--memberships count: gewicht = aantal gedeelde "
              "initiatieven). 2024: 2 banden toegevoegd, 1 band versterkt.");
}

TEST(Memberships, RecordsOfOneActorMergeWithTheirHighestConfidence) {
    Study s;
    s.waves = {{2019, ""}, {2022, ""}};
    Actor a;
    a.id = "a";
    s.actors.push_back(a);
    a.id = "late";
    a.waves = {2022};
    s.actors.push_back(a);
    s.reindex();
    Initiative in;
    in.id = "p";
    Membership m;
    m.actor = 0;
    m.waves = {2019};
    m.confidence = Confidence::assumed;
    in.members.push_back(m);
    m.waves = {2019, 2022};
    m.confidence = Confidence::implied;
    in.members.push_back(m);
    m.actor = 1;  // no waves: every wave the actor exists in
    m.waves = {};
    m.confidence = std::nullopt;
    in.members.push_back(m);
    s.initiatives.push_back(in);
    s.initiatives.push_back(Initiative{"empty", "", {}, {}, {}});

    const auto w2019 = wave_memberships(s, 2019);
    ASSERT_EQ(w2019.size(), 1u);  // "empty" has no member
    ASSERT_EQ(w2019[0].members.size(), 1u);
    EXPECT_EQ(w2019[0].members[0].actor, 0u);
    EXPECT_EQ(w2019[0].members[0].confidence, Confidence::implied);
    const auto w2022 = wave_memberships(s, 2022);
    ASSERT_EQ(w2022[0].members.size(), 2u);
    EXPECT_EQ(w2022[0].members[1].actor, 1u);
    EXPECT_EQ(w2022[0].members[1].confidence, Confidence::stated);
    EXPECT_TRUE(wave_memberships(s, 1999).empty());
}

}  // namespace
}  // namespace helixnet
