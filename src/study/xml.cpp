#include "xml.hpp"

#include <optional>
#include <sstream>

#include <boost/property_tree/xml_parser.hpp>

#include "builder.hpp"
#include "helixnet/util/text.hpp"
#include "helixnet/util/xml.hpp"

namespace helixnet::detail {

namespace {

constexpr std::size_t named_warnings = 20;

// The byte offset of the first element nested deeper than max_xml_depth.
// Comments, CDATA, declarations and quoted attribute values are skipped.
std::optional<std::size_t> too_deep(std::string_view text) {
    std::size_t depth = 0;
    const auto skip_past = [&](std::size_t from, std::string_view end) {
        const std::size_t at = text.find(end, from);
        return at == std::string_view::npos ? text.size() : at + end.size() - 1;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '<') continue;
        const std::string_view rest = text.substr(i);
        if (rest.starts_with("<!--")) {
            i = skip_past(i + 4, "-->");
        } else if (rest.starts_with("<![CDATA[")) {
            i = skip_past(i + 9, "]]>");
        } else if (rest.starts_with("<?") || rest.starts_with("<!")) {
            i = skip_past(i + 2, ">");
        } else if (rest.starts_with("</")) {
            if (depth > 0) --depth;
            i = skip_past(i + 2, ">");
        } else {
            std::size_t j = i + 1;
            for (char quote = 0; j < text.size(); ++j) {
                const char c = text[j];
                if (quote) {
                    if (c == quote) quote = 0;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '>') {
                    break;
                }
            }
            if (text[j - 1] != '/' && ++depth > max_xml_depth) return i;
            i = j;
        }
    }
    return std::nullopt;
}

}  // namespace

ptree parse_xml(std::string_view text, const std::string& file, std::string_view what, Diagnostics& d) {
    text = checked_text(text, file, what, d);
    if (const auto deep = too_deep(text)) {
        const TextPosition p = position_of(text, *deep);
        d.error(file, p.line, p.column, {}, "XML nested deeper than " + std::to_string(max_xml_depth) + " levels");
        throw InvalidInput(d.items());
    }
    ptree doc;
    try {
        std::istringstream in{std::string(text)};
        boost::property_tree::read_xml(in, doc, boost::property_tree::xml_parser::no_comments);
    } catch (const boost::property_tree::xml_parser_error& e) {
        d.error(file, e.line(), 0, {}, "malformed XML: " + e.message());
        throw InvalidInput(d.items());
    }
    return doc;
}

std::string xml_attribute(const ptree& element, std::string_view name) {
    const auto attributes = element.find("<xmlattr>");
    if (attributes == element.not_found()) return {};
    for (const auto& [key, value] : attributes->second)
        if (key == name) return value.data();
    return {};
}

std::string_view local_name(std::string_view name) {
    const std::size_t colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

std::string XmlText::operator()(std::string_view value, bool attribute, const std::string& record,
                                std::string_view field) {
    std::size_t lost = 0;
    std::string out = xml_escape(value, attribute ? XmlContext::attribute : XmlContext::text, &lost);
    if (lost > 0 && warnings_ && ++values_ <= named_warnings)
        warnings_->warning({}, 0, 0, record,
                           std::string(field) + ": a control character XML 1.0 cannot hold is written as U+FFFD",
                           std::string(value));
    return out;
}

void XmlText::finish() {
    if (warnings_ && values_ > named_warnings)
        warnings_->warning(
            {}, 0, 0, {},
            std::to_string(values_ - named_warnings) + " more values hold control characters written as U+FFFD");
}

}  // namespace helixnet::detail
