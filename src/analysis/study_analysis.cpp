#include "helixnet/analysis/study_analysis.hpp"

#include <algorithm>
#include <future>
#include <tuple>
#include <utility>

#include "helixnet/error.hpp"

namespace helixnet {
namespace {

// Fragmentation and the agreement of the communities with each
// attribute's groups, for `w` whose metrics, groups and communities are
// computed.
void add_fragility(WaveAnalysis& w, const AnalysisOptions& options) {
    const WaveGraph& g = w.graph;
    w.fragmentation = fragmentation(g);
    std::vector<std::optional<double>> harmonic;
    harmonic.reserve(w.metrics.actors.size());
    for (const ActorMetrics& a : w.metrics.actors) harmonic.push_back(a.harmonic);
    w.distance_fragmentation = distance_fragmentation_from_harmonic(harmonic);
    RemovalOptions removal;
    removal.work_limit = options.removal_work_limit;
    removal.seed = options.metrics.seed;
    removal.execution = options.metrics.execution;
    removal.execution.progress = {};
    w.fragmentation_if_removed = fragmentation_if_removed(g, harmonic, removal);
    // Over the actors with a tie: an isolate is a community of one, which
    // says nothing about clusters and would raise the agreement.
    std::vector<Vertex> tied;
    for (Vertex v = 0; v < g.actors(); ++v)
        if (g.degree(v) > 0) tied.push_back(v);
    std::vector<std::uint32_t> community(tied.size()), group(tied.size());
    for (std::size_t i = 0; i < tied.size(); ++i) community[i] = w.communities.of[tied[i]];
    for (AttributeGroups& a : w.groups.attributes) {
        for (std::size_t i = 0; i < tied.size(); ++i) group[i] = a.grouping.group_of[tied[i]];
        a.communities = compare_partitions(community, group);
    }
}

std::vector<std::string> group_attributes(const Study& study, const AnalysisOptions& options) {
    return options.attributes.empty() ? default_group_attributes(study) : options.attributes;
}

// The analysis of one wave of `study` whose graph is `built`.
WaveAnalysis analyse_graph(const Study& study, WaveGraph built, const AnalysisOptions& options) {
    const int year = built.year();
    WaveAnalysis w;
    w.graph = std::move(built);
    MetricsOptions metrics = options.metrics;
    if (!metrics.approx_epsilon && options.estimate_betweenness_above &&
        w.graph.actors() > *options.estimate_betweenness_above) {
        metrics.approx_epsilon = options.estimated_betweenness_epsilon;
        w.estimated_for_size = true;
    }
    if (options.progress) metrics.execution.progress = options.progress(year);
    // The communities depend on the graph and the seed alone, and the cut
    // points on the graph alone, so finding them beside the rest changes
    // nothing but the time.
    LeidenOptions leiden;
    leiden.seed = options.metrics.seed;
    const WaveGraph& graph = w.graph;
    const auto structure_of = [&graph, leiden] {
        Communities communities = leiden_communities(graph, leiden);
        return std::pair(std::move(communities), cut_points(graph));
    };
    const bool aside = runs_aside(graph, options.metrics);
    std::future<std::pair<Communities, CutPoints>> structure;
    if (aside) structure = std::async(std::launch::async, structure_of);
    w.metrics = compute_wave_metrics(study, w.graph, metrics);
    w.groups = analyse_groups(study, w.graph, group_attributes(study, options), options.permutation);
    std::tie(w.communities, w.cut_points) = aside ? structure.get() : structure_of();
    add_fragility(w, options);
    std::vector<const Grouping*> groupings;
    for (const AttributeGroups& a : w.groups.attributes) groupings.push_back(&a.grouping);
    w.initiatives = measure_initiatives(study, w.graph, groupings);
    return w;
}

}  // namespace

WaveAnalysis analyse_wave(const Study& study, int year, const AnalysisOptions& options) {
    require_wave(study, year);
    return analyse_graph(study, build_wave_graph(study, year), options);
}

namespace {

// An analysis of `study` with no wave yet, after checking every wave asked for.
StudyAnalysis start_analysis(const Study& study, const AnalysisOptions& options) {
    for (const int year : options.waves) require_wave(study, year);
    StudyAnalysis out;
    out.attributes = group_attributes(study, options);
    out.projection = study.projection;
    return out;
}

bool asked_for(const AnalysisOptions& options, int year) {
    return options.waves.empty() || std::find(options.waves.begin(), options.waves.end(), year) != options.waves.end();
}

}  // namespace

StudyAnalysis analyse_study(const Study& study, const AnalysisOptions& options) {
    StudyAnalysis out = start_analysis(study, options);
    for (const int year : study.wave_years())
        if (asked_for(options, year)) out.waves.push_back(analyse_wave(study, year, options));
    return out;
}

StudyAnalysis analyse_network(const Study& study, WaveGraph graph, const AnalysisOptions& options) {
    StudyAnalysis out = start_analysis(study, options);
    require_wave(study, graph.year());
    if (asked_for(options, graph.year())) out.waves.push_back(analyse_graph(study, std::move(graph), options));
    return out;
}

const WaveAnalysis* StudyAnalysis::find(int year) const {
    for (const auto& w : waves)
        if (w.year() == year) return &w;
    return nullptr;
}

}  // namespace helixnet
