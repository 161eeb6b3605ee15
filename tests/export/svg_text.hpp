// The text an SVG shows: the contents of its <text> elements with XML
// entities decoded (Graphviz writes '-' as &#45; and spaces as &#160;).
#pragma once

#include <cstdint>
#include <regex>
#include <string>
#include <vector>

namespace helixnet::test {

inline std::string utf8(std::uint32_t c) {
    std::string s;
    if (c < 0x80) {
        s += static_cast<char>(c);
    } else if (c < 0x800) {
        s += static_cast<char>(0xC0 | (c >> 6));
        s += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        s += static_cast<char>(0xE0 | (c >> 12));
        s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        s += static_cast<char>(0xF0 | (c >> 18));
        s += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (c & 0x3F));
    }
    return s;
}

inline std::string xml_decode(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '&') {
            out += text[i];
            continue;
        }
        const std::size_t end = text.find(';', i);
        const std::string entity = text.substr(i + 1, end - i - 1);
        if (entity == "amp")
            out += '&';
        else if (entity == "lt")
            out += '<';
        else if (entity == "gt")
            out += '>';
        else if (entity == "quot")
            out += '"';
        else if (entity == "apos")
            out += '\'';
        else if (entity.size() > 2 && entity[1] == 'x')
            out += utf8(static_cast<std::uint32_t>(std::stoul(entity.substr(2), nullptr, 16)));
        else if (entity.size() > 1 && entity[0] == '#') {
            const auto c = static_cast<std::uint32_t>(std::stoul(entity.substr(1)));
            out += c == 160 ? std::string(" ") : utf8(c);
        } else
            out += "&" + entity + ";";
        i = end;
    }
    return out;
}

inline std::vector<std::string> svg_texts(const std::string& svg) {
    std::vector<std::string> out;
    static const std::regex text_element("<text[^>]*>([^<]*)</text>");
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), text_element); it != std::sregex_iterator(); ++it)
        out.push_back(xml_decode((*it)[1].str()));
    return out;
}

}  // namespace helixnet::test
