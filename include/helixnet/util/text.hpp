// Small text helpers shared by the readers and writers.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace helixnet {

// Byte offset of the first invalid UTF-8 sequence in `text`, if any
// (overlong forms, surrogates and code points above U+10FFFF are invalid).
[[nodiscard]] std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// 1-based line and column (in bytes) of a byte offset.
struct TextPosition {
    std::size_t line = 1;
    std::size_t column = 1;
};
[[nodiscard]] TextPosition position_of(std::string_view text, std::size_t offset);

[[nodiscard]] std::string_view trim(std::string_view s);

// The edit distance between two texts (bytes inserted, deleted or replaced,
// and two neighbouring bytes swapped: the optimal string alignment distance), or `limit + 1` as soon as it is known to
// exceed `limit`: a band of width 2·limit+1, so O(limit·length).
[[nodiscard]] std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

// The candidate nearest to `word` within `limit` edits ("did you mean …?"),
// the first of equally near ones; nullopt when none is that near or `word`
// is itself a candidate.
[[nodiscard]] std::optional<std::string> nearest_spelling(std::string_view word,
                                                          const std::vector<std::string_view>& candidates,
                                                          std::size_t limit = 2);

// "a, b and c" (English) for the messages that list names or places.
[[nodiscard]] std::string join_with_and(const std::vector<std::string>& items);

// Splits a list of wave years written as "2019;2022;2024" (also `,` or
// spaces). Returns nullopt when an item is not an integer year.
[[nodiscard]] std::optional<std::vector<int>> parse_year_list(std::string_view text);
[[nodiscard]] std::string format_year_list(const std::vector<int>& years);

// A finite number, the whole text; nullopt otherwise (also for "nan", "inf").
[[nodiscard]] std::optional<double> parse_number(std::string_view text);
[[nodiscard]] std::optional<int> parse_int(std::string_view text);

// The shortest text that reads back as the same double (integers without ".0").
[[nodiscard]] std::string format_number(double value);

// Reads a whole file; throws InvalidInput naming the file when it cannot.
[[nodiscard]] std::string read_text_file(const std::string& path);

}  // namespace helixnet
