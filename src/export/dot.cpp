#include "helixnet/export/dot.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

#include "helixnet/error.hpp"
#include "helixnet/export/layout.hpp"
#include "helixnet/graph/wave_graph.hpp"
#include "helixnet/metrics/wave_metrics.hpp"
#include "helixnet/study/colour.hpp"

namespace helixnet {

namespace {

using graphviz::Attributes;
using graphviz::DotEdge;
using graphviz::DotGraph;
using graphviz::DotNode;
using graphviz::DotSubgraph;
using graphviz::escape_html;
using graphviz::escape_label;

constexpr const char* font = "Helvetica";
constexpr const char* unknown_colour = "#BBBBBB";
constexpr const char* added_colour = "#D55E00";    // Okabe-Ito vermillion
constexpr const char* removed_colour = "#0072B2";  // Okabe-Ito blue
constexpr const char* stable_colour = "#9A9A9A";
constexpr const char* tie_colour = "#5A5A5A";
// Okabe & Ito (2008), colours told apart with every common colour-vision
// deficiency; used for values without a colour in the study's metadata.
constexpr const char* palette[] = {"#E69F00", "#56B4E9", "#009E73", "#F0E442",
                                   "#0072B2", "#D55E00", "#CC79A7", "#000000"};

// Values that stand for "not in any group" and are never boxed as a cluster.
bool outside_value(const std::string& v) { return v.empty() || v == "outside" || v == "unknown"; }

std::string value_of(const Actor& actor, const std::string& attribute) {
    if (attribute.empty()) return {};
    const std::string* v = actor.attribute(attribute);
    return v ? *v : std::string();
}

std::string format_number(double v) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.2f", v);
    std::string s = buffer;
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s;
}

// A study colour as Graphviz reads it: `#rgb` spelled out as `#rrggbb` (Graphviz
// knows only the long forms); empty for anything study/colour.hpp does not
// accept, which the loaders reject but a study built in code may hold
// (Graphviz's gradient parser crashes on some such values).
std::string graphviz_colour(const std::string& colour) {
    if (!is_valid_colour(colour)) return {};
    if (colour.size() == 4 && colour[0] == '#')
        return {'#', colour[1], colour[1], colour[2], colour[2], colour[3], colour[3]};
    return colour;
}

// "#RRGGBB" with an alpha channel; other colour forms are returned unchanged.
std::string with_alpha(const std::string& colour, const char* alpha) {
    if (colour.size() == 7 && colour[0] == '#') return colour + alpha;
    return colour;
}

// Resolves an optional attribute option: absent -> the default when the study
// has it; "" / "none" -> off; else it must exist.
std::string resolve_attribute(const Study& study, const std::optional<std::string>& option, const char* fallback,
                              const char* what) {
    if (!option) return study.has_attribute(fallback) ? fallback : "";
    if (option->empty() || *option == "none") return "";
    if (!study.has_attribute(*option))
        throw Failure(std::string(what) + ": the study has no attribute '" + *option + "'");
    return *option;
}

// The values of an attribute in legend order: declared in metadata first, then
// as first used by actors; with label and colour (the study's where it is
// valid, else the next of the palette).
struct ValueStyle {
    std::string value;
    std::string label;
    std::string colour;
};

std::vector<ValueStyle> value_styles(const Study& study, const std::string& attribute) {
    std::vector<ValueStyle> out;
    if (attribute.empty()) return out;
    std::set<std::string> seen;
    const AttributeInfo* info = study.attribute_info(attribute);
    if (info)
        for (const auto& [value, meta] : info->values)
            if (seen.insert(value).second)
                out.push_back({value, meta.label.empty() ? value : meta.label, graphviz_colour(meta.color)});
    for (const Actor& a : study.actors) {
        const std::string v = value_of(a, attribute);
        if (!v.empty() && seen.insert(v).second) out.push_back({v, v, ""});
    }
    std::size_t next = 0;
    for (auto& s : out)
        if (s.colour.empty()) s.colour = palette[next++ % std::size(palette)];
    return out;
}

// A tie of one wave between two actors (actor indices, a < b).
using Pair = std::pair<std::uint32_t, std::uint32_t>;

struct WaveData {
    int year = 0;
    std::vector<bool> present;    // per actor
    std::vector<double> metric;   // per actor; 0 where absent
    std::map<Pair, double> ties;  // pair -> weight
};

// An actor measure of metrics/wave_metrics.hpp by name; null counts as 0.
double actor_measure(const ActorMetrics& a, const std::string& metric) {
    const std::optional<double> value = metric == "betweenness"   ? a.betweenness
                                        : metric == "closeness"   ? a.closeness
                                        : metric == "harmonic"    ? a.harmonic
                                        : metric == "eigenvector" ? a.eigenvector
                                        : metric == "pagerank"    ? a.pagerank
                                                                  : std::optional<double>(a.core);
    return value.value_or(0.0);
}

WaveData wave_data(const Study& study, int year, const std::string& metric) {
    const WaveGraph g = build_wave_graph(study, year);
    // Degree and strength are read off the graph; the other measures come from the metrics engine.
    std::optional<WaveMetrics> measures;
    if (metric != "degree" && metric != "strength") measures = compute_wave_metrics(g);
    WaveData d;
    d.year = year;
    d.present.assign(study.actors.size(), false);
    d.metric.assign(study.actors.size(), 0.0);
    for (Vertex v = 0; v < g.actors(); ++v) {
        const std::uint32_t a = g.actor(v);
        d.present[a] = true;
        const auto nb = g.neighbours(v);
        const auto props = g.tie_properties(v);
        double strength = 0;
        for (std::size_t i = 0; i < nb.size(); ++i) {
            strength += props[i].weight;
            const std::uint32_t b = g.actor(nb[i]);
            if (a < b) d.ties[{a, b}] = props[i].weight;
        }
        d.metric[a] = measures               ? actor_measure(measures->actors[v], metric)
                      : metric == "strength" ? strength
                                             : static_cast<double>(nb.size());
    }
    return d;
}

struct Scale {
    double low = 0;
    double high = 0;
    // 0..1 by position in [low, high]; 0.5 when every value is the same.
    [[nodiscard]] double operator()(double v) const { return high > low ? (v - low) / (high - low) : 0.5; }
};

struct Builder {
    const Study& study;
    const DiagramOptions& options;
    std::string colour_by;
    std::string cluster_by;
    std::vector<ValueStyle> colours;
    std::vector<ValueStyle> cluster_values;
    std::vector<WaveData> waves;
    std::vector<double> max_metric;  // per actor over all waves
    double metric_top = 0;           // over all actors and waves
    Scale weight_scale;
    std::vector<bool> selected;  // per actor: drawn at all
    bool clusters = true;
    bool labels = true;
    std::vector<std::string> notes;

    [[nodiscard]] std::string colour_of(const Actor& a) const {
        const std::string v = value_of(a, colour_by);
        for (const auto& s : colours)
            if (s.value == v) return s.colour;
        return unknown_colour;
    }

    [[nodiscard]] double size_fraction(double metric) const {
        return metric_top > 0 ? std::sqrt(std::max(0.0, metric) / metric_top) : 0.0;
    }

    // The look of an actor's node at a metric value (size grows with the
    // square root of the metric, so area follows the metric).
    [[nodiscard]] DotNode node(std::uint32_t index, double metric) const {
        const Actor& a = study.actors[index];
        DotNode n;
        n.name = node_name(index);
        const std::string colour = colour_of(a);
        const double t = size_fraction(metric);
        if (labels) {
            n.attributes.set("label", escape_label(a.name));
            n.attributes.set("fontsize", format_number(9.0 + 9.0 * t));
            n.attributes.set("fillcolor", with_alpha(colour, "59"));
        } else {
            n.attributes.set("shape", "circle");
            n.attributes.set("label", "");
            n.attributes.set("width", format_number(0.08 + 0.3 * t));
            n.attributes.set("fillcolor", colour);
        }
        n.attributes.set("color", colour);
        n.attributes.set("tooltip", escape_label(a.name));
        return n;
    }

    // The actor's id, unless it holds a backslash, which cgraph cannot write
    // in a name: then "actor N" (N its place in the study, made unique).
    [[nodiscard]] std::string node_name(std::uint32_t index) const {
        const std::string& id = study.actors[index].id;
        if (id.find('\\') == std::string::npos) return id;
        std::string name = "actor " + std::to_string(index + 1);
        while (study.actor_index(name)) name += "_";
        return name;
    }

    [[nodiscard]] std::string cluster_name(std::size_t index, const std::string& value) const {
        return value.find('\\') == std::string::npos ? "cluster_" + value : "cluster " + std::to_string(index + 1);
    }

    [[nodiscard]] std::vector<DotSubgraph> cluster_subgraphs(const std::vector<std::string>& node_names,
                                                             const std::vector<std::uint32_t>& actors) const {
        std::vector<DotSubgraph> out;
        if (!clusters || cluster_by.empty()) return out;
        for (std::size_t vi = 0; vi < cluster_values.size(); ++vi) {
            const ValueStyle& v = cluster_values[vi];
            if (outside_value(v.value)) continue;
            DotSubgraph s;
            s.name = cluster_name(vi, v.value);
            for (std::size_t i = 0; i < actors.size(); ++i)
                if (value_of(study.actors[actors[i]], cluster_by) == v.value) s.nodes.push_back(node_names[i]);
            if (s.nodes.empty()) continue;
            s.attributes.set("label", escape_label(v.label));
            out.push_back(std::move(s));
        }
        return out;
    }

    void set_common(DotGraph& g) const {
        g.graph.set("fontname", font);
        g.graph.set("charset", "UTF-8");
        g.node_defaults.set("fontname", font);
        g.node_defaults.set("shape", "box");
        g.node_defaults.set("style", "rounded,filled");
        g.node_defaults.set("margin", "0.1,0.04");
        g.node_defaults.set("penwidth", "1.4");
        g.edge_defaults.set("color", tie_colour);
    }
};

std::string wave_title(const Study& study, int year) {
    for (const Wave& w : study.waves)
        if (w.year == year && !w.label.empty()) return std::to_string(year) + " (" + w.label + ")";
    return std::to_string(year);
}

}  // namespace

std::vector<std::string> size_metrics() {
    return {"degree", "strength", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank", "core"};
}

Diagram build_diagram(const Study& study, const DiagramOptions& options) {
    if (study.waves.empty()) throw Failure("the study has no waves to draw");
    const auto metrics = size_metrics();
    if (std::find(metrics.begin(), metrics.end(), options.size_by) == metrics.end())
        throw Failure("--size-by: unknown metric '" + options.size_by + "'");
    const int year = options.wave.value_or(study.wave_years().back());
    require_wave(study, year);
    if (options.diff_from) require_wave(study, *options.diff_from);

    const DiagramText& text = options.text;
    Builder b{study, options, {}, {}, {}, {}, {}, {}, 0, {}, {}, true, true, {}};
    b.colour_by = resolve_attribute(study, options.colour_by, "sector", "--colour-by");
    b.cluster_by = resolve_attribute(study, options.cluster_by, "region", "--cluster-by");
    b.colours = value_styles(study, b.colour_by);
    b.cluster_values = value_styles(study, b.cluster_by);

    const std::size_t n = study.actors.size();
    b.max_metric.assign(n, 0.0);
    double wmin = std::numeric_limits<double>::infinity(), wmax = 0;
    for (int y : study.wave_years()) {
        b.waves.push_back(wave_data(study, y, options.size_by));
        const WaveData& w = b.waves.back();
        for (std::size_t a = 0; a < n; ++a) b.max_metric[a] = std::max(b.max_metric[a], w.metric[a]);
        for (const auto& [pair, weight] : w.ties) {
            wmin = std::min(wmin, weight);
            wmax = std::max(wmax, weight);
        }
    }
    b.weight_scale = {wmax > 0 ? wmin : 0, wmax};
    const auto wave_index = [&](int y) {
        for (std::size_t i = 0; i < b.waves.size(); ++i)
            if (b.waves[i].year == y) return i;
        return std::size_t{0};
    };
    const WaveData& now = b.waves[wave_index(year)];
    const WaveData* before = options.diff_from ? &b.waves[wave_index(*options.diff_from)] : nullptr;

    // Which actors are drawn at all (in any wave, so positions stay stable).
    b.selected.assign(n, false);
    for (const auto& w : b.waves)
        for (std::size_t a = 0; a < n; ++a)
            if (w.present[a]) b.selected[a] = true;
    if (options.top > 0) {
        std::vector<std::uint32_t> order;
        for (std::uint32_t a = 0; a < n; ++a)
            if (now.present[a]) order.push_back(a);
        std::stable_sort(order.begin(), order.end(),
                         [&](std::uint32_t x, std::uint32_t y) { return now.metric[x] > now.metric[y]; });
        if (order.size() > options.top) order.resize(options.top);
        b.selected.assign(n, false);
        for (auto a : order) b.selected[a] = true;
    }
    std::vector<std::uint32_t> union_actors;
    for (std::uint32_t a = 0; a < n; ++a)
        if (b.selected[a]) union_actors.push_back(a);
    for (std::uint32_t a : union_actors) b.metric_top = std::max(b.metric_top, b.max_metric[a]);

    LayoutEngine engine = LayoutEngine::clustered;
    if (union_actors.size() > options.cluster_limit) {
        engine = LayoutEngine::large;
        b.clusters = false;
        b.notes.push_back(std::to_string(union_actors.size()) + " actors: laid out with sfdp, without cluster boxes");
    }
    if (union_actors.size() > options.label_limit) {
        b.labels = false;
        b.notes.push_back("more than " + std::to_string(options.label_limit) +
                          " actors: drawn as unlabelled points; use --top N for a labelled drawing of the top actors");
    }

    // The union of all waves, each node at its largest size.
    DotGraph all;
    all.name = "union";
    b.set_common(all);
    std::vector<std::string> union_names;
    for (std::uint32_t a : union_actors) {
        all.nodes.push_back(b.node(a, b.max_metric[a]));
        union_names.push_back(b.node_name(a));
    }
    {
        std::map<Pair, double> union_ties;
        for (const auto& w : b.waves)
            for (const auto& [pair, weight] : w.ties)
                if (b.selected[pair.first] && b.selected[pair.second])
                    union_ties[pair] = std::max(union_ties[pair], weight);
        for (const auto& [pair, weight] : union_ties) {
            DotEdge e;
            e.tail = b.node_name(pair.first);
            e.head = b.node_name(pair.second);
            all.edges.push_back(std::move(e));
        }
    }
    all.subgraphs = b.cluster_subgraphs(union_names, union_actors);
    const StableLayout stable = stable_layout(all, engine);

    // The drawing of this wave (and, in a change view, of the earlier one).
    Diagram d;
    d.wave = year;
    d.diff_from = options.diff_from;
    DotGraph& g = d.graph;
    g.name = "helixnet";
    b.set_common(g);
    g.graph.set("layout", "nop2");
    g.graph.set("outputorder", "edgesfirst");
    g.graph.set("splines", b.labels ? "true" : "false");
    g.graph.set("labelloc", "t");
    g.graph.set("fontsize", "20");
    g.graph.set("pad", "0.3");
    g.graph.set("bgcolor", "white");
    {
        std::string title = study.name.empty() ? std::string("helixnet") : study.name;
        title += before ? "\n" + text.change + " " + wave_title(study, before->year) + " \xE2\x86\x92 " +
                              wave_title(study, year)
                        : "\n" + text.wave + " " + wave_title(study, year);
        g.graph.set("label", escape_label(title));
    }

    std::vector<std::uint32_t> drawn;
    std::vector<std::string> drawn_names;
    for (std::uint32_t a : union_actors) {
        const bool in_now = now.present[a];
        const bool in_before = before && before->present[a];
        if (!in_now && !in_before) continue;
        DotNode node = b.node(a, in_now ? now.metric[a] : before->metric[a]);
        node.attributes.set("pos", pinned_position(stable.positions.at(node.name)));
        if (before) {
            if (in_now && !in_before) {
                node.attributes.set("peripheries", "2");
                node.attributes.set("change", change_joined);
            } else if (!in_now) {
                node.attributes.set("style", "rounded,filled,dashed");
                node.attributes.set("fillcolor", with_alpha(b.colour_of(study.actors[a]), "1A"));
                node.attributes.set("fontcolor", "#808080");
                node.attributes.set("change", change_left);
            } else {
                node.attributes.set("change", change_stable);
            }
        }
        drawn.push_back(a);
        drawn_names.push_back(node.name);
        g.nodes.push_back(std::move(node));
    }

    auto tie = [&](const Pair& pair, double weight) {
        DotEdge e;
        e.tail = b.node_name(pair.first);
        e.head = b.node_name(pair.second);
        e.attributes.set("penwidth", format_number(1.0 + 3.0 * b.weight_scale(weight)));
        e.attributes.set("tie_weight", format_number(weight));
        e.attributes.set("tooltip", escape_label(study.actors[pair.first].name + " \xE2\x80\x93 " +
                                                 study.actors[pair.second].name + " (" + format_number(weight) + ")"));
        return e;
    };
    for (const auto& [pair, weight] : now.ties) {
        if (!b.selected[pair.first] || !b.selected[pair.second]) continue;
        DotEdge e = tie(pair, weight);
        if (before) {
            if (before->ties.count(pair)) {
                e.attributes.set("color", stable_colour);
                e.attributes.set("change", change_stable);
            } else {
                e.attributes.set("color", added_colour);
                e.attributes.set("penwidth", format_number(2.0 + 3.0 * b.weight_scale(weight)));
                e.attributes.set("change", change_added);
            }
        }
        g.edges.push_back(std::move(e));
    }
    if (before)
        for (const auto& [pair, weight] : before->ties) {
            if (!b.selected[pair.first] || !b.selected[pair.second] || now.ties.count(pair)) continue;
            DotEdge e = tie(pair, weight);
            e.attributes.set("color", removed_colour);
            e.attributes.set("style", "dashed");
            e.attributes.set("change", change_removed);
            g.edges.push_back(std::move(e));
        }

    g.subgraphs = b.cluster_subgraphs(drawn_names, drawn);
    for (auto& s : g.subgraphs) {
        s.attributes.set("bb", bounding_box(stable.clusters.at(s.name)));
        s.attributes.set("style", "rounded,filled");
        s.attributes.set("fillcolor", "#F4F4F4");
        s.attributes.set("color", "#B0B0B0");
        s.attributes.set("fontsize", "16");
    }

    // The legend: an HTML-like table to the right of the drawing, top-aligned.
    const auto name = [&](const std::string& n) {
        const auto it = text.names.find(n);
        return escape_html(it == text.names.end() ? n : it->second);
    };
    std::string rows;
    auto row = [&](const std::string& key_cell, const std::string& text) {
        rows += "<TR>" + key_cell + "<TD ALIGN=\"LEFT\">" + text + "</TD></TR>";
    };
    auto heading = [&](const std::string& text) {
        rows += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>" + text + "</B></TD></TR>";
    };
    auto swatch = [](const std::string& colour) {
        return "<TD BGCOLOR=\"" + escape_html(colour) + "\" WIDTH=\"18\" HEIGHT=\"12\" FIXEDSIZE=\"TRUE\"></TD>";
    };
    auto line = [](const char* colour, const char* glyphs) {
        return std::string("<TD><FONT COLOR=\"") + colour + "\">" + glyphs + "</FONT></TD>";
    };
    if (!b.colour_by.empty()) {
        heading(escape_html(text.colour) + ": " + name(b.colour_by));
        bool unknown = false;
        for (std::uint32_t a : drawn) unknown = unknown || value_of(study.actors[a], b.colour_by).empty();
        for (const auto& s : b.colours) {
            bool used = false;
            for (std::uint32_t a : drawn) used = used || value_of(study.actors[a], b.colour_by) == s.value;
            if (used) row(swatch(s.colour), escape_html(s.label));
        }
        if (unknown) row(swatch(unknown_colour), escape_html(text.unknown));
    }
    heading(escape_html(text.size) + ": " + name(options.size_by));
    std::string largest = format_number(b.metric_top);
    std::replace(largest.begin(), largest.end(), '.', text.decimal_mark);
    row("<TD></TD>", escape_html(text.largest) + ": " + largest);
    row(line(tie_colour, "\xE2\x94\x81\xE2\x94\x81"), escape_html(text.tie));
    if (before) {
        heading(escape_html(text.change_since) + " " + std::to_string(before->year));
        row(line(added_colour, "\xE2\x94\x81\xE2\x94\x81"), escape_html(text.new_tie));
        row(line(removed_colour, "\xE2\x95\x8C\xE2\x95\x8C"), escape_html(text.ended_tie));
        row(line(stable_colour, "\xE2\x94\x80\xE2\x94\x80"), escape_html(text.stable_tie));
        row("<TD>\xE2\x97\x8E</TD>", escape_html(text.joined));
        row("<TD><FONT COLOR=\"#808080\">\xE2\x97\x8C</FONT></TD>", escape_html(text.left));
    }
    DotNode legend;
    legend.name = "legend";
    while (study.actor_index(legend.name)) legend.name += "_";
    legend.attributes.set("shape", "none");
    legend.attributes.set("style", "");
    legend.attributes.set("margin", "0");
    legend.attributes.set("fontsize", "12");
    legend.attributes.set("label",
                          "<TABLE BORDER=\"1\" COLOR=\"#B0B0B0\" CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"3\" "
                          "BGCOLOR=\"white\">" +
                              rows + "</TABLE>",
                          true);
    {
        DotGraph probe;
        b.set_common(probe);
        DotNode p = legend;
        p.attributes.set("pos", "0,0!");
        probe.nodes.push_back(p);
        const graphviz::Layout measured = graphviz::layout(probe, "nop2");
        const graphviz::Point size = measured.sizes.at(legend.name);
        constexpr double gap = 24;
        const graphviz::Point centre{stable.frame.urx + gap + size.x / 2, stable.frame.ury - size.y / 2};
        legend.attributes.set("pos", pinned_position(centre));
        // An invisible cluster holding the whole frame (drawing and legend) keeps
        // the drawing's extent, and so every node's place on the page, the same
        // in every wave even where actors at the edge are absent.
        DotSubgraph frame;
        frame.name = "clusterframe";
        frame.attributes.set("style", "invis");
        frame.attributes.set("label", "");
        frame.attributes.set(
            "bb", bounding_box({0, std::min(0.0, centre.y - size.y / 2), centre.x + size.x / 2, stable.frame.ury}));
        g.subgraphs.push_back(std::move(frame));
    }
    g.nodes.push_back(std::move(legend));
    d.notes = std::move(b.notes);
    return d;
}

std::string diagram_dot(const Diagram& diagram) { return graphviz::write_dot(diagram.graph); }

}  // namespace helixnet
