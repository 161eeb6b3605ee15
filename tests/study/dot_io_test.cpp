#include "helixnet/study/dot_io.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "../support/rejection.hpp"
#include "graph_forms.hpp"
#include "helixnet/study/bundled.hpp"
#include "helixnet/study/load.hpp"
#include "helixnet/util/graphviz.hpp"

namespace helixnet {
namespace {

using ::testing::HasSubstr;

Study read(std::string_view text, Diagnostics& d) { return read_study_dot(text, "s.dot", d); }

Study read(std::string_view text) {
    Diagnostics d;
    return read(text, d);
}

std::vector<std::string> errors_of(std::string_view text) {
    std::vector<std::string> out;
    for (const auto& d : testing::rejection_errors([&] { return read(text); }, std::string(text)))
        out.push_back(d.to_string());
    return out;
}

// cgraph writes each node just before its first tie, so DOT keeps what a
// study holds but not the order of its actors and ties.
TEST(DotIo, RoundTripsTheBundledStudyWithoutLoss) {
    const Study s = load_study(bundled_study_path());
    const Study back = read(write_study_dot(s));
    EXPECT_EQ(test::canonical(back), test::canonical(s));
    EXPECT_EQ(back.actors.size(), s.actors.size());
    EXPECT_EQ(back.ties.size(), s.ties.size());
}

TEST(DotIo, RoundTripsHostileTextsWithoutLoss) {
    Diagnostics d;
    const Study s = read_study_json(test::hostile_study_json, "hostile.json", d);
    const std::string dot = write_study_dot(s);
    EXPECT_EQ(test::canonical(read(dot)), test::canonical(s));
    // The text is DOT that Graphviz itself reads: every actor a node, every tie an edge.
    const graphviz::DotGraph g = graphviz::read_dot(dot);
    EXPECT_EQ(g.nodes.size(), s.actors.size());
    EXPECT_EQ(g.edges.size(), s.ties.size());
    // A value with a backslash is an HTML-like string; an id with one, a node "actor N".
    const graphviz::DotNode* back = g.find_node("actor 3");
    ASSERT_NE(back, nullptr);
    EXPECT_TRUE(back->attributes.find("id")->html);
    EXPECT_EQ(back->attributes.get("id"), "back\\id");
}

TEST(DotIo, ReadsAPlainDotGraphWithoutItsDrawingAttributes) {
    const Study s = read(R"(graph "Small net" {
  node [shape=box, style=filled]
  a [label="Alpha\nBeta", color=red, sector=gov]
  b [name="Bee", label="ignored", pos="1,2"]
  a -- b [weight=2.5, color=blue, penwidth=3]
  b -- c [kind=project]
})");
    EXPECT_EQ(s.name, "Small net");
    ASSERT_EQ(s.waves.size(), 1u);
    EXPECT_EQ(s.waves[0].year, 0);
    ASSERT_EQ(s.actors.size(), 3u);
    EXPECT_EQ(s.actors[0].name, "Alpha\nBeta");
    EXPECT_EQ(s.actors[1].name, "Bee");
    EXPECT_EQ(s.actors[2].name, "c");
    EXPECT_EQ(s.attribute_names, std::vector<std::string>{"sector"});
    EXPECT_EQ(*s.actors[0].attribute("sector"), "gov");
    ASSERT_EQ(s.ties.size(), 2u);
    EXPECT_DOUBLE_EQ(s.ties[0].weight, 2.5);
    EXPECT_EQ(s.ties[1].kind, "project");
}

TEST(DotIo, TakesTheWavesOfItsEdgesOrOfTheGraph) {
    const Study two = read("graph { a -- b [wave=2019]; a -- b [wave=2024, weight=3]; b -- c [wave=2024] }");
    ASSERT_EQ(two.waves.size(), 2u);
    EXPECT_EQ(two.waves[1].year, 2024);
    EXPECT_EQ(two.ties.size(), 3u);  // parallel edges: one tie per wave
    const Study one = read("graph { wave=2022; a -- b }");
    ASSERT_EQ(one.waves.size(), 1u);
    EXPECT_EQ(one.waves[0].year, 2022);
}

TEST(DotIo, ReadsDigraphsAsUndirectedWithAWarning) {
    Diagnostics d;
    const Study s = read("digraph { a -> b; b -> a }", d);
    ASSERT_EQ(s.ties.size(), 1u);
    EXPECT_DOUBLE_EQ(s.ties[0].weight, 2.0);
    ASSERT_FALSE(d.warnings().empty());
    EXPECT_THAT(d.warnings()[0].message, HasSubstr("directed"));
}

TEST(DotIo, NamesTheFileEdgeAndValueOfEveryError) {
    EXPECT_THAT(errors_of("graph {\n a -- b [weight=heavy, wave=2019]\n a -- a [wave=2019]\n b -- c\n c -- d "
                          "[wave=soon]\n}\n"),
                ::testing::ElementsAre("s.dot: edge[0] \"a\" -- \"b\": error: tie weight is not a number: 'heavy'",
                                       "s.dot: edge[1] \"a\" -- \"a\": error: self-loop: a tie from an actor to "
                                       "itself: 'a'",
                                       "s.dot: edge[2] \"b\" -- \"c\": error: tie without a wave",
                                       "s.dot: edge[3] \"c\" -- \"d\": error: tie wave is not an integer year: "
                                       "'soon'"));
    EXPECT_THAT(errors_of("graph {\n a -- b\n c -- \n}\n"),
                ::testing::ElementsAre(HasSubstr("s.dot:4: error: the DOT text does not parse")));
    EXPECT_THAT(errors_of(""), ::testing::ElementsAre(HasSubstr("empty file")));
    EXPECT_THAT(errors_of("graph { a [name=\"\xC3\x28\"] }"),
                ::testing::ElementsAre(HasSubstr("s.dot:1:18: error: invalid UTF-8")));
    EXPECT_THAT(errors_of("graph { wave=later; a -- b }"),
                ::testing::ElementsAre("s.dot: graph: error: graph attribute 'wave' is not an integer year: 'later'"));
}

TEST(DotIo, LoadStudyReadsDotFiles) {
    EXPECT_EQ(form_of("x.dot"), StudyForm::dot);
    EXPECT_EQ(form_of("x.gv"), StudyForm::dot);
}

}  // namespace
}  // namespace helixnet
