// Loading a study from disk in any of the forms FORMAT.md, CLI.md and
// docs/format.md name: a JSON file, a CSV folder, GraphML (`.graphml`),
// Graphviz DOT (`.dot`, `.gv`), GEXF (`.gexf`), Pajek (`.net`), UCINET DL
// (`.dl`), or a plain edge list (`.edges`, `.edgelist`, `.txt`) with an
// optional attribute CSV. Kumu's JSON (`.kumu.json`) is written, not read.
//
// A study that fails validation is never partly loaded: `load_study` either
// returns a complete, valid study or throws InvalidInput carrying every error
// (and warning) found in one pass.
#pragma once

#include <filesystem>
#include <vector>

#include "helixnet/error.hpp"
#include "helixnet/study/study.hpp"

namespace helixnet {

struct LoadOptions {
    std::filesystem::path attributes_csv;  // edge lists only: `id,attr1,attr2,...`
};

// Which form a path is read and written in, by its ending (CLI.md).
enum class StudyForm { json, csv_folder, edge_list, graphml, dot, gexf, pajek, dl, kumu };
[[nodiscard]] StudyForm form_of(const std::filesystem::path& path);

// Loads and validates. Warnings (merged duplicate ties, actors without ties)
// are appended to `warnings` when given.
[[nodiscard]] Study load_study(const std::filesystem::path& path, const LoadOptions& options = {},
                               std::vector<Diagnostic>* warnings = nullptr);

}  // namespace helixnet
