#include "helixnet/export/layout.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <vector>

#include "request.hpp"
#include "style.hpp"

namespace helixnet {

namespace {

double round2(double v) {
    const double r = std::round(v * 100.0) / 100.0;
    return r == 0.0 ? 0.0 : r;  // no "-0"
}

std::string number(double v) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.2f", round2(v));
    std::string s = buffer;
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s == "-0" ? "0" : s;
}

}  // namespace

std::string pinned_position(graphviz::Point p) { return number(p.x) + "," + number(p.y) + "!"; }

std::string bounding_box(graphviz::Box b) {
    return number(b.llx) + "," + number(b.lly) + "," + number(b.urx) + "," + number(b.ury);
}

namespace {

using graphviz::Box;
using graphviz::DotGraph;
using graphviz::Point;

// A group of nodes laid out together: one cluster, or the nodes outside any.
struct Group {
    std::string cluster;  // empty: the nodes outside every cluster
    DotGraph graph;
    std::map<std::string, Point> positions;
    Box box;  // around the nodes (and, for a cluster, its margin and label)
};

constexpr double cluster_margin = 14;  // points between a cluster's border and its nodes
constexpr double cluster_label = 30;   // room for the cluster's label at the top
constexpr double group_gap = 28;       // between groups

void set_layout_attributes(DotGraph& g) {
    g.graph.set("overlap", "prism");
    g.graph.set("overlap_scaling", "-1.5");
    g.graph.set("sep", "+10");
    g.graph.set("esep", "+5");
    g.graph.set("pack", "true");
    g.graph.set("start", "7");
    g.edge_defaults.set("len", "0.5");  // inches; prism then makes room for the labels
}

void lay_out_group(Group& group, LayoutEngine engine) {
    constexpr double inf = std::numeric_limits<double>::infinity();
    Box box{inf, inf, -inf, -inf};
    const graphviz::Layout raw = graphviz::layout(group.graph, engine == LayoutEngine::large ? "sfdp" : "neato");
    for (const auto& [name, p] : raw.positions) {
        const Point size = raw.sizes.at(name);
        const Point q = group.graph.nodes.size() == 1 ? Point{0, 0} : p;
        group.positions[name] = q;
        box.llx = std::min(box.llx, q.x - size.x / 2);
        box.lly = std::min(box.lly, q.y - size.y / 2);
        box.urx = std::max(box.urx, q.x + size.x / 2);
        box.ury = std::max(box.ury, q.y + size.y / 2);
    }
    if (!group.cluster.empty()) {
        box.llx -= cluster_margin;
        box.lly -= cluster_margin;
        box.urx += cluster_margin;
        box.ury += cluster_margin + cluster_label;
    }
    group.box = box;
}

}  // namespace

UnionLayout lay_out_union(const graphviz::DotGraph& union_graph, LayoutEngine engine) {
    // Each cluster, and the nodes outside all clusters, are laid out on their
    // own with neato (stress majorization, deterministic); the groups are then
    // placed as boxes by a second neato run on the graph of groups, with an
    // edge wherever ties cross between them. (fdp lays out clusters in one go
    // but gives different results from run to run in Graphviz 2.43.)
    std::vector<Group> groups;
    std::map<std::string, std::size_t> group_of;
    if (engine == LayoutEngine::clustered)
        for (const auto& s : union_graph.subgraphs) {
            if (s.name.rfind("cluster", 0) != 0 || s.nodes.empty()) continue;
            Group g;
            g.cluster = s.name;
            for (const auto& n : s.nodes)
                if (!group_of.count(n)) group_of[n] = groups.size();
            groups.push_back(std::move(g));
        }
    const std::size_t outside = groups.size();
    groups.push_back({});
    for (const auto& n : union_graph.nodes) {
        const auto it = group_of.find(n.name);
        const std::size_t gi = it == group_of.end() ? outside : it->second;
        group_of[n.name] = gi;
        groups[gi].graph.nodes.push_back(n);
    }
    std::map<std::pair<std::size_t, std::size_t>, int> crossing;
    for (const auto& e : union_graph.edges) {
        const std::size_t a = group_of.at(e.tail), b = group_of.at(e.head);
        if (a == b) {
            groups[a].graph.edges.push_back(e);
        } else {
            ++crossing[{std::min(a, b), std::max(a, b)}];
        }
    }
    DotGraph meta;
    meta.name = "groups";
    set_layout_attributes(meta);
    meta.graph.set("sep", "+" + number(group_gap / 2));
    // Scaling the arrangement until no boxes overlap keeps who sits next to
    // whom and, unlike prism on a few large boxes, always separates them.
    meta.graph.set("overlap", "scalexy");
    meta.node_defaults.set("shape", "box");
    meta.node_defaults.set("fixedsize", "true");
    meta.node_defaults.set("label", "");
    for (std::size_t i = 0; i < groups.size(); ++i) {
        Group& g = groups[i];
        if (g.graph.nodes.empty()) continue;
        g.graph.name = "group";
        g.graph.node_defaults = union_graph.node_defaults;
        g.graph.edge_defaults = union_graph.edge_defaults;
        g.graph.graph = union_graph.graph;
        set_layout_attributes(g.graph);
        lay_out_group(g, engine);
        graphviz::DotNode box;
        box.name = "g" + std::to_string(i);
        box.attributes.set("width", number((g.box.urx - g.box.llx) / 72.0));
        box.attributes.set("height", number((g.box.ury - g.box.lly) / 72.0));
        meta.nodes.push_back(std::move(box));
    }
    for (const auto& [pair, count] : crossing) {
        graphviz::DotEdge e;
        e.tail = "g" + std::to_string(pair.first);
        e.head = "g" + std::to_string(pair.second);
        e.attributes.set("weight", std::to_string(count));
        e.attributes.set("len", "0.2");  // pull tied groups together; prism keeps them apart
        meta.edges.push_back(std::move(e));
    }
    std::map<std::string, Point> centre;
    if (meta.nodes.size() == 1) {
        centre[meta.nodes.front().name] = {0, 0};
    } else if (!meta.nodes.empty()) {
        centre = graphviz::layout(meta, "neato").positions;
    }

    UnionLayout out;
    constexpr double inf = std::numeric_limits<double>::infinity();
    Box frame{inf, inf, -inf, -inf};
    std::map<std::string, Point> positions;
    std::map<std::string, Box> clusters;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        const Group& g = groups[i];
        if (g.graph.nodes.empty()) continue;
        const Point c = centre.at("g" + std::to_string(i));
        const double dx = c.x - (g.box.llx + g.box.urx) / 2, dy = c.y - (g.box.lly + g.box.ury) / 2;
        for (const auto& [name, p] : g.positions) positions[name] = {p.x + dx, p.y + dy};
        const Box b{g.box.llx + dx, g.box.lly + dy, g.box.urx + dx, g.box.ury + dy};
        if (!g.cluster.empty()) clusters[g.cluster] = b;
        frame.llx = std::min(frame.llx, b.llx);
        frame.lly = std::min(frame.lly, b.lly);
        frame.urx = std::max(frame.urx, b.urx);
        frame.ury = std::max(frame.ury, b.ury);
    }
    if (frame.llx > frame.urx) frame = {0, 0, 0, 0};
    for (const auto& [name, p] : positions) out.positions[name] = {round2(p.x - frame.llx), round2(p.y - frame.lly)};
    for (const auto& [name, b] : clusters)
        out.clusters[name] = {round2(b.llx - frame.llx), round2(b.lly - frame.lly), round2(b.urx - frame.llx),
                              round2(b.ury - frame.lly)};
    out.frame = {0, 0, round2(frame.urx - frame.llx), round2(frame.ury - frame.lly)};
    return out;
}

StableLayout stable_layout(const Study& study, const DiagramOptions& options) {
    const DiagramRequest request = resolve_request(study, options);
    StableLayout out;
    out.size_by = options.size_by;
    out.cluster_by = request.cluster_by;
    out.top = options.top;
    if (options.top > 0) out.top_wave = request.year;
    out.cluster_limit = options.cluster_limit;
    out.label_limit = options.label_limit;
    out.data = diagram_data(study, options.size_by);
    const DiagramData& data = out.data;

    // Which actors are placed (in any wave, so positions stay stable).
    const std::size_t n = study.actors.size();
    out.placed.assign(n, false);
    for (const auto& w : data.waves)
        for (std::size_t a = 0; a < n; ++a)
            if (w.present[a]) out.placed[a] = true;
    if (options.top > 0) {
        const DiagramWave& now = *data.find(request.year);
        std::vector<std::uint32_t> order;
        for (std::uint32_t a = 0; a < n; ++a)
            if (now.present[a]) order.push_back(a);
        std::stable_sort(order.begin(), order.end(),
                         [&](std::uint32_t x, std::uint32_t y) { return now.size[x] > now.size[y]; });
        if (order.size() > options.top) order.resize(options.top);
        out.placed.assign(n, false);
        for (const auto a : order) out.placed[a] = true;
    }
    std::vector<std::uint32_t> actors;
    for (std::uint32_t a = 0; a < n; ++a)
        if (out.placed[a]) actors.push_back(a);
    for (const auto a : actors) out.largest_size = std::max(out.largest_size, data.largest_size[a]);

    LayoutEngine engine = LayoutEngine::clustered;
    if (actors.size() > options.cluster_limit) {
        engine = LayoutEngine::large;
        out.clusters = false;
        out.notes.push_back(std::to_string(actors.size()) + " actors: laid out with sfdp, without cluster boxes");
    }
    if (actors.size() > options.label_limit) {
        out.labels = false;
        out.notes.push_back(
            "more than " + std::to_string(options.label_limit) +
            " actors: drawn as unlabelled points; use --top N for a labelled drawing of the top actors");
    }

    // The union of all waves, each node at its largest size (colours do not
    // matter to the layout).
    const diagram_style::Style style(study, "", data, out.largest_size, out.labels);
    DotGraph all;
    all.name = "union";
    style.set_common(all);
    std::vector<std::string> names;
    for (const auto a : actors) {
        all.nodes.push_back(style.node(a, data.largest_size[a]));
        names.push_back(all.nodes.back().name);
    }
    std::map<ActorPair, double> ties;
    for (const auto& w : data.waves)
        for (const auto& [pair, weight] : w.ties)
            if (out.placed[pair.first] && out.placed[pair.second]) ties[pair] = std::max(ties[pair], weight);
    for (const auto& [pair, weight] : ties) {
        graphviz::DotEdge e;
        e.tail = style.node_name(pair.first);
        e.head = style.node_name(pair.second);
        all.edges.push_back(std::move(e));
    }
    if (out.clusters) all.subgraphs = diagram_style::cluster_subgraphs(study, request.cluster_by, actors, names);
    out.geometry = lay_out_union(all, engine);
    return out;
}

}  // namespace helixnet
