#include "helixnet/study/graphml_io.hpp"

#include <map>
#include <optional>
#include <set>

#include "graph_form.hpp"
#include "helixnet/study/json_io.hpp"
#include "helixnet/util/text.hpp"
#include "helixnet/util/xml.hpp"
#include "xml.hpp"

namespace helixnet {

namespace {

using detail::GraphRecords;
using detail::Place;
using detail::ptree;
using detail::TextAttributes;
using detail::xml_attribute;

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
    const ptree doc = detail::parse_xml(text, file, "GraphML", d);
    const auto graphml = doc.find("graphml");
    if (graphml == doc.not_found()) {
        d.error(file, 0, 0, {}, "not GraphML: no <graphml> element",
                doc.empty() ? std::string() : "<" + doc.front().first + ">");
        throw InvalidInput(d.items());
    }
    const detail::GraphRecords records = Reader(file, d).read(graphml->second);
    return detail::study_from_graph(records, d);
}

std::string write_study_graphml(const Study& s, Diagnostics* warnings) {
    detail::XmlText xml(warnings);
    // Keys: d0 the study, then the actors' (n...) and the ties' (e...).
    std::string out =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
        "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    const auto key = [&](const std::string& id, const char* domain, const std::string& name, const char* type) {
        out += "  <key id=\"" + id + "\" for=\"" + domain + "\" attr.name=\"" +
               xml(name, true, "attribute names", "name") + "\" attr.type=\"" + type + "\"/>\n";
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

    std::string record;
    const auto data = [&](const std::string& id, const std::string& value, std::string_view field) {
        if (!value.empty()) out += "<data key=\"" + id + "\">" + xml(value, false, record, field) + "</data>";
    };
    // The metadata is JSON, which writes control characters as \u escapes.
    out += "  <graph id=\"G\" edgedefault=\"undirected\">\n    <data key=\"d0\">" +
           xml_escape(write_study_metadata_json(s)) + "</data>\n";
    const std::string every_wave = format_year_list(s.wave_years());
    for (std::size_t k = 0; k < s.actors.size(); ++k) {
        const Actor& a = s.actors[k];
        record = "actors[" + std::to_string(k) + "]";
        out += "    <node id=\"" + xml(a.id, true, record, "id") + "\">";
        data("n0", a.name, "name");
        for (std::size_t i = 0; i < attributes.size(); ++i)
            if (const std::string* v = a.attribute(attributes[i])) data("n" + std::to_string(i + 1), *v, attributes[i]);
        data(waves_key, a.waves.empty() ? every_wave : format_year_list(a.waves), "waves");
        if (notes) data(note_key, a.note, "note");
        out += "</node>\n";
    }
    for (std::size_t k = 0; k < s.ties.size(); ++k) {
        const Tie& t = s.ties[k];
        record = "ties[" + std::to_string(k) + "]";
        out += "    <edge source=\"" + xml(s.actors[t.source].id, true, record, "source") + "\" target=\"" +
               xml(s.actors[t.target].id, true, record, "target") + "\">";
        data("e0", std::to_string(t.wave), "wave");
        data("e1", format_number(t.weight), "weight");
        data("e2", t.kind, "kind");
        data("e3", t.initiative, "initiative");
        data("e4", t.evidence, "evidence");
        data("e5", t.source_ref, "source_ref");
        if (t.confidence) data("e6", std::string(to_string(*t.confidence)), "confidence");
        out += "</edge>\n";
    }
    out += "  </graph>\n</graphml>\n";
    xml.finish();
    return out;
}

}  // namespace helixnet
