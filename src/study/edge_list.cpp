#include "helixnet/study/edge_list.hpp"

#include <algorithm>

#include "builder.hpp"
#include "helixnet/study/csv.hpp"
#include "helixnet/util/text.hpp"

namespace helixnet {

namespace {

constexpr int edge_list_wave = 0;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }

}  // namespace

Study read_edge_list(const std::filesystem::path& path, const std::filesystem::path& attributes_csv, Diagnostics& d) {
    using namespace detail;
    const std::string file = path.string();
    const std::string text = read_text_file(file);
    StudyBuilder b(d);
    Study& s = b.study();
    s.name = path.stem().string();
    b.declare_waves({RawWave{"0", edge_list_wave, "edge list", Place{file, 0, 0, {}, 0}}});
    if (const auto bad = find_invalid_utf8(text)) {
        const TextPosition p = position_of(text, *bad);
        d.error(file, p.line, p.column, {}, "invalid UTF-8");
        throw InvalidInput(d.items());
    }
    if (text.find('\0') != std::string::npos) {
        const TextPosition p = position_of(text, text.find('\0'));
        d.error(file, p.line, p.column, {}, "NUL byte in text (binary file?)");
        throw InvalidInput(d.items());
    }

    // One pass: each line adds the actors it names for the first time, then
    // its tie. One RawTie is reused, so its strings keep their storage, and
    // an id equal to the previous line's in the same column (edge lists are
    // often sorted) keeps its index without a lookup.
    s.ties.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
    RawTie tie;
    tie.place.file = file;
    tie.wave = "0";
    tie.parsed_wave = edge_list_wave;
    std::size_t pos = 0;
    std::uint32_t line = 0;
    std::size_t errors = 0;
    while (pos < text.size()) {
        ++line;
        std::size_t end = text.find('\n', pos);
        if (end == std::string::npos) end = text.size();
        std::string_view l(text.data() + pos, end - pos);
        pos = end + 1;
        if (const auto hash = l.find('#'); hash != std::string_view::npos) l = l.substr(0, hash);
        std::string_view tokens[4];
        std::size_t count = 0, i = 0;
        while (i < l.size()) {
            while (i < l.size() && is_space(l[i])) ++i;
            if (i >= l.size()) break;
            const std::size_t start = i;
            while (i < l.size() && !is_space(l[i])) ++i;
            if (count < 4) tokens[count] = l.substr(start, i - start);
            ++count;
        }
        if (count == 0) continue;
        if (count < 2 || count > 3) {
            if (++errors <= 100) d.error(file, line, 1, {}, "expected 'u v [weight]'", std::string(trim(l)));
            continue;
        }
        const auto index_of = [&](std::string_view id) {
            if (const auto known = s.actor_index(id)) return known;
            RawActor a;
            a.id = std::string(id);
            a.parsed_waves = std::vector<int>{};
            a.place = Place{file, line, 0, {}, 0};
            b.add_actor(std::move(a));
            return s.actor_index(id);  // none if the builder rejected the id
        };
        tie.source_index = tokens[0] == tie.source ? tie.source_index : index_of(tokens[0]);
        tie.target_index = tokens[1] == tie.target ? tie.target_index : index_of(tokens[1]);
        tie.place.line = line;
        tie.place.index = line;
        tie.source.assign(tokens[0]);
        tie.target.assign(tokens[1]);
        tie.weight.assign(count == 3 ? tokens[2] : std::string_view());
        tie.parsed_weight = count == 3 ? parse_number(tokens[2]) : std::nullopt;
        b.add_tie(tie);
    }
    if (!attributes_csv.empty()) {
        const std::string afile = attributes_csv.string();
        const CsvTable table = parse_csv(read_text_file(afile), afile, d);
        const auto id_col = table.column("id");
        if (!id_col && !table.header.empty()) d.error(afile, 1, 1, {}, "missing column 'id'", table.header[0]);
        for (std::size_t r = 0; id_col && r < table.rows.size(); ++r) {
            const auto& row = table.rows[r];
            if (*id_col >= row.fields.size()) continue;
            const std::string id(trim(row.fields[*id_col]));  // as the builder keeps it
            RawActor a;
            a.place = Place{afile, row.line, 0, {}, static_cast<std::uint32_t>(r + 1)};
            for (std::size_t c = 0; c < table.header.size() && c < row.fields.size(); ++c) {
                const std::string& h = table.header[c];
                if (c == *id_col || h.empty()) continue;
                if (h == "name")
                    a.name = row.fields[c];
                else
                    a.attributes[h] = row.fields[c];
            }
            if (const auto idx = s.actor_index(id)) {
                b.describe_actor(*idx, std::move(a.name), std::move(a.attributes), a.place);
            } else {
                a.id = id;
                a.parsed_waves = std::vector<int>{};
                b.add_actor(std::move(a));
            }
        }
    }
    return b.finish();
}

std::string write_edge_list(const Study& s, int wave) {
    std::string out = "# " + s.name + ", wave " + std::to_string(wave) + ": source target weight\n";
    for (const auto& t : s.ties) {
        if (t.wave != wave) continue;
        out += s.actors[t.source].id + ' ' + s.actors[t.target].id + ' ' + format_number(t.weight) + '\n';
    }
    return out;
}

}  // namespace helixnet
