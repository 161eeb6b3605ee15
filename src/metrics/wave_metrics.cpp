#include "helixnet/metrics/wave_metrics.hpp"

#include <algorithm>
#include <future>

#include "helixnet/metrics/components.hpp"
#include "helixnet/metrics/core.hpp"
#include "helixnet/metrics/eigenvector.hpp"
#include "helixnet/metrics/neighbourhood.hpp"
#include "helixnet/metrics/pagerank.hpp"

namespace helixnet {
namespace {

// The measures that run on one thread and need no shortest paths.
struct OneThreadMeasures {
    NeighbourhoodMeasures local;
    Components comps;
    std::vector<double> rank;
    std::vector<std::uint32_t> core;
};

OneThreadMeasures one_thread_measures(const WaveGraph& g, const Execution& execution) {
    OneThreadMeasures out;
    out.local = neighbourhood_measures(g, execution);
    out.comps = connected_components(g);
    out.rank = pagerank(g);
    out.core = core_numbers(g);
    return out;
}

}  // namespace

bool runs_aside(const WaveGraph& g, const MetricsOptions& options) {
    return resolve_threads(options.execution.threads) > 1 && g.ties() > options.aside_above;
}

WaveMetrics compute_wave_metrics(const WaveGraph& g, const MetricsOptions& options) {
    const std::size_t n = g.actors();
    const std::size_t m = g.ties();
    const double nd = static_cast<double>(n);
    WaveMetrics out;
    out.wave = g.year();

    PathOptions path_options;
    path_options.approx_epsilon = options.approx_epsilon;
    path_options.approx_distances = options.approx_distances;
    path_options.approx_delta = options.approx_delta;
    path_options.seed = options.seed;
    path_options.execution = options.execution;
    PathMeasures paths = shortest_path_measures(g, path_options);
    out.approximation = paths.approximation;
    out.distance_approximation = paths.distance_approximation;
    const bool aside = runs_aside(g, options);
    std::future<OneThreadMeasures> pending;
    if (aside) {
        const Execution quiet;  // no progress reports from beside the others
        pending = std::async(std::launch::async, [&g, quiet] { return one_thread_measures(g, quiet); });
    }
    const auto eigenvector = eigenvector_centrality(g, options.execution);
    const auto [local, comps, rank, core] = aside ? pending.get() : one_thread_measures(g, options.execution);

    NetworkMetrics& net = out.network;
    net.actors = n;
    net.ties = m;
    if (n > 1) net.density = 2.0 * static_cast<double>(m) / (nd * (nd - 1.0));
    if (n > 0) net.average_degree = 2.0 * static_cast<double>(m) / nd;
    net.components = comps.count();
    net.largest_component = comps.largest();
    if (n > 0) net.largest_component_share = static_cast<double>(comps.largest()) / nd;
    net.transitivity = local.transitivity;
    net.average_clustering = local.average_clustering;
    net.average_path_length = paths.average_path_length;
    net.diameter = paths.diameter;

    out.actors.resize(n);
    std::size_t max_degree = 0;
    for (Vertex v = 0; v < n; ++v) {
        ActorMetrics& a = out.actors[v];
        a.actor = g.actor(v);
        a.degree = g.degree(v);
        max_degree = std::max(max_degree, a.degree);
        for (const TieProperty& t : g.tie_properties(v)) a.strength += t.weight;
        if (a.degree == 0) ++net.isolates;
        if (n > 1) a.degree_centrality = static_cast<double>(a.degree) / (nd - 1.0);
        a.betweenness = paths.betweenness[v];
        a.closeness = paths.closeness[v];
        a.harmonic = paths.harmonic[v];
        a.eigenvector = eigenvector[v];
        a.pagerank = rank[v];
        a.clustering = local.clustering[v];
        a.core = core[v];
        a.constraint = local.constraint[v];
        a.effective_size = local.effective_size[v];
    }
    if (n > 2) {
        double degree_gap = 0.0, betweenness_gap = 0.0, max_b = 0.0;
        for (const auto& a : out.actors) max_b = std::max(max_b, *a.betweenness);
        for (const auto& a : out.actors) {
            degree_gap += static_cast<double>(max_degree - a.degree);
            betweenness_gap += max_b - *a.betweenness;
        }
        net.degree_centralization = degree_gap / ((nd - 1.0) * (nd - 2.0));
        net.betweenness_centralization = betweenness_gap / (nd - 1.0);
    }
    return out;
}

WaveMetrics compute_wave_metrics(const Study& study, int year, const MetricsOptions& options) {
    return compute_wave_metrics(study, build_wave_graph(study, year), options);
}

WaveMetrics compute_wave_metrics(const Study& study, const WaveGraph& g, const MetricsOptions& options) {
    WaveMetrics out = compute_wave_metrics(g, options);
    for (auto& a : out.actors) {
        a.id = study.actors[a.actor].id;
        a.name = study.actors[a.actor].name;
    }
    return out;
}

}  // namespace helixnet
