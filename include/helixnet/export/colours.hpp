// The colour of each value of an attribute, the same in every drawing (the
// one-mode and two-mode diagrams, their legends, the report's explorer).
//
// Values come in legend order: those declared in the study's metadata
// first, then as first used by an actor. Each has the study's colour where
// study/colour.hpp accepts it (`#rgb` spelled out as `#rrggbb`, the only form
// Graphviz reads), else the next colour of the Okabe & Ito (2008) palette,
// which people with any common colour-vision deficiency tell apart.
#pragma once

#include <string>
#include <vector>

#include "helixnet/study/study.hpp"

namespace helixnet {

// The colour of an actor without a value of the attribute.
inline constexpr const char* unknown_colour = "#BBBBBB";

struct ValueColour {
    std::string value;
    std::string label;   // the metadata's label, else the value
    std::string colour;  // "#rrggbb" or a colour name
};

// Empty for attribute "" (no colours).
[[nodiscard]] std::vector<ValueColour> value_colours(const Study& study, const std::string& attribute);

// The actor's value of `attribute`; empty when it has none or attribute is "".
[[nodiscard]] std::string value_of(const Actor& actor, const std::string& attribute);

}  // namespace helixnet
