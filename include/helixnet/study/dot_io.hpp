// Graphviz DOT as a form of a study (docs/format.md "GraphML and
// DOT"), written and read through cgraph (util/graphviz.hpp).
//
// Written (`helixnet convert STUDY x.dot`): one undirected graph, every actor
// a node named by its id with `name`, its attributes, `waves` and `note`;
// every tie an edge with `wave`, `weight`, `kind`, `initiative`, `evidence`,
// `source_ref` and `confidence` (parallel edges for a pair tied in several
// waves); the graph's `helixnet` attribute holds the rest of the study as
// JSON. cgraph cannot write a backslash in a quoted string safely, so a value
// holding one is written as an HTML-like string (`<...>`, with & < >
// escaped), and an actor whose id holds one is a node `actor N` with the id in
// its `id` attribute.
//
// Read: that, or any DOT graph — one wave unless the edges carry `wave` —
// through the rules of study/graph_form. A node's `id` attribute, when set,
// is the actor's id. In a file without the `helixnet` attribute, Graphviz's
// own attributes (shape, color, pos, ...) describe the drawing and are not
// read, and a `label` other than `\N` names an actor without `name`. A
// drawing written by `helixnet dot` is not a study: its legend is a node, and
// it carries no attributes or waves.
#pragma once

#include <string>
#include <string_view>

#include "helixnet/error.hpp"
#include "helixnet/study/study.hpp"

namespace helixnet {

// Reads and validates a study from DOT text (the content of `file`).
// Warnings go into `diagnostics`; throws InvalidInput with every error.
[[nodiscard]] Study read_study_dot(std::string_view text, const std::string& file, Diagnostics& diagnostics);

// Throws Failure when cgraph cannot write the study (an attribute name with a
// backslash).
[[nodiscard]] std::string write_study_dot(const Study& study);

}  // namespace helixnet
