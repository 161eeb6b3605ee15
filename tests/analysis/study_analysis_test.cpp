#include "helixnet/analysis/study_analysis.hpp"

#include <gtest/gtest.h>

#include "helixnet/analysis/output.hpp"
#include "helixnet/error.hpp"

namespace helixnet {
namespace {

// Three waves: a path of 3, 4 and 5 actors.
Study growing_path() {
    Study s;
    s.waves = {{2019, ""}, {2022, ""}, {2024, ""}};
    for (int i = 0; i < 5; ++i) {
        Actor a;
        a.id = "a" + std::to_string(i);
        a.attributes["sector"] = i % 2 ? "industry" : "government";
        a.waves = i < 3 ? std::vector<int>{} : i == 3 ? std::vector<int>{2022, 2024} : std::vector<int>{2024};
        s.actors.push_back(a);
    }
    s.attribute_names = {"sector"};
    s.reindex();
    for (const int wave : {2019, 2022, 2024})
        for (std::uint32_t i = 0; i + 1 < s.actors_in_wave(wave); ++i) {
            Tie t;
            t.source = i;
            t.target = i + 1;
            t.wave = wave;
            s.ties.push_back(t);
        }
    return s;
}

// Two 5-cliques {c0..c4} and {c5..c9} joined by the tie c4-c5, one clique per
// sector (fragility_fixtures.hpp draws the same graph without a study).
Study two_cliques_study() {
    Study s;
    s.waves = {{2024, ""}};
    for (int i = 0; i < 10; ++i) {
        Actor a;
        a.id = "c" + std::to_string(i);
        a.attributes["sector"] = i < 5 ? "government" : "industry";
        s.actors.push_back(a);
    }
    s.attribute_names = {"sector"};
    s.reindex();
    const auto tie = [&](std::uint32_t u, std::uint32_t v) {
        Tie t;
        t.source = u;
        t.target = v;
        t.wave = 2024;
        s.ties.push_back(t);
    };
    for (std::uint32_t a = 0; a < 5; ++a)
        for (std::uint32_t b = a + 1; b < 5; ++b) {
            tie(a, b);
            tie(a + 5, b + 5);
        }
    tie(4, 5);
    return s;
}

// The figures of the fragility fixtures (NetworkX, tools/make_fragility_fixtures.py)
// reach the pipeline's typed results.
TEST(StudyAnalysis, MeasuresCutPointsFragmentationAndCommunities) {
    const WaveAnalysis w = analyse_wave(two_cliques_study(), 2024);
    EXPECT_EQ(w.cut_points.articulation_points, 2u);
    EXPECT_TRUE(w.cut_points.articulation_point[4]);
    EXPECT_TRUE(w.cut_points.articulation_point[5]);
    ASSERT_EQ(w.cut_points.bridges.size(), 1u);
    EXPECT_EQ(w.cut_points.bridges[0], (std::pair<Vertex, Vertex>{4, 5}));
    EXPECT_DOUBLE_EQ(*w.fragmentation, 0.0);
    EXPECT_NEAR(*w.distance_fragmentation, 0.325926, 1e-6);
    EXPECT_NEAR(*w.fragmentation_if_removed.value[4], 0.555556, 1e-6);
    EXPECT_TRUE(w.fragmentation_if_removed.exact);
    ASSERT_EQ(w.communities.count(), 2u);
    EXPECT_NEAR(*w.communities.modularity, 19.0 / 42.0, 1e-12);
    const AttributeGroups* sector = w.groups.find("sector");
    ASSERT_NE(sector, nullptr);
    EXPECT_DOUBLE_EQ(*sector->communities.nmi, 1.0);
    EXPECT_DOUBLE_EQ(*sector->communities.ari, 1.0);
    EXPECT_NEAR(*sector->communities.vi, 0.0, 1e-12);
}

// Communities, cut points and the one-thread measures found on threads of
// their own (as in waves above metrics.aside_above ties) are those found in
// line: the whole output is the same.
TEST(StudyAnalysis, MeasuresFoundAsideAreThoseFoundInLine) {
    AnalysisOptions in_line, aside;
    in_line.metrics.execution.threads = 1;
    aside.metrics.execution.threads = 2;
    aside.metrics.aside_above = 0;
    for (const Study& s : {two_cliques_study(), growing_path()}) {
        const StudyAnalysis a = analyse_study(s, in_line), b = analyse_study(s, aside);
        EXPECT_EQ(metrics_json_text("s", a), metrics_json_text("s", b));
        ASSERT_EQ(a.waves.size(), b.waves.size());
        for (std::size_t i = 0; i < a.waves.size(); ++i) {
            EXPECT_EQ(a.waves[i].cut_points.articulation_point, b.waves[i].cut_points.articulation_point);
            EXPECT_EQ(a.waves[i].cut_points.bridges, b.waves[i].cut_points.bridges);
            EXPECT_EQ(a.waves[i].communities.of, b.waves[i].communities.of);
            EXPECT_EQ(a.waves[i].communities.modularity, b.waves[i].communities.modularity);
            EXPECT_EQ(a.waves[i].groups.find("sector")->communities.ari,
                      b.waves[i].groups.find("sector")->communities.ari);
        }
    }
    EXPECT_EQ(analyse_wave(two_cliques_study(), 2024, aside).communities.count(), 2u);
}

TEST(StudyAnalysis, MeasuresEveryWaveOnceInTheStudysOrder) {
    const Study s = growing_path();
    const StudyAnalysis a = analyse_study(s);
    ASSERT_EQ(a.waves.size(), 3u);
    EXPECT_EQ(a.attributes, std::vector<std::string>{"sector"});
    for (std::size_t i = 0; i < 3; ++i) {
        const WaveAnalysis& w = a.waves[i];
        EXPECT_EQ(w.year(), s.waves[i].year);
        EXPECT_EQ(w.graph.actors(), 3 + i);
        EXPECT_EQ(w.metrics.network.ties, 2 + i);
        ASSERT_NE(w.groups.find("sector"), nullptr);
        EXPECT_EQ(w.groups.find("sector")->metrics.external_ties, 2 + i);
        EXPECT_EQ(w.metrics.actors[0].id, "a0");
        EXPECT_FALSE(w.metrics.approximation.has_value());
    }
    EXPECT_EQ(a.find(2022), &a.waves[1]);
    EXPECT_EQ(a.find(2000), nullptr);
}

TEST(StudyAnalysis, AnalysesTheWavesAskedForInTheStudysOrder) {
    AnalysisOptions o;
    o.waves = {2024, 2019};
    const StudyAnalysis a = analyse_study(growing_path(), o);
    ASSERT_EQ(a.waves.size(), 2u);
    EXPECT_EQ(a.waves[0].year(), 2019);
    EXPECT_EQ(a.waves[1].year(), 2024);
}

TEST(StudyAnalysis, AnUnknownWaveNamesTheWavesThereAre) {
    AnalysisOptions o;
    o.waves = {1999};
    try {
        (void)analyse_study(growing_path(), o);
        FAIL() << "no error";
    } catch (const Failure& e) {
        EXPECT_STREQ(e.what(), "the study has no wave 1999 (its waves: 2019, 2022, 2024)");
    }
    EXPECT_THROW((void)analyse_wave(growing_path(), 2000), Failure);
}

TEST(StudyAnalysis, EstimatesBetweennessAboveTheSizeLimitOnly) {
    AnalysisOptions o;
    o.estimate_betweenness_above = 4;
    const StudyAnalysis a = analyse_study(growing_path(), o);
    EXPECT_FALSE(a.waves[0].estimated_for_size);
    EXPECT_FALSE(a.waves[1].estimated_for_size);
    EXPECT_TRUE(a.waves[2].estimated_for_size);
    ASSERT_TRUE(a.waves[2].metrics.approximation.has_value());
    EXPECT_EQ(a.waves[2].metrics.approximation->epsilon, o.estimated_betweenness_epsilon);
    // --approx asks for estimates everywhere; that is not the size rule.
    o.metrics.approx_epsilon = 0.1;
    const StudyAnalysis b = analyse_study(growing_path(), o);
    EXPECT_FALSE(b.waves[2].estimated_for_size);
    EXPECT_TRUE(b.waves[0].metrics.approximation.has_value());
    o = {};
    o.estimate_betweenness_above = std::nullopt;
    EXPECT_FALSE(analyse_study(growing_path(), o).waves[2].metrics.approximation.has_value());
}

TEST(StudyAnalysis, UnknownAttributeFails) {
    AnalysisOptions o;
    o.attributes = {"colour"};
    EXPECT_THROW((void)analyse_study(growing_path(), o), Failure);
}

}  // namespace
}  // namespace helixnet
