// The style sheet of the HTML report, inlined into the page: the system font
// stack (no web font), a reading width for text and the full width for
// figures, and a print style (white background, sections on new pages,
// diagrams at the page width).
#pragma once

#include <string_view>

namespace helixnet {

[[nodiscard]] std::string_view report_css();

}  // namespace helixnet
