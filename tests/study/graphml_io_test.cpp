#include "helixnet/study/graphml_io.hpp"

#include <cstdlib>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "../support/rejection.hpp"
#include "../support/temp_dir.hpp"
#include "graph_forms.hpp"
#include "helixnet/study/bundled.hpp"
#include "helixnet/study/load.hpp"
#include "helixnet/util/text.hpp"

namespace helixnet {
namespace {

using ::testing::HasSubstr;

Study read(std::string_view text, Diagnostics& d) { return read_study_graphml(text, "s.graphml", d); }

Study read(std::string_view text) {
    Diagnostics d;
    return read(text, d);
}

// The errors of a GraphML text that must be rejected.
std::vector<Diagnostic> errors_of(std::string_view text) {
    return testing::rejection_errors([&] { return read(text); }, std::string(text));
}

TEST(GraphmlIo, RoundTripsTheBundledStudyWithoutLoss) {
    const Study s = load_study(bundled_study_path());
    const std::string graphml = write_study_graphml(s);
    EXPECT_EQ(write_study_json(read(graphml)), write_study_json(s));
}

TEST(GraphmlIo, RoundTripsHostileTextsWithoutLossButForbiddenControlCharacters) {
    Diagnostics d;
    const Study s = read_study_json(test::hostile_study_json, "hostile.json", d);
    std::size_t replaced = 0;
    const Study back = read(write_study_graphml(s, &replaced));
    // XML 1.0 cannot hold U+0001, not even as a reference: it becomes U+FFFD.
    EXPECT_EQ(replaced, 1u);
    Study expected = s;
    for (Actor& a : expected.actors)
        if (a.name ==
            "ctrl\x01"
            "char")
            a.name =
                "ctrl\xEF\xBF\xBD"
                "char";
    EXPECT_EQ(write_study_json(back), write_study_json(expected));
}

// Strict XML 1.0 (expat, through Python's xml.etree) and NetworkX's
// read_graphml accept every file helixnet writes, the hostile one included.
TEST(GraphmlIo, StrictParsersAndNetworkxReadWhatItWrites) {
    if (std::system("/usr/bin/python3 -c 'import networkx' >/dev/null 2>&1") != 0)
        GTEST_SKIP() << "/usr/bin/python3 with networkx is not installed (tools/install-deps.sh installs it)";
    Diagnostics d;
    const std::vector<std::pair<std::string, Study>> studies = {
        {"bundled", load_study(bundled_study_path())},
        {"hostile", read_study_json(test::hostile_study_json, "hostile.json", d)}};
    testing::TempDir dir;
    for (const auto& [name, study] : studies) {
        const auto path = dir.write(name + ".graphml", write_study_graphml(study));
        const std::string command =
            "/usr/bin/python3 -c 'import sys, xml.etree.ElementTree as E, networkx as nx; "
            "E.parse(sys.argv[1]); g = nx.read_graphml(sys.argv[1]); "
            "print(g.number_of_nodes())' " +
            path.string() + " > " + (dir.path() / "out").string() + " 2>&1";
        EXPECT_EQ(std::system(command.c_str()), 0) << name << ": " << read_text_file((dir.path() / "out").string());
        EXPECT_EQ(std::stoul(read_text_file((dir.path() / "out").string())), study.actors.size()) << name;
    }
}

TEST(GraphmlIo, WritesEveryActorAsANodeAndEveryTieAsAnEdgeWithItsWave) {
    Diagnostics d;
    const std::string graphml = write_study_graphml(read_study_json(test::hostile_study_json, "h.json", d));
    EXPECT_THAT(graphml, HasSubstr(R"(<key id="n1" for="node" attr.name="odd &quot;attr&quot; &lt;x&gt;")"));
    EXPECT_THAT(graphml, HasSubstr(R"(<node id="id &quot;0&quot; {x}">)"));
    EXPECT_THAT(graphml, HasSubstr(R"(<node id="two&#10;line id">)"));
    // An actor of every wave lists them all (for filtering in Gephi).
    EXPECT_THAT(graphml, HasSubstr("<data key=\"n3\">2019;2024</data>"));
    EXPECT_THAT(graphml, HasSubstr("<data key=\"e0\">2024</data><data key=\"e1\">2</data>"));
}

// As NetworkX's write_graphml writes one wave (nx.Graph with a name).
constexpr const char* networkx = R"(<?xml version='1.0' encoding='utf-8'?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="d4" for="edge" attr.name="kind" attr.type="string" />
  <key id="d3" for="edge" attr.name="weight" attr.type="double" />
  <key id="d2" for="node" attr.name="name" attr.type="string" />
  <key id="d1" for="node" attr.name="sector" attr.type="string" />
  <key id="d0" for="graph" attr.name="name" attr.type="string" />
  <graph edgedefault="undirected">
    <node id="a" />
    <node id="b" />
    <node id="c">
      <data key="d1">gov</data>
      <data key="d2">Cee</data>
    </node>
    <edge source="a" target="b">
      <data key="d3">2.5</data>
      <data key="d4">x</data>
    </edge>
    <edge source="b" target="c" />
    <data key="d0">tiny</data>
  </graph>
</graphml>
)";

TEST(GraphmlIo, ReadsAOneWaveNetworkxFile) {
    const Study s = read(networkx);
    EXPECT_EQ(s.name, "tiny");
    ASSERT_EQ(s.waves.size(), 1u);
    EXPECT_EQ(s.waves[0].year, 0);
    ASSERT_EQ(s.actors.size(), 3u);
    EXPECT_EQ(s.actors[0].name, "a");
    EXPECT_EQ(s.actors[2].name, "Cee");
    EXPECT_EQ(*s.actors[2].attribute("sector"), "gov");
    EXPECT_EQ(s.actors[0].attribute("sector"), nullptr);  // unknown
    EXPECT_EQ(s.attribute_names, std::vector<std::string>{"sector"});
    ASSERT_EQ(s.ties.size(), 2u);
    EXPECT_DOUBLE_EQ(s.ties[0].weight, 2.5);
    EXPECT_EQ(s.ties[0].kind, "x");
    EXPECT_DOUBLE_EQ(s.ties[1].weight, 1.0);
    EXPECT_EQ(s.ties[1].wave, 0);
}

TEST(GraphmlIo, TakesKeyDefaultsTheGraphsWaveAndALabelAsName) {
    const Study s = read(R"(<graphml>
  <key id="w" for="graph" attr.name="wave"/>
  <key id="s" for="node" attr.name="sector"><default>industry</default></key>
  <key id="l" for="node" attr.name="label"/>
  <key id="g" for="node" yfiles.type="nodegraphics"/>
  <graph edgedefault="undirected"><data key="w">2024</data>
    <node id="x"><data key="l">Ex &amp; Co</data><data key="g"><shape/></data></node>
    <node id="y"><data key="s">government</data></node>
    <edge source="x" target="y"/>
  </graph></graphml>)");
    ASSERT_EQ(s.waves.size(), 1u);
    EXPECT_EQ(s.waves[0].year, 2024);
    EXPECT_EQ(s.actors[0].name, "Ex & Co");
    EXPECT_EQ(*s.actors[0].attribute("sector"), "industry");
    EXPECT_EQ(*s.actors[1].attribute("sector"), "government");
    EXPECT_EQ(s.ties[0].wave, 2024);
}

TEST(GraphmlIo, ReadsDirectedGraphsAsUndirectedWithAWarning) {
    Diagnostics d;
    const Study s = read(R"(<graphml><graph edgedefault="directed">
  <node id="a"/><node id="b"/><edge source="a" target="b"/><edge source="b" target="a"/></graph></graphml>)",
                         d);
    ASSERT_EQ(s.ties.size(), 1u);
    EXPECT_DOUBLE_EQ(s.ties[0].weight, 2.0);
    const auto warnings = d.warnings();
    ASSERT_EQ(warnings.size(), 2u);
    EXPECT_THAT(warnings[0].message, HasSubstr("directed"));
    EXPECT_EQ(warnings[1].record, "edge[1]");
    EXPECT_THAT(warnings[1].message, HasSubstr("listed twice"));
}

TEST(GraphmlIo, NamesTheFileElementAndValueOfEveryError) {
    const auto errors = errors_of(R"(<graphml>
  <key id="k" for="edge" attr.name="weight"/><key id="w" for="edge" attr.name="wave"/>
  <graph><node id="a"/><node id="b"/><node/>
    <edge source="a" target="b"><data key="k">heavy</data><data key="w">2019</data></edge>
    <edge source="a" target="ghost"><data key="w">2019</data></edge>
    <edge source="a" target="b"><data key="zz">1</data><data key="w">2019</data></edge>
    <edge source="b" target="a"><data key="w">late</data></edge>
    <edge source="a" target="b"/>
  </graph></graphml>)");
    std::vector<std::string> shown;
    for (const auto& e : errors) shown.push_back(e.to_string());
    EXPECT_THAT(shown,
                ::testing::ElementsAre("s.graphml: node[2]: error: node without an id",
                                       "s.graphml: edge[2]: error: <data> names a key that is not declared: 'zz'",
                                       "s.graphml: edge[0]: error: tie weight is not a number: 'heavy'",
                                       "s.graphml: edge[1]: error: tie target is not a known actor: 'ghost'",
                                       "s.graphml: edge[3]: error: tie wave is not an integer year: 'late'",
                                       "s.graphml: edge[4]: error: tie without a wave"));
}

TEST(GraphmlIo, RejectsMalformedDeepEmptyAndForeignFiles) {
    auto one = [](std::string_view text) {
        const auto errors = errors_of(text);
        EXPECT_EQ(errors.size(), 1u) << text;
        return errors.empty() ? Diagnostic{} : errors[0];
    };
    Diagnostic d = one("<graphml>\n<graph>\n<node id=\"a\">\n</graphml");
    EXPECT_THAT(d.message, HasSubstr("malformed XML"));
    EXPECT_GT(d.line, 0u);
    d = one("<graphml>" + std::string(100'000, '<') + "</graphml>");
    EXPECT_THAT(d.message, HasSubstr("malformed XML"));
    std::string deep = "<graphml>";
    for (int i = 0; i < 100'000; ++i) deep += "<a>";
    d = one(deep);
    EXPECT_THAT(d.message, HasSubstr("nested deeper than 64"));
    EXPECT_EQ(d.line, 1u);
    EXPECT_THAT(one("").message, HasSubstr("empty file"));
    EXPECT_THAT(one("<graphml>\xFF</graphml>").message, HasSubstr("invalid UTF-8"));
    EXPECT_THAT(one("<html><body/></html>").message, HasSubstr("not GraphML"));
    EXPECT_THAT(one("<graphml/>").message, HasSubstr("no <graph>"));
    EXPECT_THAT(one(R"(<graphml><key id="k" for="node" attr.name="x"/><graph><node id="a"/><node id="b"/>
      <edge source="a" target="b"><data key="k">1</data></edge></graph></graphml>)")
                    .message,
                HasSubstr("declared for node, not edge"));
}

TEST(GraphmlIo, LoadStudyReadsGraphmlFiles) {
    testing::TempDir dir;
    const Study s = load_study(dir.write("tiny.graphml", networkx));
    EXPECT_EQ(s.actors.size(), 3u);
    EXPECT_EQ(form_of("x.graphml"), StudyForm::graphml);
}

}  // namespace
}  // namespace helixnet
