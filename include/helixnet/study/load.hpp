// Loading a study from disk in any of the forms docs/format.md and README.md
// ("Commands") name: a JSON file, a CSV folder, GraphML (`.graphml`),
// Graphviz DOT (`.dot`, `.gv`), GEXF (`.gexf`), Pajek (`.net`), UCINET DL
// (`.dl`), or a plain edge list (`.edges`, `.edgelist`, `.txt`) with an
// optional attribute CSV. Kumu's JSON (`.kumu.json`) is written, not read.
//
// A study that fails validation is never partly loaded: `load_study` either
// returns a complete, valid study or throws InvalidInput carrying every error
// (and warning) found in one pass.
#pragma once

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "helixnet/error.hpp"
#include "helixnet/study/study.hpp"

namespace helixnet {

struct LoadOptions {
    std::filesystem::path attributes_csv;  // edge lists only: `id,attr1,attr2,...`
};

// Which form a path is read and written in, by its ending (README.md, "Commands").
enum class StudyForm { json, csv_folder, edge_list, graphml, dot, gexf, pajek, dl, kumu };

// One file ending and the form a path ending in it is read and written as.
struct FormEnding {
    std::string_view ending;  // ".json"
    StudyForm form;
};

// Every ending a study form has: the one list that form_of, the messages and
// --help draw on. A path with none of them is a CSV folder.
[[nodiscard]] std::span<const FormEnding> study_form_endings();

// The endings for messages: ".json, .graphml, … or .txt".
[[nodiscard]] std::string study_endings_text();

// The form of `path` by its ending (case aside); a CSV folder without one.
[[nodiscard]] StudyForm form_of(const std::filesystem::path& path);

// The ending of a path that has one no form has (`out.xlsx`) and is not an
// existing folder; nullopt for a path that names a form or a folder.
[[nodiscard]] std::optional<std::string> unknown_study_ending(const std::filesystem::path& path);

// Loads and validates. Warnings (merged duplicate ties, actors without ties)
// are appended to `warnings` when given.
[[nodiscard]] Study load_study(const std::filesystem::path& path, const LoadOptions& options = {},
                               std::vector<Diagnostic>* warnings = nullptr);

}  // namespace helixnet
