// The only file that calls Graphviz. Its C API takes `char*` everywhere and
// keeps global state (the error handler, the lexer, the plugin registry), so
// each public function holds `graphviz_mutex` from start to end and owns every
// Graphviz object in a std::unique_ptr with the matching free function.
#include "helixnet/util/graphviz.hpp"

#include "helixnet/util/xml.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <unordered_map>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include "helixnet/error.hpp"

namespace helixnet::graphviz {

void Attributes::set(std::string name, std::string value, bool html) {
    for (auto& a : items_)
        if (a.name == name) {
            a.value = std::move(value);
            a.html = html;
            return;
        }
    items_.push_back({std::move(name), std::move(value), html});
}

const Attribute* Attributes::find(std::string_view name) const {
    for (const auto& a : items_)
        if (a.name == name) return &a;
    return nullptr;
}

std::string Attributes::get(std::string_view name) const {
    const Attribute* a = find(name);
    return a ? a->value : std::string();
}

const DotNode* DotGraph::find_node(std::string_view name) const {
    for (const auto& n : nodes)
        if (n.name == name) return &n;
    return nullptr;
}

const DotSubgraph* DotGraph::find_subgraph(std::string_view name) const {
    for (const auto& s : subgraphs)
        if (s.name == name) return &s;
    return nullptr;
}

std::vector<const DotEdge*> DotGraph::find_edges(std::string_view a, std::string_view b) const {
    std::vector<const DotEdge*> found;
    for (const auto& e : edges)
        if ((e.tail == a && e.head == b) || (e.tail == b && e.head == a)) found.push_back(&e);
    return found;
}

std::string escape_label(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\') {
            out += "\\\\";
        } else if (c == '&') {
            out += "&amp;";
        } else if (c == '\r') {
            out += "\\n";
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        } else if (c == '\n') {
            out += "\\n";
        } else {
            out += c;
        }
    }
    return out;
}

std::string unescape_label(std::string_view label) {
    std::string out;
    out.reserve(label.size());
    for (std::size_t i = 0; i < label.size(); ++i) {
        const char c = label[i];
        if (c == '\\' && i + 1 < label.size()) {
            const char d = label[++i];
            out += (d == 'n' || d == 'l' || d == 'r') ? '\n' : d;
        } else if (c == '&' && label.substr(i, 5) == "&amp;") {
            out += '&';
            i += 4;
        } else {
            out += c;
        }
    }
    return out;
}

std::string escape_html(std::string_view text) {
    // Line by line (CR LF, CR or LF each one break), each line through the one escaper.
    std::string out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != '\r' && text[i] != '\n') continue;
        out += xml_escape(text.substr(start, i - start));
        if (i == text.size()) break;
        out += "<BR/>";
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
        start = i + 1;
    }
    return out;
}

namespace {

std::mutex graphviz_mutex;

// Graphviz's messages of the current call (collected instead of printed).
std::string& messages() {
    static std::string text;
    return text;
}

int collect_message(char* message) {
    messages() += message;
    return 0;
}

// Routes Graphviz's messages into messages() for the lifetime of one call.
class CallScope {
public:
    CallScope() : lock_(graphviz_mutex) {
        messages().clear();
        agseterrf(collect_message);
        agseterr(AGWARN);
        agreseterrors();
    }
    ~CallScope() { agseterrf(nullptr); }
    CallScope(const CallScope&) = delete;
    CallScope& operator=(const CallScope&) = delete;

    [[nodiscard]] static std::string text() {
        std::string m = messages();
        while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
        return m;
    }

private:
    std::lock_guard<std::mutex> lock_;
};

[[noreturn]] void fail(const std::string& what) {
    const std::string detail = CallScope::text();
    throw Failure(detail.empty() ? what : what + ": " + detail);
}

struct GraphCloser {
    void operator()(Agraph_t* g) const { agclose(g); }
};
using GraphPtr = std::unique_ptr<Agraph_t, GraphCloser>;

struct ContextFreer {
    void operator()(GVC_t* gvc) const { gvFreeContext(gvc); }
};

// The process's one Graphviz context; call with graphviz_mutex held.
GVC_t* context() {
    static std::unique_ptr<GVC_t, ContextFreer> gvc{gvContext()};
    if (!gvc) fail("Graphviz could not start");
    return gvc.get();
}

// Frees a layout when it goes out of scope (before the graph is closed).
class LayoutGuard {
public:
    LayoutGuard(GVC_t* gvc, Agraph_t* g) : gvc_(gvc), g_(g) {}
    ~LayoutGuard() { gvFreeLayout(gvc_, g_); }
    LayoutGuard(const LayoutGuard&) = delete;
    LayoutGuard& operator=(const LayoutGuard&) = delete;

private:
    GVC_t* gvc_;
    Agraph_t* g_;
};

// Some engines (fdp) draw from the C library's random generators without
// seeding them; seeding before every layout makes each layout depend only on
// its input, not on what ran before it in the process.
void reseed() {
    srand48(20190101);
    std::srand(20190101);
}

struct RenderDataFreer {
    void operator()(char* data) const { gvFreeRenderData(data); }
};

// cgraph's `char*` parameters are never written through by these calls; the
// casts live here only.
char* c_str(const std::string& s) { return const_cast<char*>(s.c_str()); }

// agwrite's output channel: appends to a std::string.
int put_string(void* channel, const char* text) {
    static_cast<std::string*>(channel)->append(text);
    return 0;
}
int flush_nothing(void*) { return 0; }
int read_nothing(void*, char*, int) { return 0; }

Agiodisc_t string_io = {read_nothing, put_string, flush_nothing};
Agdisc_t string_disc = {&AgMemDisc, &AgIdDisc, &string_io};

void set_value(void* object, Agraph_t* root, Agsym_t* sym, const Attribute& a) {
    if (a.html) {
        char* html = agstrdup_html(root, c_str(a.value));
        agxset(object, sym, html);
        agstrfree(root, html);
    } else {
        agxset(object, sym, c_str(a.value));
    }
}

// Builds the cgraph graph. Attributes are declared on the root before any
// object is created; a declared default is empty except where DotGraph gives
// one (and the node label, whose Graphviz default `\N` is kept).
GraphPtr build(const DotGraph& d, Agdisc_t* disc) {
    // cgraph quotes names but does not escape backslashes in them, so a name
    // ending in one would end its own quotes; refuse rather than corrupt.
    auto check_name = [](const std::string& n) {
        if (n.find('\\') != std::string::npos) fail("a Graphviz name cannot contain a backslash: '" + n + "'");
    };
    for (const auto& n : d.nodes) check_name(n.name);
    for (const auto& s : d.subgraphs) check_name(s.name);
    check_name(d.name);
    const auto check_attribute_names = [&](const Attributes& attributes) {
        for (const auto& a : attributes) check_name(a.name);
    };
    check_attribute_names(d.graph);
    check_attribute_names(d.node_defaults);
    check_attribute_names(d.edge_defaults);
    for (const auto& n : d.nodes) check_attribute_names(n.attributes);
    for (const auto& e : d.edges) check_attribute_names(e.attributes);
    for (const auto& s : d.subgraphs) check_attribute_names(s.attributes);
    const std::string name = d.name.empty() ? "G" : d.name;
    GraphPtr g{agopen(c_str(name), d.directed ? Agdirected : Agundirected, disc)};
    if (!g) fail("cgraph could not create the graph");
    Agraph_t* root = g.get();

    std::set<std::string> graph_names, node_names, edge_names;
    for (const auto& a : d.graph) graph_names.insert(a.name);
    for (const auto& s : d.subgraphs)
        for (const auto& a : s.attributes) graph_names.insert(a.name);
    for (const auto& n : d.nodes)
        for (const auto& a : n.attributes) node_names.insert(a.name);
    for (const auto& e : d.edges)
        for (const auto& a : e.attributes) edge_names.insert(a.name);

    std::unordered_map<std::string, Agsym_t*> gsym, nsym, esym;
    for (const auto& n : graph_names) gsym[n] = agattr(root, AGRAPH, c_str(n), c_str(std::string()));
    for (const auto& a : d.node_defaults) nsym[a.name] = agattr(root, AGNODE, c_str(a.name), c_str(a.value));
    for (const auto& n : node_names)
        if (!nsym.count(n)) nsym[n] = agattr(root, AGNODE, c_str(n), c_str(std::string(n == "label" ? "\\N" : "")));
    for (const auto& a : d.edge_defaults) esym[a.name] = agattr(root, AGEDGE, c_str(a.name), c_str(a.value));
    for (const auto& n : edge_names)
        if (!esym.count(n)) esym[n] = agattr(root, AGEDGE, c_str(n), c_str(std::string()));

    for (const auto& a : d.graph) set_value(root, root, gsym[a.name], a);

    std::unordered_map<std::string, Agnode_t*> nodes;
    for (const auto& n : d.nodes) {
        Agnode_t* node = agnode(root, c_str(n.name), 1);
        if (!node) fail("cgraph could not create node '" + n.name + "'");
        nodes[n.name] = node;
        for (const auto& a : n.attributes) set_value(node, root, nsym[a.name], a);
    }
    for (const auto& s : d.subgraphs) {
        Agraph_t* sub = agsubg(root, c_str(s.name), 1);
        if (!sub) fail("cgraph could not create subgraph '" + s.name + "'");
        for (const auto& a : s.attributes) set_value(sub, root, gsym[a.name], a);
        for (const auto& member : s.nodes) {
            const auto it = nodes.find(member);
            if (it == nodes.end()) fail("subgraph '" + s.name + "' names an undeclared node '" + member + "'");
            agsubnode(sub, it->second, 1);
        }
    }
    for (const auto& e : d.edges) {
        const auto t = nodes.find(e.tail);
        const auto h = nodes.find(e.head);
        if (t == nodes.end() || h == nodes.end())
            fail("edge '" + e.tail + "' -- '" + e.head + "' names an undeclared node");
        Agedge_t* edge = agedge(root, t->second, h->second, nullptr, 1);
        if (!edge) fail("cgraph could not create edge '" + e.tail + "' -- '" + e.head + "'");
        for (const auto& a : e.attributes) set_value(edge, root, esym[a.name], a);
    }
    return g;
}

void read_attributes(void* object, Agraph_t* root, int kind, Attributes& into, const Attributes* except = nullptr) {
    for (Agsym_t* sym = agnxtattr(root, kind, nullptr); sym; sym = agnxtattr(root, kind, sym)) {
        char* value = agxget(object, sym);
        if (!value || !*value) continue;
        if (except) {
            const Attribute* same = except->find(sym->name);
            if (same && same->value == value) continue;
        }
        into.set(sym->name, value, aghtmlstr(value) != 0);
    }
}

void collect_subgraphs(Agraph_t* parent, Agraph_t* root, DotGraph& out) {
    for (Agraph_t* sub = agfstsubg(parent); sub; sub = agnxtsubg(sub)) {
        DotSubgraph s;
        s.name = agnameof(sub);
        read_attributes(sub, root, AGRAPH, s.attributes, &out.graph);
        for (Agnode_t* n = agfstnode(sub); n; n = agnxtnode(sub, n)) s.nodes.emplace_back(agnameof(n));
        out.subgraphs.push_back(std::move(s));
        collect_subgraphs(sub, root, out);
    }
}

void collect_clusters(Agraph_t* g, Layout& out) {
    for (int i = 1; i <= GD_n_cluster(g); ++i) {
        Agraph_t* c = GD_clust(g)[i];
        const boxf bb = GD_bb(c);
        out.clusters[agnameof(c)] = {bb.LL.x, bb.LL.y, bb.UR.x, bb.UR.y};
        collect_clusters(c, out);
    }
}

}  // namespace

std::string write_dot(const DotGraph& graph) {
    CallScope scope;
    std::string text;
    GraphPtr g = build(graph, &string_disc);
    if (agwrite(g.get(), &text) != 0) fail("cgraph could not write the graph");
    return text;
}

DotGraph read_dot(std::string_view text, const std::string& file) {
    CallScope scope;
    const std::string copy(text);
    // cgraph's lexer keeps what followed the last graph it read (and counts
    // its lines) into the next call: drain it with an empty text, then count
    // this text's lines from 1.
    GraphPtr drained{agmemread("")};
    agreadline(1);
    GraphPtr g{agmemread(copy.c_str())};
    if (!g) {
        std::string detail = CallScope::text();
        // "Error: syntax error in line 3 near 'x'"
        std::size_t line = 0;
        if (const auto at = detail.find("in line "); at != std::string::npos)
            line = std::strtoul(detail.c_str() + at + 8, nullptr, 10);
        throw InvalidInput({{Severity::error,
                             file,
                             line,
                             0,
                             {},
                             "the DOT text does not parse",
                             detail.empty() ? "no graph" : detail}});
    }
    Agraph_t* root = g.get();
    DotGraph out;
    out.name = agnameof(root);
    out.directed = agisdirected(root) != 0;
    read_attributes(root, root, AGRAPH, out.graph);
    for (Agsym_t* sym = agnxtattr(root, AGNODE, nullptr); sym; sym = agnxtattr(root, AGNODE, sym))
        if (sym->defval && *sym->defval && std::string_view(sym->defval) != "\\N")
            out.node_defaults.set(sym->name, sym->defval);
    for (Agsym_t* sym = agnxtattr(root, AGEDGE, nullptr); sym; sym = agnxtattr(root, AGEDGE, sym))
        if (sym->defval && *sym->defval) out.edge_defaults.set(sym->name, sym->defval);
    for (Agnode_t* n = agfstnode(root); n; n = agnxtnode(root, n)) {
        DotNode node;
        node.name = agnameof(n);
        read_attributes(n, root, AGNODE, node.attributes);
        out.nodes.push_back(std::move(node));
    }
    std::vector<Agedge_t*> edges;
    for (Agnode_t* n = agfstnode(root); n; n = agnxtnode(root, n))
        for (Agedge_t* e = agfstout(root, n); e; e = agnxtout(root, e)) edges.push_back(e);
    std::sort(edges.begin(), edges.end(), [](Agedge_t* a, Agedge_t* b) { return AGSEQ(a) < AGSEQ(b); });
    for (Agedge_t* e : edges) {
        DotEdge edge;
        edge.tail = agnameof(agtail(e));
        edge.head = agnameof(aghead(e));
        read_attributes(e, root, AGEDGE, edge.attributes);
        out.edges.push_back(std::move(edge));
    }
    collect_subgraphs(root, root, out);
    return out;
}

namespace {

// Builds `graph`, lays it out with `engine` and returns use(gvc, g) while the
// layout lives.
template <class Use>
auto with_layout(const DotGraph& graph, std::string_view engine, Use use) {
    CallScope scope;
    GVC_t* gvc = context();
    GraphPtr g = build(graph, nullptr);
    reseed();
    if (gvLayout(gvc, g.get(), std::string(engine).c_str()) != 0)
        fail("Graphviz could not lay out the graph with '" + std::string(engine) + "'");
    LayoutGuard guard(gvc, g.get());
    return use(gvc, g.get());
}

}  // namespace

Layout layout(const DotGraph& graph, std::string_view engine) {
    return with_layout(graph, engine, [](GVC_t*, Agraph_t* g) {
        Layout out;
        for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
            out.positions[agnameof(n)] = {ND_coord(n).x, ND_coord(n).y};
            out.sizes[agnameof(n)] = {ND_width(n) * 72.0, ND_height(n) * 72.0};
        }
        const boxf bb = GD_bb(g);
        out.bounds = {bb.LL.x, bb.LL.y, bb.UR.x, bb.UR.y};
        collect_clusters(g, out);
        return out;
    });
}

namespace {

std::string render_data(GVC_t* gvc, Agraph_t* g, const std::string& format) {
    char* data = nullptr;
    unsigned int length = 0;
    const int status = gvRenderData(gvc, g, format.c_str(), &data, &length);
    std::unique_ptr<char, RenderDataFreer> owned(data);
    if (status != 0 || !data) fail("Graphviz could not render the format '" + format + "'");
    return std::string(data, length);
}

// Graphviz's PDF and PostScript devices add this margin (points) on every
// side of the viewport.
constexpr double page_device_margin = 36;

bool adds_margin(const std::string& format) {
    const std::string base = format.substr(0, format.find(':'));
    return base == "pdf" || base == "ps" || base == "eps";
}

}  // namespace

std::string render(const DotGraph& graph, std::string_view engine, std::string_view format) {
    return with_layout(graph, engine,
                       [&](GVC_t* gvc, Agraph_t* g) { return render_data(gvc, g, std::string(format)); });
}

std::vector<Rendering> render_all(const DotGraph& graph, std::string_view engine,
                                  const std::vector<RenderRequest>& requests) {
    return with_layout(graph, engine, [&](GVC_t* gvc, Agraph_t* g) {
        std::vector<Rendering> out;
        const boxf bb = GD_bb(g);
        const double dpi = GD_drawing(g)->dpi;
        for (const RenderRequest& r : requests) {
            Rendering rendering;
            // dpi and viewport are read when drawing, so each request sets its own.
            GD_drawing(g)->dpi = r.dpi > 0 ? r.dpi : dpi;
            std::string viewport;
            if (r.page) rendering.viewport = r.page({bb.LL.x, bb.LL.y, bb.UR.x, bb.UR.y});
            if (rendering.viewport) {
                const Viewport& v = *rendering.viewport;
                const double inset = adds_margin(r.format) ? 2 * page_device_margin : 0;
                char buffer[160];
                std::snprintf(buffer, sizeof buffer, "%.4f,%.4f,%.6f,%.4f,%.4f", std::max(1.0, v.width - inset),
                              std::max(1.0, v.height - inset), v.zoom, v.centre.x, v.centre.y);
                viewport = buffer;
            }
            agsafeset(g, c_str(std::string("viewport")), c_str(viewport), c_str(std::string()));
            rendering.data = render_data(gvc, g, r.format);
            out.push_back(std::move(rendering));
        }
        return out;
    });
}

}  // namespace helixnet::graphviz
