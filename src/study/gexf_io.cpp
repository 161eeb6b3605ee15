#include "helixnet/study/gexf_io.hpp"

#include <algorithm>
#include <climits>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "builder.hpp"
#include "graph_form.hpp"
#include "helixnet/study/json_io.hpp"
#include "helixnet/util/text.hpp"
#include "xml.hpp"

namespace helixnet {

namespace {

using detail::local_name;
using detail::Place;
using detail::ptree;
using detail::TextAttributes;
using detail::xml_attribute;

// A file may hold at most this many distinct wave years.
constexpr std::size_t max_waves = 1000;

// ---------------------------------------------------------------- reading

// A closed interval of years; an absent end is unbounded.
struct Interval {
    std::optional<int> start, end;
    [[nodiscard]] bool contains(int year) const { return (!start || *start <= year) && (!end || year <= *end); }
};

// When an element or value holds: always (`timed` false), or in the union of
// `intervals`.
struct When {
    bool timed = false;
    std::vector<Interval> intervals;
    [[nodiscard]] bool contains(int year) const {
        return !timed ||
               std::any_of(intervals.begin(), intervals.end(), [&](const Interval& i) { return i.contains(year); });
    }
};

struct Value {
    std::string text;
    When when;
};

struct Element {
    Place place;
    std::string id, source, target;
    TextAttributes fixed;                              // node label; edge weight, kind, label
    std::map<std::string, std::vector<Value>> values;  // by the title of their attribute
    When when;
};

// A declared <attribute>.
struct Attribute {
    std::string title;
    std::optional<std::string> fallback;  // <default>
};

// A time as an integer year: `2019`, or `2019.0` as Gephi writes doubles.
std::optional<int> year_of(std::string_view text) {
    if (const auto y = parse_int(text)) return y;
    const auto x = parse_number(text);
    if (!x || std::floor(*x) != *x || *x < INT_MIN || *x > INT_MAX) return std::nullopt;
    return static_cast<int>(*x);
}

bool is_unbounded(std::string_view text) {
    std::string lower;
    for (const char c : trim(text)) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower == "inf" || lower == "-inf" || lower == "+inf" || lower == "infinity" || lower == "-infinity" ||
           lower == "+infinity";
}

class Reader {
public:
    Reader(std::string file, Diagnostics& d) : file_(std::move(file)), d_(d) {}

    void read(const ptree& graph) {
        const std::string edge_default = xml_attribute(graph, "defaultedgetype");
        directed_ = edge_default == "directed";
        for (const auto& [tag, child] : graph)
            if (local_name(tag) == "attributes") declare(child);
        for (const auto& [tag, child] : graph) {
            if (local_name(tag) == "nodes") {
                for (const auto& [t, node] : child)
                    if (local_name(t) == "node") read_node(node);
            } else if (local_name(tag) == "edges") {
                for (const auto& [t, edge] : child)
                    if (local_name(t) == "edge") read_edge(edge);
            }
        }
    }

    // The records for study_from_graph; `metadata_years` are the waves the
    // `helixnet` instruction declares (empty without one).
    detail::GraphRecords records(std::size_t text_size, const std::vector<int>& metadata_years) {
        detail::GraphRecords r;
        r.file = file_;
        r.graph_place = place("graph", 0);
        r.directed = directed_;
        r.metadata_source = "processing instruction 'helixnet'";
        std::set<int> years(metadata_years.begin(), metadata_years.end());
        years.insert(starts_.begin(), starts_.end());
        if (dynamic_ && years.size() > max_waves) {
            d_.error(file_, 0, 0, {}, "more than " + std::to_string(max_waves) + " distinct wave years",
                     std::to_string(years.size()));
            throw InvalidInput(d_.items());
        }
        const std::vector<int> waves(years.begin(), years.end());
        // Values that hold in several waves are copied into each wave's tie:
        // bounded, so that a small file cannot grow without limit.
        const std::size_t budget = 16 * 1024 * 1024 + 32 * text_size;
        std::size_t used = 0;
        for (const Element& n : nodes_) r.nodes.push_back(node_record(n, waves));
        if (!dynamic_) {
            for (const Element& e : edges_) r.edges.push_back(edge_record(e, std::nullopt));
            return r;
        }
        // Wave by wave, each wave's ties in file order.
        for (const Element& e : edges_)
            if (std::none_of(waves.begin(), waves.end(), [&](int y) { return e.when.contains(y); }))
                error(e.place, "edge exists in no wave: its spells hold no wave year", e.source);
        for (const int y : waves) {
            for (const Element& e : edges_) {
                if (!e.when.contains(y)) continue;
                detail::GraphEdge g = edge_record(e, y);
                used += 64;
                for (const auto& [k, v] : g.attributes) used += k.size() + v.size();
                if (used > budget) {
                    error(e.place, "the file's values, repeated over its waves, exceed " +
                                       std::to_string(budget / (1024 * 1024)) + " MiB");
                    throw InvalidInput(d_.items());
                }
                r.edges.push_back(std::move(g));
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
    void warning(const Place& p, std::string message, std::string value = {}) {
        d_.warning(p.file, p.line, p.column, p.record, std::move(message), std::move(value));
    }

    void declare(const ptree& attributes) {
        const std::string cls = xml_attribute(attributes, "class");
        auto& keys = cls == "edge" ? edge_keys_ : node_keys_;
        for (const auto& [tag, child] : attributes) {
            if (local_name(tag) != "attribute") continue;
            const Place p = place("attribute[" + std::to_string(attribute_count_) + "]", attribute_count_ + 1);
            ++attribute_count_;
            const std::string id = xml_attribute(child, "id");
            if (id.empty()) {
                error(p, "attribute without an id");
                continue;
            }
            Attribute a;
            a.title = xml_attribute(child, "title");
            if (a.title.empty()) a.title = id;
            // Gephi titles its weight "Weight": an edge field in any case is that field.
            if (cls == "edge") {
                std::string lower;
                for (const char c : a.title) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
                for (const char* field :
                     {"weight", "kind", "initiative", "evidence", "source_ref", "confidence", "wave"})
                    if (lower == field) a.title = lower;
            }
            for (const auto& [t, grandchild] : child)
                if (local_name(t) == "default") a.fallback = grandchild.data();
            if (!keys.emplace(id, std::move(a)).second) error(p, "attribute id declared twice", id);
        }
    }

    // One time value; nullopt (after an error) when it is not a year.
    std::optional<int> time(const std::string& text, const Place& p) {
        const auto y = year_of(text);
        if (!y) error(p, "time is not an integer year", text);
        return y;
    }

    // Reads start/end (and GEXF 1.2's startopen/endopen) or timestamp from an
    // element, spell or attvalue; false when it gives no time.
    bool interval_of(const ptree& element, const Place& p, Interval& out) {
        const std::string start = xml_attribute(element, "start"), end = xml_attribute(element, "end");
        const std::string start_open = xml_attribute(element, "startopen"),
                          end_open = xml_attribute(element, "endopen");
        const std::string timestamp = xml_attribute(element, "timestamp");
        if (!timestamp.empty()) {
            out.start = out.end = time(timestamp, p);
            add(out, p);
            return true;
        }
        if (start.empty() && end.empty() && start_open.empty() && end_open.empty()) return false;
        if (!start.empty()) out.start = time(start, p);
        if (!start_open.empty()) {
            out.start = time(start_open, p);
            if (out.start && *out.start < INT_MAX) ++*out.start;
        }
        if (!end.empty()) out.end = time(end, p);
        if (!end_open.empty()) {
            out.end = time(end_open, p);
            if (out.end && *out.end > INT_MIN) --*out.end;
        }
        add(out, p);
        return true;
    }

    // Notes where an interval begins (its end when it has no start) and
    // checks its order.
    void add(const Interval& i, const Place& p) {
        if (i.start && i.end && *i.start > *i.end)
            error(p, "time interval ends before it starts", std::to_string(*i.start) + " > " + std::to_string(*i.end));
        if (i.start)
            starts_.insert(*i.start);
        else if (i.end)
            starts_.insert(*i.end);
    }

    // Gephi's `intervals="<[2019, 2021]; [2024, 2024]>"` and
    // `timestamps="<[2019, 2022]>"` (round brackets: open ends).
    void list_of(std::string_view text, bool intervals, const Place& p, When& out) {
        std::string_view rest = trim(text);
        if (rest.starts_with('<')) rest.remove_prefix(1);
        if (rest.ends_with('>')) rest.remove_suffix(1);
        if (!intervals) {
            rest = trim(rest);
            if (rest.starts_with('[')) rest.remove_prefix(1);
            if (rest.ends_with(']')) rest.remove_suffix(1);
        }
        const char separator = intervals ? ';' : ',';
        while (!trim(rest).empty()) {
            const std::size_t at = rest.find(separator);
            std::string_view item = trim(rest.substr(0, at));
            rest = at == std::string_view::npos ? std::string_view() : rest.substr(at + 1);
            Interval i;
            if (!intervals) {
                i.start = i.end = time(std::string(item), p);
                if (!i.start) continue;
                add(i, p);
                out.intervals.push_back(i);
                continue;
            }
            const bool open_start = item.starts_with('('), open_end = item.ends_with(')');
            if (!item.empty() && (item.front() == '[' || item.front() == '(')) item.remove_prefix(1);
            if (!item.empty() && (item.back() == ']' || item.back() == ')')) item.remove_suffix(1);
            const std::size_t comma = item.find(',');
            if (comma == std::string_view::npos) {
                error(p, "interval is not [start, end]", std::string(item));
                continue;
            }
            const std::string_view a = trim(item.substr(0, comma)), b = trim(item.substr(comma + 1));
            if (!is_unbounded(a)) {
                i.start = time(std::string(a), p);
                if (!i.start) continue;
                if (open_start && *i.start < INT_MAX) ++*i.start;
            }
            if (!is_unbounded(b)) {
                i.end = time(std::string(b), p);
                if (!i.end) continue;
                if (open_end && *i.end > INT_MIN) --*i.end;
            }
            add(i, p);
            out.intervals.push_back(i);
        }
    }

    // The time of a node or edge: its <spells>, else its own attributes.
    When when_of(const ptree& element, const Place& p) {
        When w;
        for (const auto& [tag, child] : element) {
            if (local_name(tag) != "spells" && local_name(tag) != "slices") continue;
            for (const auto& [t, spell] : child) {
                if (local_name(t) != "spell" && local_name(t) != "slice") continue;
                Interval i;
                if (interval_of(spell, p, i)) {
                    w.timed = true;
                    w.intervals.push_back(i);
                } else {
                    error(p, "spell without start, end or timestamp");
                }
            }
        }
        if (!w.timed) {
            Interval i;
            if (interval_of(element, p, i)) {
                w.timed = true;
                w.intervals.push_back(i);
            } else if (const std::string t = xml_attribute(element, "timestamps"); !t.empty()) {
                w.timed = true;
                list_of(t, false, p, w);
            } else if (const std::string t = xml_attribute(element, "intervals"); !t.empty()) {
                w.timed = true;
                list_of(t, true, p, w);
            }
        }
        dynamic_ = dynamic_ || w.timed;
        return w;
    }

    void read_values(const ptree& element, const std::map<std::string, Attribute>& keys, Element& out) {
        std::set<std::string> given;
        for (const auto& [tag, child] : element) {
            if (local_name(tag) != "attvalues") continue;
            for (const auto& [t, attvalue] : child) {
                if (local_name(t) != "attvalue") continue;
                std::string id = xml_attribute(attvalue, "for");
                if (id.empty()) id = xml_attribute(attvalue, "id");  // GEXF 1.0
                const auto key = keys.find(id);
                if (key == keys.end()) {
                    error(out.place, "<attvalue> names an attribute that is not declared", id);
                    continue;
                }
                Value v;
                v.text = xml_attribute(attvalue, "value");
                Interval i;
                if (interval_of(attvalue, out.place, i)) {
                    v.when.timed = true;
                    v.when.intervals.push_back(i);
                    dynamic_ = true;
                }
                given.insert(id);
                out.values[key->second.title].push_back(std::move(v));
            }
        }
        for (const auto& [id, key] : keys)
            if (key.fallback && !given.count(id)) out.values[key.title].push_back({*key.fallback, {}});
    }

    void read_node(const ptree& node) {
        Element n;
        n.place = place("node[" + std::to_string(node_count_) + "]", node_count_ + 1);
        ++node_count_;
        n.id = xml_attribute(node, "id");
        if (n.id.empty()) {
            error(n.place, "node without an id");
            return;
        }
        n.place.record += " \"" + n.id + "\"";
        for (const auto& [tag, child] : node)
            if (local_name(tag) == "nodes" && !nested_) {
                nested_ = true;
                warning(n.place, "nested nodes (a hierarchy) ignored", n.id);
            }
        const std::string label = xml_attribute(node, "label");
        read_values(node, node_keys_, n);
        if (!label.empty()) n.fixed.emplace_back(n.values.count("name") ? "label" : "name", label);
        n.when = when_of(node, n.place);
        nodes_.push_back(std::move(n));
    }

    void read_edge(const ptree& edge) {
        Element e;
        e.place = place("edge[" + std::to_string(edge_count_) + "]", edge_count_ + 1);
        ++edge_count_;
        e.source = xml_attribute(edge, "source");
        e.target = xml_attribute(edge, "target");
        e.place.record += " \"" + e.source + "\" -- \"" + e.target + "\"";
        if (xml_attribute(edge, "type") == "directed") directed_ = true;
        for (const char* name : {"weight", "kind", "label"})
            if (std::string v = xml_attribute(edge, name); !v.empty()) e.fixed.emplace_back(name, std::move(v));
        read_values(edge, edge_keys_, e);
        e.when = when_of(edge, e.place);
        edges_.push_back(std::move(e));
    }

    // Of the values of one attribute, the one in wave `year` (any wave when
    // nullopt): one that holds then, a timed one before an untimed one.
    const Value* value_in(const Element& e, const std::string& title, const std::vector<Value>& values,
                          std::optional<int> year) {
        const Value *timed = nullptr, *untimed = nullptr;
        for (const Value& v : values) {
            if (!v.when.timed) {
                untimed = &v;
            } else if (!year || v.when.contains(*year)) {
                if (timed && year && timed->text != v.text)
                    error(e.place, "two values of '" + title + "' hold in wave " + std::to_string(*year),
                          timed->text + " / " + v.text);
                timed = &v;
            }
        }
        return timed ? timed : untimed;
    }

    detail::GraphNode node_record(const Element& n, const std::vector<int>& waves) {
        detail::GraphNode g;
        g.id = n.id;
        g.place = n.place;
        g.attributes = n.fixed;
        std::vector<int> in;
        if (n.when.timed) {
            for (const int y : waves)
                if (n.when.contains(y)) in.push_back(y);
            if (in.empty()) error(n.place, "node exists in no wave: its spells hold no wave year", n.id);
        }
        for (const auto& [title, values] : n.values) {
            if (dynamic_ && title == "waves") {
                if (!waves_value_)
                    warning(n.place, "node attribute 'waves' ignored: the node's spells say when it exists");
                waves_value_ = true;
                continue;
            }
            std::optional<int> last;
            if (!in.empty()) last = in.back();
            const Value* v = value_in(n, title, values, last);
            if (!v) v = value_in(n, title, values, std::nullopt);
            if (v->when.timed && varying_.insert(title).second)
                warning(n.place,
                        "node attribute '" + title + "' has values over time: the one in the node's last wave is read",
                        title);
            g.attributes.emplace_back(title, v->text);
        }
        if (n.when.timed) g.attributes.emplace_back("waves", format_year_list(in));
        return g;
    }

    detail::GraphEdge edge_record(const Element& e, std::optional<int> year) {
        detail::GraphEdge g;
        g.source = e.source;
        g.target = e.target;
        g.place = e.place;
        if (year) g.attributes.emplace_back("wave", std::to_string(*year));
        for (const auto& [k, v] : e.fixed)
            if (!e.values.count(k)) g.attributes.emplace_back(k, v);
        for (const auto& [title, values] : e.values) {
            if (year && title == "wave") {
                if (!wave_value_) warning(e.place, "edge attribute 'wave' ignored: the edge's spells give its waves");
                wave_value_ = true;
                continue;
            }
            const Value* v = value_in(e, title, values, year);
            if (v) {
                g.attributes.emplace_back(title, v->text);
            } else {
                // No value holds in this wave: the element's own, if any.
                for (const auto& [k, fixed] : e.fixed)
                    if (k == title) g.attributes.emplace_back(k, fixed);
            }
        }
        return g;
    }

    std::string file_;
    Diagnostics& d_;
    std::map<std::string, Attribute> node_keys_, edge_keys_;
    std::vector<Element> nodes_, edges_;
    std::set<int> starts_;
    std::set<std::string> varying_;
    std::size_t node_count_ = 0, edge_count_ = 0, attribute_count_ = 0;
    bool directed_ = false, dynamic_ = false, nested_ = false, wave_value_ = false, waves_value_ = false;
};

// The text of the `<?helixnet ...?>` processing instruction before the root
// element, if there is one.
std::optional<std::string> instruction(std::string_view text) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    std::size_t i = 0;
    const auto past = [&](std::string_view end) {
        const std::size_t at = text.find(end, i);
        return at == std::string_view::npos ? text.size() : at + end.size();
    };
    while (i < text.size()) {
        if (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n') {
            ++i;
            continue;
        }
        const std::string_view rest = text.substr(i);
        if (rest.starts_with("<?helixnet") && rest.size() > 10 &&
            (rest[10] == ' ' || rest[10] == '\n' || rest[10] == '\t' || rest[10] == '\r')) {
            const std::size_t end = rest.find("?>");
            if (end == std::string_view::npos) return std::nullopt;
            return std::string(rest.substr(11, end - 11));
        }
        if (rest.starts_with("<?"))
            i = past("?>");
        else if (rest.starts_with("<!--"))
            i = past("-->");
        else if (rest.starts_with("<!"))
            i = past(">");
        else
            return std::nullopt;
    }
    return std::nullopt;
}

// The wave years the metadata declares, read through the same checks as any
// JSON (errors in it are reported when the study is built).
std::vector<int> declared_years(const std::string& json, const std::string& file) {
    Diagnostics scratch;
    detail::StudyBuilder b(scratch);
    (void)detail::read_json_header(json, file, b, true);
    return b.study().wave_years();
}

// ---------------------------------------------------------------- writing

// JSON that can stand in a processing instruction: `>` (so no `?>`), U+FFFE
// and U+FFFF (not XML characters) as \u escapes, which only strings hold.
std::string instruction_json(std::string_view json) {
    std::string out;
    out.reserve(json.size());
    for (std::size_t i = 0; i < json.size(); ++i) {
        if (json[i] == '>') {
            out += "\\u003e";
        } else if (json[i] == '\xEF' && i + 2 < json.size() && json[i + 1] == '\xBF' &&
                   (json[i + 2] == '\xBE' || json[i + 2] == '\xBF')) {
            out += json[i + 2] == '\xBE' ? "\\ufffe" : "\\uffff";
            i += 2;
        } else {
            out += json[i];
        }
    }
    return out;
}

}  // namespace

Study read_study_gexf(std::string_view text, const std::string& file, Diagnostics& d) {
    const ptree doc = detail::parse_xml(text, file, "GEXF", d);
    const ptree* gexf = nullptr;
    for (const auto& [tag, child] : doc)
        if (local_name(tag) == "gexf") gexf = &child;
    if (!gexf) {
        d.error(file, 0, 0, {}, "not GEXF: no <gexf> element",
                doc.empty() ? std::string() : "<" + doc.front().first + ">");
        throw InvalidInput(d.items());
    }
    const ptree* graph = nullptr;
    for (const auto& [tag, child] : *gexf)
        if (local_name(tag) == "graph" && !graph) graph = &child;
    if (!graph) {
        d.error(file, 0, 0, {}, "not a graph: the <gexf> element holds no <graph>");
        throw InvalidInput(d.items());
    }
    Reader reader(file, d);
    reader.read(*graph);
    const std::optional<std::string> metadata = instruction(text);
    const std::vector<int> years = metadata ? declared_years(*metadata, file) : std::vector<int>{};
    detail::GraphRecords records = reader.records(text.size(), years);
    if (metadata) records.graph.emplace_back("helixnet", *metadata);
    try {
        return detail::study_from_graph(records, d);
    } catch (const InvalidInput& e) {
        // An edge without time is a tie in every wave: say each of its problems once.
        std::vector<Diagnostic> once;
        std::set<std::tuple<Severity, std::string, std::string, std::string>> seen;
        for (const Diagnostic& x : e.diagnostics())
            if (seen.emplace(x.severity, x.record, x.message, x.value).second) once.push_back(x);
        throw InvalidInput(std::move(once));
    }
}

std::string write_study_gexf(const Study& s, Diagnostics* warnings) {
    detail::XmlText xml(warnings);
    std::vector<int> years = s.wave_years();
    std::sort(years.begin(), years.end());
    // A wave holds on the timeline from its year to the year before the next.
    const auto last_year = [&](std::size_t w) { return w + 1 < years.size() ? years[w + 1] - 1 : years[w]; };
    const auto wave_index = [&](int year) {
        return static_cast<std::size_t>(std::lower_bound(years.begin(), years.end(), year) - years.begin());
    };
    // Runs of consecutive waves in which `in` holds, as [first, last] indices.
    const auto runs = [&](const std::vector<bool>& in) {
        std::vector<std::pair<std::size_t, std::size_t>> out;
        for (std::size_t w = 0; w < in.size(); ++w) {
            if (!in[w]) continue;
            if (!out.empty() && out.back().second + 1 == w)
                out.back().second = w;
            else
                out.emplace_back(w, w);
        }
        return out;
    };
    const auto span = [&](std::size_t first, std::size_t last) {
        return " start=\"" + std::to_string(years[first]) + "\" end=\"" + std::to_string(last_year(last)) + "\"";
    };
    const auto spells = [&](const std::vector<bool>& in, const char* indent) {
        std::string out = std::string(indent) + "<spells>";
        for (const auto& [first, last] : runs(in)) out += "<spell" + span(first, last) + "/>";
        return out + "</spells>\n";
    };

    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?helixnet " +
                      instruction_json(write_study_metadata_json(s)) +
                      "?>\n"
                      "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                      "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
                      "  <meta>\n    <creator>helixnet</creator>\n    <description>" +
                      xml(s.name, false, "name", "name") +
                      "</description>\n  </meta>\n"
                      "  <graph defaultedgetype=\"undirected\" mode=\"dynamic\" timeformat=\"integer\" "
                      "timerepresentation=\"interval\">\n";

    std::vector<std::string> attributes;
    for (const auto& name : s.attribute_names)
        if (name != "id" && name != "name" && name != "waves" && name != "note") attributes.push_back(name);
    bool notes = false;
    for (const auto& a : s.actors) notes = notes || !a.note.empty();
    out += "    <attributes class=\"node\" mode=\"static\">\n";
    for (std::size_t i = 0; i < attributes.size(); ++i)
        out += "      <attribute id=\"a" + std::to_string(i) + "\" title=\"" +
               xml(attributes[i], true, "attribute names", "name") + "\" type=\"string\"/>\n";
    if (notes) out += "      <attribute id=\"note\" title=\"note\" type=\"string\"/>\n";
    out += "    </attributes>\n    <attributes class=\"edge\" mode=\"dynamic\">\n";
    static const char* const tie_fields[] = {"weight", "kind", "initiative", "evidence", "source_ref", "confidence"};
    for (std::size_t f = 0; f < std::size(tie_fields); ++f)
        out += std::string("      <attribute id=\"") + tie_fields[f] + "\" title=\"" + tie_fields[f] + "\" type=\"" +
               (f == 0 ? "double" : "string") + "\"/>\n";
    out += "    </attributes>\n";

    out += "    <nodes count=\"" + std::to_string(s.actors.size()) + "\">\n";
    for (std::size_t k = 0; k < s.actors.size(); ++k) {
        const Actor& a = s.actors[k];
        const std::string record = "actors[" + std::to_string(k) + "]";
        out += "      <node id=\"" + xml(a.id, true, record, "id") + "\" label=\"" + xml(a.name, true, record, "name") +
               "\">\n";
        std::string values;
        for (std::size_t i = 0; i < attributes.size(); ++i)
            if (const std::string* v = a.attribute(attributes[i]); v && !v->empty())
                values += "          <attvalue for=\"a" + std::to_string(i) + "\" value=\"" +
                          xml(*v, true, record, attributes[i]) + "\"/>\n";
        if (!a.note.empty())
            values += "          <attvalue for=\"note\" value=\"" + xml(a.note, true, record, "note") + "\"/>\n";
        if (!values.empty()) out += "        <attvalues>\n" + values + "        </attvalues>\n";
        std::vector<bool> in(years.size(), a.waves.empty());
        for (const int y : a.waves)
            if (const std::size_t w = wave_index(y); w < years.size() && years[w] == y) in[w] = true;
        out += spells(in, "        ");
        out += "      </node>\n";
    }
    out += "    </nodes>\n";

    // One edge per pair, in the order pairs first appear; its ties by wave.
    std::map<std::pair<std::uint32_t, std::uint32_t>, std::size_t> edge_of;
    std::vector<std::vector<std::size_t>> edges;  // per edge, per wave: tie index + 1 (0: none)
    for (std::size_t k = 0; k < s.ties.size(); ++k) {
        const Tie& t = s.ties[k];
        const std::size_t w = wave_index(t.wave);
        if (w >= years.size() || years[w] != t.wave) continue;  // not a wave of the study
        const auto pair = std::minmax(t.source, t.target);
        const auto [it, added] = edge_of.emplace(std::pair(pair.first, pair.second), edges.size());
        if (added) edges.emplace_back(years.size(), 0);
        if (edges[it->second][w] == 0) edges[it->second][w] = k + 1;
    }
    out += "    <edges count=\"" + std::to_string(edges.size()) + "\">\n";
    for (std::size_t e = 0; e < edges.size(); ++e) {
        const std::vector<std::size_t>& ties = edges[e];
        const std::size_t first = *std::find_if(ties.begin(), ties.end(), [](std::size_t k) { return k > 0; }) - 1;
        const Tie& head = s.ties[first];
        const std::string head_record = "ties[" + std::to_string(first) + "]";
        out += "      <edge id=\"" + std::to_string(e) + "\" source=\"" +
               xml(s.actors[head.source].id, true, head_record, "source") + "\" target=\"" +
               xml(s.actors[head.target].id, true, head_record, "target") + "\">\n        <attvalues>\n";
        const auto field = [](const Tie& t, std::size_t f) -> std::string {
            switch (f) {
                case 0:
                    return format_number(t.weight);
                case 1:
                    return t.kind;
                case 2:
                    return t.initiative;
                case 3:
                    return t.evidence;
                case 4:
                    return t.source_ref;
                default:
                    return t.confidence ? std::string(to_string(*t.confidence)) : std::string();
            }
        };
        // Each field: one value per run of consecutive waves with the same text.
        for (std::size_t f = 0; f < std::size(tie_fields); ++f) {
            for (std::size_t w = 0; w < years.size();) {
                if (ties[w] == 0) {
                    ++w;
                    continue;
                }
                const Tie& t = s.ties[ties[w] - 1];
                const std::string value = field(t, f);
                std::size_t last = w;
                while (last + 1 < years.size() && ties[last + 1] > 0 && field(s.ties[ties[last + 1] - 1], f) == value)
                    ++last;
                if (!value.empty())
                    out += std::string("          <attvalue for=\"") + tie_fields[f] + "\" value=\"" +
                           xml(value, true, "ties[" + std::to_string(ties[w] - 1) + "]", tie_fields[f]) + "\"" +
                           span(w, last) + "/>\n";
                w = last + 1;
            }
        }
        out += "        </attvalues>\n";
        std::vector<bool> in(years.size());
        for (std::size_t w = 0; w < years.size(); ++w) in[w] = ties[w] > 0;
        out += spells(in, "        ");
        out += "      </edge>\n";
    }
    out += "    </edges>\n  </graph>\n</gexf>\n";
    xml.finish();
    return out;
}

}  // namespace helixnet
