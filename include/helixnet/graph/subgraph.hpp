// A wave graph with some of its actors taken out: what the network would be
// without them (`whatif`, key players, fragmentation if an actor leaves).
#pragma once

#include <span>

#include "helixnet/graph/wave_graph.hpp"

namespace helixnet {

// The graph without the vertices in `removed` (in any order; repeats and
// vertices out of range are ignored) and without their ties. The remaining
// vertices keep their order and their actors, so actor(v), vertex_of_actor
// and every function that looks actors up in the study (groupings, helix
// roles) work on the result as on a wave graph; the year is kept. The
// vertices of the result are renumbered 0..n'-1: map back through actor(), or
// vertex_of_actor on the original. O(n + m).
[[nodiscard]] WaveGraph without_vertices(const WaveGraph& g, std::span<const Vertex> removed);

}  // namespace helixnet
