// GraphML (Gephi, yEd, Cytoscape, igraph and NetworkX read and write it) as a
// form of a study (docs/format.md "GraphML and DOT").
//
// Written: the whole study in one undirected graph. Every actor is a node
// (id = actor id) with `name`, its attributes, `waves` (the years it exists
// in) and `note`; every tie an edge with `wave`, `weight`, `kind`,
// `initiative`, `evidence`, `source_ref` and `confidence`, so a pair tied in
// three waves has three parallel edges; the graph's `helixnet` attribute holds
// the rest of the study (name, waves with labels, attribute labels and
// colours, sources, initiatives and memberships) as JSON.
//
// Read: that, or any GraphML graph — one wave per file unless the edges carry
// `wave` — through the rules of study/graph_form (every error with the file,
// the element, e.g. `edge[12]` (0-based, in file order), and the value).
// Parsed with Boost.PropertyTree's XML reader (study/xml.hpp, shared with
// GEXF); boost::read_graphml is not used because it does not hand over node
// ids.
#pragma once

#include <string>
#include <string_view>

#include "helixnet/error.hpp"
#include "helixnet/study/study.hpp"

namespace helixnet {

// Reads and validates a study from GraphML text (the content of `file`).
// Warnings go into `diagnostics`; throws InvalidInput with every error.
[[nodiscard]] Study read_study_graphml(std::string_view text, const std::string& file, Diagnostics& diagnostics);

// XML 1.0 cannot hold control characters other than tab, line feed and
// carriage return: a text holding one is written with U+FFFD in its place,
// with a warning into `warnings` (when given) naming the record and value.
[[nodiscard]] std::string write_study_graphml(const Study& study, Diagnostics* warnings = nullptr);

}  // namespace helixnet
