// The comparison of two waves of a study (docs/metrics.md, "Comparing two waves"):
// tie turnover, the change of every network-level and scalar group measure,
// the rank correlation of betweenness and degree, and each actor's degree and
// betweenness in both waves.
//
// Nothing is measured here: the figures of each wave come from the analysis
// pipeline (analysis/study_analysis.hpp), the measures compared from the
// table of measures (analysis/measures.hpp), the turnover from tie_change and
// the correlations from spearman; this file lines them up.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "helixnet/analysis/measures.hpp"
#include "helixnet/analysis/study_analysis.hpp"
#include "helixnet/compare/tie_change.hpp"
#include "helixnet/study/csv.hpp"
#include "helixnet/study/study.hpp"

namespace helixnet {

// One measure in two waves. change = to − from; relative_change =
// change / |from|, null when from is 0 or null; change null when either side
// is null. `integral` marks counts (written as JSON integers).
struct ValueChange {
    std::optional<double> from;
    std::optional<double> to;
    std::optional<double> change;
    std::optional<double> relative_change;
    bool integral = false;
};

[[nodiscard]] ValueChange value_change(std::optional<double> from, std::optional<double> to, bool integral = false);

struct NamedChange {
    std::string key;  // docs/metrics.md key
    ValueChange value;
    const Measure* measure = nullptr;  // its entry in the table of measures
};

struct AttributeChange {
    std::string attribute;             // as in --by
    std::vector<NamedChange> metrics;  // every scalar group measure, in groups_json order
    // Ties between each pair of groups {g, h} (g before h in group order, g = h
    // for ties inside a group) that exist in either wave; a group absent from
    // a wave has 0 ties there. For the narrative; not part of the JSON.
    struct Pair {
        std::string group_a;
        std::string group_b;
        std::size_t from = 0;
        std::size_t to = 0;
    };
    std::vector<Pair> mixing;
};

struct ActorChange {
    std::uint32_t actor = 0;                 // index into Study::actors
    std::optional<std::size_t> degree_from;  // null where absent
    std::optional<std::size_t> degree_to;
    std::optional<double> betweenness_from;
    std::optional<double> betweenness_to;
    // betweenness_to − betweenness_from; null where a side is null.
    [[nodiscard]] std::optional<double> betweenness_rise() const;
};

struct RankCorrelation {
    std::optional<double> betweenness;
    std::optional<double> degree;
};

struct WaveComparison {
    int from = 0;
    int to = 0;
    TieChange ties;
    std::vector<NamedChange> network;     // every network-level measure, in docs/metrics.md order
    std::vector<AttributeChange> groups;  // one per --by attribute
    RankCorrelation rank_correlation;     // over actors present in both waves
    // Actors present in either wave: those with a betweenness in both waves by
    // rise (largest first; rises compared to 1e-9), then the others (absent
    // from a wave, or in a wave of at most two actors, where betweenness is
    // null); each part by id.
    std::vector<ActorChange> actors;
};

// `from` and `to` are analyses of two waves of `study` with the same --by list.
[[nodiscard]] WaveComparison compare_waves(const Study& study, const WaveAnalysis& from, const WaveAnalysis& to);

// Analyses waves `from` and `to` (the pipeline, analysis/study_analysis.hpp)
// and compares them. Throws Failure for a wave the study does not have.
[[nodiscard]] WaveComparison compare_waves(const Study& study, int from, int to, const AnalysisOptions& options = {});

// Every consecutive pair of the analysed waves in the study's order (none
// for fewer than two waves).
[[nodiscard]] std::vector<WaveComparison> compare_consecutive_waves(const Study& study, const StudyAnalysis& analysis);

// The JSON object of docs/metrics.md ("Output shape of compare --format json").
[[nodiscard]] nlohmann::ordered_json comparison_json(const Study& study, const WaveComparison& comparison);

// One CSV row per actor per comparison (header from,to,id,name,degree_from,
// degree_to,betweenness_from,betweenness_to,betweenness_change) in `dialect`;
// betweenness rounded to its decimals in the table of measures unless
// `full_precision`; an empty cell where an actor is absent.
[[nodiscard]] std::string comparisons_csv(const Study& study, const std::vector<WaveComparison>& comparisons,
                                          const CsvDialect& dialect = {}, bool full_precision = false);

}  // namespace helixnet
