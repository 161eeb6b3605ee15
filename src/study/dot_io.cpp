#include "helixnet/study/dot_io.hpp"

#include <set>
#include <unordered_map>

#include "graph_form.hpp"
#include "helixnet/study/json_io.hpp"
#include "helixnet/util/graphviz.hpp"
#include "helixnet/util/text.hpp"

namespace helixnet {

namespace {

using detail::Place;

// Graphviz's own node and edge attributes (graphviz.org/doc/info/attrs.html):
// how a graph is drawn, not what an actor or a tie is. `id`, `label` and
// `weight` are read apart.
bool graphviz_attribute(std::string_view name) {
    static const std::set<std::string_view> names = {
        "area",         "arrowhead",     "arrowsize",   "arrowtail",      "class",         "color",
        "colorscheme",  "comment",       "constraint",  "decorate",       "dir",           "distortion",
        "edgehref",     "edgetarget",    "edgetooltip", "edgeURL",        "fillcolor",     "fixedsize",
        "fontcolor",    "fontname",      "fontsize",    "gradientangle",  "group",         "head_lp",
        "headclip",     "headhref",      "headlabel",   "headport",       "headtarget",    "headtooltip",
        "headURL",      "height",        "href",        "image",          "imagepos",      "imagescale",
        "labelangle",   "labeldistance", "labelfloat",  "labelfontcolor", "labelfontname", "labelfontsize",
        "labelhref",    "labelloc",      "labeltarget", "labeltooltip",   "labelURL",      "layer",
        "len",          "lhead",         "lp",          "ltail",          "margin",        "minlen",
        "nojustify",    "ordering",      "orientation", "penwidth",       "peripheries",   "pin",
        "pos",          "rects",         "regular",     "root",           "samehead",      "sametail",
        "samplepoints", "shape",         "shapefile",   "showboxes",      "sides",         "skew",
        "sortv",        "style",         "tail_lp",     "tailclip",       "tailhref",      "taillabel",
        "tailport",     "tailtarget",    "tailtooltip", "tailURL",        "target",        "tooltip",
        "URL",          "vertices",      "width",       "xlabel",         "xlp",           "z"};
    return names.count(name) > 0;
}

// & < > as entities: the text of an HTML-like string, which cgraph writes as
// it is, backslashes included.
std::string html_text(std::string_view text) {
    std::string out;
    for (const char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

// The text of an HTML-like string: the entities XML predefines and numeric
// character references decoded (markup is kept as written).
std::string html_unescape(std::string_view html) {
    std::string out;
    for (std::size_t i = 0; i < html.size(); ++i) {
        if (html[i] != '&') {
            out += html[i];
            continue;
        }
        const std::size_t end = html.find(';', i);
        const std::string_view entity =
            end == std::string_view::npos ? std::string_view() : html.substr(i + 1, end - i - 1);
        std::optional<unsigned long> code;
        if (entity == "amp")
            code = '&';
        else if (entity == "lt")
            code = '<';
        else if (entity == "gt")
            code = '>';
        else if (entity == "quot")
            code = '"';
        else if (entity == "apos")
            code = '\'';
        else if (entity.size() > 1 && entity[0] == '#') {
            const bool hex = entity[1] == 'x' || entity[1] == 'X';
            const std::string digits(entity.substr(hex ? 2 : 1));
            char* stop = nullptr;
            const unsigned long value = digits.empty() ? 0 : std::strtoul(digits.c_str(), &stop, hex ? 16 : 10);
            if (!digits.empty() && *stop == '\0' && value > 0 && value <= 0x10FFFF &&
                (value < 0xD800 || value > 0xDFFF))
                code = value;
        }
        if (!code) {
            out += '&';
            continue;
        }
        const unsigned long c = *code;
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (c < 0x800) {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += static_cast<char>(0xE0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (c >> 18));
            out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
        i = end;
    }
    return out;
}

std::string text_of(const graphviz::Attribute& a) { return a.html ? html_unescape(a.value) : a.value; }

// Sets a text attribute so that cgraph writes and reads it back unchanged.
void set_text(graphviz::Attributes& attributes, const std::string& name, const std::string& value) {
    if (value.empty()) return;
    if (value.find('\\') == std::string::npos)
        attributes.set(name, value);
    else
        attributes.set(name, html_text(value), true);
}

std::string in_quotes(const std::string& name) { return "\"" + name + "\""; }

}  // namespace

Study read_study_dot(std::string_view text, const std::string& file, Diagnostics& d) {
    text = detail::checked_text(text, file, "a DOT graph", d);
    const graphviz::DotGraph g = graphviz::read_dot(text, file);

    detail::GraphRecords r;
    r.file = file;
    r.directed = g.directed;
    if (!g.name.empty() && g.name[0] != '%') r.name = g.name;  // cgraph names an anonymous graph %N
    r.graph_place.file = file;
    r.graph_place.record = "graph";
    for (const auto& a : g.graph) r.graph.emplace_back(a.name, text_of(a));

    // A file helixnet wrote carries only the study's attributes; in any other
    // file Graphviz's own attributes describe the drawing and are skipped.
    const bool own = g.graph.has("helixnet");
    std::unordered_map<std::string, std::string> id_of;  // node name -> actor id
    for (std::size_t i = 0; i < g.nodes.size(); ++i) {
        const graphviz::DotNode& node = g.nodes[i];
        detail::GraphNode n;
        n.id = node.name;
        std::string label;
        for (const auto& a : node.attributes) {
            if (a.name == "id")
                n.id = text_of(a);
            else if (a.name == "label" && a.value == "\\N")
                continue;  // Graphviz's default: the node's name
            else if (a.name == "label" && !own)
                label = a.html ? std::string() : graphviz::unescape_label(a.value);
            else if (own || !graphviz_attribute(a.name))
                n.attributes.emplace_back(a.name, text_of(a));
        }
        if (!label.empty() && !node.attributes.has("name")) n.attributes.emplace_back("name", label);
        n.place.file = file;
        n.place.record = "node[" + std::to_string(i) + "] " + in_quotes(n.id);
        n.place.index = static_cast<std::uint32_t>(i + 1);
        id_of[node.name] = n.id;
        r.nodes.push_back(std::move(n));
    }
    for (std::size_t i = 0; i < g.edges.size(); ++i) {
        const graphviz::DotEdge& edge = g.edges[i];
        detail::GraphEdge e;
        e.source = id_of.at(edge.tail);
        e.target = id_of.at(edge.head);
        for (const auto& a : edge.attributes)
            if (own || a.name == "weight" || (a.name != "label" && a.name != "id" && !graphviz_attribute(a.name)))
                e.attributes.emplace_back(a.name, text_of(a));
        e.place.file = file;
        e.place.record = "edge[" + std::to_string(i) + "] " + in_quotes(e.source) + (g.directed ? " -> " : " -- ") +
                         in_quotes(e.target);
        e.place.index = static_cast<std::uint32_t>(i + 1);
        r.edges.push_back(std::move(e));
    }
    return detail::study_from_graph(r, d);
}

std::string write_study_dot(const Study& s) {
    graphviz::DotGraph g;
    g.name = s.name.empty() || s.name.find('\\') != std::string::npos ? std::string("study") : s.name;
    set_text(g.graph, "helixnet", write_study_metadata_json(s));
    std::vector<std::string> attributes;
    for (const auto& name : s.attribute_names)
        if (name != "id" && name != "name" && name != "waves" && name != "note") attributes.push_back(name);
    // cgraph cannot write a backslash in a name: such an actor is "actor N" with its id in `id`.
    std::vector<std::string> names;
    for (std::size_t i = 0; i < s.actors.size(); ++i) {
        const Actor& a = s.actors[i];
        graphviz::DotNode n;
        n.name = a.id;
        if (a.id.find('\\') != std::string::npos) {
            n.name = "actor " + std::to_string(i + 1);
            while (s.actor_index(n.name)) n.name += "_";
            set_text(n.attributes, "id", a.id);
        }
        set_text(n.attributes, "name", a.name);
        for (const auto& k : attributes)
            if (const std::string* v = a.attribute(k)) set_text(n.attributes, k, *v);
        set_text(n.attributes, "waves", format_year_list(a.waves.empty() ? s.wave_years() : a.waves));
        set_text(n.attributes, "note", a.note);
        names.push_back(n.name);
        g.nodes.push_back(std::move(n));
    }
    for (const Tie& t : s.ties) {
        graphviz::DotEdge e;
        e.tail = names[t.source];
        e.head = names[t.target];
        set_text(e.attributes, "wave", std::to_string(t.wave));
        set_text(e.attributes, "weight", format_number(t.weight));
        set_text(e.attributes, "kind", t.kind);
        set_text(e.attributes, "initiative", t.initiative);
        set_text(e.attributes, "evidence", t.evidence);
        set_text(e.attributes, "source_ref", t.source_ref);
        if (t.confidence) set_text(e.attributes, "confidence", std::string(to_string(*t.confidence)));
        g.edges.push_back(std::move(e));
    }
    return graphviz::write_dot(g);
}

}  // namespace helixnet
