// The diagram of one wave (or of the change between two waves) as a Graphviz
// graph: actors labelled with their names, coloured by one attribute, boxed
// by another, sized by a metric; ties as wide as their weight; a legend and a
// title. Positions come from one layout of all waves (export/layout.hpp), so
// every wave of a study puts each actor in the same place, and are written
// into the graph as pinned `pos` with cluster `bb`: `neato -n2 -Tpng` (or any
// Graphviz program, through `layout=nop2`) redraws the picture from the DOT.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "helixnet/study/study.hpp"
#include "helixnet/util/graphviz.hpp"

namespace helixnet {

// The words of a diagram's title and legend: English unless the caller (the
// report, in its language) gives others.
struct DiagramText {
    std::string wave = "wave";        // title: "wave 2024 (end)"
    std::string change = "change";    // title: "change 2019 (start) → 2024 (end)"
    std::string colour = "colour";    // heading: "colour: sector"
    std::string size = "size";        // heading: "size: degree"
    std::string unknown = "unknown";  // actors without a value
    std::string largest = "largest";  // "largest: 7"
    std::string tie = "tie; wider = heavier";
    std::string change_since = "change since";  // heading: "change since 2019"
    std::string new_tie = "new tie";
    std::string ended_tie = "tie ended (dashed)";
    std::string stable_tie = "tie in both waves";
    std::string joined = "actor joined (double border)";
    std::string left = "actor left (dashed, faded)";
    // An attribute or measure name as the headings show it; absent: the name.
    std::map<std::string, std::string> names;
    char decimal_mark = '.';
};

struct DiagramOptions {
    std::optional<int> wave;       // absent: the study's last wave
    std::optional<int> diff_from;  // draw the change from this wave to `wave`
    // Absent: "sector" / "region" when the study has that attribute, else
    // none. "" or "none": no colours / no clusters. Any other name must be an
    // attribute of the study.
    std::optional<std::string> colour_by;
    std::optional<std::string> cluster_by;
    std::string size_by = "degree";  // one of size_metrics()
    std::size_t top = 0;             // > 0: only the top actors by size_by in the drawn wave
    // Drawings of more actors than this are laid out by sfdp without cluster
    // boxes; of more than label_limit, as unlabelled points.
    std::size_t cluster_limit = 500;
    std::size_t label_limit = 2000;
    DiagramText text;
};

struct Diagram {
    graphviz::DotGraph graph;  // pinned positions: lay out with "nop2"
    int wave = 0;
    std::optional<int> diff_from;
    std::vector<std::string> notes;  // what the user should know (fallbacks for large graphs)
};

// Metrics a node can be sized by.
[[nodiscard]] std::vector<std::string> size_metrics();

// Builds the diagram. Throws Failure for a wave the study lacks, an unknown
// attribute or metric.
[[nodiscard]] Diagram build_diagram(const Study& study, const DiagramOptions& options);

// The diagram as DOT text, written by cgraph.
[[nodiscard]] std::string diagram_dot(const Diagram& diagram);

// Change view: how a tie or actor compares with the earlier wave; the value of
// the `change` attribute of edges and nodes in a change view.
inline constexpr const char* change_added = "added";
inline constexpr const char* change_removed = "removed";
inline constexpr const char* change_stable = "stable";
inline constexpr const char* change_joined = "joined";
inline constexpr const char* change_left = "left";

}  // namespace helixnet
