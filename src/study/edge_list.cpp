#include "helixnet/study/edge_list.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>

#include "builder.hpp"
#include "helixnet/study/csv.hpp"
#include "helixnet/util/text.hpp"

namespace helixnet {

namespace {

constexpr int edge_list_wave = 0;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// Actor ids in order of first appearance, found again through an
// open-addressing table of their indices (linear probing, at most half
// full): one array lookup and one comparison in the common case, where a
// node-based map chases pointers. An id written as a decimal number below
// `number_bound` (digits only, no leading zero: "7" but not "07" or "+7"),
// the usual id of a large edge list, is found by its value instead, in an
// array of 4 bytes per value up to twice the largest seen: no hashing and one
// memory access into an array that stays in cache. An id always goes the same
// way, so the two never hold the same id. `Key` is std::string_view when the
// ids stay in a text that outlives the table, else std::string.
template <class Key>
class IdTable {
public:
    explicit IdTable(std::uint64_t number_bound) : number_bound_(number_bound) {}
    // The index of `id`, and whether it is new (then added).
    std::pair<std::uint32_t, bool> insert(std::string_view id) {
        if (const auto value = number(id)) {
            if (*value >= by_number_.size())
                by_number_.resize(std::min(number_bound_, std::max<std::uint64_t>(*value + 1, 2 * by_number_.size())),
                                  empty);
            std::uint32_t& index = by_number_[*value];
            if (index != empty) return {index, false};
            index = add(id);
            return {index, true};
        }
        if (2 * (hashed_ + 1) > slots_.size()) grow();
        for (std::size_t slot = std::hash<std::string_view>{}(id) & (slots_.size() - 1);;
             slot = (slot + 1) & (slots_.size() - 1)) {
            if (slots_[slot] == empty) {
                slots_[slot] = add(id);
                ++hashed_;
                return {slots_[slot], true};
            }
            if (std::string_view(keys_[slots_[slot]]) == id) return {slots_[slot], false};
        }
    }
    // Forgets the last id added (one the caller could not use).
    void drop_last() {
        const auto value = number(keys_.back());
        keys_.pop_back();
        if (value) {
            by_number_[*value] = empty;
        } else {
            --hashed_;
            rehash();
        }
    }
    [[nodiscard]] std::size_t size() const { return keys_.size(); }
    [[nodiscard]] std::vector<Key> take_keys() {
        slots_ = {};
        by_number_ = {};
        return std::move(keys_);
    }

private:
    static constexpr std::uint32_t empty = static_cast<std::uint32_t>(-1);
    [[nodiscard]] std::optional<std::uint64_t> number(std::string_view id) const {
        if (id.empty() || id.size() > 10 || (id[0] == '0' && id.size() > 1)) return std::nullopt;
        std::uint64_t value = 0;
        for (const char c : id) {
            if (c < '0' || c > '9') return std::nullopt;
            value = 10 * value + static_cast<std::uint64_t>(c - '0');
        }
        if (value >= number_bound_) return std::nullopt;
        return value;
    }
    std::uint32_t add(std::string_view id) {
        keys_.emplace_back(id);
        return static_cast<std::uint32_t>(keys_.size() - 1);
    }
    void grow() {
        slots_.assign(std::max<std::size_t>(64, 2 * slots_.size()), empty);
        rehash();
    }
    void rehash() {
        std::fill(slots_.begin(), slots_.end(), empty);
        for (std::uint32_t i = 0; i < keys_.size(); ++i) {
            if (number(keys_[i])) continue;
            std::size_t slot = std::hash<std::string_view>{}(std::string_view(keys_[i])) & (slots_.size() - 1);
            while (slots_[slot] != empty) slot = (slot + 1) & (slots_.size() - 1);
            slots_[slot] = i;
        }
    }
    std::uint64_t number_bound_;
    std::vector<Key> keys_;
    std::size_t hashed_ = 0;  // keys held in `slots_`
    std::vector<std::uint32_t> slots_;
    std::vector<std::uint32_t> by_number_;
};

// The tokens of one line, up to 4 (count says how many there were).
struct Tokens {
    std::string_view token[4];
    std::size_t count = 0;
};

Tokens tokenize(std::string_view l) {
    if (const auto hash = l.find('#'); hash != std::string_view::npos) l = l.substr(0, hash);
    Tokens t;
    std::size_t i = 0;
    while (i < l.size()) {
        while (i < l.size() && is_space(l[i])) ++i;
        if (i >= l.size()) break;
        const std::size_t start = i;
        while (i < l.size() && !is_space(l[i])) ++i;
        if (t.count < 4) t.token[t.count] = l.substr(start, i - start);
        ++t.count;
    }
    return t;
}

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
    // often sorted) keeps its index without a lookup. Ids are looked up in a
    // table of views into the text, which mirrors the study's actors (its
    // array of numeric ids at most as large as the text).
    s.ties.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
    RawTie tie;
    tie.place.file = file;
    tie.wave = "0";
    tie.parsed_wave = edge_list_wave;
    IdTable<std::string_view> ids(text.size() / 4);
    std::size_t pos = 0;
    std::uint32_t line = 0;
    std::size_t errors = 0;
    while (pos < text.size()) {
        ++line;
        std::size_t end = text.find('\n', pos);
        if (end == std::string::npos) end = text.size();
        const std::string_view l(text.data() + pos, end - pos);
        pos = end + 1;
        const Tokens t = tokenize(l);
        if (t.count == 0) continue;
        if (t.count < 2 || t.count > 3) {
            const std::string_view uncommented = l.substr(0, std::min(l.size(), l.find('#')));
            if (++errors <= 100) d.error(file, line, 1, {}, "expected 'u v [weight]'", std::string(trim(uncommented)));
            continue;
        }
        const auto index_of = [&](std::string_view id) -> std::optional<std::uint32_t> {
            const auto [index, added] = ids.insert(id);
            if (!added) return index;
            RawActor a;
            a.id = std::string(id);
            a.parsed_waves = std::vector<int>{};
            a.place = Place{file, line, 0, {}, 0};
            b.add_actor(std::move(a));
            if (s.actors.size() == ids.size()) return index;
            ids.drop_last();  // the builder rejected the id (and said why)
            return std::nullopt;
        };
        tie.source_index = t.token[0] == tie.source ? tie.source_index : index_of(t.token[0]);
        tie.target_index = t.token[1] == tie.target ? tie.target_index : index_of(t.token[1]);
        tie.place.line = line;
        tie.place.index = line;
        tie.source.assign(t.token[0]);
        tie.target.assign(t.token[1]);
        tie.weight.assign(t.count == 3 ? t.token[2] : std::string_view());
        tie.parsed_weight = t.count == 3 ? parse_number(t.token[2]) : std::nullopt;
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

std::optional<PlainEdgeList> read_plain_edge_list(const std::filesystem::path& path) {
    const std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path.string().c_str(), "rb"), &std::fclose);
    if (!f) return std::nullopt;
    std::error_code size_error;
    const std::uintmax_t size = std::filesystem::file_size(path, size_error);
    PlainEdgeList out;
    IdTable<std::string> ids(size_error ? 0 : size / 4);  // its array of numeric ids at most as large as the file
    std::string block(std::size_t{1} << 20, '\0');
    std::size_t filled = 0;  // bytes in `block`: an unfinished line carried over, then what was read
    // The previous line's actors and their ids, kept here rather than looked
    // up in the table, so that a repeat costs one comparison in cache.
    std::optional<std::uint32_t> previous[2];
    std::string previous_id[2];
    for (bool done = false; !done;) {
        const std::size_t got = std::fread(block.data() + filled, 1, block.size() - filled, f.get());
        if (got == 0 && std::ferror(f.get())) return std::nullopt;
        filled += got;
        done = got == 0;
        std::size_t complete = filled;  // the block's complete lines (all of it at the end of the file)
        if (!done) {
            const auto last = std::string_view(block.data(), filled).rfind('\n');
            if (last == std::string_view::npos) {  // a line longer than the block
                block.resize(2 * block.size());
                continue;
            }
            complete = last + 1;
        }
        const std::string_view text(block.data(), complete);
        if (find_invalid_utf8(text) || text.find('\0') != std::string_view::npos) return std::nullopt;
        if (out.edges.empty() && !done) {  // room for the whole file, judged by the first block
            const auto lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
            if (!size_error && lines > 0) out.edges.reserve(static_cast<std::size_t>(size / (complete / lines)) + 16);
        }
        for (std::size_t pos = 0; pos < text.size();) {
            std::size_t end = text.find('\n', pos);
            if (end == std::string_view::npos) end = text.size();
            const Tokens t = tokenize(text.substr(pos, end - pos));
            pos = end + 1;
            if (t.count == 0) continue;
            if (t.count < 2 || t.count > 3) return std::nullopt;
            std::uint32_t ends[2];
            for (int k = 0; k < 2; ++k) {
                if (!previous[k] || previous_id[k] != t.token[k]) {
                    previous[k] = ids.insert(t.token[k]).first;
                    previous_id[k].assign(t.token[k]);
                }
                ends[k] = *previous[k];
            }
            if (ends[0] == ends[1]) return std::nullopt;  // a self-loop
            if (t.count == 3) {
                const auto w = parse_number(t.token[2]);
                if (!w || *w <= 0) return std::nullopt;
                if (out.weights.empty()) out.weights.assign(out.edges.size(), 1.0);
                out.weights.push_back(*w);
            } else if (!out.weights.empty()) {
                out.weights.push_back(1.0);
            }
            out.edges.emplace_back(ends[0], ends[1]);
        }
        filled -= complete;
        std::memmove(block.data(), block.data() + complete, filled);
    }
    out.ids = ids.take_keys();
    return out;
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
