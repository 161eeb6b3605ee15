// The one wrapper around Graphviz's C libraries (cgraph and gvc).
//
// Everything else in helixnet describes a drawing as a plain value, DotGraph,
// and hands it here: write_dot builds the graph through cgraph and writes it
// with agwrite; read_dot parses DOT with agmemread; layout and render lay the
// graph out with gvLayout and draw it with gvRenderData. Graphviz keeps
// process-global state and is not thread-safe, so every function here takes
// one process-wide lock and all share one GVC_t context. Graphviz's own
// messages never reach stderr: they are collected and, where the call fails,
// thrown as Failure (or InvalidInput for DOT that does not parse).
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace helixnet::graphviz {

// One attribute. `html` marks an HTML-like label (written as <...> in DOT).
struct Attribute {
    std::string name;
    std::string value;
    bool html = false;
};

// Attributes in the order they were first set.
class Attributes {
public:
    void set(std::string name, std::string value, bool html = false);
    [[nodiscard]] const Attribute* find(std::string_view name) const;
    // The value, or empty when not set.
    [[nodiscard]] std::string get(std::string_view name) const;
    [[nodiscard]] bool has(std::string_view name) const { return find(name) != nullptr; }
    [[nodiscard]] auto begin() const { return items_.begin(); }
    [[nodiscard]] auto end() const { return items_.end(); }
    [[nodiscard]] std::size_t size() const { return items_.size(); }

private:
    std::vector<Attribute> items_;
};

struct DotNode {
    std::string name;
    Attributes attributes;
};

struct DotEdge {
    std::string tail;
    std::string head;
    Attributes attributes;
};

// A subgraph of the root graph (a cluster when its name starts with "cluster").
struct DotSubgraph {
    std::string name;
    Attributes attributes;
    std::vector<std::string> nodes;  // names of member nodes, all declared in DotGraph::nodes
};

// A graph as Graphviz sees it (undirected unless `directed`).
struct DotGraph {
    std::string name;
    bool directed = false;
    Attributes graph;          // attributes of the root graph
    Attributes node_defaults;  // `node [...]`
    Attributes edge_defaults;  // `edge [...]`
    std::vector<DotNode> nodes;
    std::vector<DotEdge> edges;
    std::vector<DotSubgraph> subgraphs;

    [[nodiscard]] const DotNode* find_node(std::string_view name) const;
    [[nodiscard]] const DotSubgraph* find_subgraph(std::string_view name) const;
    // Edges between a and b in either direction.
    [[nodiscard]] std::vector<const DotEdge*> find_edges(std::string_view a, std::string_view b) const;
};

// DOT text written by cgraph's agwrite. Throws Failure if cgraph rejects the
// graph (e.g. an edge naming an undeclared node) or a graph, subgraph, node or
// attribute name contains a backslash (cgraph writes it unescaped, which would
// break the quoting; a value holding one can be written as an HTML-like
// string). Subgraphs may appear in any order in the text.
[[nodiscard]] std::string write_dot(const DotGraph& graph);

// Parses DOT with cgraph's agmemread (the first graph in the text). Nodes and
// edges are in the order the text creates them. Node and edge attributes hold
// every non-empty value, defaults included; a subgraph's attributes hold only
// the values that differ from the root graph's. Throws InvalidInput naming
// `file`, the line where Graphviz reports it, and Graphviz's message when the
// text does not parse.
[[nodiscard]] DotGraph read_dot(std::string_view text, const std::string& file = "DOT");

struct Point {
    double x = 0;
    double y = 0;
};

struct Box {
    double llx = 0;
    double lly = 0;
    double urx = 0;
    double ury = 0;
};

struct Layout {
    std::map<std::string, Point> positions;  // node name -> centre, in points
    std::map<std::string, Point> sizes;      // node name -> width, height, in points
    std::map<std::string, Box> clusters;     // cluster name -> bounding box, in points
    Box bounds;                              // of the whole drawing, in points
};

// Lays the graph out with a Graphviz engine (dot, neato, fdp, sfdp, nop2, ...)
// and reads positions back. Throws Failure when the layout fails.
[[nodiscard]] Layout layout(const DotGraph& graph, std::string_view engine);

// Lays out with `engine` and renders to `format` (svg, png, pdf, ...) in
// memory. Throws Failure when the engine or format is unavailable.
[[nodiscard]] std::string render(const DotGraph& graph, std::string_view engine, std::string_view format);

// A page to draw on: `width` × `height` points, the drawing scaled by `zoom`
// and centred on the point `centre` of the drawing (Graphviz's `viewport`).
struct Viewport {
    double width = 0;
    double height = 0;
    double zoom = 1;
    Point centre;
};

// One output of render_all.
struct RenderRequest {
    std::string format;  // a Graphviz output format: "svg", "png:cairo", "pdf:cairo", ...
    double dpi = 0;      // pixels per inch of a bitmap; 0: the format's default (96)
    // Given the bounding box of the laid-out drawing (points), the page to
    // draw on; absent (or returning nothing): the drawing at its own size.
    std::function<std::optional<Viewport>(const Box& drawing)> page;
};

struct Rendering {
    std::string data;
    std::optional<Viewport> viewport;  // the page it was drawn on, if any
};

// Lays out once with `engine` and renders every request from that layout (so
// that edges are routed once for several formats). A PDF page is exactly the
// viewport: Graphviz's PDF margin is taken off before drawing. Throws Failure
// when the engine or a format is unavailable.
[[nodiscard]] std::vector<Rendering> render_all(const DotGraph& graph, std::string_view engine,
                                                const std::vector<RenderRequest>& requests);

// Text shown literally in an ordinary (escString) label: backslashes doubled
// so \N, \n, \l... are not interpreted, `&` written as `&amp;` so that entity
// names are not decoded, line breaks (\n, \r\n, \r) as the centred break `\n`.
[[nodiscard]] std::string escape_label(std::string_view text);
// The inverse of escape_label (a centred, left or right break reads as "\n").
[[nodiscard]] std::string unescape_label(std::string_view label);
// Text inside an HTML-like label: escaped by xml_escape (util/xml.hpp), line
// breaks as <BR/>.
[[nodiscard]] std::string escape_html(std::string_view text);

}  // namespace helixnet::graphviz
