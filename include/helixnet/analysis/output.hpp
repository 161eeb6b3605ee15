// The measures of an analysed study as JSON (docs/metrics.md, "Output shape of
// metrics --format json"), CSV (one row per actor per wave) and an aligned
// text table for people. Every key, column and row comes from the table of
// measures (analysis/measures.hpp), in its order.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "helixnet/analysis/study_analysis.hpp"
#include "helixnet/study/csv.hpp"
#include "helixnet/util/language.hpp"

namespace helixnet {

// {"study": …, "projection": "none", "waves": [{"wave", ["projection",]
// ["approximate",] "network", "groups", "initiatives", "actors": [{"id",
// "name", …}]}]}: numbers at full double precision, undefined values null.
// "projection" names the co-membership projection the ties include (none,
// count, newman); with one, each wave says what it added: "projection":
// {"memberships", "links_added", "ties_reinforced"}. A wave whose
// betweenness was estimated also carries "approximate": {"betweenness":
// {"epsilon", "delta", "seed", "samples", "vertex_diameter_bound"}}.
[[nodiscard]] nlohmann::ordered_json metrics_json(std::string_view study, const StudyAnalysis& analysis);

// Receives a document piece by piece, in order; called by one thread at a
// time, though not always the same one.
using TextSink = std::function<void(std::string_view)>;

// The same document as metrics_json(...).dump(2) plus a final newline,
// written actor by actor and handed to `sink` a few thousand actors at a
// time: neither the JSON tree nor the whole text of a wave of 10^6 actors is
// ever held in memory. Blocks of actors are written on `threads` threads (0:
// all cores), one of which hands the previous blocks to `sink` meanwhile; the
// text is the same whatever their number.
void write_metrics_json(std::string_view study, const StudyAnalysis& analysis, const TextSink& sink,
                        unsigned threads = 0);
// The same text as one string.
[[nodiscard]] std::string metrics_json_text(std::string_view study, const StudyAnalysis& analysis,
                                            unsigned threads = 0);

// One wave's `network` object; its `groups` object ({"sector": {"mixing": …},
// …}) and one attribute's part of it; and vertex v's per-attribute entries of
// an actor object ({"ei_index": {ATTR: …}, "brokerage": {ATTR: {…}},
// "brokerage_expected": {ATTR: {…}}}).
[[nodiscard]] nlohmann::ordered_json network_json(const WaveAnalysis& wave);
// One wave's `initiatives` object: {"density", "synergy_bits", "list": [{"id",
// "name", …}], "overlap": [{"initiatives": [id, id], "shared", "jaccard"}]}.
[[nodiscard]] nlohmann::ordered_json initiatives_json(const WaveAnalysis& wave);
[[nodiscard]] nlohmann::ordered_json groups_json(const WaveGroups& groups);
[[nodiscard]] nlohmann::ordered_json attribute_groups_json(const AttributeGroups& groups);
[[nodiscard]] nlohmann::ordered_json actor_groups_json(const WaveGroups& groups, Vertex v);

// Header wave,id,name,<actor measures>,<per-attribute actor measures as
// ei_index.ATTR and brokerage.ATTR.ROLE>[,projection][,estimates]; one row per
// actor per wave, in `dialect` (study/csv.hpp); an empty cell for null;
// numbers rounded to each measure's decimals (measure_csv), or at full
// precision. A projected study's rows end in the projection's name (count,
// newman); a wave with estimated measures says how close they are.
[[nodiscard]] std::string metrics_csv(const StudyAnalysis& analysis, const CsvDialect& dialect = {},
                                      bool full_precision = false);

// The network and initiative measures with one column per wave, then per
// wave the `top` actors by betweenness (then degree, then name), by name, `–`
// for null (`top` 0 lists every actor), and the wave's initiatives and the
// pairs of them that share members. A projection is stated under the title.
[[nodiscard]] std::string metrics_table(std::string_view study, const StudyAnalysis& analysis, std::size_t top,
                                        Language language = Language::english);

}  // namespace helixnet
