#include "helixnet/export/dot.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <sstream>

#include "../support/two_mode_fixtures.hpp"
#include "helixnet/error.hpp"
#include "helixnet/export/render.hpp"
#include "helixnet/export/text_size.hpp"
#include "helixnet/export/two_mode.hpp"
#include "helixnet/util/graphviz.hpp"
#include "sample_study.hpp"

namespace helixnet {
namespace {

using graphviz::DotGraph;
using graphviz::read_dot;
using graphviz::unescape_label;

DotGraph draw(const Study& s, DiagramOptions o) { return read_dot(diagram_dot(build_diagram(s, o))); }

DiagramOptions wave(int y) {
    DiagramOptions o;
    o.wave = y;
    return o;
}

// Every node but the invisible ones that keep edges off the legend and the
// box labels.
bool is_actor(const graphviz::DotNode& n) { return !n.attributes.has(keep_clear_attribute); }

std::vector<std::string> actor_nodes(const DotGraph& g) {
    std::vector<std::string> names;
    for (const auto& n : g.nodes)
        if (is_actor(n)) names.push_back(n.name);
    std::sort(names.begin(), names.end());
    return names;
}

// The legend: the HTML-like label of the cluster that holds it.
const graphviz::Attribute* legend_label(const DotGraph& g) {
    const auto* legend = g.find_subgraph("clusterlegend");
    return legend ? legend->attributes.find("label") : nullptr;
}

std::string legend_of(const DotGraph& g) {
    const auto* label = legend_label(g);
    return label ? label->value : std::string();
}

// The subgraphs that are not boxes around actors: the legend and the frame.
bool frame_or_legend(const graphviz::DotSubgraph& s) { return s.name == "clusterframe" || s.name == "clusterlegend"; }

// One line per graph, node, edge and subgraph, sorted: cgraph writes
// subgraphs (and so the nodes inside them) in an order of its own.
std::string canonical(const DotGraph& g) {
    std::vector<std::string> lines;
    auto line = [&](const std::string& head, const graphviz::Attributes& a,
                    const std::vector<std::string>& nodes = {}) {
        std::ostringstream out;
        out << head;
        for (const auto& x : a) out << ' ' << x.name << '=' << x.value;
        for (const auto& n : nodes) out << ' ' << n;
        lines.push_back(out.str());
    };
    line("graph", g.graph);
    for (const auto& n : g.nodes) line("node " + n.name, n.attributes);
    for (const auto& e : g.edges) line("edge " + e.tail + " -- " + e.head, e.attributes);
    for (const auto& s : g.subgraphs) {
        std::vector<std::string> members = s.nodes;
        std::sort(members.begin(), members.end());
        line("subgraph " + s.name, s.attributes, members);
    }
    std::sort(lines.begin(), lines.end());
    std::string out;
    for (const auto& l : lines) out += l + "\n";
    return out;
}

TEST(Diagram, NodesEdgesAndAttributesOfOneWave) {
    const Study s = test::regional_study();
    const DotGraph g = draw(s, wave(2024));
    EXPECT_EQ(actor_nodes(g), (std::vector<std::string>{"bedrijf-a", "extern", "gem-d", "gem-g", "hs", "late", "roc"}));
    EXPECT_NE(legend_label(g), nullptr);
    EXPECT_EQ(g.edges.size(), 6u);
    EXPECT_EQ(g.find_edges("gem-g", "roc").size(), 0u);  // ended after 2022
    ASSERT_EQ(g.find_edges("roc", "bedrijf-a").size(), 1u);

    // Colour from the study's metadata; the actor's name as its label.
    const auto* gem = g.find_node("gem-g");
    EXPECT_EQ(gem->attributes.get("color"), "#1f77b4");
    EXPECT_EQ(unescape_label(gem->attributes.get("label")), "Gemeente Gorinchem");
    EXPECT_EQ(g.find_node("bedrijf-a")->attributes.get("label"), "Wärtsilä");
    EXPECT_EQ(unescape_label(g.find_node("late")->attributes.get("label")), "Late & Co");

    // Tie width by weight over all waves (1..3 -> penwidth 1..4).
    EXPECT_EQ(g.find_edges("roc", "bedrijf-a")[0]->attributes.get("penwidth"), "4");
    EXPECT_EQ(g.find_edges("gem-g", "gem-d")[0]->attributes.get("penwidth"), "2.5");
    EXPECT_EQ(g.find_edges("hs", "late")[0]->attributes.get("penwidth"), "1");

    // Node size by degree: hs (degree 2) is drawn larger than extern (degree 1).
    EXPECT_GT(std::stod(g.find_node("hs")->attributes.get("fontsize")),
              std::stod(g.find_node("extern")->attributes.get("fontsize")));

    // Title with study and wave.
    const std::string title = unescape_label(g.graph.get("label"));
    EXPECT_NE(title.find("Test \"Regio\" Deal"), std::string::npos);
    EXPECT_NE(title.find("2024 (end)"), std::string::npos);
    EXPECT_EQ(g.graph.get("layout"), "nop2");
}

TEST(Diagram, ClustersByRegionWithOutsideApart) {
    const DotGraph g = draw(test::regional_study(), wave(2024));
    const auto* gor = g.find_subgraph("cluster_gorinchem");
    const auto* dre = g.find_subgraph("cluster_drechtsteden");
    ASSERT_NE(gor, nullptr);
    ASSERT_NE(dre, nullptr);
    EXPECT_EQ(gor->attributes.get("label"), "Gorinchem e.o.");
    EXPECT_EQ(dre->attributes.get("label"), "Drechtsteden");
    auto sorted = [](std::vector<std::string> v) {
        std::sort(v.begin(), v.end());
        return v;
    };
    EXPECT_EQ(sorted(gor->nodes), (std::vector<std::string>{"bedrijf-a", "gem-g", "roc"}));
    EXPECT_EQ(sorted(dre->nodes), (std::vector<std::string>{"gem-d", "hs", "late"}));
    for (const auto& s : g.subgraphs) EXPECT_EQ(std::count(s.nodes.begin(), s.nodes.end(), "extern"), 0) << s.name;

    // Every clustered node lies inside its cluster's bb; the boxes do not overlap.
    auto box = [](const std::string& bb) {
        graphviz::Box b;
        EXPECT_EQ(std::sscanf(bb.c_str(), "%lf,%lf,%lf,%lf", &b.llx, &b.lly, &b.urx, &b.ury), 4) << bb;
        return b;
    };
    const graphviz::Box bg = box(gor->attributes.get("bb")), bd = box(dre->attributes.get("bb"));
    EXPECT_TRUE(bg.urx <= bd.llx || bd.urx <= bg.llx || bg.ury <= bd.lly || bd.ury <= bg.lly);
    for (const auto& [c, b] : {std::pair{gor, bg}, std::pair{dre, bd}})
        for (const auto& n : c->nodes) {
            double x = 0, y = 0;
            ASSERT_EQ(std::sscanf(g.find_node(n)->attributes.get("pos").c_str(), "%lf,%lf", &x, &y), 2);
            EXPECT_GT(x, b.llx);
            EXPECT_LT(x, b.urx);
            EXPECT_GT(y, b.lly);
            EXPECT_LT(y, b.ury);
        }
}

TEST(Diagram, SamePositionsInEveryWaveAndEveryRun) {
    const Study s = test::regional_study();
    std::map<std::string, std::string> pos;
    std::map<std::string, graphviz::Point> drawn;  // as nop2 places them
    for (int y : {2019, 2022, 2024}) {
        const Diagram d = build_diagram(s, wave(y));
        const DotGraph g = read_dot(diagram_dot(d));
        const graphviz::Layout l = graphviz::layout(d.graph, "nop2");
        for (const auto& n : g.nodes) {
            if (!is_actor(n)) continue;
            const std::string p = n.attributes.get("pos");
            ASSERT_FALSE(p.empty());
            EXPECT_EQ(p.back(), '!');
            const auto [it, fresh] = pos.emplace(n.name, p);
            EXPECT_EQ(it->second, p) << n.name << " in " << y;
            const graphviz::Point q = l.positions.at(n.name);
            const auto [jt, first] = drawn.emplace(n.name, q);
            EXPECT_NEAR(jt->second.x, q.x, 0.01) << n.name << " in " << y;
            EXPECT_NEAR(jt->second.y, q.y, 0.01) << n.name << " in " << y;
        }
    }
    EXPECT_EQ(pos.size(), 8u);  // every actor of every wave
    DiagramOptions change = wave(2024);
    change.diff_from = 2019;
    for (const auto& n : draw(s, change).nodes)
        if (is_actor(n)) {
            EXPECT_EQ(n.attributes.get("pos"), pos.at(n.name)) << n.name;
        }
    // The same study gives the same graph every time (cgraph may write the
    // subgraphs in another order, so the parsed graphs are compared).
    EXPECT_EQ(canonical(read_dot(diagram_dot(build_diagram(s, wave(2022))))),
              canonical(read_dot(diagram_dot(build_diagram(s, wave(2022))))));
}

TEST(Diagram, ChangeViewStylesTiesAndActors) {
    DiagramOptions o = wave(2024);
    o.diff_from = 2019;
    const DotGraph g = draw(test::regional_study(), o);
    auto edge = [&](const char* a, const char* b) {
        const auto found = g.find_edges(a, b);
        EXPECT_EQ(found.size(), 1u) << a << " -- " << b;
        return found.empty() ? graphviz::Attributes{} : found[0]->attributes;
    };
    const auto removed = edge("gem-g", "roc");
    EXPECT_EQ(removed.get("change"), "removed");
    EXPECT_EQ(removed.get("style"), "dashed");
    const auto added = edge("bedrijf-a", "late");
    EXPECT_EQ(added.get("change"), "added");
    const auto stable = edge("gem-d", "hs");
    EXPECT_EQ(stable.get("change"), "stable");
    EXPECT_NE(added.get("color"), stable.get("color"));
    EXPECT_NE(removed.get("color"), stable.get("color"));
    EXPECT_NE(removed.get("color"), added.get("color"));
    EXPECT_GT(std::stod(added.get("penwidth")), std::stod(stable.get("penwidth")));
    EXPECT_EQ(edge("gem-d", "gone").get("change"), "removed");  // to an actor that left

    EXPECT_EQ(g.find_node("late")->attributes.get("change"), "joined");
    EXPECT_EQ(g.find_node("late")->attributes.get("peripheries"), "2");
    EXPECT_EQ(g.find_node("gone")->attributes.get("change"), "left");
    EXPECT_NE(g.find_node("gone")->attributes.get("style").find("dashed"), std::string::npos);
    EXPECT_EQ(g.find_node("gem-g")->attributes.get("change"), "stable");
    const auto* legend = legend_label(g);
    ASSERT_NE(legend, nullptr);
    EXPECT_TRUE(legend->html);
    EXPECT_NE(legend->value.find("new tie"), std::string::npos);
    EXPECT_NE(legend->value.find("since 2019"), std::string::npos);
    EXPECT_NE(unescape_label(g.graph.get("label")).find("2019"), std::string::npos);
}

TEST(Diagram, LegendListsColoursWithPaletteFallback) {
    const DotGraph g = draw(test::regional_study(), wave(2019));
    const std::string legend = legend_of(g);
    EXPECT_NE(legend.find("Overheid"), std::string::npos);
    EXPECT_NE(legend.find("#1f77b4"), std::string::npos);
    // "intermediary" has no metadata: first Okabe-Ito colour, value as label.
    EXPECT_EQ(g.find_node("gone")->attributes.get("color"), "#E69F00");
    EXPECT_NE(legend.find("intermediary"), std::string::npos);
}

TEST(Diagram, PassesOnlyValidColoursToGraphviz) {
    // A study built in code bypasses the loader's colour rule: an invalid
    // colour (Graphviz's gradient parser crashes on "red;x") falls back to the
    // palette, and "#rgb", which Graphviz does not know, is spelled out.
    Study s = test::regional_study();
    s.attributes[0].values[0].second.color = "red;x";      // government
    s.attributes[0].values[1].second.color = "#f80";       // industry
    s.attributes[0].values[2].second.color = "steelblue";  // education
    const Diagram d = build_diagram(s, wave(2019));
    const DotGraph g = read_dot(diagram_dot(d));
    EXPECT_EQ(g.find_node("gem-g")->attributes.get("color"), "#E69F00");
    EXPECT_EQ(g.find_node("bedrijf-a")->attributes.get("color"), "#ff8800");
    EXPECT_EQ(g.find_node("bedrijf-a")->attributes.get("fillcolor"), "#ff880059");
    EXPECT_EQ(g.find_node("roc")->attributes.get("color"), "steelblue");
    const std::string legend = legend_of(g);
    EXPECT_EQ(legend.find("red;x"), std::string::npos);
    EXPECT_NE(legend.find("BGCOLOR=\"#E69F00\""), std::string::npos);
    // "intermediary" takes the next palette colour.
    EXPECT_EQ(g.find_node("gone")->attributes.get("color"), "#56B4E9");
    EXPECT_NE(render_diagram(d, ImageFormat::svg).data.find("</svg>"), std::string::npos);
}

TEST(Diagram, TitleAndLegendTakeTheCallersWords) {
    DiagramOptions o = wave(2024);
    o.diff_from = 2019;
    o.size_by = "pagerank";
    o.text.change = "verandering";
    o.text.colour = "kleur";
    o.text.size = "grootte";
    o.text.largest = "grootste";
    o.text.new_tie = "nieuwe band";
    o.text.names["pagerank"] = "PageRank <score>";
    o.text.decimal_mark = ',';
    const DotGraph g = draw(test::regional_study(), o);
    const std::string legend = legend_of(g);
    EXPECT_NE(legend.find("kleur: sector"), std::string::npos);
    EXPECT_NE(legend.find("grootte: PageRank &lt;score&gt;"), std::string::npos);
    EXPECT_NE(legend.find("grootste: 0,"), std::string::npos);  // a PageRank, with a decimal comma
    EXPECT_NE(legend.find("nieuwe band"), std::string::npos);
    EXPECT_NE(legend.find("tie ended (dashed)"), std::string::npos);  // not given: English
    EXPECT_NE(unescape_label(g.graph.get("label")).find("\nverandering 2019 (start)"), std::string::npos);
}

TEST(Diagram, OptionsSwitchColoursAndClustersOff) {
    DiagramOptions o = wave(2024);
    o.colour_by = "none";
    o.cluster_by = "none";
    const DotGraph g = draw(test::regional_study(), o);
    for (const auto& s : g.subgraphs) EXPECT_TRUE(frame_or_legend(s)) << s.name;
    EXPECT_EQ(g.find_node("gem-g")->attributes.get("color"), g.find_node("roc")->attributes.get("color"));
    o.colour_by = "region";
    o.cluster_by = "sector";
    const DotGraph h = draw(test::regional_study(), o);
    EXPECT_NE(h.find_subgraph("cluster_government"), nullptr);
    EXPECT_EQ(h.find_node("gem-g")->attributes.get("color"), h.find_node("roc")->attributes.get("color"));
}

TEST(Diagram, TopKeepsTheLargestActors) {
    DiagramOptions o = wave(2024);
    o.top = 3;  // degrees 2024: roc 2, bedrijf-a 2, gem-d 2, hs 2, late 2, gem-g 1, extern 1
    const DotGraph g = draw(test::regional_study(), o);
    EXPECT_EQ(actor_nodes(g).size(), 3u);
}

TEST(Diagram, LargeGraphsFallBackAndSaySo) {
    DiagramOptions o = wave(2024);
    o.cluster_limit = 4;
    o.label_limit = 5;
    const Diagram d = build_diagram(test::regional_study(), o);
    EXPECT_EQ(d.notes.size(), 2u);
    const DotGraph g = read_dot(diagram_dot(d));
    for (const auto& s : g.subgraphs) EXPECT_TRUE(frame_or_legend(s)) << s.name;
    EXPECT_EQ(g.find_node("roc")->attributes.get("shape"), "circle");
}

// The option a DiagramOptionError thrown by `build` names, and its message.
template <class Build>
std::pair<DiagramSetting, std::string> setting_error(Build build) {
    try {
        (void)build();
    } catch (const DiagramOptionError& e) {
        return {e.setting(), e.what()};
    }
    ADD_FAILURE() << "no DiagramOptionError";
    return {};
}

std::pair<DiagramSetting, std::string> option_error(const Study& s, const DiagramOptions& o) {
    return setting_error([&] { return build_diagram(s, o); });
}

std::pair<DiagramSetting, std::string> option_error(const Study& s, const TwoModeOptions& o) {
    return setting_error([&] { return build_two_mode_diagram(s, o); });
}

TEST(Diagram, RejectsUnknownWavesAttributesAndMetrics) {
    const Study s = test::regional_study();
    EXPECT_THROW((void)build_diagram(s, wave(2020)), Failure);
    EXPECT_EQ(option_error(s, wave(2020)),
              std::pair(DiagramSetting::wave, std::string("the study has no wave 2020 (its waves: 2019, 2022, 2024)")));
    DiagramOptions o;
    o.diff_from = 1999;
    EXPECT_THROW((void)build_diagram(s, o), Failure);
    EXPECT_EQ(option_error(s, o).first, DiagramSetting::diff_from);
    o = {};
    o.colour_by = "colour";
    EXPECT_THROW((void)build_diagram(s, o), Failure);
    EXPECT_EQ(option_error(s, o),
              std::pair(DiagramSetting::colour_by, std::string("the study has no attribute 'colour'")));
    o = {};
    o.cluster_by = "pillar";
    EXPECT_EQ(option_error(s, o).first, DiagramSetting::cluster_by);
    o = {};
    o.size_by = "charisma";
    EXPECT_THROW((void)build_diagram(s, o), Failure);
    const auto [setting, message] = option_error(s, o);
    EXPECT_EQ(setting, DiagramSetting::size_by);
    EXPECT_EQ(message.rfind("unknown measure 'charisma' (known: degree, strength, ", 0), 0u) << message;
    // The library names problems, never a command-line flag.
    for (const DiagramOptions& bad : {wave(2020), o})
        EXPECT_EQ(option_error(s, bad).second.find("--"), std::string::npos);
    // Without --wave: the last wave.
    EXPECT_EQ(build_diagram(s, {}).wave, 2024);
}

TEST(TwoModeDiagram, RejectsAnUnknownWaveOrAttributeByOption) {
    const Study s =
        testing::two_mode_fixture_study(testing::read_two_mode_fixture(testing::two_mode_fixture_dir / "panel.json"));
    TwoModeOptions o;
    o.colour_by = "shoe-size";
    EXPECT_EQ(option_error(s, o),
              std::pair(DiagramSetting::colour_by, std::string("the study has no attribute 'shoe-size'")));
    o = {};
    o.wave = 1990;
    EXPECT_EQ(option_error(s, o), std::pair(DiagramSetting::wave, std::string("the study has no wave 1990")));
}

TEST(Diagram, OneLayoutServesEveryWaveAndTheChangeView) {
    const Study s = test::regional_study();
    const StableLayout layout = stable_layout(s, {});
    ASSERT_EQ(layout.data.waves.size(), 3u);
    DiagramOptions change = wave(2024);
    change.diff_from = 2019;
    for (const DiagramOptions& o : {wave(2019), wave(2022), wave(2024), change}) {
        EXPECT_EQ(canonical(read_dot(diagram_dot(build_diagram(s, o, layout)))), canonical(draw(s, o)));
    }
    // Colours, words and the change view do not need a layout of their own.
    DiagramOptions recoloured = wave(2022);
    recoloured.colour_by = "region";
    recoloured.text.wave = "meting";
    EXPECT_NO_THROW((void)build_diagram(s, recoloured, layout));
    // What the layout depends on does.
    DiagramOptions other = wave(2024);
    other.size_by = "strength";
    EXPECT_THROW((void)build_diagram(s, other, layout), Failure);
    other = wave(2024);
    other.cluster_by = "none";
    EXPECT_THROW((void)build_diagram(s, other, layout), Failure);
    other = wave(2024);
    other.top = 3;
    EXPECT_THROW((void)build_diagram(s, other, layout), Failure);
    DiagramOptions top = wave(2024);
    top.top = 3;
    const StableLayout top_layout = stable_layout(s, top);
    EXPECT_NO_THROW((void)build_diagram(s, top, top_layout));
    EXPECT_THROW((void)build_diagram(s, wave(2022), top_layout), Failure);
}

graphviz::Box box_of(const std::string& bb) {
    graphviz::Box b;
    EXPECT_EQ(std::sscanf(bb.c_str(), "%lf,%lf,%lf,%lf", &b.llx, &b.lly, &b.urx, &b.ury), 4) << bb;
    return b;
}

bool overlap(const graphviz::Box& a, const graphviz::Box& b) {
    return a.llx < b.urx && b.llx < a.urx && a.lly < b.ury && b.lly < a.ury;
}

TEST(Diagram, LegendHasRoomOfItsOwnInsideTheFrame) {
    const Study s = test::regional_study();
    const StableLayout layout = stable_layout(s, {});
    DiagramOptions change = wave(2024);
    change.diff_from = 2019;
    for (const DiagramOptions& o : {wave(2019), wave(2024), change}) {
        const DotGraph g = read_dot(diagram_dot(build_diagram(s, o, layout)));
        const graphviz::Box legend = box_of(g.find_subgraph("clusterlegend")->attributes.get("bb"));
        const graphviz::Box frame = box_of(g.find_subgraph("clusterframe")->attributes.get("bb"));
        // In the room the layout reserved (the largest legend, change view
        // included), so the frame is the same for every drawing.
        const graphviz::Box& slot = layout.geometry.reserved;
        EXPECT_GE(legend.llx, slot.llx - 0.01);
        EXPECT_LE(legend.urx, slot.urx + 0.01);
        EXPECT_GE(legend.lly, slot.lly - 0.01);
        EXPECT_LE(legend.ury, slot.ury + 0.01);
        EXPECT_EQ(frame.urx, layout.geometry.frame.urx);
        EXPECT_EQ(frame.ury, layout.geometry.frame.ury);
        for (const auto& sub : g.subgraphs)
            if (sub.name.rfind("cluster_", 0) == 0) {
                EXPECT_FALSE(overlap(legend, box_of(sub.attributes.get("bb")))) << sub.name;
            }
        for (const auto& [name, p] : layout.geometry.positions)
            EXPECT_FALSE(legend.llx < p.x && p.x < legend.urx && legend.lly < p.y && p.y < legend.ury) << name;
        EXPECT_EQ(g.find_subgraph("clusterlegend")->attributes.get("labeljust"), "l");
        // An invisible node over the legend keeps edges off it.
        const auto keep = std::find_if(g.nodes.begin(), g.nodes.end(), [](const auto& n) { return !is_actor(n); });
        ASSERT_NE(keep, g.nodes.end());
        EXPECT_EQ(keep->attributes.get("style"), "invis");
    }
}

TEST(Diagram, HostileNamesSurviveDot) {
    const Study s = test::hostile_study();
    const Diagram d = build_diagram(s, {});
    const DotGraph g = read_dot(diagram_dot(d));
    EXPECT_EQ(actor_nodes(g).size(), s.actors.size());
    std::set<std::string> labels;
    for (const auto& n : g.nodes) labels.insert(unescape_label(n.attributes.get("label")));
    for (const Actor& a : s.actors) EXPECT_EQ(labels.count(a.name), 1u) << a.name;
    // An id with a backslash (which cgraph cannot write in a name) is renamed.
    EXPECT_NE(g.find_node("actor 3"), nullptr);
    EXPECT_NE(g.find_node(s.actors[0].id), nullptr);
    EXPECT_EQ(unescape_label(g.graph.get("label")).substr(0, s.name.size()), s.name);
}

}  // namespace
}  // namespace helixnet

namespace helixnet {
namespace {

//   a - b - c - d - e : b, c and d have degree 2, but c lies on the most
//   shortest paths, so sized by betweenness it is drawn larger than b.
TEST(Diagram, SizesActorsByAMetricOfTheMetricsEngine) {
    Study s;
    s.name = "path";
    s.waves = {{2024, ""}};
    for (const char* id : {"a", "b", "c", "d", "e"}) {
        Actor actor;
        actor.id = actor.name = id;
        s.actors.push_back(actor);
    }
    s.reindex();
    for (std::uint32_t i = 0; i + 1 < 5; ++i) {
        Tie t;
        t.source = i;
        t.target = i + 1;
        t.wave = 2024;
        s.ties.push_back(t);
    }
    const auto size_of = [&](const char* metric, const char* node) {
        DiagramOptions o;
        o.wave = 2024;
        o.size_by = metric;
        return std::stod(read_dot(diagram_dot(build_diagram(s, o))).find_node(node)->attributes.get("fontsize"));
    };
    EXPECT_EQ(size_of("degree", "c"), size_of("degree", "b"));
    EXPECT_GT(size_of("betweenness", "c"), size_of("betweenness", "b"));
    EXPECT_GT(size_of("closeness", "c"), size_of("closeness", "a"));
    EXPECT_THROW((void)build_diagram(s,
                                     [] {
                                         DiagramOptions o;
                                         o.size_by = "shoe-size";
                                         return o;
                                     }()),
                 Failure);
}

}  // namespace
}  // namespace helixnet

namespace helixnet {
namespace {

DiagramOptions highlighted(int year, const char* pair) {
    DiagramOptions o;
    o.wave = year;
    o.highlight.push_back(parse_highlight(pair));
    return o;
}

TEST(Highlight, ParsesAttributeAndPair) {
    EXPECT_EQ(parse_highlight("region=gorinchem:drechtsteden"), (Focus{"region", "gorinchem", "drechtsteden"}));
    EXPECT_EQ(parse_highlight("sector=industry:industry"), (Focus{"sector", "industry", "industry"}));
    for (const char* bad : {"region", "region=gorinchem", "=a:b", "region=:b", "region=a:", "region=a:b:c", ""}) {
        try {
            (void)parse_highlight(bad);
            ADD_FAILURE() << bad;
        } catch (const DiagramOptionError& e) {
            EXPECT_EQ(e.setting(), DiagramSetting::highlight);
            EXPECT_NE(std::string(e.what()).find("ATTRIBUTE=GROUP1:GROUP2"), std::string::npos);
        }
    }
}

//   2024, regions: gorinchem {gem-g, roc, bedrijf-a}, drechtsteden {gem-d, hs,
//   late}, outside {extern}. Ties across the pair: gem-g – gem-d,
//   bedrijf-a – late; the other four are within a region or to extern.
TEST(Highlight, DrawsThePairsTiesBoldAndTheRestFaint) {
    const DotGraph plain = draw(test::regional_study(), wave(2024));
    const DotGraph g = draw(test::regional_study(), highlighted(2024, "region=gorinchem:drechtsteden"));
    std::size_t bold = 0;
    for (const auto& e : g.edges) {
        const auto& a = e.attributes;
        const auto& before = plain.find_edges(e.tail, e.head).at(0)->attributes;
        const bool across = (e.tail == "gem-g" && e.head == "gem-d") || (e.tail == "gem-d" && e.head == "gem-g") ||
                            (e.tail == "bedrijf-a" && e.head == "late") || (e.tail == "late" && e.head == "bedrijf-a");
        if (across) {
            ++bold;
            EXPECT_EQ(a.get("highlighted"), "true") << e.tail << " -- " << e.head;
            EXPECT_GT(std::stod(a.get("penwidth")), std::stod(before.get("penwidth")));
            EXPECT_EQ(a.get("color"), "#1A1A1A");
        } else {
            EXPECT_FALSE(a.has("highlighted")) << e.tail << " -- " << e.head;
            EXPECT_EQ(a.get("penwidth"), "1");
            EXPECT_EQ(a.get("color"), "#5A5A5A40");  // the tie colour, a quarter opaque
        }
    }
    EXPECT_EQ(bold, 2u);
    const std::string legend = legend_of(g);
    EXPECT_NE(legend.find("bold: ties<BR/>Gorinchem e.o. \xE2\x80\x93 Drechtsteden"), std::string::npos) << legend;
    EXPECT_NE(legend.find("faint: every other tie"), std::string::npos);
    EXPECT_EQ(legend_of(plain).find("bold: ties"), std::string::npos);

    // Either order, and within one group.
    const DotGraph reversed = draw(test::regional_study(), highlighted(2024, "region=drechtsteden:gorinchem"));
    EXPECT_EQ(reversed.find_edges("gem-g", "gem-d").at(0)->attributes.get("highlighted"), "true");
    const DotGraph within = draw(test::regional_study(), highlighted(2024, "region=drechtsteden:drechtsteden"));
    EXPECT_EQ(within.find_edges("gem-d", "hs").at(0)->attributes.get("highlighted"), "true");
    EXPECT_FALSE(within.find_edges("gem-g", "gem-d").at(0)->attributes.has("highlighted"));
}

TEST(Highlight, KeepsTheChangeColoursInAChangeView) {
    DiagramOptions o = highlighted(2024, "region=gorinchem:drechtsteden");
    o.diff_from = 2019;
    const DotGraph g = draw(test::regional_study(), o);
    const auto& added = g.find_edges("bedrijf-a", "late").at(0)->attributes;  // new, across the pair
    EXPECT_EQ(added.get("highlighted"), "true");
    EXPECT_EQ(added.get("color"), "#D55E00");
    const auto& removed = g.find_edges("gem-g", "roc").at(0)->attributes;  // ended, within gorinchem
    EXPECT_EQ(removed.get("color"), "#0072B240");
    EXPECT_EQ(removed.get("style"), "dashed");
}

TEST(Highlight, RejectsGroupsTheStudyLacks) {
    const Study s = test::regional_study();
    for (const char* pair : {"pillar=a:b", "region=gorinchem:rotterdam"}) {
        try {
            (void)build_diagram(s, highlighted(2024, pair));
            ADD_FAILURE() << pair;
        } catch (const DiagramOptionError& e) {
            EXPECT_EQ(e.setting(), DiagramSetting::highlight);
            EXPECT_EQ(std::string(e.what()).find("--"), std::string::npos);
        }
    }
    try {
        (void)build_diagram(s, highlighted(2024, "region=gorinchem:rotterdam"));
    } catch (const DiagramOptionError& e) {
        EXPECT_STREQ(e.what(),
                     "the study has no value 'rotterdam' of attribute 'region' (its values: gorinchem, drechtsteden, "
                     "outside)");
    }
}

TEST(Legend, ExplainsColoursBoxesSizesAndLinesInOneLanguage) {
    const Study s = test::regional_study();
    DiagramOptions o = highlighted(2024, "region=gorinchem:drechtsteden");
    o.diff_from = 2019;
    const std::string en = legend_of(draw(s, o));
    for (const char* words : {"colour: sector", "Overheid", "boxes: region", "one box per value, named at its top",
                              "outside the boxes: outside", "size: degree", "larger name = larger value", "largest: 3",
                              "ties", "tie; wider = heavier", "bold: ties", "faint: every other tie",
                              "change since 2019", "new tie", "actor joined (double border)"})
        EXPECT_NE(en.find(words), std::string::npos) << words;
    o.text = diagram_text(Language::dutch);
    const std::string nl = legend_of(draw(s, o));
    for (const char* words :
         {"kleur: sector", "Overheid", "kaders: regio", "één kader per waarde, naam bovenaan",
          "buiten de kaders: outside", "grootte: aantal banden", "grotere naam = hogere waarde", "grootste: 3",
          "banden", "band; breder = zwaarder", "vet: banden", "vaag: alle andere banden", "verandering sinds 2019",
          "nieuwe band", "actor erbij gekomen (dubbele rand)"})
        EXPECT_NE(nl.find(words), std::string::npos) << words;
    for (const char* english : {"colour", "boxes", "outside the", "size:", "larger", "largest", "tie;",
                                "bold:", "faint", "change since", "new tie", "joined"})
        EXPECT_EQ(nl.find(english), std::string::npos) << english;
    // An actor without a value of the box attribute is said to be outside.
    Study no_region = s;
    no_region.actors[*no_region.actor_index("extern")].attributes.erase("region");
    EXPECT_NE(legend_of(draw(no_region, wave(2024))).find("outside the boxes: no value"), std::string::npos);
    // Without boxes, nothing about boxes.
    DiagramOptions flat = wave(2024);
    flat.cluster_by = "none";
    EXPECT_EQ(legend_of(draw(s, flat)).find("boxes"), std::string::npos);
}

TEST(Diagram, BreaksLongNamesAtSpaces) {
    Study s = test::regional_study();
    s.actors[*s.actor_index("hs")].name = "Hogeronderwijsinstellingen van de Dordrecht Academy";
    s.actors[*s.actor_index("gem-d")].name = "Gemeenten buiten de arbeidsmarktregio Gorinchem (leden I_lab)";
    s.actors[*s.actor_index("roc")].name = "Line one\nline two of the very long name";
    const DotGraph g = draw(s, wave(2024));
    const auto label = [&](const char* id) { return unescape_label(g.find_node(id)->attributes.get("label")); };
    EXPECT_EQ(label("hs"), "Hogeronderwijsinstellingen\nvan de Dordrecht Academy");
    EXPECT_EQ(label("gem-d"), "Gemeenten buiten de\narbeidsmarktregio\nGorinchem (leden I_lab)");
    EXPECT_EQ(label("roc"), "Line one\nline two of the very long name");  // its own breaks kept
    EXPECT_EQ(label("gem-g"), "Gemeente Gorinchem");                      // 18 characters: one line
    // The tooltip keeps the name on one line as written.
    EXPECT_EQ(unescape_label(g.find_node("hs")->attributes.get("tooltip")),
              "Hogeronderwijsinstellingen van de Dordrecht Academy");
}

// The layout is compact but never crowded: as Graphviz draws them, actors
// stay at least 14 points apart (room for edges to pass), inside their boxes,
// and each box is at least as wide as its label.
TEST(Diagram, ActorsKeepTheirDistanceAndBoxesFitTheirLabels) {
    const Diagram d = build_diagram(test::regional_study(), wave(2024));
    const graphviz::Layout l = graphviz::layout(d.graph, "nop2");
    std::vector<std::string> names;
    for (const auto& n : d.graph.nodes)
        if (is_actor(n)) names.push_back(n.name);
    for (std::size_t i = 0; i < names.size(); ++i)
        for (std::size_t j = i + 1; j < names.size(); ++j) {
            const auto a = l.positions.at(names[i]), b = l.positions.at(names[j]);
            const auto sa = l.sizes.at(names[i]), sb = l.sizes.at(names[j]);
            const double dx = std::abs(a.x - b.x) - (sa.x + sb.x) / 2, dy = std::abs(a.y - b.y) - (sa.y + sb.y) / 2;
            EXPECT_GE(std::max(dx, dy), 13.9) << names[i] << " and " << names[j];
        }
    for (const auto& [cluster, box] : l.clusters) {
        if (cluster == "clusterframe" || cluster == "clusterlegend") continue;
        const auto* s = d.graph.find_subgraph(cluster);
        ASSERT_NE(s, nullptr);
        EXPECT_GE(box.urx - box.llx, text_width(unescape_label(s->attributes.get("label")), 16)) << cluster;
    }
}

}  // namespace
}  // namespace helixnet
