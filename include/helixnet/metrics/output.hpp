// The metrics of a study's waves as JSON (METRICS.md, "Output shape of
// metrics --format json"), CSV (one row per actor per wave) and an aligned
// text table for people.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "helixnet/metrics/wave_metrics.hpp"

namespace helixnet {

// {"study": …, "waves": [{"wave", "network", "groups", "actors": [{"id",
// "name", …}]}]}: numbers at full double precision, undefined values null.
// A wave whose betweenness was estimated also carries
// "approximate": {"betweenness": {"epsilon", "delta", "seed", "samples",
// "vertex_diameter_bound"}}.
[[nodiscard]] nlohmann::ordered_json metrics_json(std::string_view study, std::span<const WaveMetrics> waves);

// The same document as metrics_json(...).dump(2) plus a final newline,
// written actor by actor: a wave of 10^5 actors never holds its whole JSON
// tree in memory.
[[nodiscard]] std::string metrics_json_text(std::string_view study, std::span<const WaveMetrics> waves);

// Header wave,id,name,<actor measures>,<extra keys, nested ones joined with
// '.', e.g. ei_index.sector>; one row per actor per wave; RFC 4180 quoting;
// an empty cell for null; numbers at full precision.
[[nodiscard]] std::string metrics_csv(std::span<const WaveMetrics> waves);

// The network measures with one column per wave, then per wave the `top`
// actors by betweenness (then degree, then name), by name, `–` for null.
// `top` 0 lists every actor.
[[nodiscard]] std::string metrics_table(std::string_view study, std::span<const WaveMetrics> waves, std::size_t top);

// The actor measure keys in output order (after id and name).
[[nodiscard]] std::span<const std::string_view> actor_metric_keys();
// The network measure keys in output order.
[[nodiscard]] std::span<const std::string_view> network_metric_keys();

}  // namespace helixnet
