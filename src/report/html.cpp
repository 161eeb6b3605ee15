#include "helixnet/report/html.hpp"
#include "helixnet/util/xml.hpp"

#include <regex>

#include "helixnet/error.hpp"

namespace helixnet {

std::string safe_colour(std::string_view colour) {
    if (colour.size() < 4 || colour.size() > 9 || colour[0] != '#') return {};
    const std::size_t digits = colour.size() - 1;
    if (digits != 3 && digits != 4 && digits != 6 && digits != 8) return {};
    for (const char c : colour.substr(1))
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) return {};
    return std::string(colour);
}

std::string inline_svg(std::string_view svg, std::string_view css_class) {
    const std::size_t start = svg.find("<svg");
    if (start == std::string_view::npos) throw Failure("the diagram is not an SVG document");
    const std::size_t tag_end = svg.find('>', start);
    if (tag_end == std::string_view::npos) throw Failure("the diagram's SVG root is not closed");
    std::string root(svg.substr(start, tag_end - start));
    // Only the root's own width and height: inner elements keep theirs.
    static const std::regex size_attribute(R"(\s(width|height)="[^"]*")");
    root = std::regex_replace(root, size_attribute, "");
    root += " class=\"" + xml_escape(css_class) + "\"";
    std::string out = root;
    std::string_view rest = svg.substr(tag_end);
    // Trailing whitespace after </svg> is dropped.
    while (!rest.empty() && (rest.back() == '\n' || rest.back() == ' ' || rest.back() == '\r')) rest.remove_suffix(1);
    out += rest;
    return out;
}

std::string script_json(const nlohmann::ordered_json& value) {
    const std::string json = value.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    std::string out;
    out.reserve(json.size() + json.size() / 16);
    for (const char c : json) {
        switch (c) {
            case '<':
                out += "\\u003c";
                break;
            case '>':
                out += "\\u003e";
                break;
            case '&':
                out += "\\u0026";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string sector_html(const Study& study, std::uint32_t actor) {
    const std::string* sector = study.actors.at(actor).attribute("sector");
    if (!sector || sector->empty()) return "\xE2\x80\x93";  // –
    return xml_escape(study.value_label("sector", *sector));
}

}  // namespace helixnet
