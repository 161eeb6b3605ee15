// Small studies built in code for the diagram tests.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "helixnet/study/study.hpp"

namespace helixnet::test {

inline void add_actor(Study& s, std::string id, std::string name, std::string sector, std::string region,
                      std::vector<int> waves = {}) {
    Actor a;
    a.id = std::move(id);
    a.name = std::move(name);
    if (!sector.empty()) a.attributes["sector"] = std::move(sector);
    if (!region.empty()) a.attributes["region"] = std::move(region);
    a.waves = std::move(waves);
    s.actors.push_back(std::move(a));
}

inline void add_tie(Study& s, const std::string& a, const std::string& b, int wave, double weight = 1) {
    Tie t;
    t.source = *s.actor_index(a);
    t.target = *s.actor_index(b);
    t.wave = wave;
    t.weight = weight;
    s.ties.push_back(std::move(t));
}

inline void declare_attributes(Study& s) {
    AttributeInfo sector{"sector", {}};
    sector.values.push_back({"government", ValueInfo{"Overheid", "#1f77b4", "government", {}}});
    sector.values.push_back({"industry", ValueInfo{"Bedrijven", "#ff7f0e", "industry", {}}});
    sector.values.push_back({"education", ValueInfo{"Onderwijs", "#2ca02c", "education", {}}});
    AttributeInfo region{"region", {}};
    region.values.push_back({"gorinchem", ValueInfo{"Gorinchem e.o.", "", "", {}}});
    region.values.push_back({"drechtsteden", ValueInfo{"Drechtsteden", "", "", {}}});
    s.attributes = {sector, region};
    s.attribute_names = {"sector", "region"};
}

// Two regions, three waves; "late" joins in 2022, "gone" leaves after 2019.
//
//   2019: gem-g - roc - bedrijf-a, gem-g - gem-d, gem-d - gone, gem-d - hs
//   2022: gem-g - roc - bedrijf-a, gem-g - gem-d (2), gem-d - hs, hs - late
//   2024: as 2022, plus bedrijf-a - late, roc - extern; gem-g - roc ends
inline Study regional_study() {
    Study s;
    s.name = "Test \"Regio\" Deal";
    s.waves = {{2019, "start"}, {2022, "baseline"}, {2024, "end"}};
    declare_attributes(s);
    add_actor(s, "gem-g", "Gemeente Gorinchem", "government", "gorinchem");
    add_actor(s, "roc", "ROC Da Vinci", "education", "gorinchem");
    add_actor(s, "bedrijf-a", "Wärtsilä", "industry", "gorinchem");
    add_actor(s, "gem-d", "Gemeente Dordrecht", "government", "drechtsteden");
    add_actor(s, "hs", "Hogeschool Rotterdam", "education", "drechtsteden");
    add_actor(s, "gone", "Stichting Gone", "intermediary", "drechtsteden", {2019});
    add_actor(s, "late", "Late & Co", "industry", "drechtsteden", {2022, 2024});
    add_actor(s, "extern", "Provincie Zuid-Holland", "government", "outside");
    s.reindex();
    add_tie(s, "gem-g", "roc", 2019);
    add_tie(s, "roc", "bedrijf-a", 2019);
    add_tie(s, "gem-g", "gem-d", 2019);
    add_tie(s, "gem-d", "gone", 2019);
    add_tie(s, "gem-d", "hs", 2019);
    add_tie(s, "gem-g", "roc", 2022);
    add_tie(s, "roc", "bedrijf-a", 2022);
    add_tie(s, "gem-g", "gem-d", 2022, 2);
    add_tie(s, "gem-d", "hs", 2022);
    add_tie(s, "hs", "late", 2022);
    add_tie(s, "roc", "bedrijf-a", 2024, 3);
    add_tie(s, "gem-g", "gem-d", 2024, 2);
    add_tie(s, "gem-d", "hs", 2024);
    add_tie(s, "hs", "late", 2024);
    add_tie(s, "bedrijf-a", "late", 2024);
    add_tie(s, "roc", "extern", 2024);
    return s;
}

// Names that break careless escaping, in one wave.
inline std::vector<std::string> hostile_names() {
    return {"Wärtsilä",   "\"quoted\"", "back\\slash",  "{brace}",        "<script>&",
            "two\nlines", "R&amp;D",    "ends with \\", "\\N not a name", "tab\there"};
}

inline Study hostile_study() {
    Study s;
    s.name = "Hostile <names> & \"quotes\"";
    s.waves = {{2024, ""}};
    declare_attributes(s);
    const auto names = hostile_names();
    for (std::size_t i = 0; i < names.size(); ++i)
        add_actor(s, (i == 2 ? "id\\" : "id \"") + std::to_string(i) + "\" {x}", names[i],
                  i % 2 ? "industry" : "government", i % 3 ? "gorinchem" : "drechtsteden");
    s.reindex();
    for (std::size_t i = 0; i + 1 < names.size(); ++i) add_tie(s, s.actors[i].id, s.actors[i + 1].id, 2024);
    return s;
}

}  // namespace helixnet::test
