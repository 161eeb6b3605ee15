#include "builder.hpp"

#include <algorithm>
#include <cctype>
#include <set>

#include "helixnet/study/colour.hpp"
#include "helixnet/util/text.hpp"

namespace helixnet::detail {

void StudyBuilder::error(const Place& p, std::string message, std::string value, std::string hint) {
    diagnostics_.error(p.file, p.line, p.column, p.record, std::move(message), std::move(value), std::move(hint));
}

void StudyBuilder::warning(const Place& p, std::string message, std::string value, std::string hint) {
    diagnostics_.warning(p.file, p.line, p.column, p.record, std::move(message), std::move(value), std::move(hint));
}

namespace {

// The place of a record for a list of places: "12" (a line) or "ties[3]".
std::string short_place(const Place& p) {
    if (p.line > 0) return std::to_string(p.line);
    if (!p.record.empty()) return p.record;
    return p.index > 0 ? "record " + std::to_string(p.index) : std::string();
}

// "lines 3, 7 and 9", "ties[2] and ties[6]": at most `shown` of them, then how many more.
std::string places_text(const std::vector<std::string>& places, bool lines, std::size_t shown = 10) {
    std::vector<std::string> list(places.begin(), places.begin() + std::min(shown, places.size()));
    if (places.size() > shown) list.push_back(std::to_string(places.size() - shown) + " more");
    return (lines ? (places.size() == 1 ? "line " : "lines ") : std::string()) + join_with_and(list);
}

}  // namespace

std::string StudyBuilder::tidy(std::string value, const Place& place) {
    const std::string_view trimmed = trim(value);
    if (trimmed.size() == value.size()) return value;
    auto it = std::find_if(tidied_.begin(), tidied_.end(), [&](const auto& f) { return f.first == place.file; });
    if (it == tidied_.end()) it = tidied_.insert(tidied_.end(), {place.file, {}});
    std::string where = short_place(place);
    if (it->second.empty() || it->second.back() != where) it->second.push_back(std::move(where));
    return std::string(trimmed);
}

std::string StudyBuilder::actor_hint(const std::string& id) {
    // Suggestions cost a pass over the actors each: given for the first few
    // unknown ids only, which is where a reader looks.
    if (id.empty() || hints_given_ >= 50) return {};
    ++hints_given_;
    if (actor_ids_.size() != study_.actors.size()) {
        actor_ids_.clear();
        for (const Actor& a : study_.actors) actor_ids_.emplace_back(a.id);
    }
    const auto near = nearest_spelling(id, actor_ids_);
    return near ? "did you mean '" + *near + "'?" : std::string();
}

void StudyBuilder::declare_waves(const std::vector<RawWave>& waves) {
    waves_declared_ = true;
    std::map<int, const Place*> seen;
    for (const auto& w : waves) {
        if (!w.parsed) {
            error(w.place, "wave year is not an integer", w.year);
            continue;
        }
        if (seen.count(*w.parsed) > 0) {
            error(w.place, "wave year declared twice", w.year);
            continue;
        }
        seen.emplace(*w.parsed, &w.place);
        study_.waves.push_back({*w.parsed, w.label});
    }
}

void StudyBuilder::declare_attribute(AttributeInfo info, const std::vector<Place>& places) {
    const Place unknown;
    for (std::size_t i = 0; i < info.values.size(); ++i) {
        ValueInfo& v = info.values[i].second;
        const Place& place = i < places.size() ? places[i] : unknown;
        // An empty colour is the same as none.
        if (!v.color.empty() && !is_valid_colour(v.color)) {
            error(place, "colour must be #rgb, #rrggbb, #rrggbbaa or a colour name of letters and digits", v.color);
            v.color.clear();
        }
        if (!v.helix.empty() && v.helix != "government" && v.helix != "industry" && v.helix != "education") {
            error(place, "helix role must be government, industry or education", v.helix);
            v.helix.clear();
        }
    }
    study_.attributes.push_back(std::move(info));
}

void StudyBuilder::check_waves_declared(const std::vector<int>& years, const Place& place, const std::string& written) {
    if (!waves_declared_) return;
    for (int y : years)
        if (!study_.has_wave(y))
            error(place, "wave " + std::to_string(y) + " is not declared in the study's waves", written,
                  "the study's waves: " + wave_list(study_));
}

void StudyBuilder::add_actor(RawActor a) {
    a.id = tidy(std::move(a.id), a.place);
    if (a.id.empty()) {
        error(a.place, "actor id is empty");
        return;
    }
    for (auto& [k, v] : a.attributes) v = tidy(std::move(v), a.place);
    if (study_.actor_index(a.id)) {
        error(a.place, "duplicate actor id", a.id);
        return;
    }
    if (!a.parsed_waves) {
        error(a.place, "actor waves are not a list of years", a.waves);
        a.parsed_waves = std::vector<int>{};
    }
    check_waves_declared(*a.parsed_waves, a.place, a.waves);
    Actor actor;
    actor.id = std::move(a.id);
    actor.name = a.name.empty() ? actor.id : std::move(a.name);
    actor.note = std::move(a.note);
    actor.waves = std::move(*a.parsed_waves);
    actor.origin = {static_cast<std::uint32_t>(a.place.line), a.place.index};
    for (auto& [k, v] : a.attributes) {
        if (std::find(study_.attribute_names.begin(), study_.attribute_names.end(), k) == study_.attribute_names.end())
            study_.attribute_names.push_back(k);
        if (!v.empty()) actor.attributes.emplace(k, std::move(v));
    }
    in_every_wave_.push_back(actor.waves.empty());
    study_.actors.push_back(std::move(actor));
    study_.reindex_one(study_.actors.size() - 1);
    if (actor_file_.empty()) actor_file_ = a.place.file;
    if (a.place.file != actor_file_) actor_file_elsewhere_[study_.actors.size() - 1] = a.place.file;
    json_records_ = !a.place.record.empty();
}

void StudyBuilder::describe_actor(std::uint32_t index, std::string name, std::map<std::string, std::string> attributes,
                                  const Place& place) {
    Actor& actor = study_.actors.at(index);
    name = tidy(std::move(name), place);
    if (!name.empty()) actor.name = std::move(name);
    for (auto& [k, v] : attributes) {
        if (std::find(study_.attribute_names.begin(), study_.attribute_names.end(), k) == study_.attribute_names.end())
            study_.attribute_names.push_back(k);
        v = tidy(std::move(v), place);
        if (!v.empty()) actor.attributes[k] = std::move(v);
    }
}

void StudyBuilder::add_initiative(std::string id, std::string name, std::map<std::string, std::string> attributes,
                                  const Place& place) {
    id = tidy(std::move(id), place);
    if (id.empty()) {
        error(place, "initiative id is empty");
        return;
    }
    for (const auto& i : study_.initiatives)
        if (i.id == id) {
            error(place, "duplicate initiative id", id);
            return;
        }
    Initiative init;
    init.name = name.empty() ? id : std::move(name);
    init.id = std::move(id);
    init.attributes = std::move(attributes);
    init.origin = {static_cast<std::uint32_t>(place.line), place.index};
    study_.initiatives.push_back(std::move(init));
}

std::optional<std::uint32_t> StudyBuilder::resolve_actor(const std::string& id, const Place& place, const char* role) {
    if (auto idx = study_.actor_index(id)) return idx;
    if (id.empty())
        error(place, std::string(role) + " is empty");
    else if (!unreadable_.count(StudyPart::actors))
        error(place, std::string(role) + " is not a known actor", id, actor_hint(id));
    return std::nullopt;
}

namespace {

// "1,5": a number written with a decimal comma.
bool decimal_comma(std::string_view text) {
    text = trim(text);
    const auto comma = text.find(',');
    return comma != std::string_view::npos && comma > 0 && comma + 1 < text.size() &&
           text.find_first_not_of("0123456789,") == std::string_view::npos && text.find(',', comma + 1) == text.npos;
}

}  // namespace

void StudyBuilder::add_tie(const RawTie& raw) {
    // Spaces around ids and values removed (a copy only when there are some).
    const RawTie* tidied = &raw;
    RawTie copy;
    const auto padded = [](const std::string& v) { return !v.empty() && trim(v).size() != v.size(); };
    if ((!raw.source_index && padded(raw.source)) || (!raw.target_index && padded(raw.target)) ||
        padded(raw.confidence) || padded(raw.kind) || padded(raw.initiative)) {
        copy = raw;
        if (!copy.source_index) copy.source = tidy(std::move(copy.source), copy.place);
        if (!copy.target_index) copy.target = tidy(std::move(copy.target), copy.place);
        copy.confidence = tidy(std::move(copy.confidence), copy.place);
        copy.kind = tidy(std::move(copy.kind), copy.place);
        copy.initiative = tidy(std::move(copy.initiative), copy.place);
        tidied = &copy;
    }
    const RawTie& t = *tidied;
    bool ok = true;
    const auto s = t.source_index ? t.source_index : resolve_actor(t.source, t.place, "tie source");
    const auto d = t.target_index ? t.target_index : resolve_actor(t.target, t.place, "tie target");
    ok = s && d;
    if (!t.parsed_wave) {
        error(t.place, t.wave.empty() ? "tie without a wave" : "tie wave is not an integer year", t.wave);
        ok = false;
    } else if (waves_declared_ && !study_.has_wave(*t.parsed_wave)) {
        error(t.place, "tie in a wave that is not declared", t.wave, "the study's waves: " + wave_list(study_));
        ok = false;
    }
    double weight = 1.0;
    if (!t.weight.empty()) {
        if (!t.parsed_weight) {
            // The ; advice only where it applies: a CSV file.
            const bool csv = t.place.file.ends_with(".csv");
            error(t.place, "tie weight is not a number", t.weight,
                  !decimal_comma(t.weight) ? std::string()
                  : csv ? "write a decimal point (1.5), or use ; as the separator of a CSV file with decimal commas"
                        : "write a decimal point (1.5)");
            ok = false;
        } else if (*t.parsed_weight <= 0) {
            error(t.place, "tie weight must be positive", t.weight);
            ok = false;
        } else {
            weight = *t.parsed_weight;
        }
    }
    std::optional<Confidence> confidence;
    if (!t.confidence.empty()) {
        confidence = parse_confidence(t.confidence);
        if (!confidence) {
            error(t.place, "confidence must be stated, implied or assumed", t.confidence);
            ok = false;
        }
    }
    if (s && d && *s == *d) {
        error(t.place, "self-loop: a tie from an actor to itself", t.source);
        ok = false;
    }
    if (s && d && t.parsed_wave && (!waves_declared_ || study_.has_wave(*t.parsed_wave))) {
        for (const auto idx : {*s, *d})
            if (!in_wave(idx, *t.parsed_wave)) {
                error(t.place, "tie to an actor that does not exist in wave " + std::to_string(*t.parsed_wave),
                      study_.actors[idx].id);
                ok = false;
            }
    }
    if (!ok) {
        // Its actors are tied, in a record that is wrong: not warned of as untied.
        for (const auto& end : {s, d})
            if (end) in_rejected_tie_.insert(*end);
        return;
    }
    Tie tie;
    tie.source = *s;
    tie.target = *d;
    tie.wave = *t.parsed_wave;
    tie.weight = weight;
    tie.kind = t.kind;
    tie.initiative = t.initiative;
    tie.evidence = t.evidence;
    tie.source_ref = t.source_ref;
    tie.confidence = confidence;
    tie.origin = {static_cast<std::uint32_t>(t.place.line), t.place.index};
    study_.ties.push_back(std::move(tie));
    if (tie_file_.empty()) tie_file_ = t.place.file;
}

void StudyBuilder::add_membership(const RawMembership& raw) {
    RawMembership m = raw;
    m.initiative = tidy(std::move(m.initiative), m.place);
    m.actor = tidy(std::move(m.actor), m.place);
    m.confidence = tidy(std::move(m.confidence), m.place);
    pending_memberships_.emplace_back(m.place, std::move(m));
}

Place StudyBuilder::place_of(const Origin& origin, const std::string& file, const std::string& array) const {
    Place p;
    p.file = file;
    p.line = origin.line;
    p.index = origin.record;
    if (json_records_ && origin.record > 0) p.record = array + "[" + std::to_string(origin.record - 1) + "]";
    return p;
}

// Duplicate pairs within a wave: merged into the pair's first record, its
// weight the records' sum (docs/metrics.md, convention 6) or, where study.json
// says "duplicates": "max", their largest; as certain as the most certain
// record; every distinct quote kept (joined by " … ", the format's separator
// of fragments) and every distinct source reference (joined by "; "). One
// warning per pair names all its records and the merged weight.
void StudyBuilder::merge_duplicates() {
    // Sorting (wave, pair, record) puts each pair's records side by side, the
    // first one leading.
    struct PairKey {
        int wave;
        std::uint32_t a, b, record;
        auto operator<=>(const PairKey&) const = default;
    };
    std::vector<PairKey> keys;
    keys.reserve(study_.ties.size());
    for (std::uint32_t i = 0; i < study_.ties.size(); ++i) {
        const Tie& t = study_.ties[i];
        keys.push_back({t.wave, std::min(t.source, t.target), std::max(t.source, t.target), i});
    }
    std::sort(keys.begin(), keys.end());
    std::vector<std::vector<std::uint32_t>> groups;  // records of one pair, first one leading
    for (std::size_t k = 1, first = 0; k < keys.size(); ++k) {
        if (keys[k].wave == keys[first].wave && keys[k].a == keys[first].a && keys[k].b == keys[first].b) {
            if (k == first + 1) groups.push_back({keys[first].record});
            groups.back().push_back(keys[k].record);
        } else {
            first = k;
        }
    }
    if (groups.empty()) return;
    keys = {};
    // Warnings in the order of each pair's second record.
    std::sort(groups.begin(), groups.end(), [](const auto& x, const auto& y) { return x[1] < y[1]; });
    const bool max = study_.duplicates == DuplicateRule::max;
    std::vector<bool> drop(study_.ties.size(), false);
    for (const auto& records : groups) {
        Tie& kept = study_.ties[records.front()];
        std::vector<std::string> places = {short_place(place_of(kept.origin, tie_file_, tie_records_))};
        std::size_t quotes = kept.evidence.empty() ? 0 : 1;
        for (std::size_t r = 1; r < records.size(); ++r) {
            Tie& t = study_.ties[records[r]];
            kept.weight = max ? std::max(kept.weight, t.weight) : kept.weight + t.weight;
            if (t.level() > kept.level()) kept.confidence = t.confidence;
            const auto add = [](std::string& into, const std::string& text, const char* separator) {
                if (text.empty() || into.find(text) != std::string::npos) return false;
                into += (into.empty() ? "" : separator) + text;
                return true;
            };
            quotes += add(kept.evidence, t.evidence, " \xE2\x80\xA6 ") ? 1 : 0;
            add(kept.source_ref, t.source_ref, "; ");
            if (kept.kind.empty()) kept.kind = std::move(t.kind);
            if (kept.initiative.empty()) kept.initiative = std::move(t.initiative);
            places.push_back(short_place(place_of(t.origin, tie_file_, tie_records_)));
            drop[records[r]] = true;
        }
        const Tie& second = study_.ties[records[1]];
        const bool lines = second.origin.line > 0;
        warning(place_of(second.origin, tie_file_, tie_records_),
                "the pair " + study_.actors[kept.source].id + " \xE2\x80\x93 " + study_.actors[kept.target].id +
                    " is listed " + (records.size() == 2 ? "twice" : std::to_string(records.size()) + " times") +
                    " in wave " + std::to_string(kept.wave) + " (" + places_text(places, lines, places.size()) +
                    "); merged into one tie of weight " + format_number(kept.weight) +
                    (max ? " (the largest)" : " (the sum)") + (quotes > 1 ? ", keeping every quote" : ""));
    }
    std::vector<Tie> kept;
    kept.reserve(study_.ties.size());
    for (std::size_t i = 0; i < study_.ties.size(); ++i)
        if (!drop[i]) kept.push_back(std::move(study_.ties[i]));
    study_.ties = std::move(kept);
}

// Actors with no tie and no membership in any wave (a member of an
// initiative belongs to the study's two-mode part even without a tie; an
// actor named in a rejected tie has its error already).
void StudyBuilder::warn_untied() {
    std::vector<bool> tied(study_.actors.size(), false);
    for (const auto& t : study_.ties) tied[t.source] = tied[t.target] = true;
    for (const auto& init : study_.initiatives)
        for (const auto& m : init.members) tied[m.actor] = true;
    for (const std::uint32_t a : in_rejected_tie_) tied[a] = true;
    std::size_t untied = 0;
    for (std::size_t i = 0; i < tied.size(); ++i) {
        if (tied[i]) continue;
        const auto elsewhere = actor_file_elsewhere_.find(static_cast<std::uint32_t>(i));
        const std::string& file = elsewhere == actor_file_elsewhere_.end() ? actor_file_ : elsewhere->second;
        if (++untied <= 20)
            warning(place_of(study_.actors[i].origin, file, actor_records_),
                    "actor has no ties and no memberships in any wave", study_.actors[i].id);
    }
    if (untied > 20) {
        Place p;
        p.file = actor_file_;
        warning(p, std::to_string(untied - 20) + " more actors have no ties and no memberships in any wave");
    }
}

Study StudyBuilder::finish() {
    // Waves from the records when the study declares none (a CSV folder without study.json).
    if (!waves_declared_) {
        std::set<int> years;
        for (const auto& a : study_.actors) years.insert(a.waves.begin(), a.waves.end());
        for (const auto& t : study_.ties) years.insert(t.wave);
        for (int y : years) study_.waves.push_back({y, {}});
        if (study_.waves.empty()) study_.waves.push_back({0, {}});
    }
    // Memberships need initiatives and waves, which may come later in a file.
    for (auto& [place, m] : pending_memberships_) {
        Initiative* init = nullptr;
        for (auto& i : study_.initiatives)
            if (i.id == m.initiative) init = &i;
        if (!init) {
            if (m.initiative.empty()) {
                error(place, "membership without an initiative");
                continue;
            }
            std::vector<std::string_view> ids;
            for (const auto& i : study_.initiatives) ids.emplace_back(i.id);
            const auto near = nearest_spelling(m.initiative, ids);
            error(place, "membership of an unknown initiative", m.initiative,
                  near ? "did you mean '" + *near + "'?" : std::string());
            continue;
        }
        const auto actor = resolve_actor(m.actor, place, "member");
        if (!actor) continue;
        if (!m.parsed_waves) {
            error(place, "membership waves are not a list of years", m.waves);
            continue;
        }
        bool ok = true;
        for (int y : *m.parsed_waves) {
            if (!study_.has_wave(y)) {
                error(place, "membership in a wave that is not declared", std::to_string(y),
                      "the study's waves: " + wave_list(study_));
                ok = false;
            } else if (!study_.actor_in_wave(*actor, y)) {
                error(place, "member does not exist in wave " + std::to_string(y), m.actor);
                ok = false;
            }
        }
        std::optional<Confidence> confidence;
        if (!m.confidence.empty()) {
            confidence = parse_confidence(m.confidence);
            if (!confidence) {
                error(place, "confidence must be stated, implied or assumed", m.confidence);
                ok = false;
            }
        }
        if (!ok) continue;
        Membership mem;
        mem.actor = *actor;
        mem.waves = *m.parsed_waves;
        mem.confidence = confidence;
        mem.evidence = m.evidence;
        mem.source_ref = m.source_ref;
        mem.origin = {static_cast<std::uint32_t>(place.line), place.index};
        init->members.push_back(std::move(mem));
    }
    for (const auto& t : study_.ties)
        if (!t.initiative.empty() &&
            std::none_of(study_.initiatives.begin(), study_.initiatives.end(),
                         [&](const Initiative& i) { return i.id == t.initiative; }) &&
            !study_.initiatives.empty()) {
            // An initiative tag the study does not name: kept, but worth a look.
            warning(place_of(t.origin, tie_file_, tie_records_), "tie names an initiative that is not declared",
                    t.initiative);
        }

    merge_duplicates();

    // Spaces removed around ids and values: one warning per file.
    for (const auto& [file, places] : tidied_) {
        Place p;
        p.file = file;
        const bool lines = !places.empty() && std::isdigit(static_cast<unsigned char>(places.front()[0]));
        warning(p, "spaces before or after ids or values removed (" + places_text(places, lines) + ")");
    }

    // Actors with no tie or membership (unless the ties could not be read).
    if (!unreadable_.count(StudyPart::ties)) warn_untied();

    if (diagnostics_.has_errors()) throw InvalidInput(diagnostics_.items());
    return std::move(study_);
}

std::string_view checked_text(std::string_view text, const std::string& file, std::string_view what, Diagnostics& d) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    if (trim(text).empty()) {
        d.error(file, 0, 0, {}, "empty file: expected " + std::string(what));
        throw InvalidInput(d.items());
    }
    auto bad = find_invalid_utf8(text);
    const char* message = "invalid UTF-8";
    if (!bad && text.find('\0') != std::string_view::npos) {
        bad = text.find('\0');
        message = "NUL byte in text (binary file?)";
    }
    if (bad) {
        const TextPosition p = position_of(text, *bad);
        d.error(file, p.line, p.column, {}, message);
        throw InvalidInput(d.items());
    }
    return text;
}

}  // namespace helixnet::detail
