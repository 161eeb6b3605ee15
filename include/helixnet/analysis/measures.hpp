// The table of measures: every figure helixnet reports, once, with its key,
// level, labels and one-sentence definitions in English and Dutch, the
// decimals people see, and how to read it from the typed results of the
// analysis pipeline (analysis/study_analysis.hpp).
//
// The JSON, CSV and table writers (analysis/output.hpp), compare, summary,
// the report and the diagrams' --size-by all draw on this table; none keeps a
// list of its own. Adding a measure is its function (with its test) and one
// entry in src/analysis/measures.cpp (plus, for a new kind of result, a field
// in WaveAnalysis filled by the pipeline).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "helixnet/analysis/study_analysis.hpp"
#include "helixnet/study/csv.hpp"
#include "helixnet/util/language.hpp"

namespace helixnet {

enum class MeasureLevel : std::uint8_t {
    network,          // one value per wave (`waves[].network`)
    group,            // one value per wave and --by attribute (`waves[].groups.ATTR`)
    actor,            // one value per actor and wave (`waves[].actors[]`)
    actor_group,      // one value per actor, wave and --by attribute (`actors[].ei_index.ATTR`)
    comparison,       // one value per pair of waves (compare/; described here, read there)
    two_mode,         // one value per wave for its initiatives (`waves[].initiatives`)
    initiative,       // one value per initiative and wave (`waves[].initiatives.list[]`)
    initiative_pair,  // one value per pair of initiatives sharing members (`waves[].initiatives.overlap[]`)
};

enum class MeasureKind : std::uint8_t {
    real,         // a JSON number, `decimals` digits for people
    count,        // a whole number: a JSON integer, no decimals
    flag,         // yes/no: JSON true/false
    probability,  // a p-value: for people "< 0.001" below 0.001, else 3 decimals
    structured,   // a JSON object (a matrix, per-group values): JSON only
};

// Which views for people show a measure (JSON and CSV show every measure).
enum MeasureView : unsigned {
    view_summary = 1u << 0,   // `summary`'s table
    view_headline = 1u << 1,  // `compare`'s headline rows and the report's cards
    view_table = 1u << 2,     // `metrics --format table`
    view_report = 1u << 3,    // the report's table of key figures and its definitions
    view_size = 1u << 4,      // diagrams: `--size-by`
    view_card = 1u << 5,      // the report's headline cards
};

struct MeasureText {
    std::string_view label;       // "Average degree"
    std::string_view definition;  // one sentence, for people
};

struct Measure {
    std::string_view key{};     // the JSON key (docs/metrics.md)
    std::string_view family{};  // actor_group: the object it is nested in ("brokerage"), or empty
    MeasureLevel level = MeasureLevel::network;
    MeasureKind kind = MeasureKind::real;
    int decimals = 3;  // real: digits after the point for people
    MeasureText en{};
    MeasureText nl{};
    unsigned views = 0;
    // real: a value that is a whole number prints without decimals (sums of weights).
    bool compact = false;

    // How to read the value; exactly the one of the measure's level is set
    // (structured: `json`, `initiative_json`). nullopt is an undefined value
    // (JSON null, "–"). `network` also reads the two_mode level.
    std::optional<double> (*network)(const WaveAnalysis&) = nullptr;
    std::optional<double> (*group)(const AttributeGroups&) = nullptr;
    nlohmann::ordered_json (*json)(const AttributeGroups&) = nullptr;
    std::optional<double> (*actor)(const WaveAnalysis&, Vertex) = nullptr;
    std::optional<double> (*actor_group)(const AttributeGroups&, Vertex) = nullptr;
    // initiative: index into WaveInitiatives::list; initiative_pair: into
    // WaveInitiatives::overlap.
    std::optional<double> (*initiative)(const WaveAnalysis&, std::size_t) = nullptr;
    nlohmann::ordered_json (*initiative_json)(const WaveAnalysis&, std::size_t) = nullptr;
    std::optional<double> (*initiative_pair)(const WaveAnalysis&, std::size_t) = nullptr;
    // group and actor_group: whether the measure exists for this attribute
    // (the helix measures exist for `sector` only); nullptr: always.
    bool (*applies)(const AttributeGroups&) = nullptr;

    [[nodiscard]] const MeasureText& text(Language language) const { return language == Language::dutch ? nl : en; }
    [[nodiscard]] bool in(MeasureView view) const { return (views & view) != 0; }
    [[nodiscard]] bool applies_to(const AttributeGroups& g) const { return applies == nullptr || applies(g); }
    // A count or flag (written as a JSON integer or boolean).
    [[nodiscard]] bool integral() const { return kind == MeasureKind::count || kind == MeasureKind::flag; }
};

// Every measure, in output order (the order of docs/metrics.md's tables).
[[nodiscard]] std::span<const Measure> all_measures();

// The measure `key` of `level`; nullptr when there is none. For an actor-group
// measure in a family, key is "family.key" ("brokerage.liaison").
[[nodiscard]] const Measure* find_measure(MeasureLevel level, std::string_view key);

// The value of a measure for people: `decimals` digits, "–" for undefined,
// counts without decimals, flags as yes/no (ja/nee), p-values "< 0.001".
[[nodiscard]] std::string format_measure(const Measure& measure, const std::optional<double>& value,
                                         Language language = Language::english);

// A value as JSON: counts as integers, flags as booleans, null when undefined.
[[nodiscard]] nlohmann::ordered_json measure_json(const Measure& measure, const std::optional<double>& value);

// A value in a CSV file of `writer`'s dialect: counts as whole numbers,
// flags as true/false, other values rounded to the measure's decimals (or at
// full precision), with the dialect's decimal mark; empty when undefined.
[[nodiscard]] std::string measure_csv(const Measure& measure, const std::optional<double>& value,
                                      const CsvWriter& writer, bool full_precision = false);

// The change of a measure between two waves for people: "+17", "−0.042",
// "+12 (+40%)". The relative change is shown only for counts whose earlier
// value is at least `relative_change_base` (a percentage of a small count, of
// an index, a share or a p-value misleads); "–" where a side is undefined.
inline constexpr double relative_change_base = 10;
[[nodiscard]] std::string format_change(const Measure& measure, const std::optional<double>& from,
                                        const std::optional<double>& to, Language language = Language::english);

// "Label: definition." for each measure, wrapped to `width` columns with the
// lines after the first indented: the plain-language key under a table
// (`--explain`). Each measure once, in the order given.
[[nodiscard]] std::string explain_measures(const std::vector<const Measure*>& measures, Language language,
                                           std::size_t width = 78);

// The actor measures a diagram can size actors by (view_size), by key.
[[nodiscard]] std::vector<std::string> size_measure_keys();

}  // namespace helixnet
