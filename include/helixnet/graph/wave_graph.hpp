// The network of one wave as an undirected graph in compressed sparse row
// form.
//
// Vertices are the actors that exist in the wave (isolates included), in
// study order; ties are stored once per direction (two arcs per tie), each
// vertex's arcs side by side in ascending target order, which keeps
// adjacency compact and cache friendly for the per-source traversals of the
// metrics. `ties()` counts each tie once.
//
// The graph is also a Boost.Graph (graph/boost_graph.hpp): a directed graph
// holding both arcs of every tie, so Boost algorithms that run on directed
// graphs see the undirected network.
//
// Size: vertices are 32-bit (at most 4 294 967 294 actors in one wave; the
// builders throw Failure past that), arc positions 64-bit. Memory: 8 bytes
// per actor and 24 bytes per tie.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "helixnet/study/study.hpp"

namespace helixnet {

struct TieProperty {
    double weight = 1.0;
};

using Vertex = std::uint32_t;
using ArcIndex = std::uint64_t;  // position of an arc in the graph's arc arrays

class WaveGraph {
public:
    // The largest number of vertices a graph can hold (one Vertex value is
    // reserved as "none").
    static constexpr std::size_t max_actors = static_cast<Vertex>(-1) - 1;

    WaveGraph() = default;

    [[nodiscard]] int year() const { return year_; }
    [[nodiscard]] std::size_t actors() const { return actor_of_.size(); }   // n
    [[nodiscard]] std::size_t ties() const { return targets_.size() / 2; }  // m
    [[nodiscard]] std::size_t arcs() const { return targets_.size(); }      // 2m

    // Neighbours of v in ascending vertex order, and the weights of those ties.
    [[nodiscard]] std::span<const Vertex> neighbours(Vertex v) const {
        return {targets_.data() + offsets_[v], static_cast<std::size_t>(offsets_[v + 1] - offsets_[v])};
    }
    [[nodiscard]] std::span<const TieProperty> tie_properties(Vertex v) const {
        return {properties_.data() + offsets_[v], static_cast<std::size_t>(offsets_[v + 1] - offsets_[v])};
    }
    [[nodiscard]] std::size_t degree(Vertex v) const { return static_cast<std::size_t>(offsets_[v + 1] - offsets_[v]); }
    [[nodiscard]] bool adjacent(Vertex u, Vertex v) const;  // binary search

    // The arcs of v are positions [first_arc(v), first_arc(v + 1)); arc a
    // leads to arc_target(a) with arc_property(a).
    [[nodiscard]] ArcIndex first_arc(Vertex v) const { return offsets_[v]; }
    [[nodiscard]] Vertex arc_target(ArcIndex a) const { return targets_[a]; }
    [[nodiscard]] const TieProperty& arc_property(ArcIndex a) const { return properties_[a]; }

    // Vertex <-> actor (index into Study::actors).
    [[nodiscard]] std::uint32_t actor(Vertex v) const { return actor_of_[v]; }
    [[nodiscard]] std::optional<Vertex> vertex_of_actor(std::uint32_t actor) const;
    [[nodiscard]] const std::vector<std::uint32_t>& actor_indices() const { return actor_of_; }

    friend WaveGraph build_wave_graph(const Study& study, int year);
    friend WaveGraph build_graph(std::size_t n, std::span<const std::pair<Vertex, Vertex>> edges,
                                 std::span<const double> weights);
    friend WaveGraph without_vertices(const WaveGraph& g, std::span<const Vertex> removed);  // graph/subgraph.hpp

private:
    int year_ = 0;
    std::vector<ArcIndex> offsets_ = {0};  // n + 1 row starts
    std::vector<Vertex> targets_;          // 2m, ascending within a row
    std::vector<TieProperty> properties_;  // 2m, beside targets_
    std::vector<std::uint32_t> actor_of_;  // vertex -> actor index
    std::vector<Vertex> vertex_of_;        // actor index -> vertex, or npos
    static constexpr Vertex npos = static_cast<Vertex>(-1);
};

// The graph of one wave: its actors as vertices, its ties (as the study holds
// them; apply filter_by_confidence first for `--confidence`). Duplicate pairs
// have already been merged by the loader; should any remain they are merged
// here with weights summed. Throws Failure when the study has no such wave or
// the wave has more than WaveGraph::max_actors actors.
[[nodiscard]] WaveGraph build_wave_graph(const Study& study, int year);

// A graph on vertices 0..n-1 from an edge list (for tests and benchmarks);
// vertex v maps to actor v. `weights` is empty (all 1) or one per edge.
// Throws Failure when n exceeds WaveGraph::max_actors or an end is not below n.
[[nodiscard]] WaveGraph build_graph(std::size_t n, std::span<const std::pair<Vertex, Vertex>> edges,
                                    std::span<const double> weights = {});

}  // namespace helixnet
