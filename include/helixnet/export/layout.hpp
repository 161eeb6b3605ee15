// One layout for every wave of a study, so that an actor stands in the same
// place in every drawing.
//
// The union of all waves (every actor that exists in any wave, every pair
// tied in any wave, each node at the largest size it is drawn with in any
// wave) is laid out once; each wave is then drawn with those positions pinned
// (`pos="x,y!"`) and the cluster boxes of the union (`bb`), which is what
// `neato -n2` and Graphviz's "nop2" engine draw as given.
//
// stable_layout(study, options) is the expensive step of drawing (Graphviz's
// layout engines); it is computed once per study and passed to build_diagram
// (export/dot.hpp) for every wave and change view drawn with the same size
// measure, boxes and actor selection.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "helixnet/export/diagram_data.hpp"
#include "helixnet/export/diagram_options.hpp"
#include "helixnet/study/study.hpp"
#include "helixnet/util/graphviz.hpp"

namespace helixnet {

enum class LayoutEngine {
    clustered,  // neato per cluster, clusters placed as boxes; up to a few hundred actors
    large,      // sfdp (multilevel force-directed) on the whole graph; no cluster boxes
};

struct UnionLayout {
    std::map<std::string, graphviz::Point> positions;  // node name -> centre, points
    std::map<std::string, graphviz::Box> clusters;     // cluster subgraph name -> box, points
    graphviz::Box reserved;                            // the room asked for (the legend); empty if none
    graphviz::Box frame;                               // all of it, lower left at (0, 0)
};

// Lays out `union_graph` so that the result depends only on the graph (the
// same on every run). `clustered`: the nodes of each cluster subgraph (and
// those outside every cluster) are laid out on their own by neato (stress
// majorization from a short edge length, overlap removed by prism) and
// compacted: each node slides left, then down, as far as it can without
// coming within 14 points of a node it faces, which keeps their order and
// removes the empty space between them. A cluster's box holds its nodes, a
// margin and its label. The groups, and a box of `reserve` (the legend; none
// when zero), are then packed in rows or columns into the arrangement that
// best fills a landscape page. `large`: one sfdp layout, clusters ignored,
// no compaction. Coordinates are in points, rounded to 1/100 and shifted so
// that the frame's lower left corner is (0, 0).
// Complexity: neato's stress majorization is O(n^2) memory and time per
// iteration within a group, compaction O(n^2) per group; sfdp about
// O(n log n).
[[nodiscard]] UnionLayout lay_out_union(const graphviz::DotGraph& union_graph, LayoutEngine engine,
                                        graphviz::Point reserve = {});

// The layout of a study's diagrams: what every wave's drawing shares.
struct StableLayout {
    // What it was made for; build_diagram refuses a layout made for other
    // options (another size measure, other boxes, another --top selection).
    std::string size_by;
    std::string cluster_by;       // resolved; "" for no boxes
    std::size_t top = 0;          // DiagramOptions::top
    std::optional<int> top_wave;  // with top: the wave whose top actors are placed
    std::size_t cluster_limit = 0;
    std::size_t label_limit = 0;

    DiagramData data;                // every wave, measured once
    std::vector<bool> placed;        // per actor: in the layout (drawn where present)
    double largest_size = 0;         // of the size measure, over placed actors and all waves
    bool clusters = true;            // false above cluster_limit: no boxes
    bool labels = true;              // false above label_limit: unlabelled points
    UnionLayout geometry;            // positions by node name, cluster boxes, frame
    std::vector<std::string> notes;  // the fallbacks taken for large graphs
};

// Measures every wave and lays out their union (the actors placed: every
// actor of any wave, or with `top` the top actors of the drawn wave). The
// options that matter are size_by, cluster_by, top (with wave) and the
// limits. Throws DiagramOptionError for a wave, attribute or measure the
// study lacks, Failure when Graphviz fails.
[[nodiscard]] StableLayout stable_layout(const Study& study, const DiagramOptions& options);

// "x,y!" (a pinned position) and "llx,lly,urx,ury", with at most two decimals.
[[nodiscard]] std::string pinned_position(graphviz::Point p);
[[nodiscard]] std::string bounding_box(graphviz::Box b);

}  // namespace helixnet
