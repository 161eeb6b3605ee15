// Plain edge lists for large graphs (README.md, "Commands"): `u v [weight]` per line,
// whitespace separated, `#` starts a comment; one wave (year 0). Actor
// attributes come from an optional CSV `id,attr1,attr2,...`.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "helixnet/error.hpp"
#include "helixnet/study/study.hpp"

namespace helixnet {

// Reads and validates; actors are numbered in order of first appearance,
// then actors named only in the attribute file (isolates). Throws
// InvalidInput with every error found.
[[nodiscard]] Study read_edge_list(const std::filesystem::path& path, const std::filesystem::path& attributes_csv,
                                   Diagnostics& diagnostics);

// An edge list read as the bare network, without a study: the actor ids in
// order of first appearance (actor i is ids[i], as read_edge_list numbers
// them) and each line's tie as two actor indices, with its weight when any
// line gives one (else `weights` is empty and every weight is 1). Streams the
// file, holding 8 bytes per tie, the ids, one block of text and, for ids
// written as plain numbers, 4 bytes per value up to twice the largest (at
// most the file's size).
//
// This is the common case only: nullopt when the file holds anything that
// read_edge_list would report or change (a line that is not `u v [weight]`, a
// weight that is not a positive number, a self-loop, text that is not UTF-8
// or holds a NUL byte, a file that cannot be read). Read it with
// read_edge_list then, which names the file, line and value of every problem.
// A pair listed twice is kept twice here (read_edge_list merges it, with a
// warning).
struct PlainEdgeList {
    std::vector<std::string> ids;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
    std::vector<double> weights;
};
[[nodiscard]] std::optional<PlainEdgeList> read_plain_edge_list(const std::filesystem::path& path);

// One wave of the study as an edge list (`u v weight` per line).
[[nodiscard]] std::string write_edge_list(const Study& study, int wave);

}  // namespace helixnet
