#include "helixnet/export/two_mode.hpp"

#include <algorithm>
#include <cstdio>
#include <set>

#include "helixnet/error.hpp"
#include "helixnet/export/colours.hpp"
#include "helixnet/export/diagram_options.hpp"
#include "helixnet/export/layout.hpp"
#include "helixnet/study/memberships.hpp"

namespace helixnet {

namespace {

using graphviz::DotEdge;
using graphviz::DotGraph;
using graphviz::DotNode;
using graphviz::DotSubgraph;
using graphviz::escape_html;
using graphviz::escape_label;

constexpr const char* font = "Helvetica";
constexpr const char* membership_colour = "#7A7A7A";
constexpr const char* initiative_fill = "#F4F4F4";
constexpr const char* initiative_line = "#3A3A3A";

std::string resolve_colour_by(const Study& study, const std::optional<std::string>& option) {
    if (!option) return study.has_attribute("sector") ? "sector" : "";
    if (option->empty() || *option == "none") return "";
    if (!study.has_attribute(*option))
        throw DiagramOptionError(DiagramSetting::colour_by, "the study has no attribute '" + *option + "'");
    return *option;
}

std::string with_alpha(const std::string& colour, const char* alpha) {
    return colour.size() == 7 && colour[0] == '#' ? colour + alpha : colour;
}

std::string wave_title(const Study& study, int year) {
    for (const Wave& w : study.waves)
        if (w.year == year && !w.label.empty()) return std::to_string(year) + " (" + w.label + ")";
    return std::to_string(year);
}

void set_common(DotGraph& g) {
    g.graph.set("fontname", font);
    g.graph.set("charset", "UTF-8");
    g.node_defaults.set("fontname", font);
    g.node_defaults.set("fontsize", "10");
    g.node_defaults.set("penwidth", "1.4");
    g.edge_defaults.set("color", membership_colour);
}

// The nodes look the same in the layout and in every drawing, so that their
// sizes (and so the room left between them) agree.
DotNode actor_node(const Study& study, std::uint32_t actor, const std::string& colour) {
    DotNode n;
    n.name = two_mode_actor_node(study, actor);
    n.attributes.set("shape", "ellipse");
    n.attributes.set("style", "filled");
    n.attributes.set("margin", "0.04,0.02");
    n.attributes.set("label", escape_label(study.actors[actor].name));
    n.attributes.set("tooltip", escape_label(study.actors[actor].name));
    n.attributes.set("fillcolor", with_alpha(colour, "59"));
    n.attributes.set("color", colour);
    n.attributes.set("mode", "actor");
    return n;
}

DotNode initiative_node(const Study& study, std::uint32_t initiative) {
    const Initiative& in = study.initiatives[initiative];
    DotNode n;
    n.name = two_mode_initiative_node(study, initiative);
    n.attributes.set("shape", "box");
    n.attributes.set("style", "filled");
    n.attributes.set("margin", "0.12,0.06");
    n.attributes.set("fontsize", "13");
    n.attributes.set("label", escape_label(in.name.empty() ? in.id : in.name));
    n.attributes.set("tooltip", escape_label(in.name.empty() ? in.id : in.name));
    n.attributes.set("fillcolor", initiative_fill);
    n.attributes.set("color", initiative_line);
    n.attributes.set("penwidth", "2");
    n.attributes.set("mode", "initiative");
    return n;
}

const char* edge_style(Confidence c) {
    switch (c) {
        case Confidence::stated:
            return "solid";
        case Confidence::implied:
            return "dashed";
        case Confidence::assumed:
            return "dotted";
    }
    return "solid";
}

std::string unique_name(const Study& study, std::string name) {
    while (study.actor_index(name)) name += "_";
    return name;
}

}  // namespace

TwoModeText two_mode_text(Language language) {
    if (language != Language::dutch) return {};
    TwoModeText t;
    t.title = "actoren en initiatieven";
    t.wave = "meting";
    t.colour = "kleur";
    t.unknown = "onbekend";
    t.shapes = "knopen";
    t.actor = "actor";
    t.initiative = "initiatief";
    t.memberships = "deelnames";
    t.stated = "vermeld";
    t.implied = "afgeleid (gestreept)";
    t.assumed = "aangenomen (gestippeld)";
    return t;
}

std::string two_mode_actor_node(const Study& study, std::uint32_t actor) {
    const std::string& id = study.actors[actor].id;
    if (id.find('\\') == std::string::npos) return id;
    return unique_name(study, "actor " + std::to_string(actor + 1));
}

std::string two_mode_initiative_node(const Study& study, std::uint32_t initiative) {
    const std::string& id = study.initiatives[initiative].id;
    return unique_name(study, id.find('\\') == std::string::npos ? "initiative:" + id
                                                                 : "initiative " + std::to_string(initiative + 1));
}

TwoModeLayout two_mode_layout(const Study& study, const TwoModeOptions& options) {
    if (study.waves.empty()) throw Failure("the study has no waves to draw");
    std::set<std::uint32_t> actors, initiatives;
    std::set<std::pair<std::uint32_t, std::uint32_t>> memberships;  // (initiative, actor)
    for (const Wave& w : study.waves)
        for (const WaveInitiative& wi : wave_memberships(study, w.year)) {
            initiatives.insert(wi.initiative);
            for (const WaveMember& m : wi.members) {
                actors.insert(m.actor);
                memberships.emplace(wi.initiative, m.actor);
            }
        }
    TwoModeLayout out;
    out.actors.assign(actors.begin(), actors.end());
    out.initiatives.assign(initiatives.begin(), initiatives.end());
    if (out.initiatives.empty()) return out;

    DotGraph all;
    all.name = "union";
    set_common(all);
    for (const std::uint32_t a : out.actors) all.nodes.push_back(actor_node(study, a, unknown_colour));
    for (const std::uint32_t i : out.initiatives) all.nodes.push_back(initiative_node(study, i));
    for (const auto& [i, a] : memberships) {
        DotEdge e;
        e.tail = two_mode_initiative_node(study, i);
        e.head = two_mode_actor_node(study, a);
        all.edges.push_back(std::move(e));
    }
    LayoutEngine engine = LayoutEngine::clustered;
    if (all.nodes.size() > options.large_limit) {
        engine = LayoutEngine::large;
        out.notes.push_back(std::to_string(all.nodes.size()) + " actors and initiatives: laid out with sfdp");
    }
    const UnionLayout geometry = lay_out_union(all, engine);
    out.positions = geometry.positions;
    out.frame = geometry.frame;
    return out;
}

Diagram build_two_mode_diagram(const Study& study, const TwoModeOptions& options, const TwoModeLayout& layout) {
    if (study.waves.empty()) throw Failure("the study has no waves to draw");
    if (study.initiatives.empty()) throw Failure("the study records no initiatives to draw");
    const int year = options.wave.value_or(study.wave_years().back());
    if (!study.has_wave(year))
        throw DiagramOptionError(DiagramSetting::wave, "the study has no wave " + std::to_string(year));
    const std::string colour_by = resolve_colour_by(study, options.colour_by);
    const std::vector<ValueColour> colours = value_colours(study, colour_by);
    const auto colour_of = [&](std::uint32_t actor) -> std::string {
        const std::string v = value_of(study.actors[actor], colour_by);
        for (const auto& c : colours)
            if (c.value == v) return c.colour;
        return unknown_colour;
    };
    const TwoModeText& text = options.text;

    Diagram d;
    d.wave = year;
    d.notes = layout.notes;
    DotGraph& g = d.graph;
    g.name = "helixnet";
    set_common(g);
    g.graph.set("layout", "nop2");
    g.graph.set("outputorder", "edgesfirst");
    g.graph.set("splines", "true");
    g.graph.set("labelloc", "t");
    g.graph.set("fontsize", "20");
    g.graph.set("pad", "0.3");
    g.graph.set("bgcolor", "white");
    g.graph.set("label", escape_label((study.name.empty() ? std::string("helixnet") : study.name) + "\n" + text.title +
                                      ", " + text.wave + " " + wave_title(study, year)));

    const auto placed = [&](const std::string& name) { return layout.positions.find(name); };
    const std::vector<WaveInitiative> wave = wave_memberships(study, year);
    std::set<std::uint32_t> drawn_actors;
    for (const WaveInitiative& wi : wave)
        for (const WaveMember& m : wi.members) drawn_actors.insert(m.actor);
    for (const std::uint32_t a : drawn_actors) {
        DotNode n = actor_node(study, a, colour_of(a));
        const auto it = placed(n.name);
        if (it == layout.positions.end())
            throw Failure("the two-mode layout was made for another study (no place for actor '" + study.actors[a].id +
                          "')");
        n.attributes.set("pos", pinned_position(it->second));
        g.nodes.push_back(std::move(n));
    }
    for (const WaveInitiative& wi : wave) {
        DotNode n = initiative_node(study, wi.initiative);
        const auto it = placed(n.name);
        if (it == layout.positions.end())
            throw Failure("the two-mode layout was made for another study (no place for initiative '" +
                          study.initiatives[wi.initiative].id + "')");
        n.attributes.set("pos", pinned_position(it->second));
        const std::string name = n.name;
        g.nodes.push_back(std::move(n));
        for (const WaveMember& m : wi.members) {
            DotEdge e;
            e.tail = name;
            e.head = two_mode_actor_node(study, m.actor);
            e.attributes.set("style", edge_style(m.confidence));
            e.attributes.set("confidence", std::string(to_string(m.confidence)));
            e.attributes.set("tooltip", escape_label(study.initiatives[wi.initiative].name + " \xE2\x80\x93 " +
                                                     study.actors[m.actor].name));
            g.edges.push_back(std::move(e));
        }
    }

    // The legend: an HTML-like table to the right of the drawing, top-aligned.
    std::string rows;
    const auto row = [&](const std::string& key_cell, const std::string& label) {
        rows += "<TR>" + key_cell + "<TD ALIGN=\"LEFT\">" + label + "</TD></TR>";
    };
    const auto heading = [&](const std::string& label) {
        rows += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>" + label + "</B></TD></TR>";
    };
    const auto swatch = [](const std::string& colour) {
        return "<TD BGCOLOR=\"" + escape_html(colour) + "\" WIDTH=\"18\" HEIGHT=\"12\" FIXEDSIZE=\"TRUE\"></TD>";
    };
    const auto line = [](const char* glyphs) {
        return std::string("<TD><FONT COLOR=\"") + membership_colour + "\">" + glyphs + "</FONT></TD>";
    };
    if (!colour_by.empty()) {
        // The values of the actors of every wave, so that the legend, and so
        // the page, is the same in every wave.
        const auto named = text.names.find(colour_by);
        heading(escape_html(text.colour) + ": " + escape_html(named == text.names.end() ? colour_by : named->second));
        bool unknown = false;
        for (const std::uint32_t a : layout.actors) unknown = unknown || value_of(study.actors[a], colour_by).empty();
        for (const auto& c : colours)
            if (std::any_of(layout.actors.begin(), layout.actors.end(),
                            [&](std::uint32_t a) { return value_of(study.actors[a], colour_by) == c.value; }))
                row(swatch(c.colour), escape_html(c.label));
        if (unknown) row(swatch(unknown_colour), escape_html(text.unknown));
    }
    heading(escape_html(text.shapes));
    row("<TD>\xE2\x97\xAF</TD>", escape_html(text.actor));       // ◯
    row("<TD>\xE2\x96\xA1</TD>", escape_html(text.initiative));  // □
    heading(escape_html(text.memberships));
    row(line("\xE2\x94\x81\xE2\x94\x81"), escape_html(text.stated));   // ━━
    row(line("\xE2\x95\x8C\xE2\x95\x8C"), escape_html(text.implied));  // ╌╌
    row(line("\xE2\x94\x88\xE2\x94\x88"), escape_html(text.assumed));  // ┈┈
    DotNode legend;
    legend.name = unique_name(study, "legend");
    legend.attributes.set("shape", "none");
    legend.attributes.set("margin", "0");
    legend.attributes.set("fontsize", "12");
    legend.attributes.set("label",
                          "<TABLE BORDER=\"1\" COLOR=\"#B0B0B0\" CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"3\" "
                          "BGCOLOR=\"white\">" +
                              rows + "</TABLE>",
                          true);
    {
        // The legend's size, from a layout of it alone.
        DotGraph probe;
        set_common(probe);
        DotNode p = legend;
        p.attributes.set("pos", "0,0!");
        probe.nodes.push_back(p);
        const graphviz::Point size = graphviz::layout(probe, "nop2").sizes.at(legend.name);
        constexpr double gap = 24;
        const graphviz::Point centre{layout.frame.urx + gap + size.x / 2, layout.frame.ury - size.y / 2};
        legend.attributes.set("pos", pinned_position(centre));
        // An invisible cluster over the whole frame (drawing and legend) keeps
        // every node's place on the page the same in every wave.
        DotSubgraph frame;
        frame.name = "clusterframe";
        frame.attributes.set("style", "invis");
        frame.attributes.set("label", "");
        frame.attributes.set(
            "bb", bounding_box({0, std::min(0.0, centre.y - size.y / 2), centre.x + size.x / 2, layout.frame.ury}));
        g.subgraphs.push_back(std::move(frame));
    }
    g.nodes.push_back(std::move(legend));
    return d;
}

Diagram build_two_mode_diagram(const Study& study, const TwoModeOptions& options) {
    return build_two_mode_diagram(study, options, two_mode_layout(study, options));
}

}  // namespace helixnet
