#include "helixnet/export/text_size.hpp"

#include <algorithm>
#include <cstdint>
#include <iterator>

namespace helixnet {

namespace {

struct GlyphWidth {
    std::uint32_t code_point;
    double regular;  // thousandths of an em
    double bold;
};

#include "font_widths.inc"

// The code point at text[i] (advancing i); a byte that does not start valid
// UTF-8 counts as one character.
std::uint32_t next_code_point(std::string_view text, std::size_t& i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char c = byte(i);
    const std::size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
    if (length == 1 || i + length > text.size()) {
        ++i;
        return c;
    }
    std::uint32_t cp = c & (0xFF >> (length + 1));
    for (std::size_t k = 1; k < length; ++k) cp = (cp << 6) | (byte(i + k) & 0x3F);
    i += length;
    return cp;
}

double glyph_em(std::uint32_t cp, bool bold) {
    const auto it = std::lower_bound(std::begin(glyph_widths), std::end(glyph_widths), cp,
                                     [](const GlyphWidth& g, std::uint32_t c) { return g.code_point < c; });
    if (it == std::end(glyph_widths) || it->code_point != cp) return 1.0;
    return (bold ? it->bold : it->regular) / 1000.0;
}

}  // namespace

double text_width(std::string_view text, double points, bool bold) {
    double widest = 0, line = 0;
    for (std::size_t i = 0; i < text.size();) {
        const std::uint32_t cp = next_code_point(text, i);
        if (cp == '\n') {
            widest = std::max(widest, line);
            line = 0;
            continue;
        }
        line += glyph_em(cp, bold);
    }
    return std::max(widest, line) * points;
}

double line_height(double points) { return line_height_em * points; }

}  // namespace helixnet
