#include "helixnet/export/dot.hpp"

#include <algorithm>

#include "diagram_legend.hpp"
#include "helixnet/export/legend.hpp"
#include "helixnet/export/text_size.hpp"
#include "request.hpp"
#include "style.hpp"

namespace helixnet {

namespace {

using graphviz::DotEdge;
using graphviz::DotGraph;
using graphviz::DotNode;
using graphviz::DotSubgraph;
using graphviz::escape_label;
namespace style = diagram_style;

constexpr double legend_gap = 24;  // points between the drawing and the legend
constexpr double label_inset_x = legend_inset.x;
constexpr double label_inset_y = legend_inset.y;

void check_layout(const StableLayout& layout, const DiagramOptions& options, const DiagramRequest& request) {
    const bool same = layout.size_by == options.size_by && layout.cluster_by == request.cluster_by &&
                      layout.top == options.top && (options.top == 0 || layout.top_wave == request.year) &&
                      layout.cluster_limit == options.cluster_limit && layout.label_limit == options.label_limit;
    if (!same)
        throw Failure(
            "the layout was made for other diagram options (size measure, boxes, top actors or limits); make one with "
            "these options");
}

std::string wave_title(const Study& study, int year) {
    for (const Wave& w : study.waves)
        if (w.year == year && !w.label.empty()) return std::to_string(year) + " (" + w.label + ")";
    return std::to_string(year);
}

// What one drawing shows, and how.
struct Drawing {
    const Study& study;
    const DiagramOptions& options;
    const DiagramRequest& request;
    const StableLayout& layout;
    const style::Style& look;
    const DiagramWave& now;
    const DiagramWave* before;  // change view: the earlier wave

    // Title, and what every drawing sets.
    void frame(DotGraph& g) const {
        g.name = "helixnet";
        look.set_common(g);
        g.graph.set("layout", "nop2");
        g.graph.set("outputorder", "edgesfirst");
        // Splines routed around the nodes (and the keep-clear nodes over the
        // legend and the box labels), at least `esep` from them; positions
        // stay pinned (neato -n2 never moves a node with `pos` ending in !).
        g.graph.set("splines", look.labels() ? "true" : "false");
        g.graph.set("esep", "+4");
        g.graph.set("labelloc", "t");
        g.graph.set("fontsize", "20");
        g.graph.set("pad", "0.3");
        g.graph.set("bgcolor", "white");
        const DiagramText& text = options.text;
        std::string title = study.name.empty() ? std::string("helixnet") : study.name;
        title += before ? "\n" + text.change + " " + wave_title(study, before->year) + " \xE2\x86\x92 " +
                              wave_title(study, now.year)
                        : "\n" + text.wave + " " + wave_title(study, now.year);
        g.graph.set("label", escape_label(title));
    }

    // The actors of this wave (and, in a change view, of the earlier one) at
    // their places; returns them in study order.
    std::vector<std::uint32_t> actors(DotGraph& g) const {
        std::vector<std::uint32_t> drawn;
        for (std::uint32_t a = 0; a < study.actors.size(); ++a) {
            if (!layout.placed[a]) continue;
            const bool in_now = now.present[a];
            const bool in_before = before && before->present[a];
            if (!in_now && !in_before) continue;
            DotNode node = look.node(a, in_now ? now.size[a] : before->size[a]);
            node.attributes.set("pos", pinned_position(layout.geometry.positions.at(node.name)));
            if (before) {
                if (in_now && !in_before) {
                    node.attributes.set("peripheries", "2");
                    node.attributes.set("change", change_joined);
                } else if (!in_now) {
                    node.attributes.set("style", "rounded,filled,dashed");
                    node.attributes.set("fillcolor", style::with_alpha(look.colour_of(study.actors[a]), "1A"));
                    node.attributes.set("fontcolor", style::left_text_colour);
                    node.attributes.set("change", change_left);
                } else {
                    node.attributes.set("change", change_stable);
                }
            }
            drawn.push_back(a);
            g.nodes.push_back(std::move(node));
        }
        return drawn;
    }

    [[nodiscard]] bool placed(const ActorPair& pair) const {
        return layout.placed[pair.first] && layout.placed[pair.second];
    }

    [[nodiscard]] bool highlighted(const ActorPair& pair) const {
        for (const Focus& h : request.highlight) {
            const std::string a = style::value_of(study.actors[pair.first], h.attribute);
            const std::string b = style::value_of(study.actors[pair.second], h.attribute);
            if ((a == h.group_a && b == h.group_b) || (a == h.group_b && b == h.group_a)) return true;
        }
        return false;
    }

    // With a highlight: its ties bold (in their change colour in a change
    // view), every other tie thin and faint. A highlighted tie is drawn 1.5
    // points wider (Style::tie), and a new one 1 point.
    static constexpr double bold_width = 1.5;

    void emphasise(DotEdge& e, const ActorPair& pair) const {
        if (request.highlight.empty()) return;
        const std::string colour = e.attributes.has("color") ? e.attributes.get("color") : style::tie_colour;
        if (highlighted(pair)) {
            e.attributes.set("color", before ? colour : style::highlight_colour);
            e.attributes.set("highlighted", highlighted_tie);
        } else {
            e.attributes.set("color", style::with_alpha(colour, style::faint_alpha));
            e.attributes.set("penwidth", "1");
        }
    }

    void ties(DotGraph& g) const {
        for (const auto& [pair, weight] : now.ties) {
            if (!placed(pair)) continue;
            const bool added = before && !before->ties.count(pair);
            DotEdge e = look.tie(pair, weight, (added ? 1 : 0) + (highlighted(pair) ? bold_width : 0));
            if (before) {
                e.attributes.set("color", added ? style::added_colour : style::stable_colour);
                e.attributes.set("change", added ? change_added : change_stable);
            }
            emphasise(e, pair);
            g.edges.push_back(std::move(e));
        }
        if (!before) return;
        for (const auto& [pair, weight] : before->ties) {
            if (!placed(pair) || now.ties.count(pair)) continue;
            DotEdge e = look.tie(pair, weight, highlighted(pair) ? bold_width : 0);
            e.attributes.set("color", style::removed_colour);
            e.attributes.set("style", "dashed");
            e.attributes.set("change", change_removed);
            emphasise(e, pair);
            g.edges.push_back(std::move(e));
        }
    }

    // The boxes of the union layout around the drawn actors of each value.
    void boxes(DotGraph& g, const std::vector<std::uint32_t>& drawn) const {
        if (!layout.clusters) return;
        std::vector<std::string> names;
        for (const auto a : drawn) names.push_back(look.node_name(a));
        g.subgraphs = style::cluster_subgraphs(study, request.cluster_by, drawn, names);
        for (auto& s : g.subgraphs) {
            s.attributes.set("bb", bounding_box(layout.geometry.clusters.at(s.name)));
            s.attributes.set("style", "rounded,filled");
            s.attributes.set("fillcolor", style::box_fill);
            s.attributes.set("color", style::box_line);
            s.attributes.set("fontsize", "16");
        }
    }

    [[nodiscard]] Legend legend(const std::vector<std::uint32_t>& drawn) const {
        return diagram_legend(study, options, request,
                              legend_facts(study, request, look, drawn, layout.clusters,
                                           before ? std::optional(before->year) : std::nullopt));
    }

    // An invisible node over `box`: Graphviz routes edges around nodes only,
    // so this keeps them off the legend and the box labels.
    [[nodiscard]] DotNode keep_clear(const std::string& base, const graphviz::Box& box) const {
        DotNode n;
        n.name = base;
        while (study.actor_index(n.name)) n.name += "_";
        n.attributes.set("style", "invis");
        n.attributes.set("keep_clear", "true");
        n.attributes.set("shape", "box");
        n.attributes.set("label", "");
        n.attributes.set("fixedsize", "true");
        n.attributes.set("width", style::format_number((box.urx - box.llx) / 72.0));
        n.attributes.set("height", style::format_number((box.ury - box.lly) / 72.0));
        n.attributes.set("pos", pinned_position({(box.llx + box.urx) / 2, (box.lly + box.ury) / 2}));
        n.attributes.set("tooltip", " ");
        return n;
    }

    // Keep-clear nodes over the label of every box drawn.
    void clear_box_labels(DotGraph& g) const {
        for (const auto& s : g.subgraphs) {
            const auto b = layout.geometry.clusters.find(s.name);
            if (b == layout.geometry.clusters.end()) continue;
            const double width = text_width(graphviz::unescape_label(s.attributes.get("label")), style::box_font);
            const double middle = (b->second.llx + b->second.urx) / 2, top = b->second.ury - 2;
            g.nodes.push_back(keep_clear("label of " + s.name, {middle - width / 2, top - line_height(style::box_font),
                                                                middle + width / 2, top}));
        }
    }

    // The legend as the label of an invisible cluster, its top-left corner
    // pinned (Graphviz anchors a cluster label there, so the estimate of its
    // size only reserves room): in the room the layout reserved when it fits,
    // else to the right of the drawing. A second invisible cluster spans the
    // drawing and the legend, which keeps the extent of the drawing, and so
    // every node's place on the page, the same in every wave even where
    // actors at the edge are absent.
    void place_legend(DotGraph& g, const Legend& legend) const {
        const graphviz::Box& frame = layout.geometry.frame;
        const graphviz::Box& slot = layout.geometry.reserved;
        const graphviz::Point size = legend.size();
        const bool fits = size.x + label_inset_x <= slot.urx - slot.llx + 0.01 &&
                          size.y + label_inset_y <= slot.ury - slot.lly + 0.01;
        const double left = fits ? slot.llx + label_inset_x : frame.urx + legend_gap;
        const double top = fits ? slot.ury : frame.ury;
        const graphviz::Box box{left - label_inset_x, top - label_inset_y - size.y, left + size.x, top};
        DotSubgraph key;
        key.name = "clusterlegend";
        key.attributes.set("style", "invis");
        key.attributes.set("labeljust", "l");
        key.attributes.set("labelloc", "t");
        key.attributes.set("fontsize", "12");
        key.attributes.set("label", legend.html(), true);
        key.attributes.set("bb", bounding_box(box));
        g.subgraphs.push_back(std::move(key));
        g.nodes.push_back(
            keep_clear("legend", {left, top - label_inset_y - size.y, left + size.x, top - label_inset_y}));
        DotSubgraph all;
        all.name = "clusterframe";
        all.attributes.set("style", "invis");
        all.attributes.set("label", "");
        all.attributes.set("bb", bounding_box({0, std::min(0.0, box.lly), std::max(frame.urx, box.urx), frame.ury}));
        g.subgraphs.push_back(std::move(all));
    }
};

}  // namespace

Diagram build_diagram(const Study& study, const DiagramOptions& options, const StableLayout& layout) {
    const DiagramRequest request = resolve_request(study, options);
    check_layout(layout, options, request);
    const DiagramData& data = layout.data;
    const style::Style look(study, request.colour_by, data, layout.largest_size, layout.labels);
    const Drawing drawing{study,
                          options,
                          request,
                          layout,
                          look,
                          *data.find(request.year),
                          request.before ? data.find(*request.before) : nullptr};
    Diagram d;
    d.wave = request.year;
    d.diff_from = request.before;
    d.notes = layout.notes;
    drawing.frame(d.graph);
    const std::vector<std::uint32_t> drawn = drawing.actors(d.graph);
    drawing.ties(d.graph);
    drawing.boxes(d.graph, drawn);
    drawing.clear_box_labels(d.graph);
    drawing.place_legend(d.graph, drawing.legend(drawn));
    d.smallest_label = layout.labels ? style::smallest_font : 0;
    return d;
}

Diagram build_diagram(const Study& study, const DiagramOptions& options) {
    return build_diagram(study, options, stable_layout(study, options));
}

std::string diagram_dot(const Diagram& diagram) { return graphviz::write_dot(diagram.graph); }

}  // namespace helixnet
