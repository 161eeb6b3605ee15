// The look of the diagrams (private to src/export/): colours, node and tie
// styles, cluster boxes and the Graphviz defaults every drawing shares.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "helixnet/export/colours.hpp"
#include "helixnet/export/diagram_data.hpp"
#include "helixnet/study/study.hpp"
#include "helixnet/util/graphviz.hpp"

namespace helixnet::diagram_style {

inline constexpr const char* font = "Helvetica";
inline constexpr const char* added_colour = "#D55E00";    // Okabe-Ito vermillion
inline constexpr const char* removed_colour = "#0072B2";  // Okabe-Ito blue
inline constexpr const char* stable_colour = "#9A9A9A";
inline constexpr const char* tie_colour = "#5A5A5A";
inline constexpr const char* left_text_colour = "#808080";
inline constexpr const char* highlight_colour = "#1A1A1A";  // highlighted ties, outside a change view
inline constexpr const char* faint_alpha = "40";            // every other tie when some are highlighted
inline constexpr const char* box_fill = "#F4F4F4";
inline constexpr const char* box_line = "#B0B0B0";
inline constexpr double smallest_font = 9;  // points: a node label at the smallest size
inline constexpr double largest_font = 12;
inline constexpr double box_font = 16;  // a cluster box's label
// Names longer than this (in characters) are broken over lines at spaces.
inline constexpr std::size_t wrap_after = 20;

// Values that stand for "not in any group" and are never boxed as a cluster.
[[nodiscard]] bool outside_value(const std::string& value);

// `name` broken over lines at spaces when it is longer than wrap_after
// characters: into about one line per 22 characters, the lines as even as
// the words allow. A name that has line breaks of its own is left as it is.
[[nodiscard]] std::string wrap_name(const std::string& name);

// A number with at most two decimals, without trailing zeros.
[[nodiscard]] std::string format_number(double value);

// "#RRGGBB" with an alpha channel; other colour forms are returned unchanged.
[[nodiscard]] std::string with_alpha(const std::string& colour, const char* alpha);

// The colours of the values (export/colours.hpp), as this folder uses them.
using helixnet::unknown_colour;
using helixnet::value_colours;
using helixnet::value_of;
using helixnet::ValueColour;

// 0..1 by position in [low, high]; 0.5 when every value is the same.
struct Scale {
    double low = 0;
    double high = 0;
    [[nodiscard]] double operator()(double v) const { return high > low ? (v - low) / (high - low) : 0.5; }
};

// The look of one study's diagrams for one choice of colours, size measure
// and label mode: shared by the union layout and every drawing, so that a
// node has the same size in the layout as in the drawing.
class Style {
public:
    Style(const Study& study, std::string colour_by, const DiagramData& data, double largest_size, bool labels);

    [[nodiscard]] const std::string& colour_by() const { return colour_by_; }
    [[nodiscard]] const std::vector<ValueColour>& colours() const { return colours_; }
    [[nodiscard]] bool labels() const { return labels_; }
    [[nodiscard]] double largest_size() const { return largest_size_; }

    [[nodiscard]] std::string colour_of(const Actor& actor) const;
    // The node's name: the actor's id, unless it holds a backslash, which
    // cgraph cannot write in a name: then "actor N" (made unique).
    [[nodiscard]] std::string node_name(std::uint32_t actor) const;
    // The node of an actor drawn at size measure `size` (label size grows with
    // the square root of size / largest_size).
    [[nodiscard]] graphviz::DotNode node(std::uint32_t actor, double size) const;
    // A tie, its width by weight over all waves.
    [[nodiscard]] graphviz::DotEdge tie(const ActorPair& pair, double weight, double extra_width = 0) const;
    // Node and graph defaults every drawing shares.
    void set_common(graphviz::DotGraph& graph) const;

private:
    const Study& study_;
    std::string colour_by_;
    std::vector<ValueColour> colours_;
    Scale weight_;
    double largest_size_;
    bool labels_;
};

// The cluster subgraph name of the value_colours() entry `index` with `value`.
[[nodiscard]] std::string cluster_name(std::size_t index, const std::string& value);

// One cluster subgraph per boxed value of `attribute` with members among
// `actors` (whose node names are `names`), in the values' legend order.
[[nodiscard]] std::vector<graphviz::DotSubgraph> cluster_subgraphs(const Study& study, const std::string& attribute,
                                                                   const std::vector<std::uint32_t>& actors,
                                                                   const std::vector<std::string>& names);

}  // namespace helixnet::diagram_style
