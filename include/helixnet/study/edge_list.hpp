// Plain edge lists for large graphs (README.md, "Commands"): `u v [weight]` per line,
// whitespace separated, `#` starts a comment; one wave (year 0). Actor
// attributes come from an optional CSV `id,attr1,attr2,...`.
#pragma once

#include <filesystem>
#include <string>

#include "helixnet/error.hpp"
#include "helixnet/study/study.hpp"

namespace helixnet {

// Reads and validates; actors are numbered in order of first appearance,
// then actors named only in the attribute file (isolates). Throws
// InvalidInput with every error found.
[[nodiscard]] Study read_edge_list(const std::filesystem::path& path, const std::filesystem::path& attributes_csv,
                                   Diagnostics& diagnostics);

// One wave of the study as an edge list (`u v weight` per line).
[[nodiscard]] std::string write_edge_list(const Study& study, int wave);

}  // namespace helixnet
