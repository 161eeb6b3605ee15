// The size of text as Graphviz draws it in the diagrams, estimated without
// Graphviz: for placing the legend and reserving room for it in one pass.
//
// The diagrams ask for Helvetica, which fontconfig resolves to DejaVu Sans on
// a Debian machine with only the fonts Graphviz depends on; the widths are
// DejaVu Sans's (src/export/font_widths.inc, written by
// tools/make_font_widths.py). Where Helvetica resolves to a metric twin
// (Nimbus Sans, Liberation Sans, Arial), text is narrower, so the estimate is
// an upper bound there. A character outside the table counts as one em.
#pragma once

#include <string_view>

namespace helixnet {

// Width in points of the widest line of UTF-8 `text` (lines split at '\n')
// in a font of `points` points, regular or bold.
[[nodiscard]] double text_width(std::string_view text, double points, bool bold = false);

// Height in points of one line of text in a font of `points` points.
[[nodiscard]] double line_height(double points);

}  // namespace helixnet
