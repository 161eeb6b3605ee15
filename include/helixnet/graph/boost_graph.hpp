// WaveGraph as a Boost.Graph, through Boost's public graph interfaces
// (graph_traits and the free functions of the concepts), without a copy.
//
// It models VertexListGraph, IncidenceGraph, AdjacencyGraph and EdgeListGraph as a directed
// graph that holds both arcs of every tie, so that Boost algorithms written
// for directed graphs (core_numbers, brandes_betweenness_centrality, BFS,
// Dijkstra with the edge_weight map, ...) see the undirected network; an
// edge descriptor is one arc. Property maps: vertex_index (the vertex
// itself) and edge_weight (the tie's weight), both read-only.
#pragma once

#include <cstddef>
#include <iterator>
#include <utility>

#include <boost/graph/graph_traits.hpp>
#include <boost/graph/properties.hpp>
#include <boost/iterator/counting_iterator.hpp>
#include <boost/iterator/iterator_facade.hpp>
#include <boost/property_map/property_map.hpp>

#include "helixnet/graph/wave_graph.hpp"

namespace helixnet {

// One arc of a WaveGraph: its source and its position in the arc arrays.
struct Arc {
    Vertex source = 0;
    ArcIndex index = 0;
    friend bool operator==(const Arc&, const Arc&) = default;
};

// The arcs of one vertex, in order.
class ArcIterator : public boost::iterator_facade<ArcIterator, Arc, std::random_access_iterator_tag, Arc> {
public:
    ArcIterator() = default;
    ArcIterator(Vertex source, ArcIndex index) : arc_{source, index} {}

private:
    friend class boost::iterator_core_access;
    [[nodiscard]] Arc dereference() const { return arc_; }
    [[nodiscard]] bool equal(const ArcIterator& other) const { return arc_.index == other.arc_.index; }
    void increment() { ++arc_.index; }
    void decrement() { --arc_.index; }
    void advance(std::ptrdiff_t k) { arc_.index = static_cast<ArcIndex>(static_cast<std::ptrdiff_t>(arc_.index) + k); }
    [[nodiscard]] std::ptrdiff_t distance_to(const ArcIterator& other) const {
        return static_cast<std::ptrdiff_t>(other.arc_.index) - static_cast<std::ptrdiff_t>(arc_.index);
    }
    Arc arc_;
};

// Every arc of the graph, row by row.
class AllArcsIterator : public boost::iterator_facade<AllArcsIterator, Arc, std::forward_iterator_tag, Arc> {
public:
    AllArcsIterator() = default;
    AllArcsIterator(const WaveGraph& g, ArcIndex index) : graph_(&g), arc_{0, index} { settle(); }

private:
    friend class boost::iterator_core_access;
    [[nodiscard]] Arc dereference() const { return arc_; }
    [[nodiscard]] bool equal(const AllArcsIterator& other) const { return arc_.index == other.arc_.index; }
    void increment() {
        ++arc_.index;
        settle();
    }
    void settle() {  // the source is the row the arc lies in
        while (arc_.index < graph_->arcs() && graph_->first_arc(arc_.source + 1) <= arc_.index) ++arc_.source;
    }
    const WaveGraph* graph_ = nullptr;
    Arc arc_;
};

// The weight of an arc's tie, as a readable property map.
struct ArcWeightMap {
    using key_type = Arc;
    using value_type = double;
    using reference = double;
    using category = boost::readable_property_map_tag;
    const WaveGraph* graph = nullptr;
};

inline double get(const ArcWeightMap& map, const Arc& a) { return map.graph->arc_property(a.index).weight; }

// The free functions of the Boost.Graph concepts, found by argument-dependent lookup.
inline std::pair<boost::counting_iterator<Vertex>, boost::counting_iterator<Vertex>> vertices(const WaveGraph& g) {
    return {boost::counting_iterator<Vertex>(0), boost::counting_iterator<Vertex>(static_cast<Vertex>(g.actors()))};
}
inline std::size_t num_vertices(const WaveGraph& g) { return g.actors(); }
inline std::size_t num_edges(const WaveGraph& g) { return g.arcs(); }
inline std::pair<AllArcsIterator, AllArcsIterator> edges(const WaveGraph& g) {
    return {AllArcsIterator(g, 0), AllArcsIterator(g, g.arcs())};
}
inline std::pair<ArcIterator, ArcIterator> out_edges(Vertex v, const WaveGraph& g) {
    return {ArcIterator(v, g.first_arc(v)), ArcIterator(v, g.first_arc(v + 1))};
}
inline std::size_t out_degree(Vertex v, const WaveGraph& g) { return g.degree(v); }
inline Vertex source(const Arc& a, const WaveGraph&) { return a.source; }
inline Vertex target(const Arc& a, const WaveGraph& g) { return g.arc_target(a.index); }
inline std::pair<const Vertex*, const Vertex*> adjacent_vertices(Vertex v, const WaveGraph& g) {
    const auto nb = g.neighbours(v);
    return {nb.data(), nb.data() + nb.size()};
}
inline boost::typed_identity_property_map<Vertex> get(boost::vertex_index_t, const WaveGraph&) { return {}; }
inline Vertex get(boost::vertex_index_t, const WaveGraph&, Vertex v) { return v; }
inline ArcWeightMap get(boost::edge_weight_t, const WaveGraph& g) { return {&g}; }
inline double get(boost::edge_weight_t, const WaveGraph& g, const Arc& a) { return g.arc_property(a.index).weight; }

}  // namespace helixnet

namespace boost {

template <>
struct graph_traits<helixnet::WaveGraph> {
    using vertex_descriptor = helixnet::Vertex;
    using edge_descriptor = helixnet::Arc;
    using directed_category = directed_tag;
    using edge_parallel_category = disallow_parallel_edge_tag;
    struct traversal_category : vertex_list_graph_tag, incidence_graph_tag, adjacency_graph_tag, edge_list_graph_tag {};
    using vertex_iterator = counting_iterator<helixnet::Vertex>;
    using out_edge_iterator = helixnet::ArcIterator;
    using adjacency_iterator = const helixnet::Vertex*;
    using vertices_size_type = std::size_t;
    using edges_size_type = std::size_t;
    using degree_size_type = std::size_t;
    using in_edge_iterator = void;
    using edge_iterator = helixnet::AllArcsIterator;
    static vertex_descriptor null_vertex() { return static_cast<helixnet::Vertex>(-1); }
};

template <>
struct graph_traits<const helixnet::WaveGraph> : graph_traits<helixnet::WaveGraph> {};

template <>
struct property_map<helixnet::WaveGraph, vertex_index_t> {
    using type = typed_identity_property_map<helixnet::Vertex>;
    using const_type = type;
};

template <>
struct property_map<helixnet::WaveGraph, edge_weight_t> {
    using type = helixnet::ArcWeightMap;
    using const_type = type;
};

template <class Tag>
struct property_map<const helixnet::WaveGraph, Tag> : property_map<helixnet::WaveGraph, Tag> {};

}  // namespace boost
