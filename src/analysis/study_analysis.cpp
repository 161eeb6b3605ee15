#include "helixnet/analysis/study_analysis.hpp"

#include <algorithm>

#include "helixnet/error.hpp"

namespace helixnet {

void require_wave(const Study& study, int year) {
    if (study.has_wave(year)) return;
    std::string years;
    for (const int y : study.wave_years()) years += (years.empty() ? "" : ", ") + std::to_string(y);
    throw Failure("the study has no wave " + std::to_string(year) +
                  " (its waves: " + (years.empty() ? std::string("none") : years) + ")");
}

WaveAnalysis analyse_wave(const Study& study, int year, const AnalysisOptions& options) {
    require_wave(study, year);
    WaveAnalysis w;
    w.graph = build_wave_graph(study, year);
    MetricsOptions metrics = options.metrics;
    if (!metrics.approx_epsilon && options.estimate_betweenness_above &&
        w.graph.actors() > *options.estimate_betweenness_above) {
        metrics.approx_epsilon = options.estimated_betweenness_epsilon;
        w.estimated_for_size = true;
    }
    if (options.progress) metrics.execution.progress = options.progress(year);
    w.metrics = compute_wave_metrics(study, w.graph, metrics);
    const std::vector<std::string> by =
        options.attributes.empty() ? default_group_attributes(study) : options.attributes;
    w.groups = analyse_groups(study, w.graph, by, options.permutation);
    std::vector<const Grouping*> groupings;
    for (const AttributeGroups& a : w.groups.attributes) groupings.push_back(&a.grouping);
    w.initiatives = measure_initiatives(study, w.graph, groupings);
    return w;
}

StudyAnalysis analyse_study(const Study& study, const AnalysisOptions& options) {
    StudyAnalysis out;
    out.attributes = options.attributes.empty() ? default_group_attributes(study) : options.attributes;
    out.projection = study.projection;
    for (const int year : options.waves) require_wave(study, year);
    for (const int year : study.wave_years()) {
        if (!options.waves.empty() &&
            std::find(options.waves.begin(), options.waves.end(), year) == options.waves.end())
            continue;
        out.waves.push_back(analyse_wave(study, year, options));
    }
    return out;
}

const WaveAnalysis* StudyAnalysis::find(int year) const {
    for (const auto& w : waves)
        if (w.year() == year) return &w;
    return nullptr;
}

}  // namespace helixnet
