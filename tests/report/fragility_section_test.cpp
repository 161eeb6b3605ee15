// The report's sections "What if a key actor leaves?" and "Do clusters follow
// sector lines?" (report/fragility_section.hpp).
#include "helixnet/report/fragility_section.hpp"

#include <gtest/gtest.h>

#include <string>

#include "helixnet/study/json_io.hpp"

namespace helixnet {
namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Two 5-cliques, a0..a4 (government) and b0..b4 (industry), joined by a4-b0,
// and a leaf tied to b4 only, whose name needs escaping.
Study cliques_and_leaf() {
    std::string actors, ties;
    for (const std::string side : {"a", "b"})
        for (int i = 0; i < 5; ++i) {
            actors += R"({"id": ")" + side + std::to_string(i) + R"(", "sector": ")" +
                      (side == "a" ? "government" : "industry") + "\"},";
            for (int j = i + 1; j < 5; ++j)
                ties += R"({"source": ")" + side + std::to_string(i) + R"(", "target": ")" + side + std::to_string(j) +
                        R"(", "wave": 2024},)";
        }
    const std::string json = R"({"format": "helixnet/1", "name": "s", "waves": [{"year": 2024}], "actors": [)" +
                             actors + R"({"id": "leaf", "name": "<Leaf & co>", "sector": "industry"}], "ties": [)" +
                             ties +
                             R"({"source": "a4", "target": "b0", "wave": 2024},
                                {"source": "b4", "target": "leaf", "wave": 2024}]})";
    Diagnostics d;
    return read_study_json(json, "s.json", d);
}

TEST(KeyActorsSection, ListsTheJoiningActorsWithWhomTheirDepartureCutsOff) {
    const Study s = cliques_and_leaf();
    const StudyAnalysis a = analyse_study(s);
    const std::string html = key_actors_section_html(s, a.waves, Language::english);
    EXPECT_TRUE(has(html, "<table class=\"key-actors\">")) << html;
    // a4 leaves: a0..a3 are cut off (the other side, 6 actors, is larger).
    EXPECT_TRUE(has(html, "<tr><th scope=\"row\">a4</th><td>government</td>")) << html;
    EXPECT_TRUE(has(html, "<td>yes</td><td>a0, a1, a2 and a3</td></tr>")) << html;
    // b0 leaves: two parts of 5; the one with the lowest actor (a0..a4) stays.
    EXPECT_TRUE(has(html, "<td>b1, b2, b3, b4 and &lt;Leaf &amp; co&gt;</td>")) << html;
    EXPECT_TRUE(has(html, "Cut points: a4, b0 and b4.")) << html;
    EXPECT_FALSE(has(html, "<Leaf")) << html;
    // a4 is listed before b4, whose departure separates one actor only.
    EXPECT_LT(html.find(">a4<"), html.find(">b4<"));
}

TEST(KeyActorsSection, SaysSoWhenNoDepartureSpreadsTheOthers) {
    Diagnostics d;
    const Study s = read_study_json(R"({"format": "helixnet/1", "waves": [{"year": 1}],
      "actors": [{"id": "a"}, {"id": "b"}, {"id": "c"}],
      "ties": [{"source": "a", "target": "b", "wave": 1}, {"source": "b", "target": "c", "wave": 1},
               {"source": "a", "target": "c", "wave": 1}]})",
                                    "t.json", d);
    const StudyAnalysis a = analyse_study(s);
    const std::string html = key_actors_section_html(s, a.waves, Language::dutch);
    EXPECT_TRUE(has(html, "Het vertrek van geen enkele actor")) << html;
    EXPECT_FALSE(has(html, "<table")) << html;
}

TEST(CommunitiesSection, SaysTheClustersFollowTheSectorsAndListsTheirMakeUp) {
    const Study s = cliques_and_leaf();
    const StudyAnalysis a = analyse_study(s);
    const std::string html = communities_section_html(s, a.waves, a.attributes, "<svg/>", Language::english);
    EXPECT_TRUE(has(html, "<table class=\"communities\">")) << html;
    EXPECT_TRUE(has(html, "<th class=\"num\">sector: ARI</th>")) << html;
    EXPECT_TRUE(has(html, "largely follow the lines of <b>sector</b> (ARI 1.00, NMI 1.00)")) << html;
    EXPECT_TRUE(has(html, "<li>Cluster 1 (6 actors): 6 industry</li>")) << html;
    EXPECT_TRUE(has(html, "<li>Cluster 2 (5 actors): 5 government</li>")) << html;
    EXPECT_TRUE(html.ends_with("</ul><svg/>")) << html;
}

TEST(CommunitiesSection, ColoursTheDrawingByTheLastWavesClusters) {
    const Study s = cliques_and_leaf();
    const StudyAnalysis a = analyse_study(s);
    const Study c = with_communities(s, a.waves.back());
    ASSERT_NE(c.attribute_info("community"), nullptr);
    EXPECT_EQ(c.attribute_info("community")->values.size(), 2u);
    EXPECT_EQ(*c.actors[*c.actor_index("leaf")].attribute("community"), "1");
    EXPECT_EQ(*c.actors[*c.actor_index("a0")].attribute("community"), "2");
    EXPECT_EQ(c.value_label("community", "2"), "Cluster 2");
}

}  // namespace
}  // namespace helixnet
