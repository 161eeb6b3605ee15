#include "helixnet/export/diagram_data.hpp"

#include <algorithm>
#include <limits>
#include <optional>

#include "helixnet/analysis/measures.hpp"
#include "helixnet/error.hpp"
#include "helixnet/export/diagram_options.hpp"
#include "helixnet/metrics/wave_metrics.hpp"

namespace helixnet {

const DiagramWave* DiagramData::find(int year) const {
    for (const auto& w : waves)
        if (w.year == year) return &w;
    return nullptr;
}

std::vector<std::string> size_measures() { return size_measure_keys(); }

namespace {

void check_measure(const std::string& measure) {
    const auto known = size_measures();
    if (std::find(known.begin(), known.end(), measure) != known.end()) return;
    std::string list;
    for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
    throw DiagramOptionError(DiagramSetting::size_by, "unknown measure '" + measure + "' (known: " + list + ")");
}

// An actor measure of metrics/wave_metrics.hpp by name; null counts as 0.
double actor_measure(const ActorMetrics& a, const std::string& measure) {
    const std::optional<double> value = measure == "betweenness"   ? a.betweenness
                                        : measure == "closeness"   ? a.closeness
                                        : measure == "harmonic"    ? a.harmonic
                                        : measure == "eigenvector" ? a.eigenvector
                                        : measure == "pagerank"    ? a.pagerank
                                        : measure == "core"        ? std::optional<double>(a.core)
                                                                   : throw Failure(
                                                                         "diagram sizes: no reader for the "
                                                                                "measure '" +
                                                                         measure + "'");
    return value.value_or(0.0);
}

}  // namespace

std::vector<double> actor_sizes(const WaveGraph& graph, const std::string& measure) {
    check_measure(measure);
    std::vector<double> out(graph.actors(), 0.0);
    if (measure == "degree" || measure == "strength") {
        for (Vertex v = 0; v < graph.actors(); ++v) {
            if (measure == "degree") {
                out[v] = static_cast<double>(graph.degree(v));
            } else {
                for (const auto& p : graph.tie_properties(v)) out[v] += p.weight;
            }
        }
        return out;
    }
    const WaveMetrics metrics = compute_wave_metrics(graph);
    for (Vertex v = 0; v < graph.actors(); ++v) out[v] = actor_measure(metrics.actors[v], measure);
    return out;
}

DiagramData diagram_data(const Study& study, const std::string& size_by) {
    check_measure(size_by);
    const std::size_t n = study.actors.size();
    DiagramData d;
    d.size_by = size_by;
    d.largest_size.assign(n, 0.0);
    double lightest = std::numeric_limits<double>::infinity(), heaviest = 0;
    for (const int year : study.wave_years()) {
        const WaveGraph g = build_wave_graph(study, year);
        const std::vector<double> sizes = actor_sizes(g, size_by);
        DiagramWave& w = d.waves.emplace_back();
        w.year = year;
        w.present.assign(n, false);
        w.size.assign(n, 0.0);
        for (Vertex v = 0; v < g.actors(); ++v) {
            const std::uint32_t a = g.actor(v);
            w.present[a] = true;
            w.size[a] = sizes[v];
            d.largest_size[a] = std::max(d.largest_size[a], sizes[v]);
            const auto nb = g.neighbours(v);
            const auto props = g.tie_properties(v);
            for (std::size_t i = 0; i < nb.size(); ++i) {
                const std::uint32_t b = g.actor(nb[i]);
                if (a >= b) continue;
                w.ties[{a, b}] = props[i].weight;
                lightest = std::min(lightest, props[i].weight);
                heaviest = std::max(heaviest, props[i].weight);
            }
        }
    }
    d.lightest_tie = heaviest > 0 ? lightest : 0;
    d.heaviest_tie = heaviest;
    return d;
}

}  // namespace helixnet
