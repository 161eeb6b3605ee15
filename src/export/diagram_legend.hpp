// The contents of a diagram's legend (private to src/export/): what the
// colours, boxes, sizes and lines of one drawing mean, in the words of
// DiagramOptions::text. build_diagram draws it; stable_layout reserves room
// for the largest legend any drawing of the study can have.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "helixnet/export/legend.hpp"
#include "request.hpp"
#include "style.hpp"

namespace helixnet {

// Where Graphviz puts a cluster's label with labeljust=l and labelloc=t, from
// the cluster's box: this far right of its left side and below its top. The
// legend is such a label.
inline constexpr graphviz::Point legend_inset{8, 4};

struct LegendFacts {
    std::vector<diagram_style::ValueColour> colours;  // the colour values the drawn actors have
    bool unknown_colour = false;                      // some drawn actor has no colour value
    bool boxes = false;                               // cluster boxes drawn
    std::vector<std::string> outside;                 // what the actors outside every box have
    double largest = 0;                               // of the size measure
    bool labels = true;                               // labelled nodes (else points)
    std::optional<int> since;                         // change view: the earlier wave
};

// The facts about a drawing of `actors`.
[[nodiscard]] LegendFacts legend_facts(const Study& study, const DiagramRequest& request,
                                       const diagram_style::Style& look, const std::vector<std::uint32_t>& actors,
                                       bool boxes, std::optional<int> since);

[[nodiscard]] Legend diagram_legend(const Study& study, const DiagramOptions& options, const DiagramRequest& request,
                                    const LegendFacts& facts);

}  // namespace helixnet
