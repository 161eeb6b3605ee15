#include "builder.hpp"

#include <algorithm>
#include <set>

#include "helixnet/study/colour.hpp"
#include "helixnet/util/text.hpp"

namespace helixnet::detail {

void StudyBuilder::error(const Place& p, std::string message, std::string value) {
    diagnostics_.error(p.file, p.line, p.column, p.record, std::move(message), std::move(value));
}

void StudyBuilder::warning(const Place& p, std::string message, std::string value) {
    diagnostics_.warning(p.file, p.line, p.column, p.record, std::move(message), std::move(value));
}

void StudyBuilder::declare_waves(const std::vector<RawWave>& waves) {
    waves_declared_ = true;
    std::map<int, const Place*> seen;
    for (const auto& w : waves) {
        if (!w.parsed) {
            error(w.place, "wave year is not an integer", w.year);
            continue;
        }
        if (auto it = seen.find(*w.parsed); it != seen.end()) {
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
            error(place, "wave " + std::to_string(y) + " is not declared in the study's waves", written);
}

void StudyBuilder::add_actor(RawActor a) {
    if (trim(a.id).empty()) {
        error(a.place, "actor without an id", a.id);
        return;
    }
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
    study_.actors.push_back(std::move(actor));
    study_.reindex_one(study_.actors.size() - 1);
    if (actor_file_.empty()) actor_file_ = a.place.file;
    json_records_ = !a.place.record.empty();
}

void StudyBuilder::add_initiative(std::string id, std::string name, std::map<std::string, std::string> attributes,
                                  const Place& place) {
    if (trim(id).empty()) {
        error(place, "initiative without an id", id);
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
    error(place, std::string(role) + " is not a known actor", id);
    return std::nullopt;
}

void StudyBuilder::add_tie(const RawTie& t) {
    bool ok = true;
    const auto s = t.source_index ? t.source_index : resolve_actor(t.source, t.place, "tie source");
    const auto d = t.target_index ? t.target_index : resolve_actor(t.target, t.place, "tie target");
    ok = s && d;
    if (!t.parsed_wave) {
        error(t.place, t.wave.empty() ? "tie without a wave" : "tie wave is not an integer year", t.wave);
        ok = false;
    } else if (waves_declared_ && !study_.has_wave(*t.parsed_wave)) {
        error(t.place, "tie in a wave that is not declared", t.wave);
        ok = false;
    }
    double weight = 1.0;
    if (!t.weight.empty()) {
        if (!t.parsed_weight) {
            error(t.place, "tie weight is not a number", t.weight);
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
            if (!study_.actor_in_wave(idx, *t.parsed_wave)) {
                error(t.place, "tie to an actor that does not exist in wave " + std::to_string(*t.parsed_wave),
                      study_.actors[idx].id);
                ok = false;
            }
    }
    if (!ok) return;
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

void StudyBuilder::add_membership(const RawMembership& m) { pending_memberships_.emplace_back(m.place, m); }

Place StudyBuilder::place_of(const Origin& origin, const std::string& file, const std::string& array) const {
    Place p;
    p.file = file;
    p.line = origin.line;
    p.index = origin.record;
    if (json_records_ && origin.record > 0) p.record = array + "[" + std::to_string(origin.record - 1) + "]";
    return p;
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
            error(place, "membership of an unknown initiative", m.initiative);
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
                error(place, "membership in a wave that is not declared", std::to_string(y));
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

    // Duplicate pairs within a wave: merged, weights summed (METRICS.md, convention 6).
    // Sorting (wave, pair, record) puts each pair's records side by side, the
    // first one leading; the others are then merged into it in record order.
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
    std::vector<std::pair<std::uint32_t, std::uint32_t>> repeats;  // (record, first record of its pair)
    for (std::size_t k = 1, first = 0; k < keys.size(); ++k) {
        if (keys[k].wave == keys[first].wave && keys[k].a == keys[first].a && keys[k].b == keys[first].b)
            repeats.emplace_back(keys[k].record, keys[first].record);
        else
            first = k;
    }
    keys = {};
    std::sort(repeats.begin(), repeats.end());
    std::vector<bool> drop(study_.ties.size(), false);
    for (const auto& [i, first] : repeats) {
        const Tie& t = study_.ties[i];
        Tie& kept = study_.ties[first];
        kept.weight += t.weight;
        // A merged tie is as certain as its most certain record.
        if (t.level() > kept.level()) kept.confidence = t.confidence;
        drop[i] = true;
        warning(place_of(t.origin, tie_file_, tie_records_),
                "the pair " + study_.actors[t.source].id + " - " + study_.actors[t.target].id +
                    " is listed twice in wave " + std::to_string(t.wave) + "; merged, weights summed",
                std::to_string(t.wave));
    }
    if (std::find(drop.begin(), drop.end(), true) != drop.end()) {
        std::vector<Tie> kept;
        kept.reserve(study_.ties.size());
        for (std::size_t i = 0; i < study_.ties.size(); ++i)
            if (!drop[i]) kept.push_back(std::move(study_.ties[i]));
        study_.ties = std::move(kept);
    }

    // Actors with no tie and no membership in any wave (a member of an
    // initiative belongs to the study's two-mode part even without a tie).
    std::vector<bool> tied(study_.actors.size(), false);
    for (const auto& t : study_.ties) tied[t.source] = tied[t.target] = true;
    for (const auto& init : study_.initiatives)
        for (const auto& m : init.members) tied[m.actor] = true;
    std::size_t untied = 0;
    for (std::size_t i = 0; i < tied.size(); ++i) {
        if (tied[i]) continue;
        if (++untied <= 20)
            warning(place_of(study_.actors[i].origin, actor_file_, actor_records_),
                    "actor has no ties and no memberships in any wave", study_.actors[i].id);
    }
    if (untied > 20) {
        Place p;
        p.file = actor_file_;
        warning(p, std::to_string(untied - 20) + " more actors have no ties and no memberships in any wave");
    }

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
