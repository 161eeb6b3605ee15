// Small pieces for writing the HTML report safely: a colour filter for inline
// styles and Graphviz SVG made fit to sit inside a page. (Text is escaped by
// xml_escape, util/xml.hpp.)
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "helixnet/study/study.hpp"

namespace helixnet {

// `colour` when it is a CSS hex colour (#rgb, #rgba, #rrggbb, #rrggbbaa),
// else empty: study colours go into style attributes only through this.
[[nodiscard]] std::string safe_colour(std::string_view colour);

// A standalone SVG document (as Graphviz writes it) as an element to inline in
// HTML: the XML declaration, DOCTYPE and comments before the root are dropped,
// and the root's fixed width and height are removed so that CSS sizes it (the
// viewBox keeps the proportions). `css_class` is added to the root. Throws
// Failure when the text has no <svg> root.
[[nodiscard]] std::string inline_svg(std::string_view svg, std::string_view css_class);

// The label of the actor's sector, HTML-escaped; "–" when it has none.
[[nodiscard]] std::string sector_html(const Study& study, std::uint32_t actor);

// `value` as JSON fit to sit in a <script type="application/json"> element:
// every <, > and & written as \u003c, \u003e and \u0026 (JSON allows them
// only inside strings, where JSON.parse reads them back), so that no text can
// close the element or start a comment. Invalid UTF-8 becomes U+FFFD.
[[nodiscard]] std::string script_json(const nlohmann::ordered_json& value);

}  // namespace helixnet
