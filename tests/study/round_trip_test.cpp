// JSON -> each form -> JSON, through files and load_study as the commands
// read them, on the bundled study and the test studies (tests/fuzz/studies):
// what each form keeps, and that what it does not keep is what
// docs/format.md says.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "../support/temp_dir.hpp"
#include "graph_forms.hpp"
#include "helixnet/study/bundled.hpp"
#include "helixnet/study/csv_io.hpp"
#include "helixnet/study/dl_io.hpp"
#include "helixnet/study/dot_io.hpp"
#include "helixnet/study/gexf_io.hpp"
#include "helixnet/study/graphml_io.hpp"
#include "helixnet/study/load.hpp"
#include "helixnet/study/pajek_io.hpp"
#include "helixnet/util/text.hpp"

namespace helixnet {
namespace {

struct Named {
    std::string name;
    Study study;
    bool controls = false;  // holds control characters XML cannot
};

std::vector<Named> studies() {
    std::vector<Named> out;
    out.push_back({"bundled", load_study(bundled_study_path())});
    for (const char* name : {"good.json", "hostile.json"})
        out.push_back({name, load_study(std::string(HELIXNET_SOURCE_DIR) + "/tests/fuzz/studies/" + name)});
    out.back().controls = true;
    return out;
}

// The study as the XML forms give it back (control characters as U+FFFD).
Study xml_kept(const Named& n) {
    if (!n.controls) return n.study;
    Diagnostics d;
    return read_study_json(test::without_xml_controls(write_study_json(n.study)), "expected.json", d);
}

std::vector<std::string> actors_of(const Study& s, int wave) {
    std::vector<std::string> out;
    for (std::uint32_t a = 0; a < s.actors.size(); ++a)
        if (s.actor_in_wave(a, wave)) out.push_back(s.actors[a].id);
    return out;
}

std::vector<std::string> ties_of(const Study& s, int wave) {
    std::vector<std::string> out;
    for (const Tie& t : s.ties) {
        if (t.wave != wave) continue;
        std::string a = s.actors[t.source].id, b = s.actors[t.target].id;
        if (b < a) std::swap(a, b);
        out.push_back(a + "\t" + b + "\t" + format_number(t.weight));
    }
    std::sort(out.begin(), out.end());
    return out;
}

TEST(RoundTrip, CsvFolderAndGraphmlKeepEverythingInOrder) {
    for (const Named& n : studies()) {
        testing::TempDir dir;
        write_study_folder(n.study, dir.path() / "csv");
        EXPECT_EQ(write_study_json(load_study(dir.path() / "csv")), write_study_json(n.study)) << n.name;
        const auto graphml = dir.write("s.graphml", write_study_graphml(n.study));
        EXPECT_EQ(write_study_json(load_study(graphml)), write_study_json(xml_kept(n))) << n.name;
    }
}

// GEXF and DOT keep the study; ties come back grouped (GEXF: wave by wave,
// each pair's ends as its first tie names them; DOT: in cgraph's order).
TEST(RoundTrip, GexfAndDotKeepEverythingButTheOrderOfTies) {
    for (const Named& n : studies()) {
        testing::TempDir dir;
        const auto gexf = dir.write("s.gexf", write_study_gexf(n.study));
        EXPECT_EQ(test::canonical(load_study(gexf)), test::canonical(xml_kept(n))) << n.name;
        const auto dot = dir.write("s.dot", write_study_dot(n.study));
        EXPECT_EQ(test::canonical(load_study(dot)), test::canonical(n.study)) << n.name;
    }
}

// Pajek and DL keep one wave's actor ids and tie weights, and nothing else:
// names, attributes (Pajek: as numbered partitions beside the network),
// notes, the wave's year, kinds, evidence, confidence, initiatives and the
// study's metadata are lost. An id either cannot hold is refused.
TEST(RoundTrip, PajekAndDlKeepTheActorsAndTieWeightsOfOneWave) {
    for (const Named& n : studies()) {
        testing::TempDir dir;
        if (n.controls) {
            EXPECT_THROW((void)write_study_pajek(n.study, 2024), Failure);  // ids with double quotes
            EXPECT_THROW((void)write_study_dl(n.study, 2019), Failure);     // an id with a line break
            continue;
        }
        for (const int wave : n.study.wave_years()) {
            for (const auto& path : {dir.write("s.net", write_study_pajek(n.study, wave).network),
                                     dir.write("s.dl", write_study_dl(n.study, wave))}) {
                const Study back = load_study(path);
                EXPECT_EQ(back.wave_years(), std::vector<int>{0});
                EXPECT_EQ(actors_of(back, 0), actors_of(n.study, wave)) << n.name << " " << path;
                EXPECT_EQ(ties_of(back, 0), ties_of(n.study, wave)) << n.name << " " << path;
                for (const Tie& t : back.ties) EXPECT_TRUE(t.evidence.empty() && !t.confidence);
                EXPECT_TRUE(back.attribute_names.empty());
            }
        }
    }
}

}  // namespace
}  // namespace helixnet
