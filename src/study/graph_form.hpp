// Internal: a study read from a general graph file (GraphML, DOT, GEXF). The
// readers parse the syntax into nodes and edges with text attributes; this
// turns them into a Study through the same StudyBuilder rules as every other
// form (docs/format.md "GraphML and DOT"):
//
// - graph attribute `helixnet`: the study without actors and ties as JSON
//   (write_study_metadata_json), which helixnet writes so that nothing is lost;
//   `wave`: the year of a file that holds one wave (default 0); `name`: the
//   study's name when there is no `helixnet` attribute.
// - a node is an actor: its id, `name` (else `label`, else the id), `waves`,
//   `note`; every other attribute is a categorical attribute, unknown for a
//   node without it. Places name nodes and edges as `node[i]`, `edge[i]`.
// - an edge is a tie: `wave` (absent: the file's one wave), `weight`, `kind`,
//   `initiative`, `evidence`, `source_ref`, `confidence`; other attributes are
//   ignored with one warning per name.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "builder.hpp"

namespace helixnet::detail {

using TextAttributes = std::vector<std::pair<std::string, std::string>>;

struct GraphNode {
    std::string id;
    TextAttributes attributes;
    Place place;
};

struct GraphEdge {
    std::string source;
    std::string target;
    TextAttributes attributes;
    Place place;
};

struct GraphRecords {
    std::string file;
    std::string name;  // the graph's own name (DOT), used when nothing better names the study
    TextAttributes graph;
    Place graph_place;
    // How messages name where the `helixnet` metadata was found.
    std::string metadata_source = "graph attribute 'helixnet'";
    bool directed = false;
    std::vector<GraphNode> nodes;
    std::vector<GraphEdge> edges;
};

// Throws InvalidInput with every error found; warnings go into `diagnostics`.
[[nodiscard]] Study study_from_graph(const GraphRecords& records, Diagnostics& diagnostics);

}  // namespace helixnet::detail
