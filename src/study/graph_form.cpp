#include "graph_form.hpp"

#include <algorithm>
#include <filesystem>
#include <set>

#include "helixnet/util/text.hpp"

namespace helixnet::detail {

namespace {

const std::string* find(const TextAttributes& attributes, std::string_view name) {
    for (const auto& [k, v] : attributes)
        if (k == name) return &v;
    return nullptr;
}

// The tie fields of an edge, by attribute name.
std::string* tie_field(RawTie& t, std::string_view name) {
    if (name == "weight") return &t.weight;
    if (name == "kind") return &t.kind;
    if (name == "initiative") return &t.initiative;
    if (name == "evidence") return &t.evidence;
    if (name == "source_ref") return &t.source_ref;
    if (name == "confidence") return &t.confidence;
    return nullptr;
}

}  // namespace

Study study_from_graph(const GraphRecords& r, Diagnostics& diagnostics) {
    StudyBuilder b(diagnostics);
    b.name_records("node", "edge");
    Study& s = b.study();

    // The study without actors and ties, as helixnet writes it.
    const std::string* metadata = find(r.graph, "helixnet");
    if (metadata) (void)read_json_header(*metadata, r.file + ", " + r.metadata_source, b, true);

    // A file without `wave` on its edges holds one wave: the graph's `wave`, else 0.
    const bool edge_waves = std::any_of(r.edges.begin(), r.edges.end(),
                                        [](const GraphEdge& e) { return find(e.attributes, "wave") != nullptr; });
    std::string one_wave = "0";
    if (const std::string* w = find(r.graph, "wave")) {
        if (parse_int(*w))
            one_wave = std::string(trim(*w));
        else
            b.error(r.graph_place, "graph attribute 'wave' is not an integer year", *w);
    }
    if (!metadata && !edge_waves) b.declare_waves({RawWave{one_wave, parse_int(one_wave), {}, r.graph_place}});

    if (s.name.empty()) {
        const std::string* name = find(r.graph, "name");
        s.name = name && !name->empty() ? *name
                 : !r.name.empty()      ? r.name
                                        : std::filesystem::path(r.file).stem().string();
    }
    if (r.directed) b.warning(r.graph_place, "the graph is directed: its edges are read as undirected ties");

    // helixnet writes the years of an actor that exists in every wave; the
    // study keeps that as "every wave" (an empty list).
    std::vector<int> every_wave = s.wave_years();
    std::sort(every_wave.begin(), every_wave.end());
    // An attribute any node has is an attribute of every actor, unknown where
    // the node has no value (as an empty cell of a CSV column).
    std::set<std::string> columns;
    for (const GraphNode& n : r.nodes)
        for (const auto& [k, v] : n.attributes) columns.insert(k);
    for (const char* k : {"id", "name", "label", "waves", "note"}) columns.erase(k);
    for (const GraphNode& n : r.nodes) {
        RawActor a;
        a.id = n.id;
        a.place = n.place;
        const std::string* label = nullptr;
        for (const auto& [k, v] : n.attributes) {
            if (k == "name")
                a.name = v;
            else if (k == "label")
                label = &v;
            else if (k == "waves")
                a.waves = v;
            else if (k == "note")
                a.note = v;
            else if (k == "id")
                b.warning(n.place, "node attribute 'id' ignored: the node's id is the actor's", v);
            else
                a.attributes[k] = v;
        }
        if (label) {
            if (a.name.empty())
                a.name = *label;
            else
                a.attributes["label"] = *label;
        }
        for (const auto& k : columns) a.attributes.try_emplace(k);
        a.parsed_waves = parse_year_list(a.waves);
        if (metadata && a.parsed_waves && !a.parsed_waves->empty()) {
            std::vector<int> years = *a.parsed_waves;
            std::sort(years.begin(), years.end());
            if (years == every_wave) a.parsed_waves->clear();
        }
        b.add_actor(std::move(a));
    }

    std::set<std::string> ignored;
    for (const GraphEdge& e : r.edges) {
        RawTie t;
        t.place = e.place;
        t.source = e.source;
        t.target = e.target;
        bool has_wave = false;
        for (const auto& [k, v] : e.attributes) {
            if (k == "wave") {
                t.wave = std::string(trim(v));
                has_wave = true;
            } else if (std::string* field = tie_field(t, k)) {
                *field = k == "weight" || k == "confidence" ? std::string(trim(v)) : v;
            } else if (ignored.insert(k).second) {
                b.warning(e.place, "unknown edge attribute ignored", k);
            }
        }
        if (!has_wave && !edge_waves) t.wave = one_wave;
        t.parsed_wave = parse_int(t.wave);
        if (!t.weight.empty()) t.parsed_weight = parse_number(t.weight);
        b.add_tie(t);
    }
    return b.finish();
}

}  // namespace helixnet::detail
