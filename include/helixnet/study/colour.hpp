// The colour of an attribute value (docs/format.md, `attributes.<attr>.<value>.color`).
//
// Valid: `#rgb`, `#rrggbb` or `#rrggbbaa` in hexadecimal digits, or a colour
// name of ASCII letters and digits that begins with a letter (`red`,
// `steelblue`, `grey50`: the Graphviz/X11 and SVG names). Everything else is
// rejected by the loaders, among it colour lists (`red:blue`), weighted
// gradients (`red;0.3`), schemes (`/x11/red`) and HSV triples: Graphviz's
// gradient parser crashes on some of them, e.g. `red;x`.
#pragma once

#include <string_view>

namespace helixnet {

[[nodiscard]] bool is_valid_colour(std::string_view colour);

}  // namespace helixnet
