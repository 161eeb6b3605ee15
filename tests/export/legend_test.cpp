#include "helixnet/export/legend.hpp"

#include <gtest/gtest.h>

#include "helixnet/export/text_size.hpp"
#include "helixnet/util/graphviz.hpp"

namespace helixnet {
namespace {

// The legend's size as Graphviz measures it: the table as the label of a
// node without margin or shape, in the font the diagrams use.
graphviz::Point measured(const Legend& legend) {
    graphviz::DotGraph g;
    g.node_defaults.set("fontname", "Helvetica");
    graphviz::DotNode n;
    n.name = "legend";
    n.attributes.set("shape", "none");
    n.attributes.set("margin", "0");
    n.attributes.set("fontsize", "12");
    n.attributes.set("pos", "0,0!");
    n.attributes.set("label", legend.html(), true);
    g.nodes.push_back(n);
    return graphviz::layout(g, "nop2").sizes.at("legend");
}

TEST(TextSize, AddsTheWidthsOfTheCharacters) {
    // DejaVu Sans: "A" is 684/1000 em, space 318/1000 em.
    EXPECT_NEAR(text_width("A", 10), 6.84, 0.01);
    EXPECT_NEAR(text_width("A A", 10), 6.84 * 2 + 3.18, 0.02);
    EXPECT_GT(text_width("Overheid", 12, true), text_width("Overheid", 12));
    // The widest line counts; a character outside the table is one em.
    EXPECT_NEAR(text_width("AA\nA", 10), text_width("AA", 10), 1e-9);
    EXPECT_NEAR(text_width("\xE4\xB8\xAD", 10), 10.0, 1e-9);  // 中
    EXPECT_NEAR(text_width("ë", 12), text_width("e", 12), 0.01);
    EXPECT_EQ(text_width("", 12), 0.0);
    EXPECT_GT(line_height(12), 12.0);
}

TEST(Legend, EstimatesTheSizeGraphvizDraws) {
    Legend legend;
    legend.heading("colour: sector");
    legend.swatch("#1f77b4", "Overheid");
    legend.swatch("#ff7f0e", "Bedrijven & <partners>");
    legend.heading("size: degree");
    legend.text("largest: 12");
    legend.glyphs("#5A5A5A", "\xE2\x94\x81\xE2\x94\x81", "tie; wider = heavier");
    legend.glyphs("", "\xE2\x97\x8E", "actor joined (double border)");
    legend.box("#F4F4F4", "#B0B0B0", "one box per value, named at its top");
    legend.sizes(9, 12, "larger name = larger value");
    legend.glyphs("#1A1A1A", "\xE2\x94\x81\xE2\x94\x81", "bold: ties\nGorinchem e.o. \xE2\x80\x93 Drechtsteden");
    const graphviz::Point estimate = legend.size();
    const graphviz::Point actual = measured(legend);
    // Exact up to rounding where Helvetica is DejaVu Sans (Debian's default);
    // wider where a narrower metric twin of Helvetica is installed.
    EXPECT_GE(estimate.x, actual.x - 2) << "measured " << actual.x;
    EXPECT_LE(estimate.x, actual.x * 1.15 + 2) << "measured " << actual.x;
    EXPECT_GE(estimate.y, actual.y - 2) << "measured " << actual.y;
    EXPECT_LE(estimate.y, actual.y * 1.15 + 2) << "measured " << actual.y;

    // A heading wider than both columns sets the width.
    Legend wide;
    wide.heading("a heading much wider than the rows below it");
    wide.swatch("#000000", "x");
    EXPECT_NEAR(wide.size().x, measured(wide).x, 3);
}

TEST(Legend, EscapesItsTexts) {
    Legend legend;
    legend.heading("<b>");
    legend.swatch("#000000\" onload=\"x", "R&D");
    const std::string html = legend.html();
    EXPECT_NE(html.find("&lt;b&gt;"), std::string::npos);
    EXPECT_NE(html.find("R&amp;D"), std::string::npos);
    EXPECT_EQ(html.find("\" onload"), std::string::npos);
    EXPECT_TRUE(Legend().empty());
    EXPECT_EQ(Legend().size().x, 0.0);
}

}  // namespace
}  // namespace helixnet
