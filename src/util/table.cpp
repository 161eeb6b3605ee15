#include "helixnet/util/table.hpp"

#include <algorithm>

namespace helixnet {

std::size_t display_width(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

std::string wrap_text(std::string_view text, std::size_t width, std::string_view indent) {
    std::string out;
    std::string line;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t space = text.find(' ', pos);
        const std::string word(
            text.substr(pos, space == std::string_view::npos ? std::string_view::npos : space - pos));
        pos = space == std::string_view::npos ? text.size() : space + 1;
        if (word.empty()) continue;
        if (!line.empty() && display_width(line) + 1 + display_width(word) > width) {
            out += line + "\n";
            line = indent;
        }
        line += (line.empty() || line == indent ? "" : " ") + word;
    }
    if (!line.empty() && line != indent) out += line + "\n";
    return out;
}

std::string TextTable::render() const {
    std::vector<std::size_t> width(header_.size(), 0);
    const auto measure = [&](const std::vector<std::string>& row) {
        if (!row.empty() && !row[0].empty() && row[0][0] == '\x01') return;
        for (std::size_t i = 0; i < row.size() && i < width.size(); ++i)
            width[i] = std::max(width[i], display_width(row[i]));
    };
    measure(header_);
    for (const auto& r : rows_) measure(r);
    std::size_t total = 0;
    for (std::size_t w : width) total += w + 2;
    const auto line = [&](const std::vector<std::string>& row) {
        std::string out;
        for (std::size_t i = 0; i < width.size(); ++i) {
            const std::string cell = i < row.size() ? row[i] : std::string();
            const std::string pad(width[i] - std::min(width[i], display_width(cell)), ' ');
            if (i) out += "  ";
            out += i == 0 ? cell + pad : pad + cell;
        }
        while (!out.empty() && out.back() == ' ') out.pop_back();
        return out + "\n";
    };
    std::string out = line(header_);
    std::string rule;
    for (std::size_t i = 0; i + 2 < total; ++i) rule += "\xE2\x94\x80";  // ─
    out += rule + "\n";
    for (const auto& r : rows_) {
        if (!r.empty() && !r[0].empty() && r[0][0] == '\x01') {
            out += "\n" + r[0].substr(1) + "\n";
            continue;
        }
        out += line(r);
    }
    return out;
}

}  // namespace helixnet
