#include "helixnet/study/dl_io.hpp"

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

Study read(std::string_view text, Diagnostics& d) { return read_study_dl(text, "s.dl", d); }

Study read(std::string_view text) {
    Diagnostics d;
    return read(text, d);
}

std::string seed(const std::string& name) {
    return read_text_file(std::string(HELIXNET_SOURCE_DIR) + "/tests/fuzz/seeds/dl/" + name);
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

TEST(DlIo, WritesAnEdgelistWithEveryActorOfTheWaveAsALabel) {
    Diagnostics d;
    const Study s = read_study_json(R"({"format": "helixnet/1", "waves": [{"year": 2019}, {"year": 2024}],
      "actors": [{"id": "a"}, {"id": "b c", "waves": [2024]}, {"id": "say \"x\""}, {"id": "lonely"}],
      "ties": [{"source": "a", "target": "b c", "wave": 2024, "weight": 2.5},
               {"source": "say \"x\"", "target": "a", "wave": 2024}]})",
                                    "s.json", d);
    EXPECT_EQ(write_study_dl(s, 2024),
              "dl n=4 format=edgelist1\nlabels:\na\n\"b c\"\n'say \"x\"'\nlonely\ndata:\n1 2 2.5\n3 1 1\n");
}

TEST(DlIo, KeepsTheActorsAndTiesOfEachWave) {
    const Study s = load_study(bundled_study_path());
    for (const int wave : s.wave_years()) {
        const Study back = read(write_study_dl(s, wave));
        EXPECT_EQ(actors_of(back, 0), actors_of(s, wave)) << wave;
        EXPECT_EQ(ties_of(back, 0), ties_of(s, wave)) << wave;
    }
}

TEST(DlIo, RefusesAnIdADlLabelCannotHold) {
    Diagnostics d;
    const Study s = read_study_json(R"({"format": "helixnet/1", "actors": [{"id": "two\nlines"}]})", "s.json", d);
    EXPECT_THROW((void)write_study_dl(s, 0), Failure);
}

TEST(DlIo, ReadsAFullMatrixWithEmbeddedLabels) {
    const Study s = read(seed("fullmatrix-embedded.dl"));
    EXPECT_EQ(actors_of(s, 0), (std::vector<std::string>{"townhall", "shipyard", "college", "port"}));
    EXPECT_EQ(ties_of(s, 0), (std::vector<std::string>{"college-port:1", "college-townhall:1", "port-shipyard:2",
                                                       "shipyard-townhall:1"}));
}

// Labels given apart; the diagonal ignored; a pair whose cells differ is two
// ties of the pair, summed.
TEST(DlIo, ReadsAFullMatrixWithLabelsAndSaysWhereItIsNotSymmetric) {
    Diagnostics d;
    const Study s = read(seed("fullmatrix-labels.dl"), d);
    EXPECT_EQ(actors_of(s, 0), (std::vector<std::string>{"Town hall", "Shipyard", "College"}));
    EXPECT_EQ(ties_of(s, 0), (std::vector<std::string>{"College-Shipyard:5", "Shipyard-Town hall:1"}));
    std::vector<std::string> warnings;
    for (const auto& w : d.warnings()) warnings.push_back(w.to_string());
    EXPECT_THAT(warnings, ElementsAre("s.dl: warning: values on the diagonal ignored (a tie needs two actors): '3'",
                                      "s.dl:7: warning: the data are not symmetric: College - Shipyard differs from "
                                      "its mirror; both are read as ties of the pair (summed): '2'",
                                      HasSubstr("listed twice")));
}

TEST(DlIo, ReadsEdgeAndNodeLists) {
    const Study edges = read(seed("edgelist1.dl"));
    EXPECT_EQ(actors_of(edges, 0), (std::vector<std::string>{"townhall", "shipyard", "port", "college", "St. Mary"}));
    EXPECT_EQ(ties_of(edges, 0), (std::vector<std::string>{"St. Mary-port:1", "college-townhall:1", "port-shipyard:2.5",
                                                           "shipyard-townhall:1"}));
    // Each tie listed from both ends is one tie.
    const Study nodes = read(seed("nodelist1.dl"));
    EXPECT_EQ(actors_of(nodes, 0), (std::vector<std::string>{"a", "b", "c", "d"}));
    EXPECT_EQ(ties_of(nodes, 0), (std::vector<std::string>{"a-b:1", "a-c:1", "c-d:1"}));
}

TEST(DlIo, NamesTheFileLineAndValueOfEveryError) {
    EXPECT_THAT(
        errors_of(seed("errors.dl")),
        ElementsAre("s.dl:4: error: not an actor number 1..3: '4'", "s.dl:6: error: expected 'from to [value]': '3'",
                    "s.dl:3: error: tie weight is not a number: 'heavy'",
                    "s.dl:5: error: self-loop: a tie from an actor to itself: '2'"));
    EXPECT_THAT(errors_of("graph {}"), ElementsAre("s.dl:1: error: not a DL file: it must begin with 'dl': 'graph'"));
    EXPECT_THAT(errors_of("dl format=edgelist1\ndata:\n"),
                ElementsAre("s.dl:1: error: missing n= (the number of actors)"));
    EXPECT_THAT(
        errors_of("dl n=2 format=edgearray\ndata:\n"),
        ElementsAre("s.dl:1: error: DL format not read (edgelist1, nodelist1 and fullmatrix are): 'edgearray'"));
    EXPECT_THAT(errors_of("dl nr=2 nc=3\ndata:\n").at(0), HasSubstr("two-mode data"));
    EXPECT_THAT(errors_of("dl n=2 nm=2\ndata:\n").at(0), HasSubstr("several matrices"));
    EXPECT_THAT(errors_of("dl n=2\ndata:\n0 1\n1\n"),
                ElementsAre("s.dl:4: error: the matrix ends in row 2: 2 rows of 2 values expected"));
    EXPECT_THAT(errors_of("dl n=2\ndata:\n0 1 1 0 7\n"),
                ElementsAre("s.dl:3: error: more values than 2 rows hold: '7'"));
    EXPECT_THAT(errors_of("dl n=2\nlabels embedded\ndata:\na a\na 0 1\na 1 0\n"),
                ElementsAre("s.dl:4: error: column label given twice: 'a'"));
}

TEST(DlIo, RejectsHostileFilesQuicklyWithBoundedMemory) {
    EXPECT_THAT(errors_of("dl n=999999999 format=fullmatrix\ndata:\n0\n"),
                ElementsAre("s.dl:1: error: n is more than a file of this size can describe (at most 10041): "
                            "'999999999'"));
    // A matrix the file's size allows in n but not in values: no n x n storage.
    EXPECT_THAT(errors_of("dl n=10000\ndata:\n0 1\n"),
                ElementsAre("s.dl:3: error: the matrix ends in row 1: 10000 rows of 10000 values expected"));
    const std::string bundled = write_study_dl(load_study(bundled_study_path()), 2024);
    EXPECT_FALSE(errors_of(bundled.substr(0, bundled.size() / 3)).empty());
    EXPECT_THAT(errors_of("").at(0), HasSubstr("empty file"));
    EXPECT_THAT(errors_of("dl n=1\nlabels:\n\"\xC3\x28\"\ndata:\n0\n").at(0),
                HasSubstr("s.dl:3:2: error: invalid UTF-8"));
    std::string binary(4096, '\0');
    for (std::size_t i = 0; i < binary.size(); ++i) binary[i] = static_cast<char>((i * 7919) % 256);
    EXPECT_FALSE(errors_of(binary).empty());
    EXPECT_THAT(errors_of("dl n=3 labels:\n\"a\" \"b"), ElementsAre(HasSubstr("the file ends in the labels")));
}

TEST(DlIo, LoadStudyReadsDlFiles) {
    testing::TempDir dir;
    EXPECT_EQ(form_of("x.dl"), StudyForm::dl);
    EXPECT_EQ(load_study(dir.write("e.dl", seed("edgelist1.dl"))).actors.size(), 5u);
}

}  // namespace
}  // namespace helixnet
