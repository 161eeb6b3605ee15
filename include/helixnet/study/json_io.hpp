// The canonical JSON form of a study (docs/format.md), read with nlohmann/json.
#pragma once

#include <string>
#include <string_view>

#include "helixnet/error.hpp"
#include "helixnet/study/study.hpp"

namespace helixnet {

// Reads and validates a whole study from JSON text. Warnings go into
// `diagnostics`; when any error is found, throws InvalidInput with all of
// them. Records are named by their JSON path, e.g. `ties[3]`; syntax errors by
// line and column. Nesting deeper than 64 levels is rejected before parsing.
[[nodiscard]] Study read_study_json(std::string_view text, const std::string& file, Diagnostics& diagnostics);

// The study as JSON text (2-space indent, keys in docs/format.md's order).
[[nodiscard]] std::string write_study_json(const Study& study);

// The study without its actors and ties (initiatives with their members), as
// one line of JSON: what GraphML and DOT carry in their `helixnet` attribute.
[[nodiscard]] std::string write_study_metadata_json(const Study& study);

// The parts of a study the CSV folder's study.json holds (no actors or ties;
// initiatives without members).
[[nodiscard]] std::string write_study_header_json(const Study& study);

}  // namespace helixnet
