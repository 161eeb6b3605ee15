// Studies and comparisons shared by the tests of the study's forms.
#pragma once

#include <algorithm>
#include <string>

#include <nlohmann/json.hpp>

#include "helixnet/study/json_io.hpp"

namespace helixnet::test {

// A study whose texts try to break XML and DOT quoting: ids and names with
// quotes, braces, markup, backslashes, line breaks and control characters,
// DOT keywords as ids, an attribute name with quotes; notes, memberships,
// confidence, wave labels and colours.
constexpr const char* hostile_study_json = R"({
  "format": "helixnet/1",
  "name": "Deal \"<x>\" \\ & {y}",
  "description": "two\nlines",
  "sources": [{"id": "s", "title": "T \\N"}],
  "waves": [{"year": 2019, "label": "start <&>"}, {"year": 2024, "label": "end \\"}],
  "attributes": {"sector": {"gov": {"label": "Overheid \"G\"", "color": "#abc", "helix": "government"}}},
  "actors": [
    {"id": "plain", "name": "W\u00e4rtsil\u00e4", "sector": "gov", "odd \"attr\" <x>": "v&1"},
    {"id": "id \"0\" {x}", "name": "\"quoted\" <script>&amp;", "sector": "edu", "note": "tab\there"},
    {"id": "back\\id", "name": "ends with \\", "waves": [2024]},
    {"id": "two\nline id", "name": "cr\r\nlf \\N", "waves": [2019]},
    {"id": "node", "name": "ctrl\u0001char", "odd \"attr\" <x>": "w"},
    {"id": "graph", "name": "graph"}
  ],
  "initiatives": [{"id": "i", "name": "I <lab>", "members": [{"actor": "back\\id", "waves": [2024], "confidence": "implied", "evidence": "e \\ f"}]}],
  "ties": [
    {"source": "plain", "target": "id \"0\" {x}", "wave": 2019, "weight": 0.1, "evidence": "a \"quote\" \\ with backslash\\", "confidence": "assumed"},
    {"source": "plain", "target": "id \"0\" {x}", "wave": 2024, "weight": 2, "kind": "k <&>", "initiative": "i", "source_ref": "p. 3"},
    {"source": "back\\id", "target": "node", "wave": 2024, "evidence": "line\nbreak and a long text that goes on and on so that a writer might want to break it over more than one line, which cgraph does past 128 characters"},
    {"source": "two\nline id", "target": "graph", "wave": 2019, "weight": 1e-9},
    {"source": "node", "target": "graph", "wave": 2019, "confidence": "stated"}
  ]
})";

// The study's JSON with actors sorted by id and ties by wave, ends and
// evidence, each tie's ends in order: the same study whatever order a form
// keeps and whichever end of an undirected tie it names first.
inline nlohmann::json canonical(const Study& study) {
    nlohmann::json j = nlohmann::json::parse(write_study_json(study));
    auto& actors = j["actors"];
    std::sort(actors.begin(), actors.end(), [](const auto& a, const auto& b) { return a["id"] < b["id"]; });
    auto& ties = j["ties"];
    for (auto& t : ties)
        if (t["target"] < t["source"]) std::swap(t["source"], t["target"]);
    const auto key = [](const nlohmann::json& t) {
        return std::make_tuple(t["wave"].get<int>(), t["source"].get<std::string>(), t["target"].get<std::string>(),
                               t.value("evidence", std::string()));
    };
    std::sort(ties.begin(), ties.end(), [&](const auto& a, const auto& b) { return key(a) < key(b); });
    return j;
}

// The hostile study as an XML form gives it back: every control character
// other than tab, line feed and carriage return as U+FFFD.
inline std::string without_xml_controls(std::string json) {
    for (std::size_t at; (at = json.find("\\u0001")) != std::string::npos;) json.replace(at, 6, "\xEF\xBF\xBD");
    return json;
}

}  // namespace helixnet::test
