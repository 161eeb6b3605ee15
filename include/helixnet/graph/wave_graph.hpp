// The network of one wave as an undirected Boost.Graph.
//
// Vertices are the actors that exist in the wave (isolates included), in
// study order; ties are stored once per direction in a compressed sparse row
// graph (boost::compressed_sparse_row_graph), which keeps adjacency compact
// and cache friendly for the per-source traversals of the metrics. Because
// every tie appears as two arcs, Boost algorithms that run on directed graphs
// see the undirected network; `ties()` counts each tie once.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include <boost/graph/compressed_sparse_row_graph.hpp>

#include "helixnet/study/study.hpp"

namespace helixnet {

struct TieProperty {
    double weight = 1.0;
};

using Vertex = std::uint32_t;
using CsrGraph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, TieProperty,
                                                    boost::no_property, Vertex, Vertex>;

class WaveGraph {
public:
    WaveGraph() = default;

    [[nodiscard]] int year() const { return year_; }
    [[nodiscard]] std::size_t actors() const { return actor_of_.size(); }     // n
    [[nodiscard]] std::size_t ties() const { return neighbours_size() / 2; }  // m

    // Neighbours of v in ascending vertex order, and the weights of those ties.
    [[nodiscard]] std::span<const Vertex> neighbours(Vertex v) const;
    [[nodiscard]] std::span<const TieProperty> tie_properties(Vertex v) const;
    [[nodiscard]] std::size_t degree(Vertex v) const { return neighbours(v).size(); }
    [[nodiscard]] bool adjacent(Vertex u, Vertex v) const;  // binary search

    // Vertex <-> actor (index into Study::actors).
    [[nodiscard]] std::uint32_t actor(Vertex v) const { return actor_of_[v]; }
    [[nodiscard]] std::optional<Vertex> vertex_of_actor(std::uint32_t actor) const;
    [[nodiscard]] const std::vector<std::uint32_t>& actor_indices() const { return actor_of_; }

    [[nodiscard]] const CsrGraph& boost_graph() const { return graph_; }

    friend WaveGraph build_wave_graph(const Study& study, int year);
    friend WaveGraph build_graph(std::size_t n, std::span<const std::pair<Vertex, Vertex>> edges,
                                 std::span<const double> weights);
    friend WaveGraph without_vertices(const WaveGraph& g, std::span<const Vertex> removed);  // graph/subgraph.hpp

private:
    [[nodiscard]] std::size_t neighbours_size() const { return graph_.m_forward.m_column.size(); }

    int year_ = 0;
    CsrGraph graph_;
    std::vector<std::uint32_t> actor_of_;  // vertex -> actor index
    std::vector<Vertex> vertex_of_;        // actor index -> vertex, or npos
    static constexpr Vertex npos = static_cast<Vertex>(-1);
};

// The graph of one wave: its actors as vertices, its ties (as the study holds
// them; apply filter_by_confidence first for `--confidence`). Duplicate pairs
// have already been merged by the loader; should any remain they are merged
// here with weights summed. Throws Failure when the study has no such wave.
[[nodiscard]] WaveGraph build_wave_graph(const Study& study, int year);

// A graph on vertices 0..n-1 from an edge list (for tests and benchmarks);
// vertex v maps to actor v. `weights` is empty (all 1) or one per edge.
[[nodiscard]] WaveGraph build_graph(std::size_t n, std::span<const std::pair<Vertex, Vertex>> edges,
                                    std::span<const double> weights = {});

}  // namespace helixnet
