#include "helixnet/study/dl_io.hpp"

#include <charconv>
#include <filesystem>
#include <map>
#include <optional>
#include <unordered_map>

#include "builder.hpp"
#include "helixnet/util/text.hpp"

namespace helixnet {

namespace {

using detail::Place;

constexpr int dl_wave = 0;

struct Token {
    std::string text;
    std::size_t line = 0;
    bool quoted = false;
};

// Words separated by spaces, commas and line breaks; a word may be quoted
// with " or ' (an unclosed quote runs to the end of the line). In the
// header, `=` is a word of its own.
class Lexer {
public:
    explicit Lexer(std::string_view text) : text_(text) {}

    std::optional<Token> next(bool header) {
        while (pos_ < text_.size() && separator(text_[pos_])) {
            if (text_[pos_] == '\n') ++line_;
            ++pos_;
        }
        if (pos_ >= text_.size()) return std::nullopt;
        Token t;
        t.line = line_;
        const char c = text_[pos_];
        if (c == '"' || c == '\'') {
            std::size_t end = pos_ + 1;
            while (end < text_.size() && text_[end] != c && text_[end] != '\n') ++end;
            t.text = std::string(text_.substr(pos_ + 1, end - pos_ - 1));
            t.quoted = true;
            if ((end >= text_.size() || text_[end] != c) && !unclosed_) unclosed_ = t;
            pos_ = end < text_.size() && text_[end] == c ? end + 1 : end;
            return t;
        }
        if (header && c == '=') {
            ++pos_;
            t.text = "=";
            return t;
        }
        const std::size_t start = pos_;
        while (pos_ < text_.size() && !separator(text_[pos_]) && !(header && text_[pos_] == '=')) ++pos_;
        t.text = std::string(text_.substr(start, pos_ - start));
        return t;
    }

    [[nodiscard]] std::size_t line() const { return line_; }
    // The first quoted word without its closing quote, if any.
    [[nodiscard]] const std::optional<Token>& unclosed() const { return unclosed_; }

private:
    static bool separator(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ',' || c == '\f' || c == '\v';
    }

    std::string_view text_;
    std::size_t pos_ = 0, line_ = 1;
    std::optional<Token> unclosed_;
};

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::optional<std::size_t> count_of(std::string_view text) {
    std::size_t value = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || ptr != text.data() + text.size()) return std::nullopt;
    return value;
}

// One cell of the matrix the data describe: row, column (0-based), value.
struct Cell {
    std::size_t row = 0, column = 0;
    std::string value;
    double weight = 1;
    std::size_t line = 0;
};

}  // namespace

Study read_study_dl(std::string_view text, const std::string& file, Diagnostics& d) {
    using namespace detail;
    text = checked_text(text, file, "a DL file (dl n=...)", d);
    StudyBuilder b(d);
    Study& s = b.study();
    s.name = std::filesystem::path(file).stem().string();
    b.declare_waves({RawWave{"0", dl_wave, {}, Place{file, 0, 0, {}, 0}}});
    const auto fail = [&](std::size_t line, std::string message, std::string value = {}) {
        d.error(file, line, 0, {}, std::move(message), std::move(value));
        throw InvalidInput(d.items());
    };

    // The header, up to `data:`.
    Lexer lex(text);
    auto t = lex.next(true);
    if (!t || lower(t->text) != "dl") fail(t ? t->line : 1, "not a DL file: it must begin with 'dl'", t ? t->text : "");
    std::optional<std::size_t> n;
    std::string format = "fullmatrix";
    bool embedded = false, diagonal = true, data = false;
    std::vector<std::string> labels;
    const std::size_t max_n = 10'000 + text.size();
    while ((t = lex.next(true))) {
        if (t->text == ":" && !t->quoted) continue;  // after `labels embedded`
        const std::string word = t->quoted ? std::string() : lower(t->text);
        const auto colon = [&] {  // `word:` or `word :`
            if (word.ends_with(':')) return true;
            const auto after = lex.next(true);
            if (after && after->text == ":") return true;
            fail(t->line, "expected ':' after '" + t->text + "'", after ? after->text : "");
            return false;
        };
        if (word == "data:" || word == "data") {
            (void)colon();
            data = true;
            break;
        }
        if (word == "labels" || word == "labels:") {
            if (word == "labels") {
                const auto after = lex.next(true);
                const std::string w = after ? lower(after->text) : std::string();
                if (w == "embedded" || w == "embedded:") {
                    embedded = true;
                    continue;
                }
                if (w != ":") fail(t->line, "expected 'labels:' or 'labels embedded'", after ? after->text : "");
            }
            if (!n) fail(t->line, "labels before n=");
            labels.clear();
            for (std::size_t i = 0; i < *n; ++i) {
                const auto label = lex.next(false);
                if (!label) fail(lex.line(), "the file ends in the labels: " + std::to_string(*n) + " expected");
                labels.push_back(label->text);
            }
            continue;
        }
        if (word == "row" || word == "column" || word == "col" || word == "matrix" || word.starts_with("row") ||
            word.starts_with("col") || word.starts_with("matrix"))
            fail(t->line, "only one-mode data with one matrix are read: no row, column or matrix labels", t->text);
        const auto equals = lex.next(true);
        if (!equals || equals->text != "=") fail(t->line, "expected 'keyword = value' in the DL header", t->text);
        const auto value = lex.next(true);
        if (!value) fail(t->line, "the file ends after '" + t->text + " ='");
        const std::string v = lower(value->text);
        if (word == "n") {
            n = count_of(v);
            if (!n) fail(value->line, "n is not a number of actors", value->text);
            if (*n > max_n)
                fail(value->line,
                     "n is more than a file of this size can describe (at most " + std::to_string(max_n) + ")",
                     value->text);
        } else if (word == "nr" || word == "nc") {
            fail(t->line, "two-mode data (nr, nc) are not read", t->text + "=" + value->text);
        } else if (word == "nm") {
            if (v != "1") fail(t->line, "several matrices (nm) are not read", value->text);
        } else if (word == "format" || word == "fm") {
            format = v;
            if (format != "fullmatrix" && format != "edgelist1" && format != "nodelist1")
                fail(value->line, "DL format not read (edgelist1, nodelist1 and fullmatrix are)", value->text);
        } else if (word == "diagonal") {
            if (v != "present" && v != "absent") fail(value->line, "diagonal must be present or absent", value->text);
            diagonal = v == "present";
        } else {
            d.warning(file, t->line, 0, {}, "unknown DL keyword ignored", t->text);
        }
    }
    if (!n) fail(1, "missing n= (the number of actors)");
    if (!data) fail(lex.line(), "missing 'data:'");
    if (!embedded && labels.empty())
        for (std::size_t i = 1; i <= *n; ++i) labels.push_back(std::to_string(i));

    std::vector<Token> tokens;
    while (auto token = lex.next(false)) tokens.push_back(std::move(*token));
    if (const auto& u = lex.unclosed()) d.error(file, u->line, 0, {}, "a label without its closing quote", u->text);
    // Where the data end, for messages about what is missing.
    const std::size_t last_line = tokens.empty() ? lex.line() : tokens.back().line;

    // Actors by label: the labels given, or as embedded labels first appear.
    std::unordered_map<std::string, std::size_t> index;
    const bool fixed = !labels.empty();
    for (std::size_t i = 0; i < labels.size(); ++i) index.emplace(labels[i], i);
    const auto actor = [&](const Token& tok) -> std::optional<std::size_t> {
        if (!embedded) {
            const auto v = count_of(tok.text);
            if (v && *v >= 1 && *v <= *n) return *v - 1;
            d.error(file, tok.line, 0, {}, "not an actor number 1.." + std::to_string(*n), tok.text);
            return std::nullopt;
        }
        if (const auto it = index.find(tok.text); it != index.end()) return it->second;
        if (fixed || labels.size() >= *n) {
            d.error(file, tok.line, 0, {},
                    fixed ? "not one of the labels" : "more than n=" + std::to_string(*n) + " labels", tok.text);
            return std::nullopt;
        }
        index.emplace(tok.text, labels.size());
        labels.push_back(tok.text);
        return labels.size() - 1;
    };

    std::vector<Cell> cells;
    std::size_t diagonal_values = 0;
    if (format == "fullmatrix") {
        std::size_t k = 0;
        const auto take = [&]() -> const Token* { return k < tokens.size() ? &tokens[k++] : nullptr; };
        if (embedded) {
            // The column labels name the actors, in order.
            labels.clear();
            index.clear();
            for (std::size_t j = 0; j < *n; ++j) {
                const Token* label = take();
                if (!label) fail(last_line, "the file ends in the column labels: " + std::to_string(*n) + " expected");
                if (!index.emplace(label->text, j).second) fail(label->line, "column label given twice", label->text);
                labels.push_back(label->text);
            }
        }
        const std::size_t per_row = diagonal ? *n : *n - (*n > 0);
        for (std::size_t i = 0; i < *n; ++i) {
            if (embedded) {
                const Token* label = take();
                if (!label) fail(last_line, "the matrix ends before row " + std::to_string(i + 1));
                if (label->text != labels[i])
                    d.error(file, label->line, 0, {}, "row label differs from column " + std::to_string(i + 1),
                            label->text + " / " + labels[i]);
            }
            for (std::size_t j = 0, read = 0; read < per_row; ++j) {
                if (!diagonal && j == i) continue;
                ++read;
                const Token* cell = take();
                if (!cell)
                    fail(last_line, "the matrix ends in row " + std::to_string(i + 1) + ": " + std::to_string(*n) +
                                        " rows of " + std::to_string(per_row) + " values expected");
                const auto w = parse_number(cell->text);
                if (!w) {
                    d.error(file, cell->line, 0, {}, "matrix value is not a number", cell->text);
                    continue;
                }
                if (*w == 0) continue;
                if (i == j) {
                    ++diagonal_values;
                    continue;
                }
                cells.push_back({i, j, cell->text, *w, cell->line});
            }
        }
        if (k < tokens.size())
            d.error(file, tokens[k].line, 0, {}, "more values than " + std::to_string(*n) + " rows hold",
                    tokens[k].text);
    } else {
        // A line is `from to [value]` (edgelist1) or `from to to ...` (nodelist1).
        const bool edges = format == "edgelist1";
        for (std::size_t k = 0; k < tokens.size();) {
            std::size_t end = k;
            while (end < tokens.size() && tokens[end].line == tokens[k].line) ++end;
            const std::size_t count = end - k;
            if (count < 2 || (edges && count > 3)) {
                d.error(file, tokens[k].line, 0, {},
                        edges ? "expected 'from to [value]'" : "expected 'actor neighbour ...'", tokens[k].text);
                k = end;
                continue;
            }
            const auto from = actor(tokens[k]);
            for (std::size_t m = k + 1; m < (edges ? k + 2 : end); ++m) {
                const auto to = actor(tokens[m]);
                if (!from || !to) continue;
                Cell c{*from, *to, edges && count == 3 ? tokens[k + 2].text : std::string(), 1, tokens[k].line};
                if (!c.value.empty()) {
                    const auto w = parse_number(c.value);
                    c.weight = w.value_or(0);  // not a number: the builder reports it
                }
                cells.push_back(std::move(c));
            }
            k = end;
        }
    }
    if (embedded && labels.size() < *n)
        d.warning(file, 0, 0, {}, "n=" + std::to_string(*n) + " but the data name " + std::to_string(labels.size()),
                  std::to_string(labels.size()));
    if (diagonal_values > 0)
        d.warning(file, 0, 0, {}, "values on the diagonal ignored (a tie needs two actors)",
                  std::to_string(diagonal_values));

    for (std::size_t i = 0; i < labels.size(); ++i) {
        RawActor a;
        a.id = labels[i];
        a.parsed_waves = std::vector<int>{};
        a.place = Place{file, 0, 0, {}, static_cast<std::uint32_t>(i + 1)};
        b.add_actor(std::move(a));
    }
    // A pair whose two cells are equal is one tie (symmetric data); other
    // cells are ties of their own, which the builder merges (summed).
    std::map<std::pair<std::size_t, std::size_t>, double> first;
    std::size_t asymmetric = 0;
    for (const Cell& c : cells) {
        const auto mirror = first.find({c.column, c.row});
        const bool seen = first.count({c.row, c.column}) > 0;
        first.emplace(std::pair(c.row, c.column), c.weight);
        if (mirror != first.end() && !seen && c.row != c.column) {
            if (mirror->second == c.weight) continue;
            if (++asymmetric == 1)
                d.warning(file, c.line, 0, {},
                          "the data are not symmetric: " + labels[c.row] + " - " + labels[c.column] +
                              " differs from its mirror; both are read as ties of the pair (summed)",
                          c.value.empty() ? "1" : c.value);
        }
        RawTie tie;
        tie.place = Place{file, c.line, 0, {}, static_cast<std::uint32_t>(c.line)};
        tie.source = labels[c.row];
        tie.target = labels[c.column];
        tie.wave = "0";
        tie.parsed_wave = dl_wave;
        tie.weight = c.value;
        if (!c.value.empty()) tie.parsed_weight = parse_number(c.value);
        b.add_tie(tie);
    }
    return b.finish();
}

namespace {

// A label as DL writes it: bare when it is one plain word, else quoted.
std::string dl_label(const std::string& id) {
    if (id.find_first_of("\r\n") != std::string::npos ||
        (id.find('"') != std::string::npos && id.find('\'') != std::string::npos))
        throw Failure("the actor id '" + id + "' holds a line break or both kinds of quote, which a DL label cannot");
    const bool plain = !id.empty() && id.find_first_of(" \t,=:\"'") == std::string::npos;
    if (plain) return id;
    const char quote = id.find('"') == std::string::npos ? '"' : '\'';
    return quote + id + quote;
}

}  // namespace

std::string write_study_dl(const Study& s, int wave) {
    std::vector<std::uint32_t> in_wave;
    std::map<std::uint32_t, std::size_t> number;
    for (std::uint32_t a = 0; a < s.actors.size(); ++a)
        if (s.actor_in_wave(a, wave)) {
            in_wave.push_back(a);
            number[a] = in_wave.size();
        }
    std::string out = "dl n=" + std::to_string(in_wave.size()) + " format=edgelist1\nlabels:\n";
    for (const std::uint32_t a : in_wave) out += dl_label(s.actors[a].id) + "\n";
    out += "data:\n";
    for (const Tie& t : s.ties)
        if (t.wave == wave)
            out += std::to_string(number.at(t.source)) + " " + std::to_string(number.at(t.target)) + " " +
                   format_number(t.weight) + "\n";
    return out;
}

}  // namespace helixnet
