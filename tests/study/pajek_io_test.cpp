#include "helixnet/study/pajek_io.hpp"

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

Study read(std::string_view text, Diagnostics& d) { return read_study_pajek(text, "s.net", d); }

Study read(std::string_view text) {
    Diagnostics d;
    return read(text, d);
}

std::string seed(const std::string& name) {
    return read_text_file(std::string(HELIXNET_SOURCE_DIR) + "/tests/fuzz/seeds/pajek/" + name);
}

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

// The ties of a study as "a-b:weight", ends in order, sorted.
std::vector<std::string> ties_of(const Study& s, int wave) {
    std::vector<std::string> out;
    for (const Tie& t : s.ties) {
        if (t.wave != wave) continue;
        std::string a = s.actors[t.source].id, b = s.actors[t.target].id;
        if (b < a) std::swap(a, b);
        out.push_back(a + "-" + b + ":" + format_number(t.weight));
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::string> actors_of(const Study& s, int wave) {
    std::vector<std::string> out;
    for (std::uint32_t a = 0; a < s.actors.size(); ++a)
        if (s.actor_in_wave(a, wave)) out.push_back(s.actors[a].id);
    return out;
}

constexpr const char* small_json = R"({"format": "helixnet/1", "name": "Small",
  "waves": [{"year": 2019}, {"year": 2024}],
  "attributes": {"sector": {"gov": {"label": "Overheid"}, "edu": {}}},
  "actors": [{"id": "a", "name": "Alpha", "sector": "edu"}, {"id": "b c", "waves": [2024], "sector": "gov"},
             {"id": "d", "region": "north"}],
  "ties": [{"source": "a", "target": "d", "wave": 2019, "weight": 2},
           {"source": "b c", "target": "a", "wave": 2024, "weight": 0.5},
           {"source": "d", "target": "b c", "wave": 2024}]})";

TEST(PajekIo, WritesOneWaveWithAPartitionPerAttribute) {
    Diagnostics d;
    const Study s = read_study_json(small_json, "small.json", d);
    const PajekFiles files = write_study_pajek(s, 2024);
    EXPECT_EQ(files.network, "*Network Small\n*Vertices 3\n1 \"a\"\n2 \"b c\"\n3 \"d\"\n*Edges\n2 1 0.5\n3 2 1\n");
    ASSERT_EQ(files.partitions.size(), 2u);
    EXPECT_EQ(files.partitions[0].attribute, "sector");
    EXPECT_EQ(files.partitions[0].suffix, "sector");
    // Declared values first (gov, edu), in that order; 0 unknown.
    EXPECT_EQ(files.partitions[0].text,
              "% Small, wave 2024: sector\n% 0 = unknown\n% 1 = gov\n% 2 = edu\n*Vertices 3\n2\n1\n0\n");
    EXPECT_EQ(files.partitions[1].text,
              "% Small, wave 2024: region\n% 0 = unknown\n% 1 = north\n*Vertices 3\n0\n0\n1\n");
    // The wave before holds two actors.
    EXPECT_THAT(write_study_pajek(s, 2019).network, HasSubstr("*Vertices 2\n1 \"a\"\n2 \"d\"\n*Edges\n1 2 2\n"));
}

TEST(PajekIo, KeepsTheActorsAndTiesOfEachWave) {
    for (const Study& s : {load_study(bundled_study_path()), [] {
                               Diagnostics d;
                               return read_study_json(small_json, "small.json", d);
                           }()}) {
        for (const int wave : s.wave_years()) {
            const Study back = read(write_study_pajek(s, wave).network);
            EXPECT_EQ(actors_of(back, 0), actors_of(s, wave)) << wave;
            EXPECT_EQ(ties_of(back, 0), ties_of(s, wave)) << wave;
        }
    }
}

TEST(PajekIo, PartitionFileNamesAreSafeAndDistinct) {
    Diagnostics d;
    const Study s =
        read_study_json(R"({"format": "helixnet/1", "actors": [{"id": "a", "a/b": "x", "a b": "y"}]})", "s.json", d);
    const PajekFiles files = write_study_pajek(s, 0);
    ASSERT_EQ(files.partitions.size(), 2u);
    EXPECT_EQ(files.partitions[0].suffix, "a_b");
    EXPECT_EQ(files.partitions[1].suffix, "a_b_2");
}

TEST(PajekIo, RefusesAnIdAPajekLabelCannotHold) {
    Diagnostics d;
    const Study s = read_study_json(R"({"format": "helixnet/1", "actors": [{"id": "say \"hi\""}]})", "s.json", d);
    EXPECT_THROW((void)write_study_pajek(s, 0), Failure);
}

TEST(PajekIo, ReadsVerticesLabelsWeightsAndArcsAsUndirected) {
    Diagnostics d;
    const Study s = read(seed("plain.net"), d);
    EXPECT_EQ(s.name, "Harbour partners");
    ASSERT_EQ(s.waves.size(), 1u);
    EXPECT_EQ(s.waves[0].year, 0);
    EXPECT_EQ(actors_of(s, 0), (std::vector<std::string>{"Town hall", "Shipyard", "College", "Port", "5"}));
    // 1->2 (3) and 2->1 (2) are one tie of weight 5; `c Blue` and `l "..."` are drawing parameters.
    EXPECT_EQ(ties_of(s, 0), (std::vector<std::string>{"5-Port:1.5", "College-Port:1", "College-Town hall:4",
                                                       "Shipyard-Town hall:5"}));
    const auto w = d.warnings();
    ASSERT_EQ(w.size(), 2u);
    EXPECT_EQ(w[0].to_string(), "s.net:8: warning: directed arcs are read as undirected ties: '*Arcs'");
    EXPECT_THAT(w[1].message, HasSubstr("listed twice"));
    EXPECT_EQ(w[1].line, 10u);
}

TEST(PajekIo, ReadsEdgeAndArcLists) {
    const Study s = read(seed("lists.net"));
    EXPECT_EQ(ties_of(s, 0), (std::vector<std::string>{"a-b:1", "a-c:1", "a-d:1", "c-d:1"}));
}

TEST(PajekIo, ReadsWhatNetworkxWrites) {
    const Study s = read(seed("networkx.net"));
    EXPECT_EQ(actors_of(s, 0), (std::vector<std::string>{"a", "b", "c"}));
    EXPECT_EQ(ties_of(s, 0), (std::vector<std::string>{"a-b:2.5", "b-c:1"}));
}

TEST(PajekIo, NamesTheFileLineAndValueOfEveryError) {
    EXPECT_THAT(errors_of(seed("errors.net")),
                ElementsAre("s.net:7: error: not a vertex number 1..3: '9'",
                            "s.net:10: error: adjacency matrices (*Matrix) are not read: use *Edges or *Arcs: "
                            "'*Matrix'",
                            "s.net:6: error: tie weight is not a number: '1,5'",
                            "s.net:8: error: self-loop: a tie from an actor to itself: 'b'",
                            "s.net:9: error: tie weight must be positive: '-1'"));
    EXPECT_THAT(errors_of("*Vertices 2\n1 \"a\"\n2 \"a\"\n"), ElementsAre("s.net:3: error: duplicate actor id: 'a'"));
    EXPECT_THAT(errors_of("*Edges\n1 2\n"), ElementsAre("s.net:1: error: *Edges before *Vertices: '*Edges'"));
    EXPECT_THAT(errors_of("1 2\n"), ElementsAre("s.net:1: error: expected *Vertices before the data: '1 2'",
                                                "s.net: error: no *Vertices section: not a Pajek network"));
}

TEST(PajekIo, RejectsHostileFilesQuicklyWithBoundedMemory) {
    // A huge count is refused before anything is allocated for it.
    EXPECT_THAT(errors_of("*Vertices 999999999\n"),
                ElementsAre("s.net:1: error: more vertices than a file of this size can describe (at most 10020): "
                            "'999999999'"));
    EXPECT_THAT(errors_of("*Vertices 99999999999999999999999\n").at(0), HasSubstr("needs the number of vertices"));
    // A count the file's size allows: isolates numbered 1..n.
    EXPECT_EQ(read("*Vertices 10000\n").actors.size(), 10'000u);
    const std::string bundled = write_study_pajek(load_study(bundled_study_path()), 2024).network;
    EXPECT_THAT(errors_of(bundled.substr(0, bundled.size() / 2) + "\n1 \"unclosed"),
                ::testing::Contains(HasSubstr("a label without its closing quote: '\"unclosed'")));
    EXPECT_THAT(errors_of("").at(0), HasSubstr("empty file"));
    EXPECT_THAT(errors_of("*Vertices 2\n1 \"\xC3\x28\"\n").at(0), HasSubstr("s.net:2:4: error: invalid UTF-8"));
    std::string binary(4096, '\0');
    for (std::size_t i = 0; i < binary.size(); ++i) binary[i] = static_cast<char>((i * 7919) % 256);
    EXPECT_FALSE(errors_of(binary).empty());
    // Every line wrong: the first 100 named, then a count.
    std::string bad = "*Vertices 1\n*Edges\n";
    for (int i = 0; i < 1000; ++i) bad += "x y\n";
    const auto errors = errors_of(bad);
    EXPECT_EQ(errors.back(), "s.net: error: 1900 more lines are not understood");
}

TEST(PajekIo, LoadStudyReadsPajekFiles) {
    testing::TempDir dir;
    EXPECT_EQ(form_of("x.net"), StudyForm::pajek);
    EXPECT_EQ(load_study(dir.write("n.net", seed("networkx.net"))).actors.size(), 3u);
}

}  // namespace
}  // namespace helixnet
