// Internal: what the XML forms of a study (GraphML, GEXF) share. Both are
// parsed with Boost.PropertyTree's XML reader after the checks every
// whole-file form makes (checked_text) and a guard against hostile nesting;
// both are written as text with the escaping below.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <boost/property_tree/ptree.hpp>

#include "helixnet/error.hpp"

namespace helixnet::detail {

using boost::property_tree::ptree;

// Elements may nest this deep; deeper nesting is refused before parsing,
// because the XML reader recurses once per level.
inline constexpr std::size_t max_xml_depth = 64;

// Parses a whole XML document (the content of `file`, a `what` such as
// "GraphML"). Throws InvalidInput naming the place when the text is empty,
// not UTF-8, holds a NUL byte, nests deeper than max_xml_depth or does not
// parse. Comments are dropped; element names keep their namespace prefix.
[[nodiscard]] ptree parse_xml(std::string_view text, const std::string& file, std::string_view what, Diagnostics& d);

// An XML attribute of an element, or empty. (Not through ptree paths: names
// such as GraphML's `attr.name` hold the path separator.)
[[nodiscard]] std::string xml_attribute(const ptree& element, std::string_view name);

// An element or attribute name without its namespace prefix (`viz:color` ->
// `color`).
[[nodiscard]] std::string_view local_name(std::string_view name);

// Writes XML text (util/xml.hpp's xml_escape) and records a warning for each value that lost a
// character XML 1.0 cannot hold, naming the record (`actors[3]`), the field
// and the value; the first 20 are named, then a count.
class XmlText {
public:
    explicit XmlText(Diagnostics* warnings) : warnings_(warnings) {}

    std::string operator()(std::string_view value, bool attribute, const std::string& record, std::string_view field);
    // Adds the count of values not named; call once, after the last value.
    void finish();

private:
    Diagnostics* warnings_;
    std::size_t values_ = 0;
};

}  // namespace helixnet::detail
