#include "helixnet/util/text.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>

#include "helixnet/error.hpp"

namespace helixnet {

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        std::uint32_t cp = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n) return i;
        for (std::size_t k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80) return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        const bool overlong = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
        i += len;
    }
    return std::nullopt;
}

TextPosition position_of(std::string_view text, std::size_t offset) {
    TextPosition p;
    const std::size_t end = std::min(offset, text.size());
    for (std::size_t i = 0; i < end; ++i) {
        if (text[i] == '\n') {
            ++p.line;
            p.column = 1;
        } else {
            ++p.column;
        }
    }
    return p;
}

std::string_view trim(std::string_view s) {
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!s.empty() && space(s.front())) s.remove_prefix(1);
    while (!s.empty() && space(s.back())) s.remove_suffix(1);
    return s;
}

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
    if (a.size() > b.size()) std::swap(a, b);
    if (b.size() - a.size() > limit) return limit + 1;
    // row[j]: distance between a's first i bytes and b's first j; only the
    // band |i - j| <= limit is computed, the rest counts as beyond the limit.
    const std::size_t beyond = limit + 1;
    std::vector<std::size_t> before(b.size() + 1, beyond), row(b.size() + 1), next(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = std::min(j, beyond);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        const std::size_t from = i > limit ? i - limit : 1, to = std::min(b.size(), i + limit);
        std::fill(next.begin(), next.end(), beyond);
        next[0] = std::min(i, beyond);
        std::size_t best = next[0];
        for (std::size_t j = from; j <= to; ++j) {
            const std::size_t replace = row[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            next[j] = std::min({replace, row[j] + 1, next[j - 1] + 1, beyond});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])  // two neighbours swapped
                next[j] = std::min(next[j], before[j - 2] + 1);
            best = std::min(best, next[j]);
        }
        if (best > limit) return beyond;
        std::swap(before, row);
        std::swap(row, next);
    }
    return std::min(row[b.size()], beyond);
}

std::optional<std::string> nearest_spelling(std::string_view word, const std::vector<std::string_view>& candidates,
                                            std::size_t limit) {
    std::optional<std::string_view> best;
    std::size_t best_distance = limit + 1;
    for (const std::string_view c : candidates) {
        const std::size_t d = edit_distance(word, c, std::min(limit, best_distance));
        if (d == 0) return std::nullopt;
        if (d < best_distance) {
            best = c;
            best_distance = d;
        }
    }
    if (!best) return std::nullopt;
    return std::string(*best);
}

std::string join_with_and(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += i + 1 == items.size() ? " and " : ", ";
        out += items[i];
    }
    return out;
}

std::optional<int> parse_int(std::string_view text) {
    text = trim(text);
    int value = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || ptr != text.data() + text.size()) return std::nullopt;
    return value;
}

std::optional<std::vector<int>> parse_year_list(std::string_view text) {
    std::vector<int> years;
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t j = text.find_first_of(";, \t", i);
        const std::string_view item = text.substr(i, j == std::string_view::npos ? std::string_view::npos : j - i);
        if (!trim(item).empty()) {
            const auto year = parse_int(item);
            if (!year) return std::nullopt;
            years.push_back(*year);
        }
        if (j == std::string_view::npos) break;
        i = j + 1;
    }
    return years;
}

std::string format_year_list(const std::vector<int>& years) {
    std::string out;
    for (std::size_t i = 0; i < years.size(); ++i) {
        if (i) out += ';';
        out += std::to_string(years[i]);
    }
    return out;
}

std::optional<double> parse_number(std::string_view text) {
    text = trim(text);
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    double value = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || ptr != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::string format_number(double value) {
    char buf[64];
    const auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, value);
    return ec == std::errc() ? std::string(buf, ptr) : std::to_string(value);
}

std::string read_text_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InvalidInput(path, "cannot open file");
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad()) throw InvalidInput(path, "cannot read file");
    return std::move(ss).str();
}

}  // namespace helixnet
