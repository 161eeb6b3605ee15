// A plain edge list (`u v [weight]` per line, study/edge_list.hpp) read
// straight into the graph of its one wave, for analyses that need only the
// network, as igraph's edge-list reader gives it.
//
// The common file goes through read_plain_edge_list: one streaming pass, no
// study model, then the graph's rows. Anything read_edge_list would report
// or change (a malformed line, a bad weight, a self-loop, a pair listed
// twice, bad text) sends the file through read_edge_list and build_wave_graph
// instead, so the messages, with file, line and value, and the merged
// weights are exactly those of loading it as a study.
//
// Memory: the graph (8 bytes per actor, 24 per tie), the ids, and while
// building 8 bytes per tie more (16 with weights).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "helixnet/error.hpp"
#include "helixnet/graph/wave_graph.hpp"

namespace helixnet {

struct EdgeListGraph {
    std::vector<std::string> ids;  // actor v (vertex v) is ids[v], in order of first appearance
    WaveGraph graph;               // wave 0
};

// Throws InvalidInput with every error found (as read_edge_list); warnings
// (pairs merged) go to `diagnostics`.
[[nodiscard]] EdgeListGraph read_edge_list_graph(const std::filesystem::path& path, Diagnostics& diagnostics);

// The common file alone: nullopt for anything read_edge_list would report or
// change (and for a file that cannot be read), which the caller then loads as
// a study to have the messages.
[[nodiscard]] std::optional<EdgeListGraph> read_plain_edge_list_graph(const std::filesystem::path& path);

// The study read_edge_list gives for such a file, without its ties: its
// actors in order of first appearance (id and name the id, in every wave) and
// its one wave, 0, "edge list". Its network is the graph; for
// analyse_network (analysis/study_analysis.hpp), which needs the actors and
// the wave but not a record per tie. Moves the ids out of `edges`.
[[nodiscard]] Study edge_list_actors(EdgeListGraph& edges, std::string name);

}  // namespace helixnet
