#include "helixnet/analysis/output.hpp"

#include <algorithm>
#include <map>
#include <vector>

#include "helixnet/analysis/measures.hpp"
#include "helixnet/metrics/execution.hpp"
#include "helixnet/study/csv.hpp"
#include "helixnet/study/projection.hpp"
#include "helixnet/util/number.hpp"
#include "helixnet/util/table.hpp"
#include "helixnet/util/text.hpp"

namespace helixnet {
namespace {

// Actors per block of the JSON text written on one thread.
constexpr std::size_t kActorsPerBlock = 4096;

using nlohmann::ordered_json;

// The measures of one level, in table order (made once: the JSON writer asks
// for every actor).
const std::vector<const Measure*>& measures_of(MeasureLevel level) {
    static const std::map<MeasureLevel, std::vector<const Measure*>> by_level = [] {
        std::map<MeasureLevel, std::vector<const Measure*>> out;
        for (const Measure& m : all_measures()) out[m.level].push_back(&m);
        return out;
    }();
    static const std::vector<const Measure*> none;
    const auto it = by_level.find(level);
    return it == by_level.end() ? none : it->second;
}

// Whether any value of the wave is an estimate.
bool estimated(const WaveAnalysis& w) {
    return w.metrics.approximation || w.metrics.distance_approximation || !w.fragmentation_if_removed.exact;
}

// The "approximate" object of a wave: how each estimated measure was
// estimated and how close it is (metrics/paths.hpp).
ordered_json approximation_json(const WaveAnalysis& analysis) {
    const WaveMetrics& w = analysis.metrics;
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
    if (const FragmentationIfRemoved& f = analysis.fragmentation_if_removed; !f.exact)
        j["fragmentation_if_removed"] = {{"sources", f.sources}, {"of", analysis.graph.actors()}};
    return j;
}

// One line on what was estimated in a wave and how closely, for the table
// and the CSV; empty when nothing was.
std::string approximation_note(const WaveAnalysis& analysis, Language language) {
    const WaveMetrics& w = analysis.metrics;
    const bool nl = language == Language::dutch;
    const auto number = [language](double x, int decimals) { return format_decimal(x, decimals, language); };
    std::string out;
    const auto add = [&](const std::string& part) {
        out += (out.empty() ? (nl ? "geschat: " : "estimated: ") : "; ") + part;
    };
    if (const auto& a = w.approximation)
        add((nl ? "betweenness binnen " : "betweenness within ") + number(a->epsilon, 4) +
            (nl ? " met kans " : " with probability ") + number(1.0 - a->delta, 2) + " (" + std::to_string(a->samples) +
            (nl ? " steekproefpaden)" : " sampled paths)"));
    if (const auto& d = w.distance_approximation) {
        add((nl ? "closeness binnen " : "closeness within ") + number(d->closeness_bound, 4) +
            (nl ? ", harmonic binnen " : ", harmonic within ") + number(d->harmonic_bound, 4) +
            (nl ? " en gemiddelde padlengte binnen " : " and average path length within ") +
            number(d->average_path_length_bound, 3) + (nl ? ", samen met kans " : ", together with probability ") +
            number(1.0 - d->delta, 2) + " (" + std::to_string(d->sources) +
            (nl ? " steekproefbronnen per component)" : " sampled sources per component)"));
        add((nl ? "diameter tussen " : "diameter between ") + std::to_string(w.network.diameter.value_or(0)) +
            (nl ? " en " : " and ") + std::to_string(d->diameter_upper_bound));
    }
    if (const FragmentationIfRemoved& f = analysis.fragmentation_if_removed; !f.exact)
        add((nl ? "fragmentatie zonder elke actor uit " : "fragmentation if removed from ") +
            std::to_string(f.sources) + (nl ? " van de " : " of the ") + std::to_string(analysis.graph.actors()) +
            (nl ? " bronnen" : " sources"));
    return out;
}

}  // namespace

ordered_json actor_groups_json(const WaveGroups& groups, Vertex v) {
    ordered_json actor = ordered_json::object();
    for (const Measure* m : measures_of(MeasureLevel::actor_group)) {
        const std::string outer(m->family.empty() ? m->key : m->family);
        if (!actor.contains(outer)) actor[outer] = ordered_json::object();
        for (const AttributeGroups& a : groups.attributes) {
            if (!m->applies_to(a)) continue;
            const ordered_json value = measure_json(*m, m->actor_group(a, v));
            if (m->family.empty())
                actor[outer][a.grouping.attribute] = value;
            else
                actor[outer][a.grouping.attribute][std::string(m->key)] = value;
        }
    }
    return actor;
}

ordered_json groups_json(const WaveGroups& groups) {
    ordered_json out = ordered_json::object();
    for (const AttributeGroups& a : groups.attributes) out[a.grouping.attribute] = attribute_groups_json(a);
    return out;
}

namespace {

ordered_json actor_json(const WaveAnalysis& w, Vertex v) {
    const ActorMetrics& a = w.metrics.actors[v];
    ordered_json j = ordered_json::object();
    j["id"] = a.id;
    j["name"] = a.name;
    for (const Measure* m : measures_of(MeasureLevel::actor)) j[std::string(m->key)] = measure_json(*m, m->actor(w, v));
    if (!w.groups.attributes.empty()) {
        ordered_json groups = actor_groups_json(w.groups, v);
        for (auto& [key, value] : groups.items()) j[key] = std::move(value);
    }
    return j;
}

// What the projection added to the ties of wave `year`, or null.
ordered_json wave_projection_json(const ProjectionRecord& projection, int year) {
    for (const ProjectedWave& p : projection.waves)
        if (p.year == year) {
            ordered_json j = ordered_json::object();
            j["memberships"] = std::string(to_string(projection.method));
            j["links_added"] = p.links_added;
            j["ties_reinforced"] = p.ties_reinforced;
            return j;
        }
    return nullptr;
}

// The wave's bridges as pairs of actor ids, in vertex order.
ordered_json bridges_json(const WaveAnalysis& w) {
    ordered_json out = ordered_json::array();
    for (const auto& [u, v] : w.cut_points.bridges)
        out.push_back(ordered_json::array({w.metrics.actors[u].id, w.metrics.actors[v].id}));
    return out;
}

ordered_json wave_json_without_actors(const WaveAnalysis& w, const ProjectionRecord& projection) {
    ordered_json wave = ordered_json::object();
    wave["wave"] = w.year();
    if (projection.applied()) wave["projection"] = wave_projection_json(projection, w.year());
    if (estimated(w)) wave["approximate"] = approximation_json(w);
    wave["network"] = network_json(w);
    wave["bridges"] = bridges_json(w);
    wave["groups"] = groups_json(w.groups);
    wave["initiatives"] = initiatives_json(w);
    return wave;
}

// `j` dumped with an indent of 2, every line after the first moved right by
// `depth` spaces (JSON strings hold no raw newline, so every '\n' is a line).
void append_indented(std::string& out, const ordered_json& j, std::size_t depth) {
    const std::string text = j.dump(2);
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t end = std::min(text.find('\n', pos), text.size() - 1) + 1;  // the line and its end
        out.append(text, pos, end - pos);
        if (text[end - 1] == '\n') out.append(depth, ' ');
        pos = end;
    }
}

// The per-attribute actor columns: ei_index.ATTR, brokerage.ATTR.ROLE, …
struct GroupColumn {
    const Measure* measure;
    std::size_t attribute;  // index into WaveGroups::attributes
    std::string name;
};

std::vector<GroupColumn> group_columns(const std::vector<std::string>& attributes) {
    std::vector<GroupColumn> out;
    const auto measures = measures_of(MeasureLevel::actor_group);
    for (std::size_t i = 0; i < measures.size();) {
        // One family (or one measure outside a family) at a time: for every
        // attribute, every measure of the family.
        std::size_t end = i + 1;
        if (!measures[i]->family.empty())
            while (end < measures.size() && measures[end]->family == measures[i]->family) ++end;
        for (std::size_t a = 0; a < attributes.size(); ++a)
            for (std::size_t k = i; k < end; ++k) {
                const Measure* m = measures[k];
                std::string name = m->family.empty()
                                       ? std::string(m->key) + "." + attributes[a]
                                       : std::string(m->family) + "." + attributes[a] + "." + std::string(m->key);
                out.push_back({m, a, std::move(name)});
            }
        i = end;
    }
    return out;
}

// The initiatives of a wave for people: one row per initiative, then the
// pairs that share members; nothing for a wave without initiatives.
std::string initiatives_table(const WaveAnalysis& w, Language language) {
    const bool nl = language == Language::dutch;
    const WaveInitiatives& in = w.initiatives;
    if (in.list.empty()) return {};
    std::string out = "\n" + std::string(nl ? "Initiatieven in " : "Initiatives in ") + std::to_string(w.year()) + "\n";
    std::vector<std::string> head = {nl ? "initiatief" : "initiative"};
    for (const Measure* m : measures_of(MeasureLevel::initiative))
        if (m->in(view_table)) head.emplace_back(m->text(language).label);
    TextTable t(head);
    for (std::size_t i = 0; i < in.list.size(); ++i) {
        std::vector<std::string> row = {in.list[i].name.empty() ? in.list[i].id : in.list[i].name};
        for (const Measure* m : measures_of(MeasureLevel::initiative))
            if (m->in(view_table)) row.push_back(format_measure(*m, m->initiative(w, i), language));
        t.add_row(std::move(row));
    }
    out += t.render();
    if (in.overlap.empty()) return out;
    out += "\n" + std::string(nl ? "Initiatieven met gedeelde leden in " : "Initiatives sharing members in ") +
           std::to_string(w.year()) + "\n";
    std::vector<std::string> pair_head = {nl ? "initiatieven" : "initiatives"};
    for (const Measure* m : measures_of(MeasureLevel::initiative_pair))
        if (m->in(view_table)) pair_head.emplace_back(m->text(language).label);
    TextTable pairs(pair_head);
    for (std::size_t i = 0; i < in.overlap.size(); ++i) {
        const auto name = [&](std::size_t p) { return in.list[p].name.empty() ? in.list[p].id : in.list[p].name; };
        std::vector<std::string> row = {name(in.overlap[i].first) + " \xE2\x80\x93 " + name(in.overlap[i].second)};
        for (const Measure* m : measures_of(MeasureLevel::initiative_pair))
            if (m->in(view_table)) row.push_back(format_measure(*m, m->initiative_pair(w, i), language));
        pairs.add_row(std::move(row));
    }
    return out + pairs.render();
}

}  // namespace

ordered_json network_json(const WaveAnalysis& w) {
    ordered_json j = ordered_json::object();
    for (const Measure* m : measures_of(MeasureLevel::network))
        j[std::string(m->key)] = measure_json(*m, m->network(w));
    return j;
}

ordered_json initiatives_json(const WaveAnalysis& w) {
    ordered_json out = ordered_json::object();
    for (const Measure* m : measures_of(MeasureLevel::two_mode))
        out[std::string(m->key)] = measure_json(*m, m->network(w));
    const WaveInitiatives& in = w.initiatives;
    ordered_json list = ordered_json::array();
    for (std::size_t i = 0; i < in.list.size(); ++i) {
        ordered_json p = ordered_json::object();
        p["id"] = in.list[i].id;
        p["name"] = in.list[i].name;
        for (const Measure* m : measures_of(MeasureLevel::initiative))
            p[std::string(m->key)] =
                m->initiative_json ? m->initiative_json(w, i) : measure_json(*m, m->initiative(w, i));
        list.push_back(std::move(p));
    }
    out["list"] = std::move(list);
    ordered_json overlap = ordered_json::array();
    for (std::size_t i = 0; i < in.overlap.size(); ++i) {
        ordered_json o = ordered_json::object();
        o["initiatives"] = {in.list[in.overlap[i].first].id, in.list[in.overlap[i].second].id};
        for (const Measure* m : measures_of(MeasureLevel::initiative_pair))
            o[std::string(m->key)] = measure_json(*m, m->initiative_pair(w, i));
        overlap.push_back(std::move(o));
    }
    out["overlap"] = std::move(overlap);
    return out;
}

ordered_json attribute_groups_json(const AttributeGroups& groups) {
    ordered_json out = ordered_json::object();
    for (const Measure* m : measures_of(MeasureLevel::group)) {
        if (!m->applies_to(groups)) continue;
        out[std::string(m->key)] = m->json ? m->json(groups) : measure_json(*m, m->group(groups));
    }
    return out;
}

ordered_json metrics_json(std::string_view study, const StudyAnalysis& analysis) {
    ordered_json doc = ordered_json::object();
    doc["study"] = std::string(study);
    doc["projection"] = std::string(to_string(analysis.projection.method));
    doc["waves"] = ordered_json::array();
    for (const WaveAnalysis& w : analysis.waves) {
        ordered_json wave = wave_json_without_actors(w, analysis.projection);
        ordered_json actors = ordered_json::array();
        for (Vertex v = 0; v < w.metrics.actors.size(); ++v) actors.push_back(actor_json(w, v));
        wave["actors"] = std::move(actors);
        doc["waves"].push_back(std::move(wave));
    }
    return doc;
}

void write_metrics_json(std::string_view study, const StudyAnalysis& analysis, const TextSink& sink, unsigned threads) {
    const auto& waves = analysis.waves;
    std::string out = "{\n  \"study\": " + ordered_json(std::string(study)).dump() + ",\n  \"projection\": " +
                      ordered_json(std::string(to_string(analysis.projection.method))).dump() + ",\n  \"waves\": [";
    for (std::size_t i = 0; i < waves.size(); ++i) {
        out += i == 0 ? "\n    {" : ",\n    {";
        const ordered_json header = wave_json_without_actors(waves[i], analysis.projection);
        for (const auto& [key, value] : header.items()) {
            out += "\n      " + ordered_json(key).dump() + ": ";
            append_indented(out, value, 6);
            out += ',';
        }
        out += "\n      \"actors\": [";
        sink(out);
        out.clear();
        // The actors in blocks written side by side on the threads, a round
        // of blocks at a time. While a round is written, the first thread
        // free passes the round before on to the sink, in order (so the sink
        // is called by one thread at a time, not always the same).
        const std::size_t n = waves[i].metrics.actors.size();
        const std::size_t blocks = (n + kActorsPerBlock - 1) / kActorsPerBlock;
        const unsigned workers = resolve_threads(threads);
        std::vector<std::string> round(2 * static_cast<std::size_t>(workers)), done(round.size());
        std::size_t waiting = 0;  // blocks of `done` not yet passed on
        const auto pass_on = [&] {
            for (std::size_t b = 0; b < waiting; ++b) sink(done[b]);
            waiting = 0;
        };
        for (std::size_t first = 0; first < blocks; first += round.size()) {
            const std::size_t count = std::min(round.size(), blocks - first);
            run_blocks(count + 1, workers, [&](std::size_t job, unsigned) {
                if (job == 0) return pass_on();
                std::string& text = round[job - 1];
                text.clear();
                const std::size_t begin = (first + job - 1) * kActorsPerBlock;
                for (std::size_t v = begin; v < std::min(n, begin + kActorsPerBlock); ++v) {
                    text += v == 0 ? "\n        " : ",\n        ";
                    append_indented(text, actor_json(waves[i], static_cast<Vertex>(v)), 8);
                }
            });
            round.swap(done);
            waiting = count;
        }
        pass_on();
        out += n == 0 ? "]\n    }" : "\n      ]\n    }";
    }
    out += waves.empty() ? "]\n}\n" : "\n  ]\n}\n";
    sink(out);
}

std::string metrics_json_text(std::string_view study, const StudyAnalysis& analysis, unsigned threads) {
    std::string out;
    write_metrics_json(
        study, analysis, [&out](std::string_view text) { out += text; }, threads);
    return out;
}

std::string metrics_csv(const StudyAnalysis& analysis, const CsvDialect& dialect, bool full_precision) {
    const auto actor_measures = measures_of(MeasureLevel::actor);
    const auto columns = group_columns(analysis.attributes);
    std::vector<std::string> header = {"wave", "id", "name"};
    for (const Measure* m : actor_measures) header.emplace_back(m->key);
    for (const auto& c : columns) header.push_back(c.name);
    // A projected study says so in every row (a CSV file has no other place).
    const bool projected = analysis.projection.applied();
    if (projected) header.emplace_back("projection");
    // A last column says which values are estimates, when any are.
    const bool estimates = std::any_of(analysis.waves.begin(), analysis.waves.end(), estimated);
    if (estimates) header.emplace_back("estimates");
    CsvWriter out(dialect);
    out.row(header);
    for (const WaveAnalysis& w : analysis.waves) {
        const std::string note = estimates ? approximation_note(w, Language::english) : std::string();
        for (Vertex v = 0; v < w.metrics.actors.size(); ++v) {
            std::vector<std::string> row = {std::to_string(w.year()), w.metrics.actors[v].id, w.metrics.actors[v].name};
            for (const Measure* m : actor_measures) row.push_back(measure_csv(*m, m->actor(w, v), out, full_precision));
            for (const auto& c : columns) {
                const AttributeGroups* a = c.attribute < w.groups.attributes.size()
                                               ? w.groups.find(analysis.attributes[c.attribute])
                                               : nullptr;
                row.push_back(a && c.measure->applies_to(*a)
                                  ? measure_csv(*c.measure, c.measure->actor_group(*a, v), out, full_precision)
                                  : std::string());
            }
            if (projected) row.emplace_back(to_string(analysis.projection.method));
            if (estimates) row.push_back(note);
            out.row(row);
        }
    }
    return out.text();
}

std::string metrics_table(std::string_view study, const StudyAnalysis& analysis, std::size_t top, Language language) {
    const bool nl = language == Language::dutch;
    std::string out;
    if (!study.empty()) {
        out += study;
        out += "\n\n";
    }
    if (analysis.projection.applied()) out += wrap_text(projection_note(analysis.projection, language)) + "\n";

    std::vector<std::string> header = {nl ? "netwerk" : "network"};
    for (const WaveAnalysis& w : analysis.waves) header.push_back(std::to_string(w.year()));
    TextTable net(header);
    for (const Measure* m : measures_of(MeasureLevel::network)) {
        if (!m->in(view_table)) continue;
        std::vector<std::string> row = {std::string(m->text(language).label)};
        for (const WaveAnalysis& w : analysis.waves) row.push_back(format_measure(*m, m->network(w), language));
        net.add_row(std::move(row));
    }
    net.add_section(nl ? "initiatieven (actoren × initiatieven)" : "initiatives (actors × initiatives)");
    for (const Measure* m : measures_of(MeasureLevel::two_mode)) {
        if (!m->in(view_table)) continue;
        std::vector<std::string> row = {std::string(m->text(language).label)};
        for (const WaveAnalysis& w : analysis.waves) row.push_back(format_measure(*m, m->network(w), language));
        net.add_row(std::move(row));
    }
    out += net.render();
    for (const WaveAnalysis& w : analysis.waves)
        if (const std::string note = approximation_note(w, language); !note.empty())
            out += std::to_string(w.year()) + ": " + note + "\n";

    std::vector<const Measure*> columns;
    for (const Measure* m : measures_of(MeasureLevel::actor))
        if (m->in(view_table)) columns.push_back(m);
    for (const WaveAnalysis& w : analysis.waves) {
        const auto& actors = w.metrics.actors;
        std::vector<Vertex> order(actors.size());
        for (Vertex v = 0; v < order.size(); ++v) order[v] = v;
        std::sort(order.begin(), order.end(), [&](Vertex a, Vertex b) {
            const double ba = actors[a].betweenness.value_or(-1.0), bb = actors[b].betweenness.value_or(-1.0);
            if (ba != bb) return ba > bb;
            if (actors[a].degree != actors[b].degree) return actors[a].degree > actors[b].degree;
            return actors[a].name < actors[b].name;
        });
        const std::size_t shown = top == 0 ? order.size() : std::min(top, order.size());
        out += "\n";
        if (nl)
            out += "Actoren in " + std::to_string(w.year()) +
                   (shown == order.size() ? ", alle " + std::to_string(order.size())
                                          : ", top " + std::to_string(shown) + " van " + std::to_string(order.size())) +
                   " naar betweenness";
        else
            out += "Actors in " + std::to_string(w.year()) +
                   (shown == order.size() ? ", all " + std::to_string(order.size())
                                          : ", top " + std::to_string(shown) + " of " + std::to_string(order.size())) +
                   " by betweenness";
        out += "\n";
        std::vector<std::string> head = {nl ? "actor" : "actor"};
        for (const Measure* m : columns) head.emplace_back(m->text(language).label);
        TextTable t(head);
        for (std::size_t i = 0; i < shown; ++i) {
            const Vertex v = order[i];
            std::vector<std::string> row = {actors[v].name.empty() ? actors[v].id : actors[v].name};
            for (const Measure* m : columns) row.push_back(format_measure(*m, m->actor(w, v), language));
            t.add_row(std::move(row));
        }
        out += t.render();
        out += initiatives_table(w, language);
    }
    return out;
}

}  // namespace helixnet
