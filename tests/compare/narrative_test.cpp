#include "helixnet/compare/narrative.hpp"

#include <string>

#include <fmt/format.h>
#include <gtest/gtest.h>

namespace helixnet {
namespace {

// Two waves of five actors with sector and region; actor e joins in wave 2
// and d leaves.
//   wave 1: a─b─c─d         wave 2: a─b─c, a─c, c─e, b─e
Study two_waves() {
    Study s;
    s.name = "two waves";
    s.waves = {{1, ""}, {2, ""}};
    AttributeInfo region;
    region.name = "region";
    ValueInfo north;
    north.label = "The North";
    ValueInfo south;
    south.label = "The South";
    region.values = {{"north", north}, {"south", south}};
    s.attributes = {region};
    const std::vector<std::tuple<const char*, const char*, const char*, std::vector<int>>> actors = {
        {"a", "government", "north", {}},
        {"b", "industry", "north", {}},
        {"c", "education", "south", {}},
        {"d", "industry", "south", {1}},
        {"e", "education", "north", {2}}};
    for (const auto& [id, sector, place, waves] : actors) {
        Actor a;
        a.id = id;
        a.name = std::string("Actor ") + id;
        a.attributes = {{"sector", sector}, {"region", place}};
        a.waves = waves;
        s.actors.push_back(a);
    }
    s.attribute_names = {"sector", "region"};
    s.reindex();
    const std::vector<std::tuple<const char*, const char*, int>> ties = {{"a", "b", 1}, {"b", "c", 1}, {"c", "d", 1},
                                                                         {"a", "b", 2}, {"b", "c", 2}, {"a", "c", 2},
                                                                         {"c", "e", 2}, {"b", "e", 2}};
    for (const auto& [u, v, y] : ties) {
        Tie t;
        t.source = *s.actor_index(u);
        t.target = *s.actor_index(v);
        t.wave = y;
        s.ties.push_back(t);
    }
    return s;
}

AnalysisOptions quick() {
    AnalysisOptions o;
    o.permutation.permutations = 0;
    return o;
}

TEST(Narrative, EnglishParagraphComesFromTheFigures) {
    const Study s = two_waves();
    const WaveComparison c = compare_waves(s, 1, 2, quick());
    const std::string p = change_paragraph(s, c, Language::english);
    // ties 3 → 5; sectors: wave 1 all 3 ties cross sectors, wave 2: a-b, b-c, a-c, b-e cross, c-e inside.
    EXPECT_NE(p.find("From 1 to 2 the number of ties rose from 3 to 5."), std::string::npos) << p;
    EXPECT_NE(p.find("Ties between sectors rose from 3 to 4;"), std::string::npos) << p;
    // region: wave 1 b-c, c-d? c,d both south: b-c crosses (1); wave 2: b-c, a-c, c-e (3).
    EXPECT_NE(p.find("ties between The North and The South rose from 1 to 3."), std::string::npos) << p;
    EXPECT_NE(p.find("2 of the 3 ties of 1 were still there in 2 (Jaccard 0.33"), std::string::npos) << p;
    EXPECT_NE(p.find("The actor set changed: 1 joined, 1 left; 3 of 5 actors took part in both waves."),
              std::string::npos)
        << p;
    EXPECT_EQ(p.find("density"), std::string::npos) << "the number of actors did not change: " << p;
    EXPECT_EQ(p.find("nan"), std::string::npos);
}

TEST(Narrative, DutchUsesDutchWordsAndDecimalCommas) {
    const Study s = two_waves();
    const WaveComparison c = compare_waves(s, 1, 2, quick());
    const std::string p = change_paragraph(s, c, Language::dutch);
    EXPECT_NE(p.find("Van 1 tot 2 steeg het aantal banden van 3 naar 5."), std::string::npos) << p;
    EXPECT_NE(p.find("Het aantal banden tussen sectoren steeg van 3 naar 4"), std::string::npos) << p;
    EXPECT_NE(p.find("tussen The North en The South steeg van 1 naar 3"), std::string::npos) << p;
    EXPECT_NE(p.find("(Jaccard 0,33"), std::string::npos) << p;
    EXPECT_NE(p.find("1 actor kwam erbij, 1 viel af"), std::string::npos) << p;
}

TEST(Narrative, FallsAndStandstills) {
    const Study s = two_waves();
    const WaveComparison back = compare_waves(s, 2, 1, quick());
    const std::string p = change_paragraph(s, back, Language::english);
    EXPECT_NE(p.find("the number of ties fell from 5 to 3."), std::string::npos) << p;
    const WaveComparison same = compare_waves(s, 1, 1, quick());
    const std::string q = change_paragraph(s, same, Language::english);
    EXPECT_NE(q.find("the number of ties stayed at 3"), std::string::npos) << q;
    EXPECT_NE(q.find("The same 4 actors took part in both waves."), std::string::npos) << q;
    EXPECT_EQ(q.find("Betweenness rose"), std::string::npos) << q;
}

TEST(Narrative, HubIsTheLargestRiseInBetweenness) {
    // 1 -> 2: b and c go from 2/3 (the middle of a path of four) to 1/6 (one
    // of two routes between a and e, of three pairs), so nobody rose;
    // backwards both rise by the same.
    const Study s = two_waves();
    const std::string p = change_paragraph(s, compare_waves(s, 1, 2, quick()), Language::english);
    EXPECT_EQ(p.find("Betweenness rose most"), std::string::npos) << p;
    const std::string back = change_paragraph(s, compare_waves(s, 2, 1, quick()), Language::english);
    EXPECT_NE(back.find("Betweenness rose most for Actor b (0.167 \xE2\x86\x92 0.667) and Actor c (0.167 \xE2\x86\x92 "
                        "0.667)."),
              std::string::npos)
        << back;
}

// A star whose centre gains partners: 10 -> 15 ties.
Study growing_star() {
    Study s;
    s.waves = {{1, ""}, {2, ""}};
    for (int i = 0; i <= 15; ++i) {
        Actor a;
        a.id = "a" + std::to_string(i);
        a.name = a.id;
        s.actors.push_back(a);
    }
    s.reindex();
    for (int wave : {1, 2})
        for (std::uint32_t leaf = 1; leaf <= (wave == 1 ? 10u : 15u); ++leaf) {
            Tie t;
            t.source = 0;
            t.target = leaf;
            t.wave = wave;
            s.ties.push_back(t);
        }
    return s;
}

TEST(Narrative, PercentagesOnlyFromCountsOfTen) {
    const Study s = growing_star();
    EXPECT_NE(change_paragraph(s, compare_waves(s, 1, 2, quick()), Language::english)
                  .find("the number of ties rose from 10 to 15 (+50%)."),
              std::string::npos);
    EXPECT_NE(change_paragraph(s, compare_waves(s, 2, 1, quick()), Language::dutch)
                  .find("daalde het aantal banden van 15 naar 10 (-33%)."),
              std::string::npos);
}

TEST(Narrative, Languages) {
    EXPECT_EQ(parse_language("en"), Language::english);
    EXPECT_EQ(parse_language("nl"), Language::dutch);
    EXPECT_FALSE(parse_language("de").has_value());
}

}  // namespace
}  // namespace helixnet
