#include "helixnet/study/pajek_io.hpp"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <map>
#include <optional>
#include <set>

#include "builder.hpp"
#include "helixnet/util/text.hpp"

namespace helixnet {

namespace {

using detail::Place;

constexpr int pajek_wave = 0;
constexpr std::size_t max_parse_errors = 100;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// The words of a line: runs of non-space characters, or a double-quoted
// label (without its quotes). An unclosed quote runs to the end of the line
// and is handed back in `unclosed`.
std::vector<std::string_view> words(std::string_view line, std::string_view* unclosed = nullptr) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && is_space(line[i])) ++i;
        if (i >= line.size()) break;
        if (line[i] == '"') {
            const std::size_t end = line.find('"', i + 1);
            const std::size_t stop = end == std::string_view::npos ? line.size() : end;
            if (end == std::string_view::npos && unclosed) *unclosed = line.substr(i);
            out.push_back(line.substr(i + 1, stop - i - 1));
            i = stop + 1;
            continue;
        }
        const std::size_t start = i;
        while (i < line.size() && !is_space(line[i])) ++i;
        out.push_back(line.substr(start, i - start));
    }
    return out;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// A whole unsigned decimal number.
std::optional<std::size_t> count_of(std::string_view text) {
    std::size_t value = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || ptr != text.data() + text.size()) return std::nullopt;
    return value;
}

enum class Section { none, vertices, lines, lists };

}  // namespace

Study read_study_pajek(std::string_view text, const std::string& file, Diagnostics& d) {
    using namespace detail;
    text = checked_text(text, file, "a Pajek network (*Vertices n)", d);
    StudyBuilder b(d);
    Study& s = b.study();
    s.name = std::filesystem::path(file).stem().string();
    b.declare_waves({RawWave{"0", pajek_wave, {}, Place{file, 0, 0, {}, 0}}});

    const std::size_t max_vertices = 10'000 + text.size();
    std::optional<std::size_t> vertices;   // n of *Vertices
    std::vector<std::string> labels;       // by vertex number - 1
    std::vector<std::size_t> label_lines;  // where each was given (0: not given)
    std::vector<RawTie> ties;
    std::vector<std::pair<std::size_t, std::size_t>> ends;  // vertex numbers of each tie
    Section section = Section::none;
    bool arcs = false, warned_arcs = false;
    std::size_t errors = 0;
    const auto parse_error = [&](std::size_t line, std::string message, std::string value = {}) {
        if (++errors <= max_parse_errors) d.error(file, line, 0, {}, std::move(message), std::move(value));
    };
    // A vertex number of the file, 1..n.
    const auto vertex = [&](std::string_view word, std::size_t line) -> std::optional<std::size_t> {
        const auto v = count_of(word);
        if (!v || *v < 1 || *v > *vertices) {
            parse_error(line, "not a vertex number 1.." + std::to_string(*vertices), std::string(word));
            return std::nullopt;
        }
        return *v;
    };
    const auto add_tie = [&](std::size_t u, std::size_t v, std::string_view weight, std::size_t line) {
        RawTie t;
        t.place = Place{file, line, 0, {}, static_cast<std::uint32_t>(line)};
        t.wave = "0";
        t.parsed_wave = pajek_wave;
        t.weight = std::string(weight);
        if (!weight.empty()) t.parsed_weight = parse_number(weight);
        ties.push_back(std::move(t));
        ends.emplace_back(u, v);
    };

    std::size_t pos = 0, line = 0;
    while (pos < text.size()) {
        ++line;
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view l = trim(text.substr(pos, end - pos));
        pos = end + 1;
        if (l.empty() || l.front() == '%') continue;
        if (l.front() == '*') {
            const std::vector<std::string_view> w = words(l);
            const std::string keyword = lower(w[0]);
            if (keyword == "*network") {
                const std::string_view name = trim(l.substr(w[0].size()));
                if (!name.empty()) s.name = std::string(name);
                continue;
            }
            if (keyword == "*vertices") {
                if (vertices) {
                    d.error(file, line, 0, {}, "a second *Vertices section", std::string(l));
                    throw InvalidInput(d.items());
                }
                const auto n = w.size() > 1 ? count_of(w[1]) : std::nullopt;
                if (!n) {
                    d.error(file, line, 0, {}, "*Vertices needs the number of vertices", std::string(l));
                    throw InvalidInput(d.items());
                }
                if (*n > max_vertices) {
                    d.error(file, line, 0, {},
                            "more vertices than a file of this size can describe (at most " +
                                std::to_string(max_vertices) + ")",
                            std::string(w[1]));
                    throw InvalidInput(d.items());
                }
                if (w.size() > 2)
                    d.warning(file, line, 0, {}, "a two-mode network (*Vertices n n1) is read as one network",
                              std::string(l));
                vertices = *n;
                labels.assign(*n, {});
                label_lines.assign(*n, 0);
                section = Section::vertices;
                continue;
            }
            const bool lines = keyword == "*edges" || keyword == "*arcs";
            const bool lists = keyword == "*edgeslist" || keyword == "*arcslist";
            if (lines || lists) {
                if (!vertices) {
                    d.error(file, line, 0, {}, std::string(w[0]) + " before *Vertices", std::string(l));
                    throw InvalidInput(d.items());
                }
                section = lines ? Section::lines : Section::lists;
                arcs = keyword.starts_with("*arcs");
                if (arcs && !warned_arcs) {
                    warned_arcs = true;
                    d.warning(file, line, 0, {}, "directed arcs are read as undirected ties", std::string(w[0]));
                }
                continue;
            }
            // Not read: what follows is not parsed, what came before still is.
            d.error(file, line, 0, {},
                    keyword == "*matrix" ? "adjacency matrices (*Matrix) are not read: use *Edges or *Arcs"
                                         : "unknown Pajek section",
                    std::string(w[0]));
            break;
        }
        std::string_view unclosed;
        const std::vector<std::string_view> w = words(l, &unclosed);
        if (w.empty()) continue;
        if (!unclosed.empty()) parse_error(line, "a label without its closing quote", std::string(unclosed));
        switch (section) {
            case Section::none:
                parse_error(line, "expected *Vertices before the data", std::string(l));
                break;
            case Section::vertices: {
                const auto v = vertex(w[0], line);
                if (!v) break;
                if (label_lines[*v - 1] != 0) {
                    parse_error(line,
                                "vertex " + std::to_string(*v) + " is given twice (first on line " +
                                    std::to_string(label_lines[*v - 1]) + ")",
                                std::string(l));
                    break;
                }
                label_lines[*v - 1] = line;
                if (w.size() > 1) labels[*v - 1] = std::string(w[1]);
                break;
            }
            case Section::lines: {
                if (w.size() < 2) {
                    parse_error(line, "expected 'from to [weight]'", std::string(l));
                    break;
                }
                const auto u = vertex(w[0], line), v = vertex(w[1], line);
                std::string_view weight;
                // A third word is the weight, unless it names a drawing parameter (`c Blue`, `l "x"`).
                if (w.size() > 2 && !std::isalpha(static_cast<unsigned char>(w[2].empty() ? 'x' : w[2][0])))
                    weight = w[2];
                if (u && v) add_tie(*u, *v, weight, line);
                break;
            }
            case Section::lists: {
                const auto u = vertex(w[0], line);
                for (std::size_t i = 1; i < w.size(); ++i)
                    if (const auto v = vertex(w[i], line); u && v) add_tie(*u, *v, {}, line);
                break;
            }
        }
    }
    if (!vertices) {
        d.error(file, 0, 0, {}, "no *Vertices section: not a Pajek network");
        throw InvalidInput(d.items());
    }
    if (errors > max_parse_errors)
        d.error(file, 0, 0, {}, std::to_string(errors - max_parse_errors) + " more lines are not understood");

    for (std::size_t i = 0; i < labels.size(); ++i) {
        RawActor a;
        a.id = labels[i].empty() ? std::to_string(i + 1) : labels[i];
        a.parsed_waves = std::vector<int>{};
        a.place = Place{file, label_lines[i], 0, {}, static_cast<std::uint32_t>(i + 1)};
        b.add_actor(std::move(a));
    }
    const auto id_of = [&](std::size_t v) { return labels[v - 1].empty() ? std::to_string(v) : labels[v - 1]; };
    for (std::size_t i = 0; i < ties.size(); ++i) {
        ties[i].source = id_of(ends[i].first);
        ties[i].target = id_of(ends[i].second);
        b.add_tie(ties[i]);
    }
    return b.finish();
}

namespace {

// A label between double quotes; Pajek has no escape for a quote or a line break.
std::string label(const std::string& id) {
    if (id.find_first_of("\"\r\n") != std::string::npos)
        throw Failure("the actor id '" + id + "' holds a double quote or a line break, which a Pajek label cannot");
    return "\"" + id + "\"";
}

// One line of text for a comment or the *Network line.
std::string one_line(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c == '\r' || c == '\n') c = ' ';
    return out;
}

// The attribute name as part of a file name: letters, digits, - and _.
std::string file_part(std::string_view name) {
    std::string out;
    for (const char c : name) out += std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' ? c : '_';
    return out.empty() ? std::string("attribute") : out;
}

}  // namespace

PajekFiles write_study_pajek(const Study& s, int wave) {
    std::vector<std::uint32_t> in_wave;
    std::map<std::uint32_t, std::size_t> number;  // actor -> vertex number
    for (std::uint32_t a = 0; a < s.actors.size(); ++a)
        if (s.actor_in_wave(a, wave)) {
            in_wave.push_back(a);
            number[a] = in_wave.size();
        }
    PajekFiles out;
    std::string& net = out.network;
    if (!s.name.empty()) net = "*Network " + one_line(s.name) + "\n";
    net += "*Vertices " + std::to_string(in_wave.size()) + "\n";
    for (std::size_t i = 0; i < in_wave.size(); ++i)
        net += std::to_string(i + 1) + " " + label(s.actors[in_wave[i]].id) + "\n";
    net += "*Edges\n";
    for (const Tie& t : s.ties)
        if (t.wave == wave)
            net += std::to_string(number.at(t.source)) + " " + std::to_string(number.at(t.target)) + " " +
                   format_number(t.weight) + "\n";

    std::set<std::string> suffixes;
    for (const std::string& attribute : s.attribute_names) {
        // Classes: 0 unknown, then declared values, then values as actors first use them.
        std::vector<std::string> values;
        if (const AttributeInfo* info = s.attribute_info(attribute))
            for (const auto& [value, meta] : info->values) values.push_back(value);
        for (const Actor& a : s.actors)
            if (const std::string* v = a.attribute(attribute);
                v && std::find(values.begin(), values.end(), *v) == values.end())
                values.push_back(*v);
        PajekPartition p;
        p.attribute = attribute;
        p.suffix = file_part(attribute);
        for (int k = 2; !suffixes.insert(p.suffix).second; ++k)
            p.suffix = file_part(attribute) + "_" + std::to_string(k);
        p.text = "% " + one_line(s.name) + ", wave " + std::to_string(wave) + ": " + one_line(attribute) +
                 "\n% 0 = unknown\n";
        for (std::size_t k = 0; k < values.size(); ++k)
            p.text += "% " + std::to_string(k + 1) + " = " + one_line(values[k]) + "\n";
        p.text += "*Vertices " + std::to_string(in_wave.size()) + "\n";
        for (const std::uint32_t a : in_wave) {
            const std::string* v = s.actors[a].attribute(attribute);
            const auto at = v ? std::find(values.begin(), values.end(), *v) : values.end();
            p.text += std::to_string(at == values.end() ? 0 : at - values.begin() + 1) + "\n";
        }
        out.partitions.push_back(std::move(p));
    }
    return out;
}

}  // namespace helixnet
