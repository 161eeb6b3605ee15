#include "helixnet/study/csv.hpp"

#include <algorithm>

#include "helixnet/util/number.hpp"
#include "helixnet/util/text.hpp"

namespace helixnet {

std::optional<std::size_t> CsvTable::column(std::string_view name) const {
    for (std::size_t i = 0; i < header.size(); ++i)
        if (header[i] == name) return i;
    return std::nullopt;
}

namespace {

// The separator of the header line: whichever of `,` and `;` occurs more
// often outside quotes (`,` when neither does).
char detect_separator(std::string_view text) {
    std::size_t commas = 0, semicolons = 0;
    bool quoted = false;
    for (char c : text) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
    }
    return semicolons > commas ? ';' : ',';
}

}  // namespace

std::optional<CsvDialect> csv_dialect_named(std::string_view name) {
    if (name == "plain") return CsvDialect{};
    if (name == "excel-nl") return CsvDialect{';', ',', true, true};
    return std::nullopt;
}

std::vector<std::string> csv_dialect_names() { return {"plain", "excel-nl"}; }

CsvDialect csv_dialect_of(std::string_view text) {
    CsvDialect d;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") {
        d.byte_order_mark = true;
        text.remove_prefix(3);
    }
    d.separator = detect_separator(text);
    d.decimal = d.separator == ';' ? ',' : '.';
    // The first line end outside quotes.
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '"') quoted = !quoted;
        if (!quoted && (text[i] == '\n' || text[i] == '\r')) {
            d.crlf = text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n';
            break;
        }
    }
    return d;
}

std::optional<double> parse_csv_number(std::string_view text, char separator) {
    const std::string_view t = trim(text);
    const auto comma = t.find(',');
    if (separator != ';' || comma == std::string_view::npos ||
        t.find_first_of(".,", comma + 1) != std::string_view::npos || t.find('.') != std::string_view::npos)
        return parse_number(t);
    std::string point(t);
    point[comma] = '.';
    return parse_number(point);
}

CsvTable parse_csv(std::string_view text, const std::string& file, Diagnostics& diagnostics) {
    CsvTable table;
    table.dialect = csv_dialect_of(text);  // before the byte-order mark is taken off
    table.separator = table.dialect.separator;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    if (const auto bad = find_invalid_utf8(text)) {
        const TextPosition p = position_of(text, *bad);
        diagnostics.error(
            file, p.line, p.column, {}, "invalid UTF-8", "byte 0x" + [&] {
                static const char* hex = "0123456789ABCDEF";
                const auto b = static_cast<unsigned char>(text[*bad]);
                return std::string{hex[b >> 4], hex[b & 15]};
            }());
        return table;
    }
    if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
        const TextPosition p = position_of(text, nul);
        diagnostics.error(file, p.line, p.column, {}, "NUL byte in text (binary file?)");
        return table;
    }
    const char sep = table.separator;

    std::vector<CsvRow> records;
    CsvRow row;
    std::string field;
    std::size_t line = 1, column = 1;
    std::size_t i = 0;
    const std::size_t n = text.size();
    bool at_record_start = true;
    bool failed = false;
    row.line = 1;

    auto end_record = [&] {
        row.fields.push_back(std::move(field));
        field.clear();
        // Blank lines and rows of nothing but separators and spaces.
        const bool blank =
            std::all_of(row.fields.begin(), row.fields.end(), [](const std::string& f) { return trim(f).empty(); });
        if (!blank) records.push_back(std::move(row));
        row = CsvRow{};
        at_record_start = true;
    };

    while (i < n && !failed) {
        if (at_record_start) {
            row.line = line;
            at_record_start = false;
        }
        // One field.
        if (text[i] == '"') {
            const std::size_t open_line = line, open_col = column;
            ++i;
            ++column;
            bool closed = false;
            while (i < n) {
                const char c = text[i];
                if (c == '"') {
                    if (i + 1 < n && text[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        column += 2;
                        continue;
                    }
                    ++i;
                    ++column;
                    closed = true;
                    break;
                }
                field += c;
                ++i;
                if (c == '\n') {
                    ++line;
                    column = 1;
                } else {
                    ++column;
                }
            }
            if (!closed) {
                diagnostics.error(file, open_line, open_col, {}, "unterminated quoted field", field.substr(0, 40));
                failed = true;
                break;
            }
            // Only spaces may follow before the separator or line end.
            while (i < n && (text[i] == ' ' || text[i] == '\t')) {
                ++i;
                ++column;
            }
            if (i < n && text[i] != sep && text[i] != '\n' && text[i] != '\r') {
                diagnostics.error(file, line, column, {}, "text after a closing quote",
                                  std::string(text.substr(i, 20)));
                failed = true;
                break;
            }
        } else {
            while (i < n && text[i] != sep && text[i] != '\n' && text[i] != '\r') {
                if (text[i] == '"') {
                    diagnostics.error(file, line, column, {}, "quote inside an unquoted field",
                                      field + std::string(text.substr(i, 20)));
                    failed = true;
                    break;
                }
                field += text[i];
                ++i;
                ++column;
            }
            if (failed) break;
        }
        if (i >= n) {
            end_record();
            break;
        }
        if (text[i] == sep) {
            row.fields.push_back(std::move(field));
            field.clear();
            ++i;
            ++column;
            if (i >= n) end_record();
            continue;
        }
        // Line end: \n, \r\n or a lone \r.
        if (text[i] == '\r') ++i;
        if (i < n && text[i] == '\n') ++i;
        ++line;
        column = 1;
        end_record();
    }
    if (failed || records.empty()) return table;
    for (auto& h : records.front().fields) table.header.emplace_back(trim(h));
    records.erase(records.begin());
    table.rows = std::move(records);
    return table;
}

std::string csv_field(std::string_view value, char separator) {
    const bool needs_quotes = value.find_first_of(std::string{'"', '\n', '\r', separator}) != std::string_view::npos ||
                              (!value.empty() && (value.front() == ' ' || value.back() == ' '));
    if (!needs_quotes) return std::string(value);
    std::string out = "\"";
    for (char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string csv_line(const std::vector<std::string>& fields, char separator) {
    CsvWriter w(CsvDialect{separator, separator == ';' ? ',' : '.', false, false});
    w.row(fields);
    return w.text();
}

CsvWriter::CsvWriter(CsvDialect dialect) : dialect_(dialect) {
    if (dialect_.byte_order_mark) text_ = "\xEF\xBB\xBF";
}

void CsvWriter::row(const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i) text_ += dialect_.separator;
        text_ += csv_field(fields[i], dialect_.separator);
    }
    text_ += dialect_.crlf ? "\r\n" : "\n";
}

std::string CsvWriter::number(double value, std::optional<int> decimals) const {
    std::string s = decimals ? format_decimal(value, *decimals) : format_number(value);
    if (dialect_.decimal != '.') std::replace(s.begin(), s.end(), '.', dialect_.decimal);
    return s;
}

}  // namespace helixnet
