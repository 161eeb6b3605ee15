// RFC 4180 CSV as spreadsheets write it: quoted fields with embedded
// separators, quotes ("") and newlines; UTF-8 with or without a byte-order
// mark; `,` or `;` as separator (Dutch exports use `;`), detected from the
// header line; CRLF or LF line ends. Rows of nothing but separators and
// spaces (what a spreadsheet leaves below a table) are skipped.
//
// Every CSV helixnet writes (a study's CSV folder, `metrics` and `compare`
// with `--format csv`) goes through CsvWriter, in a CsvDialect: one rule for
// quoting fields, one for numbers.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "helixnet/error.hpp"

namespace helixnet {

// How a CSV file is written: the separator, the decimal mark of numbers,
// whether it starts with a UTF-8 byte-order mark and whether lines end in
// CRLF. `plain` is RFC 4180 as most tools read it (`,`, `.`, LF, no mark);
// `excel-nl` is what Excel writes and reads with Dutch settings (`;`, `,`,
// byte-order mark, CRLF).
struct CsvDialect {
    char separator = ',';
    char decimal = '.';
    bool byte_order_mark = false;
    bool crlf = false;

    bool operator==(const CsvDialect&) const = default;
};

// The dialects by name for `--csv-dialect`: "plain", "excel-nl"; nullopt for
// anything else.
[[nodiscard]] std::optional<CsvDialect> csv_dialect_named(std::string_view name);
[[nodiscard]] std::vector<std::string> csv_dialect_names();

// The dialect a CSV text is written in, read from its start: the byte-order
// mark, the header line's separator and line end; a `;` file takes the
// decimal comma (a spreadsheet uses `;` where the comma is the decimal mark).
[[nodiscard]] CsvDialect csv_dialect_of(std::string_view text);

struct CsvRow {
    std::size_t line = 0;  // 1-based line where the record starts
    std::vector<std::string> fields;
};

struct CsvTable {
    char separator = ',';
    CsvDialect dialect;
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

// A number as a CSV file of `separator` writes it: "1.5", or "1,5" where the
// separator is `;` (the decimal comma of Dutch spreadsheets; "1.5" is read
// there too). nullopt when the text is not a finite number.
[[nodiscard]] std::optional<double> parse_csv_number(std::string_view text, char separator);

// One field, quoted when it holds the separator, a quote, a line break or
// leading/trailing spaces: the one quoting rule of every CSV helixnet writes.
[[nodiscard]] std::string csv_field(std::string_view value, char separator = ',');

// Joins fields into one CSV line ending in "\n" (plain dialect).
[[nodiscard]] std::string csv_line(const std::vector<std::string>& fields, char separator = ',');

// Writes one CSV text in a dialect: the byte-order mark first when the
// dialect has one, then rows of fields quoted by csv_field, each ended by LF
// or CRLF. Numbers take the dialect's decimal mark through number().
class CsvWriter {
public:
    explicit CsvWriter(CsvDialect dialect = {});

    void row(const std::vector<std::string>& fields);
    // `value` with `decimals` digits after the mark (rounded as printf
    // rounds, never "-0"), or at full precision (the shortest text that reads
    // back as the same double) when `decimals` is nullopt.
    [[nodiscard]] std::string number(double value, std::optional<int> decimals = std::nullopt) const;
    [[nodiscard]] const CsvDialect& dialect() const { return dialect_; }
    [[nodiscard]] const std::string& text() const { return text_; }

private:
    CsvDialect dialect_;
    std::string text_;
};

}  // namespace helixnet
