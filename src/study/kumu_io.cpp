#include "helixnet/study/kumu_io.hpp"

#include <algorithm>

#include "builder.hpp"

namespace helixnet {

namespace {

using nlohmann::ordered_json;

// Fields Kumu gives a meaning of its own; an attribute of that name is
// written as "<name> (attribute)".
bool reserved(const std::string& field) {
    static const char* const names[] = {"id",     "label", "type", "description", "tags",    "image",
                                        "layout", "from",  "to",   "direction",   "strength"};
    return std::find(std::begin(names), std::end(names), field) != std::end(names);
}

}  // namespace

std::string write_study_kumu(const Study& s, std::optional<int> wave) {
    ordered_json elements = ordered_json::array();
    for (std::uint32_t a = 0; a < s.actors.size(); ++a) {
        if (wave && !s.actor_in_wave(a, *wave)) continue;
        const Actor& actor = s.actors[a];
        ordered_json e;
        e["id"] = actor.id;
        e["label"] = actor.name;
        if (const std::string* sector = actor.attribute("sector")) e["type"] = *sector;
        for (const std::string& k : s.attribute_names)
            if (const std::string* v = actor.attribute(k); v && k != "sector")
                e[reserved(k) ? k + " (attribute)" : k] = *v;
        if (!actor.note.empty()) e["description"] = actor.note;
        ordered_json tags = ordered_json::array();
        for (const Wave& w : s.waves)
            if (s.actor_in_wave(a, w.year)) tags.push_back(std::to_string(w.year));
        e["tags"] = tags;
        elements.push_back(std::move(e));
    }
    ordered_json connections = ordered_json::array();
    for (const Tie& t : s.ties) {
        if (wave && t.wave != *wave) continue;
        ordered_json c;
        c["from"] = s.actors[t.source].id;
        c["to"] = s.actors[t.target].id;
        c["direction"] = "undirected";
        if (!t.kind.empty()) c["type"] = t.kind;
        c["strength"] = detail::number_json(t.weight);
        if (!t.evidence.empty()) c["description"] = t.evidence;
        c["confidence"] = std::string(to_string(t.level()));
        c["wave"] = t.wave;
        if (!t.initiative.empty()) c["initiative"] = t.initiative;
        if (!t.source_ref.empty()) c["source_ref"] = t.source_ref;
        connections.push_back(std::move(c));
    }
    ordered_json out;
    out["elements"] = std::move(elements);
    out["connections"] = std::move(connections);
    return out.dump(2) + "\n";
}

}  // namespace helixnet
