#include "helixnet/export/dot.hpp"

#include <algorithm>

#include "helixnet/export/legend.hpp"
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
// Where Graphviz puts a cluster's label with labeljust=l, labelloc=t, from
// the cluster's box: this far right of its left side and below its top.
constexpr double label_inset_x = 8;
constexpr double label_inset_y = 4;

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
        g.graph.set("splines", look.labels() ? "true" : "false");
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

    void ties(DotGraph& g) const {
        for (const auto& [pair, weight] : now.ties) {
            if (!placed(pair)) continue;
            const bool added = before && !before->ties.count(pair);
            DotEdge e = look.tie(pair, weight, added ? 1 : 0);
            if (before) {
                e.attributes.set("color", added ? style::added_colour : style::stable_colour);
                e.attributes.set("change", added ? change_added : change_stable);
            }
            g.edges.push_back(std::move(e));
        }
        if (!before) return;
        for (const auto& [pair, weight] : before->ties) {
            if (!placed(pair) || now.ties.count(pair)) continue;
            DotEdge e = look.tie(pair, weight);
            e.attributes.set("color", style::removed_colour);
            e.attributes.set("style", "dashed");
            e.attributes.set("change", change_removed);
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
        const DiagramText& text = options.text;
        const auto name = [&](const std::string& n) {
            const auto it = text.names.find(n);
            return it == text.names.end() ? n : it->second;
        };
        Legend legend;
        if (!look.colour_by().empty()) {
            legend.heading(text.colour + ": " + name(look.colour_by()));
            bool unknown = false;
            for (const auto a : drawn) unknown = unknown || style::value_of(study.actors[a], look.colour_by()).empty();
            for (const auto& s : look.colours()) {
                bool used = false;
                for (const auto a : drawn) used = used || style::value_of(study.actors[a], look.colour_by()) == s.value;
                if (used) legend.swatch(s.colour, s.label);
            }
            if (unknown) legend.swatch(style::unknown_colour, text.unknown);
        }
        legend.heading(text.size + ": " + name(options.size_by));
        std::string largest = style::format_number(look.largest_size());
        std::replace(largest.begin(), largest.end(), '.', text.decimal_mark);
        legend.text(text.largest + ": " + largest);
        legend.glyphs(style::tie_colour, "\xE2\x94\x81\xE2\x94\x81", text.tie);
        if (before) {
            legend.heading(text.change_since + " " + std::to_string(before->year));
            legend.glyphs(style::added_colour, "\xE2\x94\x81\xE2\x94\x81", text.new_tie);
            legend.glyphs(style::removed_colour, "\xE2\x95\x8C\xE2\x95\x8C", text.ended_tie);
            legend.glyphs(style::stable_colour, "\xE2\x94\x80\xE2\x94\x80", text.stable_tie);
            legend.glyphs("", "\xE2\x97\x8E", text.joined);
            legend.glyphs(style::left_text_colour, "\xE2\x97\x8C", text.left);
        }
        return legend;
    }

    // The legend as the label of an invisible cluster to the right of the
    // drawing, its top-left corner pinned (Graphviz anchors a cluster label
    // there, so the estimate of its size only reserves room). A second
    // invisible cluster spans the drawing and the legend, which keeps the
    // extent of the drawing, and so every node's place on the page, the same
    // in every wave even where actors at the edge are absent.
    void place_legend(DotGraph& g, const Legend& legend) const {
        const graphviz::Box& frame = layout.geometry.frame;
        const graphviz::Point size = legend.size();
        const double left = frame.urx + legend_gap;
        const graphviz::Box box{left - label_inset_x, frame.ury - label_inset_y - size.y, left + size.x, frame.ury};
        DotSubgraph key;
        key.name = "clusterlegend";
        key.attributes.set("style", "invis");
        key.attributes.set("labeljust", "l");
        key.attributes.set("labelloc", "t");
        key.attributes.set("fontsize", "12");
        key.attributes.set("label", legend.html(), true);
        key.attributes.set("bb", bounding_box(box));
        g.subgraphs.push_back(std::move(key));
        DotSubgraph all;
        all.name = "clusterframe";
        all.attributes.set("style", "invis");
        all.attributes.set("label", "");
        all.attributes.set("bb", bounding_box({0, std::min(0.0, box.lly), box.urx, frame.ury}));
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
    drawing.place_legend(d.graph, drawing.legend(drawn));
    return d;
}

Diagram build_diagram(const Study& study, const DiagramOptions& options) {
    return build_diagram(study, options, stable_layout(study, options));
}

std::string diagram_dot(const Diagram& diagram) { return graphviz::write_dot(diagram.graph); }

}  // namespace helixnet
