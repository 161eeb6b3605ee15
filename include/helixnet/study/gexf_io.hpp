// GEXF 1.3 (Gephi's format, gexf.net) as a form of a study (docs/format.md
// "GEXF").
//
// Written (`helixnet convert STUDY x.gexf`): one undirected, dynamic graph
// (`mode="dynamic"`, `timeformat="integer"`) so that Gephi's timeline plays
// the waves. Every actor is a node (id = actor id, label = name) with its
// attributes and `note` as static values and a spell for each run of waves
// it exists in; every pair of actors tied in some wave is one edge with a
// spell for each run of waves the tie exists in, and `weight`, `kind`,
// `initiative`, `evidence`, `source_ref` and `confidence` as dynamic values
// with the spell they hold in. A wave's spell runs from its year to the year
// before the next wave (the last wave: its year alone), so the network of a
// wave stays on the timeline until the next one. The rest of the study (name,
// waves with labels, attribute labels and colours, sources, initiatives and
// memberships) is JSON in a `<?helixnet ...?>` processing instruction before
// the root element, which Gephi and other readers pass over: read back, the
// file is the same study, its ties grouped by pair.
//
// Read: that, or any GEXF (1.1, 1.2, 1.3; NetworkX, Gephi): a file without
// time is one wave (numbered 0); a file with spells, start/end, timestamps or
// intervals on nodes, edges or values holds one wave per year at which one of
// them begins, and an element or value without time holds in every wave.
// Times must be integer years. Nodes and edges become actors and ties through
// the rules of study/graph_form, as GraphML's do (node label = name; edge
// `weight` and `kind` from the element or from a value of that title).
#pragma once

#include <string>
#include <string_view>

#include "helixnet/error.hpp"
#include "helixnet/study/study.hpp"

namespace helixnet {

// Reads and validates a study from GEXF text (the content of `file`).
// Warnings go into `diagnostics`; throws InvalidInput with every error, each
// naming the file, the element (`node[3]`, `edge[12]`, 0-based in file order)
// and the value.
[[nodiscard]] Study read_study_gexf(std::string_view text, const std::string& file, Diagnostics& diagnostics);

// A text holding a control character XML 1.0 cannot hold is written with
// U+FFFD in its place, with a warning into `warnings` (when given).
[[nodiscard]] std::string write_study_gexf(const Study& study, Diagnostics* warnings = nullptr);

}  // namespace helixnet
