// The legend of a diagram: keys (colour swatches, line samples, glyphs) and
// what they mean, under bold headings, as an HTML-like table that Graphviz
// draws, with its size estimated from the text (export/text_size.hpp) so that
// the drawing makes room for it without a Graphviz run.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "helixnet/util/graphviz.hpp"

namespace helixnet {

class Legend {
public:
    explicit Legend(double font_size = 12) : font_size_(font_size) {}

    // Texts are plain text; the legend escapes them.
    void heading(std::string_view text);
    // A filled rectangle of `colour` (a Graphviz colour).
    void swatch(std::string_view colour, std::string_view text);
    // `glyphs` (e.g. "━━") in `colour`; an empty colour draws in black.
    void glyphs(std::string_view colour, std::string_view glyphs, std::string_view text);
    // A small box filled with `fill` and outlined in `line`, as the clusters are drawn.
    void box(std::string_view fill, std::string_view line, std::string_view text);
    // "A" at two font sizes (points), for "larger name = larger value".
    void sizes(double small, double large, std::string_view text);
    // No key: the text alone in the text column.
    void text(std::string_view text);

    [[nodiscard]] bool empty() const { return rows_.empty(); }
    // The HTML-like label (without the outer < >).
    [[nodiscard]] std::string html() const;
    // Estimated width and height in points of the table Graphviz draws.
    [[nodiscard]] graphviz::Point size() const;

private:
    struct Row {
        std::string key_html;  // the key cell, "" for a heading
        graphviz::Point key;   // its size
        std::string text;      // plain text
        bool heading = false;
    };
    double font_size_;
    std::vector<Row> rows_;
};

}  // namespace helixnet
