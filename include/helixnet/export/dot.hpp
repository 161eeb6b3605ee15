// The diagram of one wave (or of the change between two waves) as a Graphviz
// graph: actors labelled with their names, coloured by one attribute, boxed
// by another, sized by a measure; ties as wide as their weight; a legend and
// a title. Positions come from one layout of all waves (export/layout.hpp),
// so every wave of a study puts each actor in the same place, and are written
// into the graph as pinned `pos` with cluster `bb`: `neato -n2 -Tpng` (or any
// Graphviz program, through `layout=nop2`) redraws the picture from the DOT.
//
// Built in three parts: the data (export/diagram_data.hpp, in the layout),
// the styling of actors, ties and boxes (src/export/style.hpp), and the
// legend (export/legend.hpp), sized from the text without a Graphviz run.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "helixnet/export/diagram_options.hpp"
#include "helixnet/export/layout.hpp"
#include "helixnet/study/study.hpp"
#include "helixnet/util/graphviz.hpp"

namespace helixnet {

struct Diagram {
    graphviz::DotGraph graph;  // pinned positions: lay out with "nop2"
    int wave = 0;
    std::optional<int> diff_from;
    std::vector<std::string> notes;  // what the user should know (fallbacks for large graphs)
    // The font size (points, before any fitting to a page) of the smallest
    // actor name; 0 when actors are drawn as unlabelled points.
    double smallest_label = 0;
};

// Builds the diagram with `layout`, which must have been made by
// stable_layout for the same study and the same size measure, boxes, top
// selection and limits (Failure otherwise). Throws DiagramOptionError for a
// wave or attribute the study lacks.
[[nodiscard]] Diagram build_diagram(const Study& study, const DiagramOptions& options, const StableLayout& layout);

// Lays the study out (stable_layout) and builds the diagram: for one drawing.
// To draw several waves of a study, make the layout once and pass it.
[[nodiscard]] Diagram build_diagram(const Study& study, const DiagramOptions& options);

// The diagram as DOT text, written by cgraph.
[[nodiscard]] std::string diagram_dot(const Diagram& diagram);

// Invisible nodes over the legend and over each box's label, so that edges
// are routed around them, carry `keep_clear="true"`; every other node is an
// actor.
inline constexpr const char* keep_clear_attribute = "keep_clear";

// Highlight: the value of the `highlighted` attribute of the ties drawn bold.
inline constexpr const char* highlighted_tie = "true";

// Change view: how a tie or actor compares with the earlier wave; the value of
// the `change` attribute of edges and nodes in a change view.
inline constexpr const char* change_added = "added";
inline constexpr const char* change_removed = "removed";
inline constexpr const char* change_stable = "stable";
inline constexpr const char* change_joined = "joined";
inline constexpr const char* change_left = "left";

}  // namespace helixnet
