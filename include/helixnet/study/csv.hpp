// RFC 4180 CSV as spreadsheets write it: quoted fields with embedded
// separators, quotes ("") and newlines; UTF-8 with or without a byte-order
// mark; `,` or `;` as separator (Dutch exports use `;`), detected from the
// header line; CRLF or LF line ends.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "helixnet/error.hpp"

namespace helixnet {

struct CsvRow {
    std::size_t line = 0;  // 1-based line where the record starts
    std::vector<std::string> fields;
};

struct CsvTable {
    char separator = ',';
    std::vector<std::string> header;  // trimmed column names
    std::vector<CsvRow> rows;         // data records (blank lines skipped)

    // Index of a column by name, if present.
    [[nodiscard]] std::optional<std::size_t> column(std::string_view name) const;
};

// Parses `text` (the content of `file`, used in messages). Malformed input
// (an unterminated quote, a stray quote inside an unquoted field, text after
// a closing quote, invalid UTF-8, a NUL byte) is reported into `diagnostics`
// with line and column; the rows read are returned as far as they are sound.
[[nodiscard]] CsvTable parse_csv(std::string_view text, const std::string& file, Diagnostics& diagnostics);

// One field, quoted when it holds the separator, a quote, a line break or
// leading/trailing spaces.
[[nodiscard]] std::string csv_field(std::string_view value, char separator = ',');

// Joins fields into one CSV line ending in "\n".
[[nodiscard]] std::string csv_line(const std::vector<std::string>& fields, char separator = ',');

}  // namespace helixnet
