#include "helixnet/util/graphviz.hpp"

#include <gtest/gtest.h>

#include "../export/sample_study.hpp"
#include "helixnet/error.hpp"

namespace helixnet::graphviz {
namespace {

TEST(EscapeLabel, RoundTripsHostileText) {
    for (const std::string& name : test::hostile_names()) EXPECT_EQ(unescape_label(escape_label(name)), name) << name;
    EXPECT_EQ(escape_label("a\\b"), "a\\\\b");
    EXPECT_EQ(escape_label("R&D"), "R&amp;D");
    EXPECT_EQ(escape_label("two\r\nlines"), "two\\nlines");
}

TEST(EscapeHtml, EscapesMarkup) {
    EXPECT_EQ(escape_html("<b>&\"'"), "&lt;b&gt;&amp;&quot;&#39;");
    EXPECT_EQ(escape_html("a\nb"), "a<BR/>b");
}

TEST(WriteDot, ReadsBackThroughCgraph) {
    DotGraph g;
    g.name = "g";
    g.graph.set("label", "Title");
    g.node_defaults.set("shape", "box");
    const auto names = test::hostile_names();
    for (std::size_t i = 0; i < names.size(); ++i) {
        DotNode n;
        n.name = "n" + std::to_string(i);
        n.attributes.set("label", escape_label(names[i]));
        g.nodes.push_back(n);
    }
    DotEdge e;
    e.tail = "n0";
    e.head = "n4";
    e.attributes.set("penwidth", "2.5");
    g.edges.push_back(e);
    DotSubgraph s;
    s.name = "cluster_{x}";
    s.attributes.set("label", "Side \"X\"");
    s.nodes = {"n1", "n2"};
    g.subgraphs.push_back(s);
    DotNode legend;
    legend.name = "legend";
    legend.attributes.set("label", "<TABLE><TR><TD>" + escape_html("<&>") + "</TD></TR></TABLE>", true);
    g.nodes.push_back(legend);

    const DotGraph r = read_dot(write_dot(g));
    ASSERT_EQ(r.nodes.size(), names.size() + 1);
    for (std::size_t i = 0; i < names.size(); ++i) {
        const DotNode* n = r.find_node("n" + std::to_string(i));
        ASSERT_NE(n, nullptr) << names[i];
        EXPECT_EQ(unescape_label(n->attributes.get("label")), names[i]);
        EXPECT_EQ(n->attributes.get("shape"), "box");
    }
    EXPECT_EQ(r.graph.get("label"), "Title");
    ASSERT_EQ(r.edges.size(), 1u);
    EXPECT_EQ(r.find_edges("n4", "n0").size(), 1u);
    EXPECT_EQ(r.edges[0].attributes.get("penwidth"), "2.5");
    const DotSubgraph* c = r.find_subgraph("cluster_{x}");
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->attributes.get("label"), "Side \"X\"");
    EXPECT_EQ(c->nodes, (std::vector<std::string>{"n1", "n2"}));
    const Attribute* html = r.find_node("legend")->attributes.find("label");
    ASSERT_NE(html, nullptr);
    EXPECT_TRUE(html->html);
    EXPECT_EQ(html->value, "<TABLE><TR><TD>&lt;&amp;&gt;</TD></TR></TABLE>");
}

TEST(ReadDot, RejectsSyntaxErrorsAndRecovers) {
    EXPECT_THROW((void)read_dot("graph { a -- }"), InvalidInput);
    EXPECT_THROW((void)read_dot(""), InvalidInput);
    const DotGraph g = read_dot("graph x { b -- c }");
    EXPECT_EQ(g.nodes.size(), 2u);
    EXPECT_EQ(g.edges.size(), 1u);
}

TEST(ReadDot, NamesTheFileAndLineOfASyntaxError) {
    (void)read_dot("graph {\n a\n b\n}\n");  // cgraph's line count must not carry over
    try {
        (void)read_dot("graph {\n  a -- b\n  c -- \n}\n", "study.dot");
        ADD_FAILURE() << "expected a syntax error";
    } catch (const InvalidInput& e) {
        ASSERT_EQ(e.diagnostics().size(), 1u);
        const Diagnostic& d = e.diagnostics()[0];
        EXPECT_EQ(d.file, "study.dot");
        EXPECT_EQ(d.line, 4u);
        EXPECT_NE(d.value.find("syntax error"), std::string::npos);
    }
}

TEST(ReadDot, KeepsTheTextsEdgeOrderAndSaysWhetherDirected) {
    const DotGraph g = read_dot("graph { c -- d; a -- b [w=1]; c -- a; a -- b [w=2]; d -- b }");
    EXPECT_FALSE(g.directed);
    std::vector<std::string> order;
    for (const auto& e : g.edges) order.push_back(e.tail + e.head + e.attributes.get("w"));
    EXPECT_EQ(order, (std::vector<std::string>{"cd", "ab1", "ca", "ab2", "db"}));
    const DotGraph d = read_dot("digraph { a -> b }");
    EXPECT_TRUE(d.directed);
    EXPECT_NE(write_dot(d).find("digraph"), std::string::npos);
}

TEST(WriteDot, QuotesNamesAndRefusesBackslashes) {
    DotGraph g;
    for (const std::string name : {"Wärtsilä", "\"quoted\"", "{brace} <x> & y", "two\nlines"})
        g.nodes.push_back({name, {}});
    const DotGraph r = read_dot(write_dot(g));
    ASSERT_EQ(r.nodes.size(), g.nodes.size());
    for (std::size_t i = 0; i < g.nodes.size(); ++i) EXPECT_EQ(r.nodes[i].name, g.nodes[i].name);
    g.nodes.push_back({"ends with \\", {}});
    EXPECT_THROW((void)write_dot(g), Failure);
    DotGraph attribute;
    attribute.nodes.push_back({"a", {}});
    attribute.nodes[0].attributes.set("key\\", "value");
    EXPECT_THROW((void)write_dot(attribute), Failure);
}

TEST(WriteDot, RejectsEdgesToUndeclaredNodes) {
    DotGraph g;
    g.edges.push_back({"a", "b", {}});
    EXPECT_THROW((void)write_dot(g), Failure);
}

TEST(Layout, PinnedPositionsAreKept) {
    DotGraph g;
    for (int i = 0; i < 3; ++i) {
        DotNode n;
        n.name = "n" + std::to_string(i);
        n.attributes.set("pos", std::to_string(100 * i) + "," + std::to_string(50 * i) + "!");
        g.nodes.push_back(n);
    }
    g.edges.push_back({"n0", "n2", {}});
    const Layout l = layout(g, "nop2");
    // nop2 shifts the drawing so that its lower left corner is the origin.
    const double dx = l.positions.at("n0").x, dy = l.positions.at("n0").y;
    for (int i = 0; i < 3; ++i) {
        EXPECT_NEAR(l.positions.at("n" + std::to_string(i)).x - dx, 100.0 * i, 0.01);
        EXPECT_NEAR(l.positions.at("n" + std::to_string(i)).y - dy, 50.0 * i, 0.01);
    }
}

TEST(Render, UnknownFormatFails) {
    DotGraph g;
    g.nodes.push_back({"a", {}});
    EXPECT_THROW((void)render(g, "neato", "no-such-format"), Failure);
    EXPECT_THROW((void)render(g, "no-such-engine", "svg"), Failure);
    EXPECT_NE(render(g, "neato", "svg").find("<svg"), std::string::npos);
}

}  // namespace
}  // namespace helixnet::graphviz
