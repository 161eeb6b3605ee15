#include "helixnet/study/json_io.hpp"

#include "builder.hpp"
#include "helixnet/util/text.hpp"

namespace helixnet {

using nlohmann::ordered_json;

namespace detail {
namespace {

constexpr std::size_t max_depth = 64;

// The byte offset where nesting first exceeds `max_depth`, scanning outside
// strings; guards the parser against hostile input.
std::optional<std::size_t> too_deep(std::string_view text) {
    std::size_t depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > max_depth) return i;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return std::nullopt;
}

std::string type_name(const ordered_json& j) { return j.type_name(); }

std::string shown(const ordered_json& j) {
    std::string s = j.is_string() ? j.get<std::string>() : j.dump();
    if (s.size() > 80) s = s.substr(0, 77) + "...";
    return s;
}

Place at(const std::string& file, const std::string& record, std::size_t index = 0) {
    Place p;
    p.file = file;
    p.record = record;
    p.index = static_cast<std::uint32_t>(index);
    return p;
}

// A string member, or empty; reports a member of another type.
std::string string_member(const ordered_json& obj, const char* key, StudyBuilder& b, const Place& place) {
    const auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return {};
    if (!it->is_string()) {
        b.error(place, std::string("'") + key + "' must be a string, not " + type_name(*it), shown(*it));
        return {};
    }
    return it->get<std::string>();
}

// A list of wave years: the text as written and the years, nullopt if not a list of integers.
std::pair<std::string, std::optional<std::vector<int>>> year_list(const ordered_json& obj, const char* key) {
    const auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return {{}, std::vector<int>{}};
    if (!it->is_array()) return {shown(*it), std::nullopt};
    std::vector<int> years;
    for (const auto& y : *it) {
        if (!y.is_number_integer()) return {shown(*it), std::nullopt};
        years.push_back(y.get<int>());
    }
    return {shown(*it), years};
}

std::string wave_text(const ordered_json& w) { return w.is_string() ? w.get<std::string>() : w.dump(); }

void read_members(const ordered_json& members, const std::string& initiative, const std::string& file,
                  const std::string& path, StudyBuilder& b) {
    if (!members.is_array()) {
        b.error(at(file, path), "'members' must be an array", shown(members));
        return;
    }
    for (std::size_t k = 0; k < members.size(); ++k) {
        const auto& m = members[k];
        const Place place = at(file, path + "[" + std::to_string(k) + "]", k + 1);
        if (!m.is_object()) {
            b.error(place, "a member must be an object", shown(m));
            continue;
        }
        RawMembership raw;
        raw.place = place;
        raw.initiative = initiative;
        raw.actor = string_member(m, "actor", b, place);
        auto [written, years] = year_list(m, "waves");
        raw.waves = written;
        raw.parsed_waves = years;
        raw.confidence = string_member(m, "confidence", b, place);
        raw.evidence = string_member(m, "evidence", b, place);
        raw.source_ref = string_member(m, "source_ref", b, place);
        b.add_membership(raw);
    }
}

}  // namespace

ordered_json read_json_header(std::string_view text, const std::string& file, StudyBuilder& b, bool whole) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    if (trim(text).empty()) {
        b.error(at(file, {}), "empty file: expected a JSON object");
        return nullptr;
    }
    if (const auto bad = find_invalid_utf8(text)) {
        const TextPosition p = position_of(text, *bad);
        Place place = at(file, {});
        place.line = p.line;
        place.column = p.column;
        b.error(place, "invalid UTF-8");
        return nullptr;
    }
    if (const auto deep = too_deep(text)) {
        const TextPosition p = position_of(text, *deep);
        Place place = at(file, {});
        place.line = p.line;
        place.column = p.column;
        b.error(place, "JSON nested deeper than " + std::to_string(max_depth) + " levels");
        return nullptr;
    }
    ordered_json root;
    try {
        root = ordered_json::parse(text);
    } catch (const ordered_json::parse_error& e) {
        const TextPosition p = position_of(text, e.byte > 0 ? e.byte - 1 : 0);
        Place place = at(file, {});
        place.line = p.line;
        place.column = p.column;
        std::string what = e.what();
        if (const auto pos = what.find("parse error"); pos != std::string::npos) what = what.substr(pos);
        b.error(place, "malformed JSON: " + what);
        return nullptr;
    }
    if (!root.is_object()) {
        b.error(at(file, {}), "expected a JSON object at the top, found " + type_name(root), shown(root));
        return nullptr;
    }
    Study& s = b.study();
    const Place top = at(file, "format");
    if (const auto it = root.find("format"); it != root.end()) {
        if (!it->is_string() || it->get<std::string>() != "helixnet/1")
            b.error(top, "unknown format (expected \"helixnet/1\")", shown(*it));
    } else if (whole) {
        b.error(top, "missing \"format\": \"helixnet/1\"");
    }
    s.name = string_member(root, "name", b, at(file, "name"));
    s.description = string_member(root, "description", b, at(file, "description"));
    if (const auto it = root.find("sources"); it != root.end()) {
        if (it->is_array())
            s.sources = *it;
        else
            b.error(at(file, "sources"), "'sources' must be an array", shown(*it));
    }
    if (const auto it = root.find("focus"); it != root.end()) {
        if (!it->is_array()) {
            b.error(at(file, "focus"), "'focus' must be an array of texts like \"region=a:b\" or \"sector\"",
                    shown(*it));
        } else {
            for (std::size_t i = 0; i < it->size(); ++i) {
                const auto& f = (*it)[i];
                const auto focus = f.is_string() ? parse_focus(f.get<std::string>()) : std::nullopt;
                if (focus)
                    s.focus.push_back(*focus);
                else
                    b.error(at(file, "focus[" + std::to_string(i) + "]"),
                            "a focus is an attribute (\"sector\") or two of its groups (\"region=a:b\")", shown(f));
            }
        }
    }
    if (const auto it = root.find("waves"); it != root.end()) {
        std::vector<RawWave> waves;
        if (!it->is_array()) {
            b.error(at(file, "waves"), "'waves' must be an array", shown(*it));
        } else {
            for (std::size_t i = 0; i < it->size(); ++i) {
                const auto& w = (*it)[i];
                RawWave raw;
                raw.place = at(file, "waves[" + std::to_string(i) + "]", i + 1);
                const ordered_json* year = &w;
                if (w.is_object()) {
                    const auto y = w.find("year");
                    year = y == w.end() ? nullptr : &*y;
                    raw.label = string_member(w, "label", b, raw.place);
                }
                if (year && year->is_number_integer()) raw.parsed = year->get<int>();
                raw.year = year ? wave_text(*year) : std::string("(no year)");
                waves.push_back(std::move(raw));
            }
        }
        b.declare_waves(waves);
    }
    if (const auto it = root.find("attributes"); it != root.end()) {
        if (!it->is_object()) {
            b.error(at(file, "attributes"), "'attributes' must be an object", shown(*it));
        } else {
            for (const auto& [name, values] : it->items()) {
                const Place place = at(file, "attributes." + name);
                if (!values.is_object()) {
                    b.error(place, "attribute metadata must be an object of values", shown(values));
                    continue;
                }
                AttributeInfo info;
                info.name = name;
                std::vector<Place> places;
                for (const auto& [value, meta] : values.items()) {
                    const Place vp = at(file, "attributes." + name + "." + value);
                    ValueInfo vi;
                    if (!meta.is_object()) {
                        b.error(vp, "value metadata must be an object", shown(meta));
                        continue;
                    }
                    for (const auto& [k, v] : meta.items()) {
                        if (k == "label")
                            vi.label = string_member(meta, "label", b, vp);
                        else if (k == "color")
                            vi.color = string_member(meta, "color", b, vp);
                        else if (k == "helix")
                            vi.helix = string_member(meta, "helix", b, vp);
                        else
                            vi.extra[k] = v;
                    }
                    info.values.emplace_back(value, std::move(vi));
                    places.push_back(vp);
                }
                b.declare_attribute(std::move(info), places);
            }
        }
    }
    if (const auto it = root.find("initiatives"); it != root.end()) {
        if (!it->is_array()) {
            b.error(at(file, "initiatives"), "'initiatives' must be an array", shown(*it));
        } else {
            for (std::size_t i = 0; i < it->size(); ++i) {
                const auto& init = (*it)[i];
                const std::string path = "initiatives[" + std::to_string(i) + "]";
                const Place place = at(file, path, i + 1);
                if (!init.is_object()) {
                    b.error(place, "an initiative must be an object", shown(init));
                    continue;
                }
                std::map<std::string, std::string> attrs;
                for (const auto& [k, v] : init.items()) {
                    if (k == "id" || k == "name" || k == "members") continue;
                    if (v.is_string())
                        attrs[k] = v.get<std::string>();
                    else
                        b.error(place, "initiative attribute '" + k + "' must be a string", shown(v));
                }
                const std::string id = string_member(init, "id", b, place);
                b.add_initiative(id, string_member(init, "name", b, place), std::move(attrs), place);
                if (const auto m = init.find("members"); m != init.end())
                    read_members(*m, id, file, path + ".members", b);
            }
        }
    }
    static const std::set<std::string> known = {"format", "name",   "description", "sources",    "focus",
                                                "waves",  "actors", "initiatives", "attributes", "ties"};
    for (const auto& [k, v] : root.items())
        if (!known.count(k)) b.warning(at(file, k), "unknown key ignored", k);
    if (!whole)
        for (const char* k : {"actors", "ties"})
            if (root.contains(k))
                b.error(at(file, k),
                        std::string("a CSV study folder keeps ") + k + " in " + k + ".csv, not in study.json");
    return root;
}

}  // namespace detail

Study read_study_json(std::string_view text, const std::string& file, Diagnostics& diagnostics) {
    using namespace detail;
    StudyBuilder b(diagnostics);
    const ordered_json root = read_json_header(text, file, b, true);
    if (root.is_null()) throw InvalidInput(diagnostics.items());

    if (const auto it = root.find("actors"); it == root.end() || !it->is_array()) {
        b.error(at(file, "actors"), it == root.end() ? "missing 'actors' array" : "'actors' must be an array");
    } else {
        for (std::size_t i = 0; i < it->size(); ++i) {
            const auto& a = (*it)[i];
            RawActor raw;
            raw.place = at(file, "actors[" + std::to_string(i) + "]", i + 1);
            if (!a.is_object()) {
                b.error(raw.place, "an actor must be an object", shown(a));
                continue;
            }
            for (const auto& [k, v] : a.items()) {
                if (k == "id") {
                    if (v.is_string())
                        raw.id = v.get<std::string>();
                    else
                        b.error(raw.place, "actor id must be a string", shown(v));
                } else if (k == "name") {
                    raw.name = string_member(a, "name", b, raw.place);
                } else if (k == "note") {
                    raw.note = string_member(a, "note", b, raw.place);
                } else if (k == "waves") {
                    auto [written, years] = year_list(a, "waves");
                    raw.waves = written;
                    raw.parsed_waves = years;
                } else if (v.is_string()) {
                    raw.attributes[k] = v.get<std::string>();
                } else if (!v.is_null()) {
                    b.error(raw.place, "attribute '" + k + "' must be a string (categorical value)", shown(v));
                }
            }
            if (!raw.parsed_waves) {
                if (!a.contains("waves")) raw.parsed_waves = std::vector<int>{};
            }
            if (!a.contains("id")) {
                b.error(raw.place, "actor without an id");
                continue;
            }
            b.add_actor(std::move(raw));
        }
    }
    if (const auto it = root.find("ties"); it != root.end()) {
        if (!it->is_array()) {
            b.error(at(file, "ties"), "'ties' must be an array", shown(*it));
        } else {
            static const std::set<std::string> tie_keys = {"source",     "target",   "wave",       "weight",    "kind",
                                                           "initiative", "evidence", "source_ref", "confidence"};
            for (std::size_t i = 0; i < it->size(); ++i) {
                const auto& t = (*it)[i];
                RawTie raw;
                raw.place = at(file, "ties[" + std::to_string(i) + "]", i + 1);
                if (!t.is_object()) {
                    b.error(raw.place, "a tie must be an object", shown(t));
                    continue;
                }
                raw.source = string_member(t, "source", b, raw.place);
                raw.target = string_member(t, "target", b, raw.place);
                if (const auto w = t.find("wave"); w != t.end()) {
                    raw.wave = wave_text(*w);
                    if (w->is_number_integer()) raw.parsed_wave = w->get<int>();
                }
                if (const auto w = t.find("weight"); w != t.end() && !w->is_null()) {
                    raw.weight = wave_text(*w);
                    if (w->is_number()) raw.parsed_weight = w->get<double>();
                }
                raw.kind = string_member(t, "kind", b, raw.place);
                raw.initiative = string_member(t, "initiative", b, raw.place);
                raw.evidence = string_member(t, "evidence", b, raw.place);
                raw.source_ref = string_member(t, "source_ref", b, raw.place);
                raw.confidence = string_member(t, "confidence", b, raw.place);
                for (const auto& [k, v] : t.items())
                    if (!tie_keys.count(k)) b.warning(raw.place, "unknown tie key ignored", k);
                b.add_tie(raw);
            }
        }
    }
    return b.finish();
}

namespace {

ordered_json header_json(const Study& s, bool with_members) {
    ordered_json j;
    j["format"] = s.format;
    j["name"] = s.name;
    if (!s.description.empty()) j["description"] = s.description;
    if (!s.sources.empty()) j["sources"] = s.sources;
    if (!s.focus.empty()) {
        j["focus"] = ordered_json::array();
        for (const Focus& f : s.focus) j["focus"].push_back(format_focus(f));
    }
    j["waves"] = ordered_json::array();
    for (const auto& w : s.waves) {
        ordered_json wj;
        wj["year"] = w.year;
        if (!w.label.empty()) wj["label"] = w.label;
        j["waves"].push_back(wj);
    }
    if (!s.attributes.empty()) {
        ordered_json attrs = ordered_json::object();
        for (const auto& a : s.attributes) {
            ordered_json values = ordered_json::object();
            for (const auto& [v, info] : a.values) {
                ordered_json vj = ordered_json::object();
                if (!info.label.empty()) vj["label"] = info.label;
                if (!info.color.empty()) vj["color"] = info.color;
                if (!info.helix.empty()) vj["helix"] = info.helix;
                for (const auto& [k, x] : info.extra.items()) vj[k] = x;
                values[v] = vj;
            }
            attrs[a.name] = values;
        }
        j["attributes"] = attrs;
    }
    if (!s.initiatives.empty()) {
        j["initiatives"] = ordered_json::array();
        for (const auto& init : s.initiatives) {
            ordered_json ij;
            ij["id"] = init.id;
            ij["name"] = init.name;
            for (const auto& [k, v] : init.attributes) ij[k] = v;
            if (with_members) {
                ij["members"] = ordered_json::array();
                for (const auto& m : init.members) {
                    ordered_json mj;
                    mj["actor"] = s.actors[m.actor].id;
                    if (!m.waves.empty()) mj["waves"] = m.waves;
                    if (m.confidence) mj["confidence"] = std::string(to_string(*m.confidence));
                    if (!m.evidence.empty()) mj["evidence"] = m.evidence;
                    if (!m.source_ref.empty()) mj["source_ref"] = m.source_ref;
                    ij["members"].push_back(mj);
                }
            }
            j["initiatives"].push_back(ij);
        }
    }
    return j;
}

ordered_json number_json(double v) {
    if (v == static_cast<double>(static_cast<long long>(v)) && v < 9e15 && v > -9e15) return static_cast<long long>(v);
    return v;
}

}  // namespace

std::string write_study_header_json(const Study& study) { return header_json(study, false).dump(2) + "\n"; }

std::string write_study_metadata_json(const Study& study) { return header_json(study, true).dump(); }

std::string write_study_json(const Study& s) {
    ordered_json j = header_json(s, true);
    ordered_json initiatives = j.contains("initiatives") ? j["initiatives"] : ordered_json();
    j.erase("initiatives");
    j["actors"] = ordered_json::array();
    for (const auto& a : s.actors) {
        ordered_json aj;
        aj["id"] = a.id;
        aj["name"] = a.name;
        for (const auto& k : s.attribute_names)
            if (const auto* v = a.attribute(k)) aj[k] = *v;
        if (!a.waves.empty()) aj["waves"] = a.waves;
        if (!a.note.empty()) aj["note"] = a.note;
        j["actors"].push_back(aj);
    }
    if (!initiatives.is_null()) j["initiatives"] = initiatives;
    j["ties"] = ordered_json::array();
    for (const auto& t : s.ties) {
        ordered_json tj;
        tj["source"] = s.actors[t.source].id;
        tj["target"] = s.actors[t.target].id;
        tj["wave"] = t.wave;
        tj["weight"] = number_json(t.weight);
        if (!t.kind.empty()) tj["kind"] = t.kind;
        if (!t.initiative.empty()) tj["initiative"] = t.initiative;
        if (!t.evidence.empty()) tj["evidence"] = t.evidence;
        if (!t.source_ref.empty()) tj["source_ref"] = t.source_ref;
        if (t.confidence) tj["confidence"] = std::string(to_string(*t.confidence));
        j["ties"].push_back(tj);
    }
    return j.dump(2) + "\n";
}

}  // namespace helixnet
