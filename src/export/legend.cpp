#include "helixnet/export/legend.hpp"

#include <algorithm>
#include <cstdio>

#include "helixnet/export/text_size.hpp"

namespace helixnet {

namespace {

using graphviz::escape_html;

// The table's attributes and Graphviz's rules for sizing it (htmltable.c):
// a cell is its content plus the padding on each side; a FIXEDSIZE cell is
// exactly its WIDTH and HEIGHT; the table adds CELLSPACING between and around
// the cells and its BORDER on each side.
constexpr double border = 1;
constexpr double spacing = 1;
constexpr double padding = 3;
constexpr double swatch_width = 18;
constexpr double swatch_height = 12;

}  // namespace

void Legend::heading(std::string_view text) { rows_.push_back({"", {}, std::string(text), true}); }

void Legend::swatch(std::string_view colour, std::string_view text) {
    rows_.push_back({"<TD BGCOLOR=\"" + escape_html(colour) + "\" WIDTH=\"18\" HEIGHT=\"12\" FIXEDSIZE=\"TRUE\"></TD>",
                     {swatch_width, swatch_height},
                     std::string(text)});
}

void Legend::glyphs(std::string_view colour, std::string_view glyphs, std::string_view text) {
    const std::string shown = escape_html(glyphs);
    const std::string cell = colour.empty()
                                 ? "<TD>" + shown + "</TD>"
                                 : "<TD><FONT COLOR=\"" + escape_html(colour) + "\">" + shown + "</FONT></TD>";
    rows_.push_back({cell,
                     {text_width(glyphs, font_size_) + 2 * padding, line_height(font_size_) + 2 * padding},
                     std::string(text)});
}

void Legend::box(std::string_view fill, std::string_view line, std::string_view text) {
    rows_.push_back({"<TD BGCOLOR=\"" + escape_html(fill) + "\" COLOR=\"" + escape_html(line) +
                         "\" BORDER=\"1\" WIDTH=\"18\" HEIGHT=\"12\" FIXEDSIZE=\"TRUE\"></TD>",
                     {swatch_width, swatch_height},
                     std::string(text)});
}

void Legend::sizes(double small, double large, std::string_view text) {
    const auto size = [](double points) {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%g", points);
        return std::string(buffer);
    };
    rows_.push_back(
        {"<TD><FONT POINT-SIZE=\"" + size(small) + "\">A</FONT><FONT POINT-SIZE=\"" + size(large) + "\">A</FONT></TD>",
         {text_width("A", small) + text_width("A", large) + 2 * padding,
          std::max(line_height(large), line_height(font_size_)) + 2 * padding},
         std::string(text)});
}

void Legend::text(std::string_view text) {
    rows_.push_back({"<TD></TD>", {2 * padding, 2 * padding}, std::string(text)});
}

std::string Legend::html() const {
    std::string rows;
    for (const Row& r : rows_) {
        if (r.heading)
            rows += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>" + escape_html(r.text) + "</B></TD></TR>";
        else
            rows += "<TR>" + r.key_html + "<TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">" + escape_html(r.text) + "</TD></TR>";
    }
    return "<TABLE BORDER=\"1\" COLOR=\"#B0B0B0\" CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"3\" "
           "BGCOLOR=\"white\">" +
           rows + "</TABLE>";
}

graphviz::Point Legend::size() const {
    if (rows_.empty()) return {0, 0};
    double keys = 0, texts = 0, spanning = 0, height = 0;
    const auto text_height = [&](const std::string& text) {
        const auto lines = static_cast<double>(std::count(text.begin(), text.end(), '\n') + 1);
        return lines * line_height(font_size_) + 2 * padding;
    };
    for (const Row& r : rows_) {
        if (r.heading) {
            spanning = std::max(spanning, text_width(r.text, font_size_, true) + 2 * padding);
            height += text_height(r.text);
            continue;
        }
        keys = std::max(keys, r.key.x);
        texts = std::max(texts, text_width(r.text, font_size_) + 2 * padding);
        height += std::max(r.key.y, text_height(r.text));
    }
    const double columns = std::max(keys + spacing + texts, spanning);
    const auto rows = static_cast<double>(rows_.size());
    return {columns + 2 * spacing + 2 * border, height + (rows + 1) * spacing + 2 * border};
}

}  // namespace helixnet
