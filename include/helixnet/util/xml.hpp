// The one escaper for XML and HTML (GraphML, GEXF, the report, Graphviz's
// HTML-like labels).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace helixnet {

// Where the escaped text goes: element content, or an attribute value
// (where a parser would turn tabs and line breaks into spaces unless they are
// written as character references).
enum class XmlContext { text, attribute };

// `text` with & < > " ' as entities (&amp; &lt; &gt; &quot; &#39;), and CR as
// &#13; (and, in attribute values, tab and LF as &#9; &#10;), so that a
// parser reads back exactly `text`. The C0 control characters XML 1.0
// forbids even as references (all below U+0020 but tab, LF and CR) and the
// non-characters U+FFFE and U+FFFF are replaced by U+FFFD; `replaced`, when given, is increased by their number.
[[nodiscard]] std::string xml_escape(std::string_view text, XmlContext context = XmlContext::text,
                                     std::size_t* replaced = nullptr);

}  // namespace helixnet
