#include "helixnet/study/gexf_io.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "../support/temp_dir.hpp"
#include "graph_forms.hpp"
#include "helixnet/study/bundled.hpp"
#include "helixnet/study/load.hpp"
#include "helixnet/util/text.hpp"

namespace helixnet {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

Study read(std::string_view text, Diagnostics& d) { return read_study_gexf(text, "s.gexf", d); }

Study read(std::string_view text) {
    Diagnostics d;
    return read(text, d);
}

std::string seed(const std::string& name) {
    return read_text_file(std::string(HELIXNET_SOURCE_DIR) + "/tests/fuzz/seeds/gexf/" + name);
}

// The errors of a GEXF text that must be rejected, as printed.
std::vector<std::string> errors_of(std::string_view text) {
    try {
        (void)read(text);
    } catch (const InvalidInput& e) {
        std::vector<std::string> out;
        for (const auto& d : e.diagnostics())
            if (d.severity == Severity::error) out.push_back(d.to_string());
        return out;
    }
    ADD_FAILURE() << "expected rejection of\n" << text;
    return {};
}

const Tie* tie(const Study& s, std::string_view a, std::string_view b, int wave) {
    for (const Tie& t : s.ties) {
        const std::string& x = s.actors[t.source].id;
        const std::string& y = s.actors[t.target].id;
        if (t.wave == wave && ((x == a && y == b) || (x == b && y == a))) return &t;
    }
    return nullptr;
}

TEST(GexfIo, RoundTripsTheBundledStudyWithoutLoss) {
    const Study s = load_study(bundled_study_path());
    const std::string gexf = write_study_gexf(s);
    const Study back = read(gexf);
    EXPECT_EQ(test::canonical(back), test::canonical(s));
    // The ties come back wave by wave, as the bundled study lists them.
    for (std::size_t i = 1; i < back.ties.size(); ++i) EXPECT_LE(back.ties[i - 1].wave, back.ties[i].wave);
}

TEST(GexfIo, RoundTripsHostileTextsButControlCharacters) {
    Diagnostics d;
    const Study s = read_study_json(test::hostile_study_json, "hostile.json", d);
    Diagnostics warnings;
    const std::string gexf = write_study_gexf(s, &warnings);
    const Study expected = read_study_json(test::without_xml_controls(test::hostile_study_json), "expected.json", d);
    EXPECT_EQ(test::canonical(read(gexf)), test::canonical(expected));
    ASSERT_EQ(warnings.items().size(), 1u);
    EXPECT_EQ(warnings.items()[0].record, "actors[4]");
    EXPECT_EQ(gexf.find("&#1;"), std::string::npos);
}

// One edge per pair; a wave's spell runs to the year before the next wave,
// the last wave's is its year alone; values hold over runs of waves.
TEST(GexfIo, WritesTheWavesAsSpellsOnGephisTimeline) {
    Diagnostics d;
    const Study s = read_study_json(R"({"format": "helixnet/1", "name": "T",
      "waves": [{"year": 2019}, {"year": 2022}, {"year": 2024}],
      "actors": [{"id": "a"}, {"id": "b", "waves": [2022, 2024]}, {"id": "c", "waves": [2019, 2024]}],
      "ties": [
        {"source": "a", "target": "c", "wave": 2019, "weight": 2, "evidence": "e"},
        {"source": "b", "target": "a", "wave": 2022, "weight": 1, "confidence": "assumed"},
        {"source": "a", "target": "b", "wave": 2024, "weight": 3, "confidence": "assumed"},
        {"source": "c", "target": "a", "wave": 2024, "weight": 2, "evidence": "e"}]})",
                                    "t.json", d);
    const std::string gexf = write_study_gexf(s);
    EXPECT_THAT(gexf, HasSubstr(R"(<graph defaultedgetype="undirected" mode="dynamic" timeformat="integer")"));
    EXPECT_THAT(gexf, HasSubstr(R"(<node id="a" label="a">
        <spells><spell start="2019" end="2024"/></spells>)"));
    EXPECT_THAT(gexf, HasSubstr(R"(<node id="b" label="b">
        <spells><spell start="2022" end="2024"/></spells>)"));
    EXPECT_THAT(gexf,
                HasSubstr(R"(<spells><spell start="2019" end="2021"/><spell start="2024" end="2024"/></spells>)"));
    EXPECT_THAT(gexf, HasSubstr(R"(<edge id="0" source="a" target="c">
        <attvalues>
          <attvalue for="weight" value="2" start="2019" end="2021"/>
          <attvalue for="weight" value="2" start="2024" end="2024"/>
          <attvalue for="evidence" value="e" start="2019" end="2021"/>
          <attvalue for="evidence" value="e" start="2024" end="2024"/>)"));
    EXPECT_THAT(gexf, HasSubstr(R"(<edge id="1" source="b" target="a">
        <attvalues>
          <attvalue for="weight" value="1" start="2022" end="2023"/>
          <attvalue for="weight" value="3" start="2024" end="2024"/>
          <attvalue for="confidence" value="assumed" start="2022" end="2024"/>
        </attvalues>
        <spells><spell start="2022" end="2024"/></spells>)"));
    EXPECT_EQ(test::canonical(read(gexf)), test::canonical(s));
}

TEST(GexfIo, ReadsAStaticNetworkxFileAsOneWave) {
    const Study s = read(seed("networkx.gexf"));
    ASSERT_EQ(s.waves.size(), 1u);
    EXPECT_EQ(s.waves[0].year, 0);
    ASSERT_EQ(s.actors.size(), 3u);
    EXPECT_EQ(s.actors[0].name, "Alpha");
    EXPECT_EQ(*s.actors[1].attribute("sector"), "edu");
    EXPECT_EQ(s.actors[2].attribute("sector"), nullptr);
    ASSERT_EQ(s.ties.size(), 2u);
    EXPECT_DOUBLE_EQ(s.ties[0].weight, 2.5);
    EXPECT_EQ(s.ties[0].kind, "x");
}

TEST(GexfIo, ReadsSpellsIntervalsAndDynamicValuesAsWaves) {
    Diagnostics d;
    const Study s = read(seed("gephi-dynamic.gexf"), d);
    EXPECT_EQ(s.wave_years(), (std::vector<int>{2019, 2022, 2024}));
    ASSERT_EQ(s.actors.size(), 3u);
    EXPECT_TRUE(s.actors[0].waves.empty());  // no time: every wave
    EXPECT_EQ(s.actors[1].waves, (std::vector<int>{2019, 2022, 2024}));
    EXPECT_EQ(s.actors[2].waves, (std::vector<int>{2022, 2024}));
    EXPECT_EQ(*s.actors[0].attribute("region"), "north");  // the attribute's default
    EXPECT_EQ(*s.actors[1].attribute("region"), "south");
    ASSERT_EQ(s.ties.size(), 5u);
    // Gephi's dynamic "Weight" per spell; an untimed value in every wave.
    EXPECT_DOUBLE_EQ(tie(s, "gov", "firm", 2019)->weight, 1.0);
    EXPECT_DOUBLE_EQ(tie(s, "gov", "firm", 2022)->weight, 3.0);
    EXPECT_EQ(tie(s, "gov", "firm", 2024)->kind, "funding");
    // `intervals` and the edge's own `kind`.
    EXPECT_EQ(tie(s, "firm", "school", 2019), nullptr);
    EXPECT_EQ(tie(s, "firm", "school", 2022)->kind, "internship");
    EXPECT_NE(tie(s, "firm", "school", 2024), nullptr);
    EXPECT_TRUE(d.warnings().empty());
}

TEST(GexfIo, ReadsTimestampsAsWaves) {
    const Study s = read(seed("timestamps.gexf"));
    EXPECT_EQ(s.wave_years(), (std::vector<int>{2019, 2022, 2024}));
    EXPECT_EQ(s.actors[1].waves, (std::vector<int>{2019, 2022}));
    EXPECT_EQ(s.actors[2].waves, (std::vector<int>{2022, 2024}));
    ASSERT_EQ(s.ties.size(), 4u);
    EXPECT_EQ(tie(s, "a", "b", 2019)->evidence, "minutes of 2019");
    EXPECT_NE(tie(s, "b", "c", 2022), nullptr);
    EXPECT_NE(tie(s, "a", "c", 2024), nullptr);
}

TEST(GexfIo, ReadsNetworkxSpells) {
    const Study s = read(seed("networkx-dynamic.gexf"));
    EXPECT_EQ(s.wave_years(), (std::vector<int>{2019, 2022, 2024}));
    EXPECT_EQ(s.actors[1].waves, (std::vector<int>{2022, 2024}));
    EXPECT_NE(tie(s, "a", "b", 2022), nullptr);
    EXPECT_EQ(tie(s, "a", "b", 2024), nullptr);
    EXPECT_NE(tie(s, "a", "c", 2019), nullptr);
    EXPECT_EQ(tie(s, "a", "c", 2022), nullptr);
}

TEST(GexfIo, NamesTheFileElementAndValueOfEveryErrorOnce) {
    EXPECT_THAT(
        errors_of(seed("errors.gexf")),
        ElementsAre("s.gexf: node[1] \"b\": error: time is not an integer year: 'soon'",
                    "s.gexf: node[2]: error: node without an id",
                    "s.gexf: node[3] \"c\": error: time interval ends before it starts: '2024 > 2019'",
                    "s.gexf: edge[0] \"a\" -- \"b\": error: <attvalue> names an attribute that is not declared: 'zz'",
                    "s.gexf: node[3] \"c\": error: node exists in no wave: its spells hold no wave year: 'c'",
                    "s.gexf: edge[0] \"a\" -- \"b\": error: tie weight is not a number: 'heavy'",
                    "s.gexf: edge[1] \"a\" -- \"ghost\": error: tie target is not a known actor: 'ghost'",
                    "s.gexf: edge[2] \"a\" -- \"a\": error: self-loop: a tie from an actor to itself: 'a'"));
}

TEST(GexfIo, RejectsHostileFilesWithTheirPlace) {
    const auto one = [](std::string_view text) {
        const auto errors = errors_of(text);
        EXPECT_EQ(errors.size(), 1u) << text;
        return errors.empty() ? std::string() : errors[0];
    };
    const std::string bundled = write_study_gexf(load_study(bundled_study_path()));
    EXPECT_THAT(one(bundled.substr(0, bundled.size() / 2)), HasSubstr("malformed XML"));
    std::string deep = "<gexf version=\"1.3\"><graph>";
    for (int i = 0; i < 100'000; ++i) deep += "<nodes>";
    EXPECT_THAT(one(deep), HasSubstr("nested deeper than 64"));
    EXPECT_THAT(one(""), HasSubstr("empty file"));
    EXPECT_THAT(one("<gexf><graph><nodes><node id=\"\xC3\x28\"/></nodes></graph></gexf>"), HasSubstr("invalid UTF-8"));
    std::string binary(4096, '\0');
    for (std::size_t i = 0; i < binary.size(); ++i) binary[i] = static_cast<char>((i * 7919) % 256);
    EXPECT_FALSE(errors_of(binary).empty());
    EXPECT_THAT(one("<graphml><graph/></graphml>"), HasSubstr("not GEXF"));
    EXPECT_THAT(one("<gexf version=\"1.3\"/>"), HasSubstr("no <graph>"));
    // More distinct years than waves a study may hold.
    std::string years = "<gexf><graph><nodes>";
    for (int y = 0; y < 1001; ++y)
        years += "<node id=\"n" + std::to_string(y) + "\" start=\"" + std::to_string(y) + "\"/>";
    EXPECT_THAT(one(years + "</nodes></graph></gexf>"), HasSubstr("more than 1000 distinct wave years"));
}

// An edge without time is a tie in every wave; a value it holds in each is
// copied into each, within a bound, so a small file cannot grow without limit.
TEST(GexfIo, BoundsWhatValuesRepeatedOverWavesMayTake) {
    std::string gexf =
        "<gexf><graph><attributes class=\"edge\"><attribute id=\"e\" title=\"evidence\" type=\"string\"/>"
        "</attributes><nodes><node id=\"a\"/><node id=\"b\"/>";
    for (int y = 0; y < 1000; ++y)
        gexf += "<node id=\"n" + std::to_string(y) + "\" start=\"" + std::to_string(y) + "\"/>";
    gexf += "</nodes><edges>";
    const std::string evidence(200'000, 'x');
    for (int e = 0; e < 2; ++e)
        gexf += "<edge source=\"a\" target=\"b\"><attvalues><attvalue for=\"e\" value=\"" + evidence +
                "\"/></attvalues></edge>";
    const auto errors = errors_of(gexf + "</edges></graph></gexf>");
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_THAT(errors[0], HasSubstr("repeated over its waves, exceed"));
}

TEST(GexfIo, LoadStudyReadsGexfFiles) {
    testing::TempDir dir;
    EXPECT_EQ(form_of("x.gexf"), StudyForm::gexf);
    EXPECT_EQ(load_study(dir.write("n.gexf", seed("networkx.gexf"))).actors.size(), 3u);
}

}  // namespace
}  // namespace helixnet
