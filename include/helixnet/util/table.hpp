// Aligned text tables for people: a header row, then rows; columns are
// padded to their widest cell (counted in UTF-8 code points, so Wärtsilä
// lines up), the first column left-aligned and the others right-aligned.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace helixnet {

class TextTable {
public:
    explicit TextTable(std::vector<std::string> header) : header_(std::move(header)) {}

    void add_row(std::vector<std::string> cells) { rows_.push_back(std::move(cells)); }
    // A full-width line of its own, e.g. a section heading.
    void add_section(std::string title) { rows_.push_back({"\x01" + std::move(title)}); }
    [[nodiscard]] std::string render() const;

private:
    std::vector<std::string> header_;
    std::vector<std::vector<std::string>> rows_;
};

// `text` broken into lines of at most `width` display columns at spaces
// (a longer word stays whole), each line ending in "\n"; every line after
// the first starts with `indent` (counted in the width).
[[nodiscard]] std::string wrap_text(std::string_view text, std::size_t width = 78, std::string_view indent = {});
// The number of UTF-8 code points in `s`.
[[nodiscard]] std::size_t display_width(const std::string& s);

}  // namespace helixnet
