#include "helixnet/util/xml.hpp"

namespace helixnet {

std::string xml_escape(std::string_view text, XmlContext context, std::size_t* replaced) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    const bool attribute = context == XmlContext::attribute;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            case '\r':
                out += "&#13;";
                break;
            case '\n':
                out += attribute ? "&#10;" : "\n";
                break;
            case '\t':
                out += attribute ? "&#9;" : "\t";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    out += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER
                    if (replaced) ++*replaced;
                } else if (c == '\xEF' && i + 2 < text.size() && text[i + 1] == '\xBF' &&
                           (text[i + 2] == '\xBE' || text[i + 2] == '\xBF')) {
                    out += "\xEF\xBF\xBD";  // U+FFFE and U+FFFF are not XML characters either
                    i += 2;
                    if (replaced) ++*replaced;
                } else {
                    out += c;
                }
        }
    }
    return out;
}

}  // namespace helixnet
