#include "helixnet/metrics/output.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

#include "helixnet/util/json.hpp"
#include "helixnet/util/table.hpp"

namespace helixnet {
namespace {

using nlohmann::ordered_json;

constexpr std::array<std::string_view, 14> kNetworkKeys = {"actors",
                                                           "ties",
                                                           "isolates",
                                                           "density",
                                                           "average_degree",
                                                           "components",
                                                           "largest_component",
                                                           "largest_component_share",
                                                           "transitivity",
                                                           "average_clustering",
                                                           "average_path_length",
                                                           "diameter",
                                                           "degree_centralization",
                                                           "betweenness_centralization"};

constexpr std::array<std::string_view, 12> kActorKeys = {
    "degree",      "strength", "degree_centrality", "betweenness", "closeness",  "harmonic",
    "eigenvector", "pagerank", "clustering",        "core",        "constraint", "effective_size"};

ordered_json network_json(const NetworkMetrics& n) {
    ordered_json j = ordered_json::object();
    j["actors"] = n.actors;
    j["ties"] = n.ties;
    j["isolates"] = n.isolates;
    j["density"] = optional_json(n.density);
    j["average_degree"] = optional_json(n.average_degree);
    j["components"] = n.components;
    j["largest_component"] = n.largest_component;
    j["largest_component_share"] = optional_json(n.largest_component_share);
    j["transitivity"] = optional_json(n.transitivity);
    j["average_clustering"] = optional_json(n.average_clustering);
    j["average_path_length"] = optional_json(n.average_path_length);
    j["diameter"] = optional_json(n.diameter);
    j["degree_centralization"] = optional_json(n.degree_centralization);
    j["betweenness_centralization"] = optional_json(n.betweenness_centralization);
    return j;
}

// The measures of one actor, without id and name.
ordered_json actor_measures_json(const ActorMetrics& a) {
    ordered_json j = ordered_json::object();
    j["degree"] = a.degree;
    j["strength"] = a.strength;
    j["degree_centrality"] = optional_json(a.degree_centrality);
    j["betweenness"] = optional_json(a.betweenness);
    j["closeness"] = optional_json(a.closeness);
    j["harmonic"] = optional_json(a.harmonic);
    j["eigenvector"] = optional_json(a.eigenvector);
    j["pagerank"] = optional_json(a.pagerank);
    j["clustering"] = optional_json(a.clustering);
    j["core"] = a.core;
    j["constraint"] = optional_json(a.constraint);
    j["effective_size"] = optional_json(a.effective_size);
    return j;
}

// The "approximate" object of a wave: how each estimated measure was
// estimated and how close it is (paths.hpp).
ordered_json approximation_json(const WaveMetrics& w) {
    ordered_json j = ordered_json::object();
    if (const auto& a = w.approximation) {
        ordered_json b = ordered_json::object();
        b["epsilon"] = a->epsilon;
        b["delta"] = a->delta;
        b["seed"] = a->seed;
        b["samples"] = a->samples;
        b["vertex_diameter_bound"] = a->vertex_diameter_bound;
        j["betweenness"] = std::move(b);
    }
    if (const auto& d = w.distance_approximation) {
        for (const auto& [key, bound] : {std::pair{"closeness", d->closeness_bound}, {"harmonic", d->harmonic_bound}}) {
            ordered_json m = ordered_json::object();
            m["bound"] = bound;
            m["epsilon"] = d->epsilon;
            m["delta"] = d->delta;
            m["seed"] = d->seed;
            m["sources"] = d->sources;
            m["estimated_actors"] = d->estimated_actors;
            j[key] = std::move(m);
        }
        j["average_path_length"] = {{"bound", d->average_path_length_bound}, {"delta", d->delta}};
        j["diameter"] = {{"lower", w.network.diameter.value_or(0)}, {"upper", d->diameter_upper_bound}};
    }
    return j;
}

// One line on what was estimated in a wave and how closely, for the table
// and the CSV; empty when nothing was.
std::string approximation_note(const WaveMetrics& w) {
    std::string out;
    const auto add = [&](const std::string& part) { out += (out.empty() ? "estimated: " : "; ") + part; };
    if (const auto& a = w.approximation)
        add("betweenness within " + format_optional(a->epsilon, 4) + " with probability " +
            format_optional(1.0 - a->delta, 2) + " (" + std::to_string(a->samples) + " sampled paths)");
    if (const auto& d = w.distance_approximation) {
        add("closeness within " + format_optional(d->closeness_bound, 4) + ", harmonic within " +
            format_optional(d->harmonic_bound, 4) + " and average path length within " +
            format_optional(d->average_path_length_bound, 3) + ", together with probability " +
            format_optional(1.0 - d->delta, 2) + " (" + std::to_string(d->sources) + " sampled sources per component)");
        add("diameter between " + std::to_string(w.network.diameter.value_or(0)) + " and " +
            std::to_string(d->diameter_upper_bound));
    }
    return out;
}

// Scalars of a JSON object flattened to "a.b" keys, in order.
void flatten(const ordered_json& j, const std::string& prefix, std::vector<std::pair<std::string, ordered_json>>& out) {
    for (const auto& [key, item] : j.items()) {
        std::string name = prefix;
        if (!name.empty()) name += '.';
        name += key;
        if (item.is_object())
            flatten(item, name, out);
        else
            out.emplace_back(name, item);
    }
}

std::string csv_cell(const ordered_json& j) {
    if (j.is_null()) return "";
    if (j.is_string()) return j.get<std::string>();
    return j.dump();
}

std::string csv_quote(const std::string& s) {
    if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string out = "\"";
    for (const char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string integer(std::size_t v) { return std::to_string(v); }

}  // namespace

std::span<const std::string_view> actor_metric_keys() { return kActorKeys; }
std::span<const std::string_view> network_metric_keys() { return kNetworkKeys; }

namespace {

ordered_json wave_json_without_actors(const WaveMetrics& w) {
    ordered_json wave = ordered_json::object();
    wave["wave"] = w.wave;
    if (w.approximation || w.distance_approximation) wave["approximate"] = approximation_json(w);
    wave["network"] = network_json(w.network);
    wave["groups"] = w.groups;
    return wave;
}

ordered_json actor_json(const ActorMetrics& a) {
    ordered_json j = ordered_json::object();
    j["id"] = a.id;
    j["name"] = a.name;
    const ordered_json measures = actor_measures_json(a);
    for (const auto& [key, item] : measures.items()) j[key] = item;
    for (const auto& [key, item] : a.extra.items()) j[key] = item;
    return j;
}

// `j` dumped with an indent of 2, every line after the first moved right by
// `depth` spaces (JSON strings hold no raw newline, so every '\n' is a line).
void append_indented(std::string& out, const ordered_json& j, std::size_t depth) {
    const std::string text = j.dump(2);
    out.reserve(out.size() + text.size());
    for (const char c : text) {
        out += c;
        if (c == '\n') out.append(depth, ' ');
    }
}

}  // namespace

ordered_json metrics_json(std::string_view study, std::span<const WaveMetrics> waves) {
    ordered_json doc = ordered_json::object();
    doc["study"] = std::string(study);
    doc["waves"] = ordered_json::array();
    for (const WaveMetrics& w : waves) {
        ordered_json wave = wave_json_without_actors(w);
        ordered_json actors = ordered_json::array();
        for (const ActorMetrics& a : w.actors) actors.push_back(actor_json(a));
        wave["actors"] = std::move(actors);
        doc["waves"].push_back(std::move(wave));
    }
    return doc;
}

std::string metrics_json_text(std::string_view study, std::span<const WaveMetrics> waves) {
    std::string out = "{\n  \"study\": " + ordered_json(std::string(study)).dump() + ",\n  \"waves\": [";
    for (std::size_t i = 0; i < waves.size(); ++i) {
        out += i == 0 ? "\n    {" : ",\n    {";
        const ordered_json header = wave_json_without_actors(waves[i]);
        for (const auto& [key, value] : header.items()) {
            out += "\n      " + ordered_json(key).dump() + ": ";
            append_indented(out, value, 6);
            out += ',';
        }
        out += "\n      \"actors\": [";
        for (std::size_t k = 0; k < waves[i].actors.size(); ++k) {
            out += k == 0 ? "\n        " : ",\n        ";
            append_indented(out, actor_json(waves[i].actors[k]), 8);
        }
        out += waves[i].actors.empty() ? "]\n    }" : "\n      ]\n    }";
    }
    out += waves.empty() ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

std::string metrics_csv(std::span<const WaveMetrics> waves) {
    // Extra columns: the union over all actors, in order of first appearance.
    std::vector<std::string> extra_keys;
    for (const WaveMetrics& w : waves)
        for (const ActorMetrics& a : w.actors) {
            std::vector<std::pair<std::string, ordered_json>> flat;
            flatten(a.extra, "", flat);
            for (const auto& [key, item] : flat)
                if (std::find(extra_keys.begin(), extra_keys.end(), key) == extra_keys.end()) extra_keys.push_back(key);
        }
    std::string out = "wave,id,name";
    for (const auto key : actor_metric_keys()) {
        out += ',';
        out += key;
    }
    for (const auto& key : extra_keys) {
        out += ',';
        out += csv_quote(key);
    }
    // A last column says which values are estimates, when any are.
    const bool estimates = std::any_of(waves.begin(), waves.end(), [](const WaveMetrics& w) {
        return w.approximation.has_value() || w.distance_approximation.has_value();
    });
    if (estimates) out += ",estimates";
    out += "\n";
    for (const WaveMetrics& w : waves) {
        const std::string note = estimates ? "," + csv_quote(approximation_note(w)) : std::string();
        for (const ActorMetrics& a : w.actors) {
            out += std::to_string(w.wave);
            out += ',';
            out += csv_quote(a.id);
            out += ',';
            out += csv_quote(a.name);
            const ordered_json measures = actor_measures_json(a);
            for (const auto key : actor_metric_keys()) {
                out += ',';
                out += csv_cell(measures[std::string(key)]);
            }
            std::vector<std::pair<std::string, ordered_json>> flat;
            flatten(a.extra, "", flat);
            for (const auto& key : extra_keys) {
                const auto it = std::find_if(flat.begin(), flat.end(), [&](const auto& p) { return p.first == key; });
                out += ',';
                if (it != flat.end()) out += csv_quote(csv_cell(it->second));
            }
            out += note;
            out += "\n";
        }
    }
    return out;
}

std::string metrics_table(std::string_view study, std::span<const WaveMetrics> waves, std::size_t top) {
    std::string out;
    if (!study.empty()) {
        out += study;
        out += "\n\n";
    }

    std::vector<std::string> header = {"network"};
    for (const WaveMetrics& w : waves) header.push_back(std::to_string(w.wave));
    TextTable net(header);
    const auto row = [&](const std::string& label, auto cell) {
        std::vector<std::string> r = {label};
        for (const WaveMetrics& w : waves) r.push_back(cell(w.network));
        net.add_row(std::move(r));
    };
    row("actors", [](const NetworkMetrics& n) { return integer(n.actors); });
    row("ties", [](const NetworkMetrics& n) { return integer(n.ties); });
    row("isolates", [](const NetworkMetrics& n) { return integer(n.isolates); });
    row("density", [](const NetworkMetrics& n) { return format_optional(n.density); });
    row("average degree", [](const NetworkMetrics& n) { return format_optional(n.average_degree, 2); });
    row("components", [](const NetworkMetrics& n) { return integer(n.components); });
    row("largest component", [](const NetworkMetrics& n) { return integer(n.largest_component); });
    row("largest component share", [](const NetworkMetrics& n) { return format_optional(n.largest_component_share); });
    row("transitivity", [](const NetworkMetrics& n) { return format_optional(n.transitivity); });
    row("average clustering", [](const NetworkMetrics& n) { return format_optional(n.average_clustering); });
    row("average path length", [](const NetworkMetrics& n) { return format_optional(n.average_path_length, 2); });
    row("diameter",
        [](const NetworkMetrics& n) { return n.diameter ? integer(*n.diameter) : format_optional(std::nullopt); });
    row("degree centralization", [](const NetworkMetrics& n) { return format_optional(n.degree_centralization); });
    row("betweenness centralization",
        [](const NetworkMetrics& n) { return format_optional(n.betweenness_centralization); });
    out += net.render();
    for (const WaveMetrics& w : waves)
        if (const std::string note = approximation_note(w); !note.empty())
            out += std::to_string(w.wave) + ": " + note + "\n";

    for (const WaveMetrics& w : waves) {
        std::vector<const ActorMetrics*> order;
        for (const ActorMetrics& a : w.actors) order.push_back(&a);
        std::sort(order.begin(), order.end(), [](const ActorMetrics* a, const ActorMetrics* b) {
            const double ba = a->betweenness.value_or(-1.0), bb = b->betweenness.value_or(-1.0);
            if (ba != bb) return ba > bb;
            if (a->degree != b->degree) return a->degree > b->degree;
            return a->name < b->name;
        });
        const std::size_t shown = top == 0 ? order.size() : std::min(top, order.size());
        out += "\nActors in ";
        out += std::to_string(w.wave);
        if (shown == order.size()) {
            out += ", all ";
            out += integer(order.size());
        } else {
            out += ", top ";
            out += integer(shown);
            out += " of ";
            out += integer(order.size());
        }
        out += " by betweenness";
        if (w.approximation) {
            out += " (estimated: within ";
            out += format_optional(w.approximation->epsilon, 4);
            out += " with probability ";
            out += format_optional(1.0 - w.approximation->delta, 2);
            out += ", ";
            out += integer(w.approximation->samples);
            out += " sampled paths)";
        }
        out += "\n";
        TextTable t({"actor", "degree", "strength", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank",
                     "clustering", "core", "constraint", "eff. size"});
        for (std::size_t i = 0; i < shown; ++i) {
            const ActorMetrics& a = *order[i];
            const double strength = a.strength;
            t.add_row({a.name.empty() ? a.id : a.name, integer(a.degree),
                       format_optional(strength, std::floor(strength) == strength ? 0 : 2),
                       format_optional(a.betweenness), format_optional(a.closeness), format_optional(a.harmonic),
                       format_optional(a.eigenvector), format_optional(a.pagerank, 4), format_optional(a.clustering),
                       integer(a.core), format_optional(a.constraint), format_optional(a.effective_size, 2)});
        }
        out += t.render();
    }
    return out;
}

}  // namespace helixnet
