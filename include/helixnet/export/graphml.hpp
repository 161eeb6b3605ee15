// GraphML for Gephi, yEd, Cytoscape, igraph and NetworkX (FORMAT.md): the
// whole study in one undirected graph, every actor a node with its name,
// attributes and waves, every tie an edge with a `wave` attribute (so a
// pair tied in three waves has three parallel edges). Written with
// boost::write_graphml.
#pragma once

#include <string>

#include "helixnet/study/study.hpp"

namespace helixnet {

[[nodiscard]] std::string write_graphml(const Study& study);

}  // namespace helixnet
