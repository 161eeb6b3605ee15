#include "helixnet/study/graphml_io.hpp"

#include <map>
#include <optional>
#include <set>
#include <sstream>

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>

#include "graph_form.hpp"
#include "helixnet/study/json_io.hpp"
#include "helixnet/util/text.hpp"
#include "helixnet/util/xml.hpp"

namespace helixnet {

namespace {

using boost::property_tree::ptree;
using detail::GraphRecords;
using detail::Place;
using detail::TextAttributes;

constexpr std::size_t max_depth = 64;

// The byte offset of the first element nested deeper than `max_depth`:
// the XML reader recurses once per level, so hostile nesting is refused
// before parsing. Comments, CDATA, declarations and quoted attribute values
// are skipped.
std::optional<std::size_t> too_deep(std::string_view text) {
    std::size_t depth = 0;
    const auto skip_past = [&](std::size_t from, std::string_view end) {
        const std::size_t at = text.find(end, from);
        return at == std::string_view::npos ? text.size() : at + end.size() - 1;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '<') continue;
        const std::string_view rest = text.substr(i);
        if (rest.starts_with("<!--")) {
            i = skip_past(i + 4, "-->");
        } else if (rest.starts_with("<![CDATA[")) {
            i = skip_past(i + 9, "]]>");
        } else if (rest.starts_with("<?") || rest.starts_with("<!")) {
            i = skip_past(i + 2, ">");
        } else if (rest.starts_with("</")) {
            if (depth > 0) --depth;
            i = skip_past(i + 2, ">");
        } else {
            std::size_t j = i + 1;
            for (char quote = 0; j < text.size(); ++j) {
                const char c = text[j];
                if (quote) {
                    if (c == quote) quote = 0;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '>') {
                    break;
                }
            }
            if (text[j - 1] != '/' && ++depth > max_depth) return i;
            i = j;
        }
    }
    return std::nullopt;
}

// An XML attribute of an element, or empty. (Not through ptree paths: GraphML
// attribute names such as `attr.name` hold the path separator.)
std::string xml_attribute(const ptree& element, std::string_view name) {
    const auto attributes = element.find("<xmlattr>");
    if (attributes == element.not_found()) return {};
    for (const auto& [key, value] : attributes->second)
        if (key == name) return value.data();
    return {};
}

// A declared <key>: what its data are called and where they may appear.
struct Key {
    std::string domain;                   // node, edge, graph or all
    std::string name;                     // attr.name; empty: another program's data (yEd's graphics), ignored
    std::optional<std::string> fallback;  // <default>
};

class Reader {
public:
    Reader(std::string file, Diagnostics& d) : file_(std::move(file)), d_(d) {}

    GraphRecords read(const ptree& graphml) {
        GraphRecords r;
        r.file = file_;
        r.graph_place = place("graph", 0);
        std::size_t key_index = 0, graphs = 0;
        const ptree* graph = nullptr;
        for (const auto& [tag, child] : graphml) {
            if (tag == "key") declare_key(child, key_index++);
            if (tag == "graph" && graphs++ == 0) graph = &child;
        }
        if (!graph) {
            error(place({}, 0), "not a graph: the <graphml> element holds no <graph>");
            return r;
        }
        if (graphs > 1) d_.warning(file_, 0, 0, "graph", "only the first <graph> is read", std::to_string(graphs));
        r.directed = xml_attribute(*graph, "edgedefault") == "directed";
        r.graph = data_of(*graph, "graph", r.graph_place);
        std::size_t nodes = 0, edges = 0;
        bool hyperedge = false;
        for (const auto& [tag, child] : *graph) {
            if (tag == "node") {
                const Place p = place("node[" + std::to_string(nodes) + "]", nodes + 1);
                ++nodes;
                detail::GraphNode n;
                n.id = xml_attribute(child, "id");
                n.place = p;
                if (n.id.empty()) {
                    error(p, "node without an id");
                    continue;
                }
                if (child.find("graph") != child.not_found())
                    d_.warning(file_, 0, 0, p.record, "nested graph ignored", n.id);
                n.attributes = data_of(child, "node", p);
                r.nodes.push_back(std::move(n));
            } else if (tag == "edge") {
                const Place p = place("edge[" + std::to_string(edges) + "]", edges + 1);
                ++edges;
                detail::GraphEdge e;
                e.source = xml_attribute(child, "source");
                e.target = xml_attribute(child, "target");
                e.place = p;
                e.attributes = data_of(child, "edge", p);
                r.edges.push_back(std::move(e));
            } else if (tag == "hyperedge" && !hyperedge) {
                hyperedge = true;
                d_.warning(file_, 0, 0, "graph", "hyperedges ignored");
            }
        }
        return r;
    }

private:
    Place place(std::string record, std::size_t index) const {
        Place p;
        p.file = file_;
        p.record = std::move(record);
        p.index = static_cast<std::uint32_t>(index);
        return p;
    }

    void error(const Place& p, std::string message, std::string value = {}) {
        d_.error(p.file, p.line, p.column, p.record, std::move(message), std::move(value));
    }

    void declare_key(const ptree& element, std::size_t index) {
        const Place p = place("key[" + std::to_string(index) + "]", index + 1);
        const std::string id = xml_attribute(element, "id");
        if (id.empty()) return error(p, "key without an id");
        Key key;
        key.domain = xml_attribute(element, "for");
        if (key.domain.empty()) key.domain = "all";
        key.name = xml_attribute(element, "attr.name");
        if (const auto fallback = element.find("default"); fallback != element.not_found())
            key.fallback = fallback->second.data();
        if (!keys_.emplace(id, std::move(key)).second) error(p, "key id declared twice", id);
    }

    // The data of a graph, node or edge by attribute name, with the defaults
    // of the keys it does not give.
    TextAttributes data_of(const ptree& element, const std::string& domain, const Place& p) {
        TextAttributes out;
        std::set<std::string> given;
        for (const auto& [tag, child] : element) {
            if (tag != "data") continue;
            const std::string id = xml_attribute(child, "key");
            const auto key = keys_.find(id);
            if (key == keys_.end()) {
                error(p, "<data> names a key that is not declared", id);
                continue;
            }
            if (key->second.domain != domain && key->second.domain != "all") {
                error(p, "<data> names a key declared for " + key->second.domain + ", not " + domain, id);
                continue;
            }
            given.insert(id);
            if (!key->second.name.empty()) out.emplace_back(key->second.name, child.data());
        }
        for (const auto& [id, key] : keys_)
            if ((key.domain == domain || key.domain == "all") && key.fallback && !key.name.empty() && !given.count(id))
                out.emplace_back(key.name, *key.fallback);
        return out;
    }

    std::string file_;
    Diagnostics& d_;
    std::map<std::string, Key> keys_;
};

}  // namespace

Study read_study_graphml(std::string_view text, const std::string& file, Diagnostics& d) {
    text = detail::checked_text(text, file, "GraphML", d);
    if (const auto deep = too_deep(text)) {
        const TextPosition p = position_of(text, *deep);
        d.error(file, p.line, p.column, {}, "XML nested deeper than " + std::to_string(max_depth) + " levels");
        throw InvalidInput(d.items());
    }

    ptree doc;
    try {
        std::istringstream in{std::string(text)};
        boost::property_tree::read_xml(in, doc, boost::property_tree::xml_parser::no_comments);
    } catch (const boost::property_tree::xml_parser_error& e) {
        d.error(file, e.line(), 0, {}, "malformed XML: " + e.message());
        throw InvalidInput(d.items());
    }
    const auto graphml = doc.find("graphml");
    if (graphml == doc.not_found()) {
        d.error(file, 0, 0, {}, "not GraphML: no <graphml> element",
                doc.empty() ? std::string() : "<" + doc.front().first + ">");
        throw InvalidInput(d.items());
    }
    const detail::GraphRecords records = Reader(file, d).read(graphml->second);
    return detail::study_from_graph(records, d);
}

std::string write_study_graphml(const Study& s, std::size_t* replaced) {
    const auto xml_text = [replaced](std::string_view text, bool attribute = false) {
        return xml_escape(text, attribute ? XmlContext::attribute : XmlContext::text, replaced);
    };
    // Keys: d0 the study, then the actors' (n...) and the ties' (e...).
    std::string out =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
        "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    const auto key = [&](const std::string& id, const char* domain, const std::string& name, const char* type) {
        out += "  <key id=\"" + id + "\" for=\"" + domain + "\" attr.name=\"" + xml_text(name, true) +
               "\" attr.type=\"" + type + "\"/>\n";
    };
    key("d0", "graph", "helixnet", "string");
    std::vector<std::string> attributes;
    for (const auto& name : s.attribute_names)
        if (name != "id" && name != "name" && name != "waves" && name != "note") attributes.push_back(name);
    bool notes = false;
    for (const auto& a : s.actors) notes = notes || !a.note.empty();
    key("n0", "node", "name", "string");
    for (std::size_t i = 0; i < attributes.size(); ++i)
        key("n" + std::to_string(i + 1), "node", attributes[i], "string");
    const std::string waves_key = "n" + std::to_string(attributes.size() + 1);
    const std::string note_key = "n" + std::to_string(attributes.size() + 2);
    key(waves_key, "node", "waves", "string");
    if (notes) key(note_key, "node", "note", "string");
    static const char* const tie_keys[] = {"wave",     "weight",     "kind",      "initiative",
                                           "evidence", "source_ref", "confidence"};
    for (std::size_t i = 0; i < std::size(tie_keys); ++i)
        key("e" + std::to_string(i), "edge", tie_keys[i], i == 0 ? "int" : i == 1 ? "double" : "string");

    const auto data = [&](const std::string& id, const std::string& value) {
        if (!value.empty()) out += "<data key=\"" + id + "\">" + xml_text(value) + "</data>";
    };
    out += "  <graph id=\"G\" edgedefault=\"undirected\">\n    <data key=\"d0\">" +
           xml_text(write_study_metadata_json(s)) + "</data>\n";
    const std::string every_wave = format_year_list(s.wave_years());
    for (const Actor& a : s.actors) {
        out += "    <node id=\"" + xml_text(a.id, true) + "\">";
        data("n0", a.name);
        for (std::size_t i = 0; i < attributes.size(); ++i)
            if (const std::string* v = a.attribute(attributes[i])) data("n" + std::to_string(i + 1), *v);
        data(waves_key, a.waves.empty() ? every_wave : format_year_list(a.waves));
        if (notes) data(note_key, a.note);
        out += "</node>\n";
    }
    for (const Tie& t : s.ties) {
        out += "    <edge source=\"" + xml_text(s.actors[t.source].id, true) + "\" target=\"" +
               xml_text(s.actors[t.target].id, true) + "\">";
        data("e0", std::to_string(t.wave));
        data("e1", format_number(t.weight));
        data("e2", t.kind);
        data("e3", t.initiative);
        data("e4", t.evidence);
        data("e5", t.source_ref);
        if (t.confidence) data("e6", std::string(to_string(*t.confidence)));
        out += "</edge>\n";
    }
    out += "  </graph>\n</graphml>\n";
    return out;
}

}  // namespace helixnet
