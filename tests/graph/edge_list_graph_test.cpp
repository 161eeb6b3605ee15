#include "helixnet/graph/edge_list_graph.hpp"

#include <gtest/gtest.h>

#include <random>
#include <set>
#include <string>
#include <vector>

#include "../support/temp_dir.hpp"
#include "helixnet/analysis/output.hpp"
#include "helixnet/analysis/study_analysis.hpp"
#include "helixnet/study/edge_list.hpp"

namespace helixnet {
namespace {

using helixnet::testing::TempDir;

// The graph and ids of loading `path` as a study, the way every command does.
EdgeListGraph through_the_study(const std::filesystem::path& path, Diagnostics& d) {
    const Study s = read_edge_list(path, {}, d);
    EdgeListGraph out;
    out.graph = build_wave_graph(s, 0);
    for (const Actor& a : s.actors) out.ids.push_back(a.id);
    return out;
}

void expect_same_graph(const EdgeListGraph& a, const EdgeListGraph& b) {
    ASSERT_EQ(a.ids, b.ids);
    ASSERT_EQ(a.graph.actors(), b.graph.actors());
    ASSERT_EQ(a.graph.ties(), b.graph.ties());
    for (Vertex v = 0; v < a.graph.actors(); ++v) {
        const auto na = a.graph.neighbours(v), nb = b.graph.neighbours(v);
        ASSERT_EQ(std::vector<Vertex>(na.begin(), na.end()), std::vector<Vertex>(nb.begin(), nb.end())) << v;
        for (std::size_t i = 0; i < na.size(); ++i)
            EXPECT_EQ(a.graph.tie_properties(v)[i].weight, b.graph.tie_properties(v)[i].weight);
    }
}

// The errors (with their places) of loading a file as a study.
std::vector<std::string> study_errors(const std::filesystem::path& path) {
    Diagnostics d;
    try {
        (void)read_edge_list(path, {}, d);
    } catch (const InvalidInput& e) {
        std::vector<std::string> out;
        for (const auto& x : e.diagnostics()) out.push_back(x.to_string());
        return out;
    }
    return {};
}

TEST(PlainEdgeList, ReadsTheCommonFileAsReadEdgeListNumbersIt) {
    TempDir dir;
    const auto p = dir.write("g.edges", "# header\nb a\nb c 2.5  # weighted\n\n\tc\td\r\nd a\n");
    const auto plain = read_plain_edge_list(p);
    ASSERT_TRUE(plain);
    EXPECT_EQ(plain->ids, (std::vector<std::string>{"b", "a", "c", "d"}));
    const std::vector<std::pair<std::uint32_t, std::uint32_t>> edges = {{0, 1}, {0, 2}, {2, 3}, {3, 1}};
    EXPECT_EQ(plain->edges, edges);
    EXPECT_EQ(plain->weights, (std::vector<double>{1.0, 2.5, 1.0, 1.0}));
    // Without any weight, no weights are kept.
    EXPECT_TRUE(read_plain_edge_list(dir.write("u.edges", "x y\ny z"))->weights.empty());
}

// An id is its text: "7", "07" and "+7" are three actors, whether an id is
// found by its numeric value (small plain numbers) or by its text (the rest).
TEST(PlainEdgeList, NumbersAsIdsAreTheirText) {
    TempDir dir;
    const auto p = dir.write("n.edges", "7 07\n07 +7\n0 00\n7 0\n100 12345678901\nx 100\n7 x\n");
    const std::vector<std::string> ids = {"7", "07", "+7", "0", "00", "100", "12345678901", "x"};
    const auto plain = read_plain_edge_list(p);
    ASSERT_TRUE(plain);
    EXPECT_EQ(plain->ids, ids);
    const std::vector<std::pair<std::uint32_t, std::uint32_t>> edges = {{0, 1}, {1, 2}, {3, 4}, {0, 3},
                                                                        {5, 6}, {7, 5}, {0, 7}};
    EXPECT_EQ(plain->edges, edges);
    Diagnostics d1, d2;
    const EdgeListGraph study = through_the_study(p, d1);
    EXPECT_EQ(study.ids, ids);
    expect_same_graph(read_edge_list_graph(p, d2), study);
}

// Everything read_edge_list would report sends the caller there.
TEST(PlainEdgeList, LeavesEveryUnusualFileToReadEdgeList) {
    TempDir dir;
    for (const std::string& bad :
         std::vector<std::string>{"a b\na b c d\n", "a\n", "a b x\n", "a b 0\n", "a b -1\n", "a b nan\n", "a a\n",
                                  "a b\n\xff\xfe c\n", std::string("a b\nc\0d e\n", 11)}) {
        const auto p = dir.write("bad.edges", bad);
        EXPECT_FALSE(read_plain_edge_list(p)) << bad;
        EXPECT_FALSE(study_errors(p).empty()) << bad;  // and read_edge_list does report it
    }
    EXPECT_FALSE(read_plain_edge_list(dir.path() / "missing.edges"));
}

// Lines cross the 1 MiB blocks the file is read in, and one line is longer
// than a block: the same network as through the study.
TEST(EdgeListGraph, MatchesTheStudyAcrossBlocksAndLongLines) {
    TempDir dir;
    std::mt19937 rng(3);
    std::string text = "# " + std::string(3u << 20, 'x') + "\n";
    std::set<std::pair<unsigned, unsigned>> seen;  // each pair once: a repeat would send it through the study
    for (int i = 0; i < 150000; ++i) {
        const unsigned u = rng() % 20000, v = u + 1 + rng() % 5000;
        if (!seen.insert({u, v}).second) continue;
        text += "actor-" + std::to_string(u) + " actor-" + std::to_string(v);
        text += i % 7 == 0 ? " " + std::to_string(1 + i % 3) + ".5\n" : "\n";
    }
    const auto p = dir.write("big.edges", text);
    ASSERT_TRUE(read_plain_edge_list(p));
    Diagnostics study_diagnostics, graph_diagnostics;
    const EdgeListGraph expected = through_the_study(p, study_diagnostics);
    const EdgeListGraph got = read_edge_list_graph(p, graph_diagnostics);
    expect_same_graph(got, expected);
    EXPECT_EQ(graph_diagnostics.items().size(), study_diagnostics.items().size());
}

TEST(EdgeListGraph, ReadsTheCommonFileWithoutTheStudy) {
    TempDir dir;
    const auto p = dir.write("g.edges", "1 2\n2 3 4\n3 1\n");
    Diagnostics d;
    const EdgeListGraph g = read_edge_list_graph(p, d);
    EXPECT_TRUE(d.items().empty());
    EXPECT_EQ(g.ids, (std::vector<std::string>{"1", "2", "3"}));
    EXPECT_EQ(g.graph.ties(), 3u);
    EXPECT_DOUBLE_EQ(g.graph.tie_properties(1)[1].weight, 4.0);  // 2 - 3
    Diagnostics d2;
    expect_same_graph(g, through_the_study(p, d2));
}

// A pair listed twice: merged with the study's warning, file and line.
TEST(EdgeListGraph, RepeatedPairsAreMergedWithTheStudysWarning) {
    TempDir dir;
    const auto p = dir.write("g.edges", "1 2\n2 3\n2 1 3\n");
    Diagnostics d;
    const EdgeListGraph g = read_edge_list_graph(p, d);
    EXPECT_EQ(g.graph.ties(), 2u);
    EXPECT_DOUBLE_EQ(g.graph.tie_properties(0)[0].weight, 4.0);
    ASSERT_EQ(d.warnings().size(), 1u);
    EXPECT_EQ(d.warnings()[0].line, 3u);
    EXPECT_NE(d.warnings()[0].message.find("listed twice"), std::string::npos);
}

// Errors are the study's, word for word, with file, line and value.
TEST(EdgeListGraph, ErrorsAreThoseOfTheStudy) {
    TempDir dir;
    const auto p = dir.write("bad.edges", "1 2\n1 2 3 4\n5 5\n6 7 -2\n");
    std::vector<std::string> got;
    try {
        Diagnostics d;
        (void)read_edge_list_graph(p, d);
    } catch (const InvalidInput& e) {
        for (const auto& x : e.diagnostics()) got.push_back(x.to_string());
    }
    EXPECT_EQ(got.size(), 3u);
    EXPECT_EQ(got, study_errors(p));
}

// Only the common file: anything the study reader would report or change
// (here a pair listed twice) is left to it.
TEST(EdgeListGraph, ThePlainReaderTakesTheCommonFileAlone) {
    TempDir dir;
    EXPECT_TRUE(read_plain_edge_list_graph(dir.write("g.edges", "1 2\n2 3\n")));
    EXPECT_FALSE(read_plain_edge_list_graph(dir.write("twice.edges", "1 2\n2 1\n")));
    EXPECT_FALSE(read_plain_edge_list_graph(dir.path() / "missing.edges"));
}

// The analysis of an edge list read as its network alone (actors from
// edge_list_actors, the graph given) is the analysis of the file loaded as a
// study, output for output: text ids, numbers as ids, weights, a comment.
TEST(EdgeListGraph, AnalysedAsANetworkItIsAnalysedAsTheStudy) {
    TempDir dir;
    const auto p = dir.write("net.edges", "# ties\nalpha beta 2\nbeta gamma\n7 alpha 0.5\ngamma 7\ndelta epsilon\n");
    auto plain = read_plain_edge_list_graph(p);
    ASSERT_TRUE(plain);
    const Study actors = edge_list_actors(*plain, "net");
    EXPECT_TRUE(plain->ids.empty());  // moved into the study
    Diagnostics d;
    const Study study = read_edge_list(p, {}, d);
    ASSERT_EQ(actors.actors.size(), study.actors.size());
    for (std::size_t v = 0; v < actors.actors.size(); ++v) {
        EXPECT_EQ(actors.actors[v].id, study.actors[v].id);
        EXPECT_EQ(actors.actors[v].name, study.actors[v].name);
    }
    EXPECT_EQ(actors.waves.size(), 1u);
    EXPECT_EQ(actors.waves[0].label, study.waves[0].label);
    EXPECT_EQ(actors.actor_index("gamma"), study.actor_index("gamma"));
    AnalysisOptions o;
    o.permutation.permutations = 99;
    const StudyAnalysis network = analyse_network(actors, std::move(plain->graph), o);
    const StudyAnalysis whole = analyse_study(study, o);
    EXPECT_EQ(metrics_json_text("net", network), metrics_json_text("net", whole));
    EXPECT_EQ(metrics_csv(network), metrics_csv(whole));
    EXPECT_EQ(metrics_table("net", network, 0, Language::english), metrics_table("net", whole, 0, Language::english));
    // A wave filter as analyse_study takes it.
    o.waves = {0};
    EXPECT_EQ(analyse_network(actors, read_plain_edge_list_graph(p)->graph, o).waves.size(), 1u);
    o.waves = {1999};
    EXPECT_THROW((void)analyse_network(actors, read_plain_edge_list_graph(p)->graph, o), Failure);
}

}  // namespace
}  // namespace helixnet
