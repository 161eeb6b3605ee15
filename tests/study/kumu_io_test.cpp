#include "helixnet/study/kumu_io.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "helixnet/study/bundled.hpp"
#include "helixnet/study/json_io.hpp"
#include "helixnet/study/load.hpp"

namespace helixnet {
namespace {

constexpr const char* small_json = R"({"format": "helixnet/1", "name": "Small",
  "waves": [{"year": 2019}, {"year": 2024}],
  "actors": [{"id": "a", "name": "Alpha", "sector": "edu", "type": "school", "note": "n"},
             {"id": "b", "waves": [2024], "sector": "gov"}, {"id": "c", "region": "north"}],
  "ties": [{"source": "a", "target": "c", "wave": 2019, "weight": 2, "kind": "project", "evidence": "quote",
            "initiative": "i", "source_ref": "p. 3"},
           {"source": "b", "target": "a", "wave": 2024, "weight": 0.5, "confidence": "assumed"}]})";

Study small() {
    Diagnostics d;
    return read_study_json(small_json, "small.json", d);
}

TEST(KumuIo, WritesElementsAndConnectionsOfEveryWave) {
    const auto j = nlohmann::json::parse(write_study_kumu(small()));
    ASSERT_EQ(j["elements"].size(), 3u);
    EXPECT_EQ(j["elements"][0], nlohmann::json::parse(R"j({"id": "a", "label": "Alpha", "type": "edu",
        "type (attribute)": "school", "description": "n", "tags": ["2019", "2024"]})j"));
    EXPECT_EQ(j["elements"][1]["tags"], nlohmann::json::parse(R"(["2024"])"));
    EXPECT_EQ(j["elements"][2], nlohmann::json::parse(R"({"id": "c", "label": "c", "region": "north",
        "tags": ["2019", "2024"]})"));
    ASSERT_EQ(j["connections"].size(), 2u);
    EXPECT_EQ(j["connections"][0], nlohmann::json::parse(R"({"from": "a", "to": "c", "direction": "undirected",
        "type": "project", "strength": 2, "description": "quote", "confidence": "stated", "wave": 2019,
        "initiative": "i", "source_ref": "p. 3"})"));
    EXPECT_EQ(j["connections"][1], nlohmann::json::parse(R"({"from": "b", "to": "a", "direction": "undirected",
        "strength": 0.5, "confidence": "assumed", "wave": 2024})"));
}

TEST(KumuIo, WritesOneWaveWhenAsked) {
    const auto j = nlohmann::json::parse(write_study_kumu(small(), 2019));
    ASSERT_EQ(j["elements"].size(), 2u);  // b exists in 2024 only
    ASSERT_EQ(j["connections"].size(), 1u);
    EXPECT_EQ(j["connections"][0]["wave"], 2019);
}

// Every connection names an element: Kumu imports the file as it is.
TEST(KumuIo, EveryConnectionOfTheBundledStudyNamesAnElement) {
    const Study s = load_study(bundled_study_path());
    const auto j = nlohmann::json::parse(write_study_kumu(s));
    std::set<std::string> ids;
    for (const auto& e : j["elements"]) EXPECT_TRUE(ids.insert(e["id"].get<std::string>()).second);
    EXPECT_EQ(ids.size(), s.actors.size());
    ASSERT_EQ(j["connections"].size(), s.ties.size());
    for (const auto& c : j["connections"]) {
        EXPECT_TRUE(ids.count(c["from"].get<std::string>()));
        EXPECT_TRUE(ids.count(c["to"].get<std::string>()));
    }
}

TEST(KumuIo, IsWrittenNotRead) {
    EXPECT_EQ(form_of("map.kumu.json"), StudyForm::kumu);
    EXPECT_EQ(form_of("map.json"), StudyForm::json);
}

}  // namespace
}  // namespace helixnet
