// The table of measures: complete, consistent, and read from the typed
// results exactly as the JSON writer does.
#include "helixnet/analysis/measures.hpp"

#include <set>
#include <string>

#include <gtest/gtest.h>

#include "helixnet/analysis/output.hpp"

namespace helixnet {
namespace {

TEST(Measures, EveryMeasureHasTextsAndItsReader) {
    std::set<std::string> keys;
    for (const Measure& m : all_measures()) {
        const std::string name = std::string(m.family) + "." + std::string(m.key);
        EXPECT_TRUE(keys.insert(std::to_string(static_cast<int>(m.level)) + name).second) << "twice: " << name;
        for (const MeasureText* t : {&m.en, &m.nl}) {
            EXPECT_FALSE(t->label.empty()) << name;
            EXPECT_FALSE(t->definition.empty()) << name;
        }
        EXPECT_NE(m.en.definition, m.nl.definition) << name;
        const int readers = (m.network != nullptr) + (m.group != nullptr) + (m.json != nullptr) + (m.actor != nullptr) +
                            (m.actor_group != nullptr) + (m.initiative != nullptr) + (m.initiative_json != nullptr) +
                            (m.initiative_pair != nullptr);
        switch (m.level) {
            case MeasureLevel::network:
                EXPECT_TRUE(m.network && readers == 1) << name;
                break;
            case MeasureLevel::group:
                EXPECT_TRUE((m.kind == MeasureKind::structured ? m.json != nullptr : m.group != nullptr) &&
                            readers == 1)
                    << name;
                break;
            case MeasureLevel::actor:
                EXPECT_TRUE(m.actor && readers == 1) << name;
                break;
            case MeasureLevel::actor_group:
                EXPECT_TRUE(m.actor_group && readers == 1) << name;
                break;
            case MeasureLevel::comparison:
                EXPECT_EQ(readers, 0) << name;
                break;
            case MeasureLevel::two_mode:
                EXPECT_TRUE(m.network && readers == 1) << name;
                break;
            case MeasureLevel::initiative:
                EXPECT_TRUE(
                    (m.kind == MeasureKind::structured ? m.initiative_json != nullptr : m.initiative != nullptr) &&
                    readers == 1)
                    << name;
                break;
            case MeasureLevel::initiative_pair:
                EXPECT_TRUE(m.initiative_pair && readers == 1) << name;
                break;
        }
    }
}

TEST(Measures, FindsByLevelAndKey) {
    ASSERT_NE(find_measure(MeasureLevel::network, "density"), nullptr);
    EXPECT_EQ(find_measure(MeasureLevel::network, "density")->decimals, 3);
    EXPECT_EQ(find_measure(MeasureLevel::actor, "density"), nullptr);
    EXPECT_NE(find_measure(MeasureLevel::group, "ei_index"), find_measure(MeasureLevel::actor_group, "ei_index"));
    ASSERT_NE(find_measure(MeasureLevel::actor_group, "brokerage.liaison"), nullptr);
    EXPECT_EQ(find_measure(MeasureLevel::actor_group, "brokerage.liaison")->family, "brokerage");
    EXPECT_EQ(find_measure(MeasureLevel::actor_group, "brokerage_expected.liaison")->kind, MeasureKind::real);
    EXPECT_EQ(find_measure(MeasureLevel::actor_group, "liaison"), nullptr);
    EXPECT_EQ(find_measure(MeasureLevel::network, "nonsense"), nullptr);
}

TEST(Measures, FormatForPeople) {
    const Measure& ties = *find_measure(MeasureLevel::network, "ties");
    const Measure& density = *find_measure(MeasureLevel::network, "density");
    const Measure& p = *find_measure(MeasureLevel::group, "ei_p_value");
    const Measure& strength = *find_measure(MeasureLevel::actor, "strength");
    EXPECT_EQ(format_measure(ties, 17.0), "17");
    EXPECT_EQ(format_measure(density, 0.11666, Language::dutch), "0,117");
    EXPECT_EQ(format_measure(density, std::nullopt), "\xE2\x80\x93");
    EXPECT_EQ(format_measure(p, 0.0002), "< 0.001");
    EXPECT_EQ(format_measure(p, 0.0421), "0.042");
    EXPECT_EQ(format_measure(strength, 3.0), "3");
    EXPECT_EQ(format_measure(strength, 2.5), "2.50");
}

TEST(Measures, ChangesShowPercentagesOnlyForCountsFromTen) {
    const Measure& ties = *find_measure(MeasureLevel::network, "ties");
    const Measure& density = *find_measure(MeasureLevel::network, "density");
    EXPECT_EQ(format_change(ties, 17.0, 40.0), "+23 (+135%)");
    EXPECT_EQ(format_change(ties, 1.0, 4.0), "+3");  // not +300%
    EXPECT_EQ(format_change(ties, 10.0, 10.0), "0 (0%)");
    EXPECT_EQ(format_change(ties, 40.0, 17.0, Language::dutch), "-23 (-58%)");
    EXPECT_EQ(format_change(density, 0.125, 0.117), "-0.008");
    EXPECT_EQ(format_change(density, std::nullopt, 0.117), "\xE2\x80\x93");
}

TEST(Measures, JsonValuesByKind) {
    EXPECT_EQ(measure_json(*find_measure(MeasureLevel::network, "ties"), 17.0).dump(), "17");
    EXPECT_EQ(measure_json(*find_measure(MeasureLevel::network, "density"), 0.5).dump(), "0.5");
    EXPECT_EQ(measure_json(*find_measure(MeasureLevel::actor, "strength"), 3.0).dump(), "3.0");
    EXPECT_TRUE(measure_json(*find_measure(MeasureLevel::network, "density"), std::nullopt).is_null());
}

TEST(Measures, SizeByOffersTheActorMeasuresOfTheView) {
    const auto keys = size_measure_keys();
    EXPECT_EQ(keys, (std::vector<std::string>{"degree", "strength", "betweenness", "closeness", "harmonic",
                                              "eigenvector", "pagerank", "core"}));
}

}  // namespace
}  // namespace helixnet
