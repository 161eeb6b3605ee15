#include "helixnet/export/layout.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <vector>

#include "diagram_legend.hpp"
#include "helixnet/export/text_size.hpp"
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
    std::string label;    // the cluster's label, as text
    DotGraph graph;
    std::map<std::string, Point> positions;
    Box box;  // around the nodes (and, for a cluster, its margin and label)
};

constexpr double cluster_margin = 10;  // points between a cluster's border and its nodes
constexpr double cluster_label = 26;   // room for the cluster's label at the top
constexpr double node_gap = 14;        // points between neighbouring nodes, room for edges to pass
constexpr double group_gap = 16;       // between groups, and between the groups and the legend
// The arrangement of the groups is made to fill a landscape page (A4, A3 and
// slides are about 1.6 times as wide as high once title and margins are off).
constexpr double page_aspect = 1.6;

void set_layout_attributes(DotGraph& g) {
    // A short ideal edge length and no initial scaling: neato places nodes
    // close together and prism moves them apart only as far as their labels
    // need; compaction then closes what gaps remain.
    g.graph.set("overlap", "prism");
    g.graph.set("overlap_scaling", "0");
    g.graph.set("sep", "+4");
    g.graph.set("esep", "+2");
    g.graph.set("pack", "true");
    g.graph.set("start", "7");
    g.edge_defaults.set("len", "0.2");  // inches
}

// A node's rectangle: lower left corner and size.
struct Rect {
    double x = 0, y = 0, w = 0, h = 0;
};

// Slides every rectangle towards low `x` (or low `y`) as far as it goes
// without coming within `gap` of another whose extent on the other axis
// overlaps it, in order of position: the order along the axis of rectangles
// that face each other is kept, the empty space between them removed
// (one-dimensional compaction, as in VLSI layout). O(n²).
void compact(std::vector<Rect>& r, double gap, bool along_x) {
    std::vector<std::size_t> order(r.size());
    for (std::size_t i = 0; i < r.size(); ++i) order[i] = i;
    const auto lo = [&](const Rect& a) { return along_x ? a.x : a.y; };
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return lo(r[a]) < lo(r[b]); });
    if (order.empty()) return;
    const double start = lo(r[order.front()]);
    std::vector<std::size_t> placed;
    for (const std::size_t i : order) {
        Rect& a = r[i];
        double at = start;
        for (const std::size_t j : placed) {
            const Rect& b = r[j];
            const bool facing = along_x ? (b.y < a.y + a.h + gap && a.y < b.y + b.h + gap)
                                        : (b.x < a.x + a.w + gap && a.x < b.x + b.w + gap);
            if (facing) at = std::max(at, along_x ? b.x + b.w + gap : b.y + b.h + gap);
        }
        (along_x ? a.x : a.y) = at;
        placed.push_back(i);
    }
}

void lay_out_group(Group& group, LayoutEngine engine) {
    constexpr double inf = std::numeric_limits<double>::infinity();
    const graphviz::Layout raw = graphviz::layout(group.graph, engine == LayoutEngine::large ? "sfdp" : "neato");
    std::vector<std::string> names;
    std::vector<Rect> rects;
    for (const auto& [name, p] : raw.positions) {
        const Point size = raw.sizes.at(name);
        const Point q = group.graph.nodes.size() == 1 ? Point{0, 0} : p;
        names.push_back(name);
        rects.push_back({q.x - size.x / 2, q.y - size.y / 2, size.x, size.y});
    }
    if (engine == LayoutEngine::clustered) {
        compact(rects, node_gap, true);
        compact(rects, node_gap, false);
    }
    Box box{inf, inf, -inf, -inf};
    for (std::size_t i = 0; i < rects.size(); ++i) {
        const Rect& r = rects[i];
        group.positions[names[i]] = {r.x + r.w / 2, r.y + r.h / 2};
        box.llx = std::min(box.llx, r.x);
        box.lly = std::min(box.lly, r.y);
        box.urx = std::max(box.urx, r.x + r.w);
        box.ury = std::max(box.ury, r.y + r.h);
    }
    if (!group.cluster.empty()) {
        box.llx -= cluster_margin;
        box.lly -= cluster_margin;
        box.urx += cluster_margin;
        box.ury += cluster_margin + cluster_label;
        // Wide enough for its label.
        const double label = text_width(group.label, diagram_style::box_font) + 2 * cluster_margin;
        if (box.urx - box.llx < label) {
            const double grow = (label - (box.urx - box.llx)) / 2;
            box.llx -= grow;
            box.urx += grow;
        }
    }
    group.box = box;
}

// Places boxes of the given sizes without overlap, `gap` apart: largest
// first, each at the corner next to a box already placed (right of it or
// above it) that keeps the whole smallest when fitted into a page of
// `aspect` (width / height), ties to the lowest, then leftmost corner.
// Returns each box's lower left corner, the arrangement's lower left at
// (0, 0). O(n³) for n boxes (a handful of groups).
std::vector<Point> pack(const std::vector<Point>& sizes, double gap, double aspect) {
    const std::size_t n = sizes.size();
    std::vector<std::size_t> order(n);
    for (std::size_t i = 0; i < n; ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return sizes[a].x * sizes[a].y > sizes[b].x * sizes[b].y; });
    std::vector<Point> at(n);
    std::vector<std::size_t> placed;
    double width = 0, height = 0;
    for (const std::size_t i : order) {
        const Point s = sizes[i];
        std::vector<Point> candidates = {{0, 0}};
        for (const std::size_t j : placed) {
            candidates.push_back({at[j].x + sizes[j].x + gap, at[j].y});
            candidates.push_back({at[j].x, at[j].y + sizes[j].y + gap});
            candidates.push_back({at[j].x + sizes[j].x + gap, 0});
            candidates.push_back({0, at[j].y + sizes[j].y + gap});
        }
        bool found = false;
        Point best;
        double best_page = 0;
        for (const Point c : candidates) {
            const bool clear = std::none_of(placed.begin(), placed.end(), [&](std::size_t j) {
                return c.x < at[j].x + sizes[j].x + gap - 1e-9 && at[j].x < c.x + s.x + gap - 1e-9 &&
                       c.y < at[j].y + sizes[j].y + gap - 1e-9 && at[j].y < c.y + s.y + gap - 1e-9;
            });
            if (!clear) continue;
            // The page (its height) the arrangement needs with this box here.
            const double page = std::max(std::max(width, c.x + s.x) / aspect, std::max(height, c.y + s.y));
            const bool better =
                !found || page < best_page - 1e-9 ||
                (page < best_page + 1e-9 && (c.y < best.y - 1e-9 || (c.y < best.y + 1e-9 && c.x < best.x)));
            if (better) {
                found = true;
                best = c;
                best_page = page;
            }
        }
        at[i] = best;
        placed.push_back(i);
        width = std::max(width, best.x + s.x);
        height = std::max(height, best.y + s.y);
    }
    return at;
}

}  // namespace

UnionLayout lay_out_union(const graphviz::DotGraph& union_graph, LayoutEngine engine, graphviz::Point reserve) {
    // Each cluster, and the nodes outside all clusters, are laid out on their
    // own with neato (stress majorization, deterministic) and compacted; the
    // groups, and the room reserved for the legend, are then packed into a
    // landscape page. (fdp lays out clusters in one go but gives different
    // results from run to run in Graphviz 2.43.)
    std::vector<Group> groups;
    std::map<std::string, std::size_t> group_of;
    if (engine == LayoutEngine::clustered)
        for (const auto& s : union_graph.subgraphs) {
            if (s.name.rfind("cluster", 0) != 0 || s.nodes.empty()) continue;
            Group g;
            g.cluster = s.name;
            g.label = graphviz::unescape_label(s.attributes.get("label"));
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
    for (const auto& e : union_graph.edges) {
        const std::size_t a = group_of.at(e.tail), b = group_of.at(e.head);
        if (a == b) groups[a].graph.edges.push_back(e);
    }
    std::vector<std::size_t> laid_out;  // groups with nodes
    std::vector<Point> sizes;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        Group& g = groups[i];
        if (g.graph.nodes.empty()) continue;
        g.graph.name = "group";
        g.graph.node_defaults = union_graph.node_defaults;
        g.graph.edge_defaults = union_graph.edge_defaults;
        g.graph.graph = union_graph.graph;
        set_layout_attributes(g.graph);
        lay_out_group(g, engine);
        laid_out.push_back(i);
        sizes.push_back({g.box.urx - g.box.llx, g.box.ury - g.box.lly});
    }
    const bool reserving = reserve.x > 0 && reserve.y > 0;
    if (reserving) sizes.push_back(reserve);
    const std::vector<Point> corner = pack(sizes, group_gap, page_aspect);

    UnionLayout out;
    constexpr double inf = std::numeric_limits<double>::infinity();
    Box frame{inf, inf, -inf, -inf};
    const auto extend = [&](const Box& b) {
        frame.llx = std::min(frame.llx, b.llx);
        frame.lly = std::min(frame.lly, b.lly);
        frame.urx = std::max(frame.urx, b.urx);
        frame.ury = std::max(frame.ury, b.ury);
    };
    std::map<std::string, Point> positions;
    std::map<std::string, Box> clusters;
    for (std::size_t k = 0; k < laid_out.size(); ++k) {
        const Group& g = groups[laid_out[k]];
        const double dx = corner[k].x - g.box.llx, dy = corner[k].y - g.box.lly;
        for (const auto& [name, p] : g.positions) positions[name] = {p.x + dx, p.y + dy};
        const Box b{g.box.llx + dx, g.box.lly + dy, g.box.urx + dx, g.box.ury + dy};
        if (!g.cluster.empty()) clusters[g.cluster] = b;
        extend(b);
    }
    Box slot{0, 0, 0, 0};
    if (reserving) {
        const Point c = corner.back();
        slot = {c.x, c.y, c.x + reserve.x, c.y + reserve.y};
        extend(slot);
    }
    if (frame.llx > frame.urx) frame = {0, 0, 0, 0};
    const auto shift = [&](const Box& b) {
        return Box{round2(b.llx - frame.llx), round2(b.lly - frame.lly), round2(b.urx - frame.llx),
                   round2(b.ury - frame.lly)};
    };
    for (const auto& [name, p] : positions) out.positions[name] = {round2(p.x - frame.llx), round2(p.y - frame.lly)};
    for (const auto& [name, b] : clusters) out.clusters[name] = shift(b);
    if (reserving) out.reserved = shift(slot);
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
            " actors: drawn as unlabelled points; a drawing of only the top actors by the size measure is "
            "labelled");
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
    // Room for the largest legend a drawing of these actors can have: every
    // colour any of them has, and the rows of a change view.
    const diagram_style::Style look(study, request.colour_by, data, out.largest_size, out.labels);
    const std::optional<int> since = data.waves.size() > 1 ? std::optional(data.waves.front().year) : std::nullopt;
    const Legend legend =
        diagram_legend(study, options, request, legend_facts(study, request, look, actors, out.clusters, since));
    const graphviz::Point size = legend.size();
    out.geometry = lay_out_union(all, engine, {size.x + legend_inset.x, size.y + legend_inset.y});
    return out;
}

}  // namespace helixnet
