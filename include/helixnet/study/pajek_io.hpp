// Pajek's network format (`.net`) as a form of a study (docs/format.md
// "Pajek"): one wave, vertices with labels, ties with weights.
//
// Written: the actors of one wave as `*Vertices n` with the actor ids as
// labels (numbered in the study's order), the wave's ties as `*Edges` with
// their weights, and for each actor attribute a partition (`.clu`) numbering
// the attribute's values: 0 unknown, then the values in the order the
// study's `attributes` declares them, then in the order actors first use
// them, with the numbering as `%` comments above it.
//
// Read: `*Network` (the study's name), `*Vertices n` and its vertex lines
// (number, label, and coordinates or drawing parameters, which are
// ignored), then `*Edges`, `*Arcs`, `*Edgeslist` and `*Arcslist` sections;
// `%` starts a comment. A vertex without a line is labelled with its
// number. Each label is an actor id; the file is one wave, numbered 0. Arcs
// are read as undirected ties, with a warning: a pair linked both ways
// becomes one tie with the weights summed, as any pair listed twice.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "helixnet/error.hpp"
#include "helixnet/study/study.hpp"

namespace helixnet {

// Reads and validates a study from Pajek text (the content of `file`).
// Warnings go into `diagnostics`; throws InvalidInput with every error, each
// naming the file, the line and the value. `*Vertices n` may name at most
// 10,000 vertices more than the file has bytes, so that a small file
// cannot claim a huge network.
[[nodiscard]] Study read_study_pajek(std::string_view text, const std::string& file, Diagnostics& diagnostics);

struct PajekPartition {
    std::string attribute;  // the actor attribute
    std::string suffix;     // for the file name `<network stem>.<suffix>.clu`: the name in letters, digits, - and _
    std::string text;       // the `.clu` file
};

struct PajekFiles {
    std::string network;  // the `.net` file
    std::vector<PajekPartition> partitions;
};

// The wave `wave` of the study. Throws Failure when an actor id cannot be a
// Pajek label (it holds a double quote or a line break).
[[nodiscard]] PajekFiles write_study_pajek(const Study& study, int wave);

}  // namespace helixnet
