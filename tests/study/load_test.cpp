#include "helixnet/study/load.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "../support/rejection.hpp"
#include "../support/temp_dir.hpp"
#include "helixnet/study/csv_io.hpp"
#include "helixnet/study/json_io.hpp"

namespace helixnet {
namespace {

using helixnet::testing::TempDir;
using ::testing::HasSubstr;

// Loads and expects rejection; returns the errors.
std::vector<Diagnostic> errors_of(const std::filesystem::path& p) {
    return testing::rejection_errors([&] { return load_study(p); }, p.string());
}

const Diagnostic* find(const std::vector<Diagnostic>& ds, std::string_view message) {
    for (const auto& d : ds)
        if (d.message.find(message) != std::string::npos) return &d;
    return nullptr;
}

constexpr const char* good_json = R"({
  "format": "helixnet/1",
  "name": "Tiny",
  "waves": [{"year": 2019, "label": "start"}, {"year": 2024}],
  "attributes": {"sector": {"gov": {"label": "Overheid", "color": "#1f77b4", "helix": "government"}}},
  "actors": [
    {"id": "a", "name": "W\u00e4rtsil\u00e4 \"<&>\"", "sector": "gov", "region": "x"},
    {"id": "b", "name": "B", "sector": "industry", "waves": [2024]},
    {"id": "c", "note": "no name"}
  ],
  "initiatives": [{"id": "i", "name": "I_lab", "pillar": "hc", "members": [{"actor": "a", "waves": [2019], "confidence": "implied"}]}],
  "ties": [
    {"source": "a", "target": "c", "wave": 2019, "weight": 2, "evidence": "quote, with comma", "confidence": "assumed"},
    {"source": "a", "target": "b", "wave": 2024, "weight": 0.5, "kind": "collaboration", "initiative": "i", "source_ref": "p. 3"},
    {"source": "c", "target": "b", "wave": 2024}
  ]
})";

TEST(LoadJson, ReadsTheWholeModel) {
    TempDir dir;
    const Study s = load_study(dir.write("s.json", good_json));
    EXPECT_EQ(s.name, "Tiny");
    ASSERT_EQ(s.waves.size(), 2u);
    EXPECT_EQ(s.waves[0].label, "start");
    ASSERT_EQ(s.actors.size(), 3u);
    EXPECT_EQ(s.actors[0].name, "W\u00e4rtsil\u00e4 \"<&>\"");
    EXPECT_EQ(s.actors[2].name, "c");  // name defaults to id
    EXPECT_EQ(*s.actors[0].attribute("sector"), "gov");
    EXPECT_EQ(s.actors[2].attribute("sector"), nullptr);
    EXPECT_TRUE(s.actor_in_wave(0, 2019));
    EXPECT_FALSE(s.actor_in_wave(1, 2019));
    ASSERT_EQ(s.ties.size(), 3u);
    EXPECT_DOUBLE_EQ(s.ties[1].weight, 0.5);
    EXPECT_EQ(s.ties[0].level(), Confidence::assumed);
    EXPECT_EQ(s.ties[2].level(), Confidence::stated);
    ASSERT_EQ(s.initiatives.size(), 1u);
    EXPECT_EQ(s.initiatives[0].attributes.at("pillar"), "hc");
    ASSERT_EQ(s.initiatives[0].members.size(), 1u);
    EXPECT_EQ(s.helix_role("gov"), "government");
    EXPECT_EQ(s.helix_role("industry"), "industry");
    EXPECT_EQ(s.helix_role("other"), "");
}

TEST(LoadJson, ConfidenceFilterKeepsTiesAtOrAboveTheLevel) {
    TempDir dir;
    const Study s = load_study(dir.write("s.json", good_json));
    EXPECT_EQ(filter_by_confidence(s, Confidence::stated).ties.size(), 2u);
    EXPECT_EQ(filter_by_confidence(s, Confidence::implied).ties.size(), 2u);
    EXPECT_EQ(filter_by_confidence(s, Confidence::assumed).ties.size(), 3u);
    EXPECT_EQ(filter_by_confidence(s, Confidence::stated).initiatives[0].members.size(), 0u);
    EXPECT_EQ(filter_by_confidence(s, Confidence::implied).initiatives[0].members.size(), 1u);
}

TEST(LoadJson, RoundTripsThroughTheCsvFolderWithoutLoss) {
    TempDir dir;
    const Study s = load_study(dir.write("s.json", good_json));
    write_study_folder(s, dir.path() / "folder");
    const Study back = load_study(dir.path() / "folder");
    EXPECT_EQ(write_study_json(back), write_study_json(s));
    // And once more through JSON.
    const Study again = load_study(dir.write("again.json", write_study_json(back)));
    EXPECT_EQ(write_study_json(again), write_study_json(s));
}

TEST(LoadJson, ReportsEveryErrorOfFormatMdInOneRun) {
    TempDir dir;
    const auto p = dir.write("bad.json", R"({
  "format": "helixnet/2",
  "waves": [{"year": 2019}, {"year": 2019}, {"year": 2024}],
  "actors": [{"id": "a", "waves": [2019]}, {"id": "a"}, {"id": "b"}, {"id": "c"}],
  "ties": [
    {"source": "a", "target": "ghost", "wave": 2019},
    {"source": "b", "target": "c", "wave": 2030},
    {"source": "a", "target": "b", "wave": 2024},
    {"source": "b", "target": "b", "wave": 2019},
    {"source": "b", "target": "c", "wave": 2019, "weight": 0},
    {"source": "b", "target": "c", "wave": 2024, "weight": "heavy"}
  ]
})");
    const auto errors = errors_of(p);
    EXPECT_EQ(errors.size(), 9u);
    const Diagnostic* d = nullptr;
    ASSERT_TRUE(d = find(errors, "unknown format"));
    EXPECT_EQ(d->value, "helixnet/2");
    EXPECT_EQ(d->file, p.string());
    ASSERT_TRUE(d = find(errors, "wave year declared twice"));
    EXPECT_EQ(d->record, "waves[1]");
    EXPECT_EQ(d->value, "2019");
    ASSERT_TRUE(d = find(errors, "duplicate actor id"));
    EXPECT_EQ(d->record, "actors[1]");
    EXPECT_EQ(d->value, "a");
    ASSERT_TRUE(d = find(errors, "tie target is not a known actor"));
    EXPECT_EQ(d->record, "ties[0]");
    EXPECT_EQ(d->value, "ghost");
    ASSERT_TRUE(d = find(errors, "tie in a wave that is not declared"));
    EXPECT_EQ(d->record, "ties[1]");
    EXPECT_EQ(d->value, "2030");
    ASSERT_TRUE(d = find(errors, "does not exist in wave 2024"));
    EXPECT_EQ(d->record, "ties[2]");
    EXPECT_EQ(d->value, "a");
    ASSERT_TRUE(d = find(errors, "self-loop"));
    EXPECT_EQ(d->record, "ties[3]");
    ASSERT_TRUE(d = find(errors, "weight must be positive"));
    EXPECT_EQ(d->record, "ties[4]");
    EXPECT_EQ(d->value, "0");
    ASSERT_TRUE(d = find(errors, "weight is not a number"));
    EXPECT_EQ(d->record, "ties[5]");
    EXPECT_EQ(d->value, "heavy");
}

TEST(LoadJson, RejectsColoursThatAreNotColours) {
    // Graphviz's gradient parser crashes on "red;x"; the loader names every
    // colour outside #rgb, #rrggbb, #rrggbbaa and letter-and-digit names.
    TempDir dir;
    const auto p = dir.write("colours.json", R"({
  "format": "helixnet/1",
  "waves": [{"year": 2019}],
  "attributes": {"sector": {
    "a": {"color": "red;x"}, "b": {"color": "red:blue"}, "c": {"color": "#12"}, "d": {"color": "/x11/red"},
    "e": {"color": "#1f77b4"}, "f": {"color": "#ABC"}, "g": {"color": "#1f77b480"}, "h": {"color": "steelblue"},
    "i": {"color": "grey50"}, "j": {"color": ""}, "k": {"color": " red"}, "l": {"color": "#gg0000"}
  }},
  "actors": [{"id": "x", "sector": "a"}, {"id": "y", "sector": "e"}],
  "ties": [{"source": "x", "target": "y", "wave": 2019}]
})");
    const auto errors = errors_of(p);
    std::vector<std::string> values;
    for (const auto& d : errors) {
        EXPECT_THAT(d.message, HasSubstr("colour must be #rgb, #rrggbb, #rrggbbaa or a colour name"));
        EXPECT_EQ(d.file, p.string());
        values.push_back(d.value);
    }
    EXPECT_THAT(values, ::testing::ElementsAre("red;x", "red:blue", "#12", "/x11/red", " red", "#gg0000"));
    const Diagnostic* d = find(errors, "colour");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->record, "attributes.sector.a");
    EXPECT_EQ(d->to_string(), p.string() +
                                  ": attributes.sector.a: error: colour must be #rgb, #rrggbb, #rrggbbaa or "
                                  "a colour name of letters and digits: 'red;x'");
}

TEST(LoadCsv, StudyJsonColoursFollowTheSameRule) {
    TempDir dir;
    dir.write("s/study.json", R"({"attributes": {"sector": {"gov": {"color": "red;x"}}}})");
    dir.write("s/actors.csv", "id,sector\na,gov\nb,gov\n");
    dir.write("s/ties.csv", "source,target,wave\na,b,2019\n");
    const auto errors = errors_of(dir.path() / "s");
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].file, (dir.path() / "s" / "study.json").string());
    EXPECT_EQ(errors[0].record, "attributes.sector.gov");
    EXPECT_EQ(errors[0].value, "red;x");
}

TEST(LoadJson, MalformedJsonNamesLineAndColumn) {
    TempDir dir;
    const auto errors = errors_of(dir.write("m.json", "{\n  \"format\": \"helixnet/1\",\n  \"actors\": [}\n"));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].line, 3u);
    EXPECT_EQ(errors[0].column, 14u);
    EXPECT_THAT(errors[0].message, HasSubstr("malformed JSON"));
}

TEST(LoadJson, InvalidUtf8IsAnErrorWithItsPlace) {
    TempDir dir;
    const auto errors =
        errors_of(dir.write("u.json", "{\"format\": \"helixnet/1\",\n \"name\": \"W\xE4rtsil\xE4\", \"actors\": []}"));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].line, 2u);
    EXPECT_EQ(errors[0].column, 12u);
    EXPECT_THAT(errors[0].message, HasSubstr("invalid UTF-8"));
}

TEST(LoadHostile, DeepNestingEmptyAndBinaryFilesAreRejectedQuickly) {
    TempDir dir;
    const std::string deep = std::string(4'000'000, '[') + std::string(4'000'000, ']');
    EXPECT_THAT(errors_of(dir.write("deep.json", deep)).at(0).message, HasSubstr("nested deeper"));
    EXPECT_THAT(errors_of(dir.write("empty.json", "")).at(0).message, HasSubstr("empty file"));
    std::string binary(4096, '\0');
    for (std::size_t i = 0; i < binary.size(); ++i) binary[i] = static_cast<char>((i * 7919) % 256);
    EXPECT_FALSE(errors_of(dir.write("bin.json", binary)).empty());
    dir.write("binfolder/actors.csv", binary);
    EXPECT_FALSE(errors_of(dir.path() / "binfolder").empty());
    EXPECT_FALSE(errors_of(dir.write("bin.edges", binary)).empty());
    EXPECT_THAT(errors_of(dir.path() / "missing.json").at(0).message, HasSubstr("no such file"));
}

TEST(LoadCsv, ReportsErrorsWithFileAndLine) {
    TempDir dir;
    dir.write("s/study.json", R"({"name": "S", "waves": [{"year": 2019}, {"year": 2024}]})");
    dir.write("s/actors.csv", "id;name;sector;waves\na;A;gov;\na;A again;gov;\nb;B;edu;\"2019;2030\"\n");
    dir.write("s/ties.csv", "source,target,wave,weight\na,b,2019,1\na,zz,2019,1\na,b,2024,-1\na,b,2019,x\n");
    const auto errors = errors_of(dir.path() / "s");
    const Diagnostic* d = nullptr;
    ASSERT_TRUE(d = find(errors, "duplicate actor id"));
    EXPECT_EQ(d->line, 3u);
    EXPECT_THAT(d->file, HasSubstr("actors.csv"));
    ASSERT_TRUE(d = find(errors, "wave 2030 is not declared"));
    EXPECT_EQ(d->line, 4u);
    ASSERT_TRUE(d = find(errors, "tie target is not a known actor"));
    EXPECT_EQ(d->line, 3u);
    EXPECT_THAT(d->file, HasSubstr("ties.csv"));
    EXPECT_EQ(d->value, "zz");
    ASSERT_TRUE(d = find(errors, "weight must be positive"));
    EXPECT_EQ(d->line, 4u);
    ASSERT_TRUE(d = find(errors, "weight is not a number"));
    EXPECT_EQ(d->line, 5u);
    EXPECT_EQ(errors.size(), 6u);
}

TEST(LoadCsv, MergesDuplicatePairsWithAWarningAndWarnsOfUntiedActors) {
    TempDir dir;
    dir.write("s/actors.csv", "id\na\nb\nlonely\n");
    dir.write("s/ties.csv", "source,target,wave,weight\na,b,2019,1\nb,a,2019,2.5\n");
    std::vector<Diagnostic> warnings;
    const Study s = load_study(dir.path() / "s", {}, &warnings);
    ASSERT_EQ(s.ties.size(), 1u);
    EXPECT_DOUBLE_EQ(s.ties[0].weight, 3.5);
    ASSERT_EQ(warnings.size(), 2u);
    EXPECT_THAT(warnings[0].message, HasSubstr("listed twice"));
    EXPECT_EQ(warnings[0].line, 3u);
    EXPECT_THAT(warnings[1].message, HasSubstr("no ties"));
    EXPECT_EQ(warnings[1].value, "lonely");
    // Without study.json the waves are those the records use; the name is the folder's.
    ASSERT_EQ(s.waves.size(), 1u);
    EXPECT_EQ(s.waves[0].year, 2019);
    EXPECT_EQ(s.name, "s");
}

// A member of an initiative is part of the study's two-mode data, so an actor
// with memberships but no tie is not warned of; one with neither still is.
TEST(LoadCsv, AnActorWithOnlyMembershipsIsNotUntied) {
    TempDir dir;
    dir.write("s/actors.csv", "id\na\nb\nmember\nlonely\n");
    dir.write("s/ties.csv", "source,target,wave\na,b,2019\n");
    dir.write("s/initiatives.csv", "id,name\nplan,Plan\n");
    dir.write("s/memberships.csv", "initiative,actor,waves\nplan,member,2019\n");
    std::vector<Diagnostic> warnings;
    const Study s = load_study(dir.path() / "s", {}, &warnings);
    ASSERT_EQ(s.initiatives.size(), 1u);
    ASSERT_EQ(s.initiatives[0].members.size(), 1u);
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_THAT(warnings[0].message, HasSubstr("no ties and no memberships"));
    EXPECT_EQ(warnings[0].value, "lonely");
}

// Three records of one pair in 2019, one in 2024 (not a repeat), another
// pair between them: the first record of each pair stays, in its place, with
// the weights summed and the most certain confidence; one warning per pair,
// at its second record, naming every line.
TEST(LoadCsv, MergesEachPairIntoItsFirstRecordPerWave) {
    TempDir dir;
    dir.write("s/actors.csv", "id\na\nb\nc\n");
    dir.write("s/ties.csv",
              "source,target,wave,weight,confidence\n"
              "b,a,2019,1,assumed\n"    // line 2: kept
              "a,c,2019,1,stated\n"     // line 3: another pair
              "a,b,2024,4,assumed\n"    // line 4: another wave
              "a,b,2019,2,implied\n"    // line 5: repeat
              "b,a,2019,0.5,assumed\n"  // line 6: repeat
    );
    std::vector<Diagnostic> warnings;
    const Study s = load_study(dir.path() / "s", {}, &warnings);
    ASSERT_EQ(s.ties.size(), 3u);
    EXPECT_EQ(s.actors[s.ties[0].source].id, "b");
    EXPECT_EQ(s.ties[0].wave, 2019);
    EXPECT_DOUBLE_EQ(s.ties[0].weight, 3.5);
    EXPECT_EQ(s.ties[0].level(), Confidence::implied);
    EXPECT_EQ(s.actors[s.ties[1].target].id, "c");
    EXPECT_EQ(s.ties[2].wave, 2024);
    EXPECT_DOUBLE_EQ(s.ties[2].weight, 4.0);
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0].line, 5u);
    EXPECT_NE(warnings[0].message.find("listed 3 times in wave 2019 (lines 2, 5 and 6); merged into one tie of weight "
                                       "3.5 (the sum)"),
              std::string::npos)
        << warnings[0].message;
}

TEST(LoadEdgeList, ReadsTokensCommentsWeightsAndAttributes) {
    TempDir dir;
    const auto p = dir.write("g.edges", "# a comment\n1 2\n2\t3 2.5  # trailing\n\n3 1\n");
    const auto attrs = dir.write("g.csv", "id,sector\n1,gov\n3,edu\n9,ind\n");
    LoadOptions opts;
    opts.attributes_csv = attrs;
    const Study s = load_study(p, opts);
    ASSERT_EQ(s.actors.size(), 4u);  // 9 only in the attribute file: an isolate
    EXPECT_EQ(s.actors[3].id, "9");
    EXPECT_EQ(*s.actors[0].attribute("sector"), "gov");
    ASSERT_EQ(s.ties.size(), 3u);
    EXPECT_DOUBLE_EQ(s.ties[1].weight, 2.5);
    ASSERT_EQ(s.waves.size(), 1u);

    const auto errors = errors_of(dir.write("bad.edges", "1 2\n1 2 3 4\n5 5\n6 7 -2\n"));
    ASSERT_EQ(errors.size(), 3u);
    EXPECT_EQ(errors[0].line, 2u);
    EXPECT_THAT(errors[1].message, HasSubstr("self-loop"));
    EXPECT_EQ(errors[1].line, 3u);
    EXPECT_EQ(errors[2].line, 4u);
}

// Found by the edge_list fuzz target (seeds/edge_list/found-spaced-attributes):
// the attribute table's values kept their spaces, which the JSON reader then
// removed, so the study changed on the way through JSON; and an actor only in
// the attribute table was placed in the edge list's file.
TEST(LoadEdgeList, TidiesTheAttributeTableAndPlacesItsActorsInIt) {
    TempDir dir;
    const auto p = dir.write("g.edges", "1 2\n");
    const auto attrs = dir.write("g.csv", "id,name,region\n1, One ,gorinchem \n9,Nine, a\n");
    LoadOptions opts;
    opts.attributes_csv = attrs;
    std::vector<Diagnostic> warnings;
    const Study s = load_study(p, opts, &warnings);
    ASSERT_EQ(s.actors.size(), 3u);
    EXPECT_EQ(s.actors[0].name, "One");
    EXPECT_EQ(*s.actors[0].attribute("region"), "gorinchem");
    EXPECT_EQ(*s.actors[2].attribute("region"), "a");
    bool untied = false;
    for (const auto& w : warnings) {
        if (w.message.find("no ties") == std::string::npos) continue;
        untied = true;
        EXPECT_EQ(w.file, attrs.string());
        EXPECT_EQ(w.line, 3u);
    }
    EXPECT_TRUE(untied);
}

}  // namespace
}  // namespace helixnet
