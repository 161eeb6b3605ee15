#include "helixnet/study/csv_io.hpp"

#include <algorithm>
#include <system_error>

#include "builder.hpp"
#include "helixnet/study/csv.hpp"
#include "helixnet/study/json_io.hpp"
#include "helixnet/study/load.hpp"
#include "helixnet/util/atomic_file.hpp"
#include "helixnet/util/text.hpp"

namespace helixnet {

namespace {

using detail::Place;

struct Sheet {
    std::string file;
    CsvTable table;
    bool present = false;
};

Sheet read_sheet(const std::filesystem::path& folder, const char* name, Diagnostics& d) {
    Sheet s;
    const auto path = folder / name;
    s.file = path.string();
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) return s;
    s.present = true;
    s.table = parse_csv(read_text_file(s.file), s.file, d);
    return s;
}

Place place_of(const Sheet& s, const CsvRow& row, std::size_t index) {
    Place p;
    p.file = s.file;
    p.line = row.line;
    p.index = static_cast<std::uint32_t>(index);
    return p;
}

// The value of column `name` in `row`, or empty.
std::string field(const Sheet& s, const CsvRow& row, std::string_view name) {
    const auto c = s.table.column(name);
    if (!c || *c >= row.fields.size()) return {};
    return row.fields[*c];
}

bool row_fits(const Sheet& s, const CsvRow& row, detail::StudyBuilder& b, std::size_t index) {
    if (row.fields.size() <= s.table.header.size()) return true;
    b.error(place_of(s, row, index),
            "record has " + std::to_string(row.fields.size()) + " fields but the header names " +
                std::to_string(s.table.header.size()),
            row.fields.back(),
            s.table.separator == ';'
                ? "put a value holding ';' in double quotes; list waves with spaces or commas (2022 2024)"
                : "put a value holding ',' in double quotes");
    return false;
}

// The header cells of a sheet that name none of `known` columns, each with
// the known column it is a near miss of (a typo), if any.
std::vector<std::pair<std::string, std::string>> unknown_columns(const Sheet& s,
                                                                 const std::vector<std::string_view>& known) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& h : s.table.header)
        if (!h.empty() && std::find(known.begin(), known.end(), h) == known.end())
            out.emplace_back(h, nearest_spelling(h, known).value_or(std::string()));
    return out;
}

// Reports a required column the header lacks, naming the header cell that
// is a near miss of it. Returns whether the column is there.
bool require_column(const Sheet& s, const char* column, const std::vector<std::string_view>& known,
                    detail::StudyBuilder& b) {
    if (!s.present || s.table.header.empty() || s.table.column(column)) return true;
    Place p;
    p.file = s.file;
    p.line = 1;
    std::string hint;
    for (const auto& [cell, near] : unknown_columns(s, known))
        if (near == column) hint = "is '" + cell + "' meant to be '" + column + "'?";
    b.error(p, std::string("missing column '") + column + "'", {}, hint);
    return false;
}

// Warns of each column the reader ignores, with the known column it may be
// meant as. (Called when the required columns are there: a near miss of a
// missing one is named in that column's error.)
void warn_unknown_columns(const Sheet& s, const std::vector<std::string_view>& known, detail::StudyBuilder& b) {
    for (const auto& [cell, near] : unknown_columns(s, known)) {
        Place p;
        p.file = s.file;
        p.line = 1;
        b.warning(p, "unknown column ignored", cell, near.empty() ? "" : "did you mean '" + near + "'?");
    }
}

}  // namespace

Study read_study_folder(const std::filesystem::path& folder, Diagnostics& d) {
    using namespace detail;
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec)) {
        if (std::filesystem::exists(folder, ec))
            throw InvalidInput(folder.string(), "not a study: helixnet reads files ending in " + study_endings_text() +
                                                    ", and CSV study folders");
        throw InvalidInput(folder.string(), "no such file or folder");
    }
    StudyBuilder b(d);
    const auto header_path = folder / "study.json";
    if (std::filesystem::is_regular_file(header_path, ec)) {
        (void)read_json_header(read_text_file(header_path.string()), header_path.string(), b, false);
    }
    if (b.study().name.empty())
        b.study().name =
            folder.filename().empty() ? folder.parent_path().filename().string() : folder.filename().string();

    const Sheet initiatives = read_sheet(folder, "initiatives.csv", d);
    (void)require_column(initiatives, "id", {"id", "name"}, b);
    for (std::size_t i = 0; i < initiatives.table.rows.size(); ++i) {
        const auto& row = initiatives.table.rows[i];
        if (!row_fits(initiatives, row, b, i + 1)) continue;
        std::map<std::string, std::string> attrs;
        for (std::size_t c = 0; c < initiatives.table.header.size() && c < row.fields.size(); ++c) {
            const auto& h = initiatives.table.header[c];
            if (h != "id" && h != "name" && !row.fields[c].empty()) attrs[h] = row.fields[c];
        }
        b.add_initiative(field(initiatives, row, "id"), field(initiatives, row, "name"), std::move(attrs),
                         place_of(initiatives, row, i + 1));
    }

    const Sheet actors = read_sheet(folder, "actors.csv", d);
    if (!actors.present) {
        Place p;
        p.file = actors.file;
        b.error(p, "missing actors.csv (a CSV study folder needs at least actors.csv)");
    }
    static const std::vector<std::string_view> actor_columns = {"id", "name", "waves", "note"};
    if (!actors.present || !require_column(actors, "id", actor_columns, b) || actors.table.header.empty())
        b.part_unreadable(StudyPart::actors);
    if (actors.table.column("id")) {
        // Every other column is an attribute; one a letter away from a known
        // column is probably that column misspelt.
        for (const auto& h : actors.table.header)
            if (const auto near = nearest_spelling(h, actor_columns, 1); near && !actors.table.column(*near)) {
                Place p;
                p.file = actors.file;
                p.line = 1;
                b.warning(p, "column read as an actor attribute", h, "did you mean '" + *near + "'?");
            }
        for (std::size_t i = 0; i < actors.table.rows.size(); ++i) {
            const auto& row = actors.table.rows[i];
            if (!row_fits(actors, row, b, i + 1)) continue;
            RawActor raw;
            raw.place = place_of(actors, row, i + 1);
            for (std::size_t c = 0; c < actors.table.header.size(); ++c) {
                const auto& h = actors.table.header[c];
                const std::string v = c < row.fields.size() ? row.fields[c] : std::string();
                if (h == "id")
                    raw.id = v;
                else if (h == "name")
                    raw.name = v;
                else if (h == "note")
                    raw.note = v;
                else if (h == "waves")
                    raw.waves = v;
                else if (!h.empty())
                    raw.attributes[h] = v;
            }
            raw.parsed_waves = parse_year_list(raw.waves);
            b.add_actor(std::move(raw));
        }
    }

    const Sheet ties = read_sheet(folder, "ties.csv", d);
    static const std::vector<std::string_view> tie_columns = {
        "source", "target", "wave", "weight", "kind", "initiative", "evidence", "source_ref", "confidence"};
    bool tie_header = true;
    for (const char* c : {"source", "target", "wave"})
        tie_header = require_column(ties, c, tie_columns, b) && tie_header;
    if (!tie_header) b.part_unreadable(StudyPart::ties);
    if (tie_header) warn_unknown_columns(ties, tie_columns, b);
    if (ties.table.column("source") && ties.table.column("target") && ties.table.column("wave")) {
        for (std::size_t i = 0; i < ties.table.rows.size(); ++i) {
            const auto& row = ties.table.rows[i];
            if (!row_fits(ties, row, b, i + 1)) continue;
            RawTie raw;
            raw.place = place_of(ties, row, i + 1);
            raw.source = field(ties, row, "source");
            raw.target = field(ties, row, "target");
            raw.wave = field(ties, row, "wave");
            raw.parsed_wave = parse_int(raw.wave);
            raw.weight = std::string(trim(field(ties, row, "weight")));
            if (!raw.weight.empty()) raw.parsed_weight = parse_csv_number(raw.weight, ties.table.separator);
            raw.kind = field(ties, row, "kind");
            raw.initiative = field(ties, row, "initiative");
            raw.evidence = field(ties, row, "evidence");
            raw.source_ref = field(ties, row, "source_ref");
            raw.confidence = std::string(trim(field(ties, row, "confidence")));
            b.add_tie(raw);
        }
    }

    const Sheet members = read_sheet(folder, "memberships.csv", d);
    static const std::vector<std::string_view> member_columns = {"initiative", "actor",    "waves",
                                                                 "confidence", "evidence", "source_ref"};
    bool member_header = true;
    for (const char* c : {"initiative", "actor"})
        member_header = require_column(members, c, member_columns, b) && member_header;
    if (!member_header) b.part_unreadable(StudyPart::memberships);
    if (members.present && member_header) warn_unknown_columns(members, member_columns, b);
    if (members.table.column("initiative") && members.table.column("actor")) {
        for (std::size_t i = 0; i < members.table.rows.size(); ++i) {
            const auto& row = members.table.rows[i];
            if (!row_fits(members, row, b, i + 1)) continue;
            RawMembership raw;
            raw.place = place_of(members, row, i + 1);
            raw.initiative = field(members, row, "initiative");
            raw.actor = field(members, row, "actor");
            raw.waves = field(members, row, "waves");
            raw.parsed_waves = parse_year_list(raw.waves);
            raw.confidence = std::string(trim(field(members, row, "confidence")));
            raw.evidence = field(members, row, "evidence");
            raw.source_ref = field(members, row, "source_ref");
            b.add_membership(raw);
        }
    }
    return b.finish();
}

void write_study_folder(const Study& s, const std::filesystem::path& folder, const CsvDialect& dialect) {
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec) throw Failure("cannot create folder '" + folder.string() + "': " + ec.message());

    bool has_note = false;
    for (const auto& a : s.actors) has_note = has_note || !a.note.empty();
    std::vector<std::string> header = {"id", "name"};
    header.insert(header.end(), s.attribute_names.begin(), s.attribute_names.end());
    header.push_back("waves");
    if (has_note) header.push_back("note");
    CsvWriter actors(dialect);
    actors.row(header);
    for (const auto& a : s.actors) {
        std::vector<std::string> row = {a.id, a.name};
        for (const auto& k : s.attribute_names) {
            const auto* v = a.attribute(k);
            row.push_back(v ? *v : std::string());
        }
        row.push_back(format_year_list(a.waves));
        if (has_note) row.push_back(a.note);
        actors.row(row);
    }

    CsvWriter ties(dialect);
    ties.row({"source", "target", "wave", "weight", "kind", "initiative", "evidence", "source_ref", "confidence"});
    for (const auto& t : s.ties)
        ties.row({s.actors[t.source].id, s.actors[t.target].id, std::to_string(t.wave), ties.number(t.weight), t.kind,
                  t.initiative, t.evidence, t.source_ref,
                  t.confidence ? std::string(to_string(*t.confidence)) : std::string()});

    CsvWriter members(dialect);
    members.row({"initiative", "actor", "waves", "confidence", "evidence", "source_ref"});
    bool any_member = false;
    for (const auto& init : s.initiatives)
        for (const auto& m : init.members) {
            any_member = true;
            members.row({init.id, s.actors[m.actor].id, format_year_list(m.waves),
                         m.confidence ? std::string(to_string(*m.confidence)) : std::string(), m.evidence,
                         m.source_ref});
        }

    write_file_atomically(folder / "study.json", write_study_header_json(s));
    write_file_atomically(folder / "actors.csv", actors.text());
    write_file_atomically(folder / "ties.csv", ties.text());
    if (any_member)
        write_file_atomically(folder / "memberships.csv", members.text());
    else
        std::filesystem::remove(folder / "memberships.csv", ec);
}

std::optional<CsvDialect> study_folder_dialect(const std::filesystem::path& folder) {
    std::error_code ec;
    const auto actors = folder / "actors.csv";
    if (!std::filesystem::is_regular_file(actors, ec)) return std::nullopt;
    return csv_dialect_of(read_text_file(actors.string()));
}

}  // namespace helixnet
