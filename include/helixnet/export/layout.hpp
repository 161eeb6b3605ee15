// One layout for every wave of a study, so that an actor stands in the same
// place in every drawing.
//
// The union of all waves (every actor that exists in any wave, every pair
// tied in any wave, each node at the largest size it is drawn with in any
// wave) is laid out once; each wave is then drawn with those positions pinned
// (`pos="x,y!"`) and the cluster boxes of the union (`bb`), which is what
// `neato -n2` and Graphviz's "nop2" engine draw as given.
#pragma once

#include <map>
#include <string>

#include "helixnet/util/graphviz.hpp"

namespace helixnet {

enum class LayoutEngine {
    clustered,  // neato per cluster, clusters placed as boxes; up to a few hundred actors
    large,      // sfdp (multilevel force-directed) on the whole graph; no cluster boxes
};

struct StableLayout {
    std::map<std::string, graphviz::Point> positions;  // node name -> centre, points
    std::map<std::string, graphviz::Box> clusters;     // cluster subgraph name -> box, points
    graphviz::Box frame;                               // nodes and clusters, lower left at (0, 0)
};

// Lays out `union_graph` so that the result depends only on the graph (the
// same on every run). `clustered`: the nodes of each cluster subgraph (and
// those outside every cluster) are laid out on their own by neato (stress
// majorization, overlap removed by prism), then the groups are placed as
// boxes by neato on the graph of groups; a cluster's box holds its nodes, a
// margin and its label. `large`: one sfdp layout, clusters ignored.
// Coordinates are in points, rounded to 1/100 and shifted so that the
// frame's lower left corner is (0, 0).
// Complexity: neato's stress majorization is O(n^2) memory and time per
// iteration within a group; sfdp about O(n log n).
[[nodiscard]] StableLayout stable_layout(const graphviz::DotGraph& union_graph, LayoutEngine engine);

// "x,y!" (a pinned position) and "llx,lly,urx,ury", with at most two decimals.
[[nodiscard]] std::string pinned_position(graphviz::Point p);
[[nodiscard]] std::string bounding_box(graphviz::Box b);

}  // namespace helixnet
