// The comparison on the bundled study follows the report's findings as the
// codebook (networks/regio-deal-drechtsteden-gorinchem/README.md) states
// them: ties across sectors and between the Gorinchem side and the
// Drechtsteden rise from 2022 to 2024 in every confidence filter; from 2019
// to 2022 the report names few pairs, so ties across sectors fall (3 to 1) and
// the one Gorinchem–Drechtsteden pair stays; and the actor set grows (15, 22,
// 44 actors) so density does not follow the ties.
#include <string>

#include <gtest/gtest.h>

#include "helixnet/compare/narrative.hpp"
#include "helixnet/compare/wave_comparison.hpp"
#include "helixnet/study/load.hpp"

namespace helixnet {
namespace {

const Study& bundled() {
    static const Study study =
        load_study(std::filesystem::path(HELIXNET_SOURCE_DIR) / "networks" / "regio-deal-drechtsteden-gorinchem");
    return study;
}

AnalysisOptions quick() {
    AnalysisOptions o;
    o.permutation.permutations = 0;  // the p-value plays no part here
    return o;
}

const ValueChange& group_measure(const WaveComparison& c, const std::string& attribute, const std::string& key) {
    for (const auto& g : c.groups)
        if (g.attribute == attribute)
            for (const auto& m : g.metrics)
                if (m.key == key) return m.value;
    throw std::runtime_error("no " + attribute + "." + key);
}

std::pair<std::size_t, std::size_t> between(const WaveComparison& c, const std::string& a, const std::string& b) {
    for (const auto& g : c.groups)
        if (g.attribute == "region")
            for (const auto& p : g.mixing)
                if ((p.group_a == a && p.group_b == b) || (p.group_a == b && p.group_b == a)) return {p.from, p.to};
    throw std::runtime_error("no region pair " + a + "–" + b);
}

class BundledCompare : public ::testing::TestWithParam<const char*> {};

TEST_P(BundledCompare, CrossSectorAndCrossRegionTiesRiseFrom2022To2024) {
    const std::string filter = GetParam();
    const Study study = filter.empty() ? bundled() : filter_by_confidence(bundled(), *parse_confidence(filter));
    const std::vector<WaveComparison> pairs = compare_consecutive_waves(study, analyse_study(study, quick()));
    ASSERT_EQ(pairs.size(), 2u);
    EXPECT_EQ(pairs[0].to, pairs[1].from);
    const WaveComparison& c = pairs[1];
    ASSERT_EQ(c.to, 2024);
    const ValueChange& sectors = group_measure(c, "sector", "external_ties");
    EXPECT_GT(*sectors.to, *sectors.from) << filter;
    const auto [from, to] = between(c, "gorinchem", "drechtsteden");
    EXPECT_GT(to, from) << filter;
}

INSTANTIATE_TEST_SUITE_P(Filters, BundledCompare, ::testing::Values("", "implied", "stated"));

TEST(BundledCompare, ParagraphStatesTheCodebookCounts) {
    // Codebook, all records: 4 ties in 2019 (3 across sectors, 1 between
    // Gorinchem and the Drechtsteden), 2 in 2022 (1, 1), 15 in 2024 (4, 4).
    const WaveComparison early = compare_waves(bundled(), 2019, 2022, quick());
    const std::string en = change_paragraph(bundled(), early, Language::english);
    EXPECT_NE(en.find("the number of ties fell from 4 to 2"), std::string::npos) << en;
    EXPECT_NE(en.find("Ties between sectors fell from 3 to 1"), std::string::npos) << en;
    EXPECT_NE(en.find("ties between Gorinchem e.o. (arbeidsmarktregio Gorinchem) and Drechtsteden stayed at 1"),
              std::string::npos)
        << en;
    EXPECT_NE(en.find("The actor set changed"), std::string::npos) << en;
    const std::string nl = change_paragraph(bundled(), early, Language::dutch);
    EXPECT_NE(nl.find("Het aantal banden tussen sectoren daalde van 3 naar 1"), std::string::npos) << nl;

    const WaveComparison late = compare_waves(bundled(), 2022, 2024, quick());
    const std::string en_late = change_paragraph(bundled(), late, Language::english);
    EXPECT_NE(en_late.find("the number of ties rose from 2 to 15"), std::string::npos) << en_late;
    EXPECT_NE(en_late.find("Ties between sectors rose from 1 to 4"), std::string::npos) << en_late;
    EXPECT_NE(
        en_late.find("ties between Gorinchem e.o. (arbeidsmarktregio Gorinchem) and Drechtsteden rose from 1 to 4"),
        std::string::npos)
        << en_late;
}

TEST(BundledCompare, DensityFollowsTheActorSetAndTheParagraphSaysWhy) {
    // Codebook: density 0.038 → 0.009 while the actors grow 15 → 22.
    const WaveComparison c = compare_waves(bundled(), 2019, 2022, quick());
    ASSERT_FALSE(c.ties.joined.empty());
    const std::string en = change_paragraph(bundled(), c, Language::english);
    EXPECT_NE(en.find("Density fell from 0.038 to 0.009"), std::string::npos) << en;
    EXPECT_NE(en.find("square of the number of actors (15 \xE2\x86\x92 22)"), std::string::npos) << en;
}

}  // namespace
}  // namespace helixnet
