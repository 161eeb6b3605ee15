#include "helixnet/study/study.hpp"

#include <gtest/gtest.h>

namespace helixnet {
namespace {

TEST(Study, ValueLabelComesFromTheMetadataElseTheValue) {
    Study s;
    AttributeInfo sector{"sector", {}};
    sector.values.push_back({"gov", ValueInfo{"Overheid", "#1f77b4", "government", {}}});
    sector.values.push_back({"edu", ValueInfo{"", "#2ca02c", "education", {}}});
    s.attributes.push_back(sector);
    EXPECT_EQ(s.value_label("sector", "gov"), "Overheid");
    EXPECT_EQ(s.value_label("sector", "edu"), "edu");      // declared without a label
    EXPECT_EQ(s.value_label("sector", "other"), "other");  // not declared
    EXPECT_EQ(s.value_label("region", "gov"), "gov");      // an attribute without metadata
}

TEST(Study, ActorsInWaveCountsThoseThatExistInIt) {
    Study s;
    s.waves = {{2019, ""}, {2024, ""}};
    s.actors.resize(3);
    s.actors[1].waves = {2024};
    s.actors[2].waves = {2019};
    EXPECT_EQ(s.actors_in_wave(2019), 2u);
    EXPECT_EQ(s.actors_in_wave(2024), 2u);
    EXPECT_EQ(s.actors_in_wave(2030), 1u);  // only the actor of every wave
}

}  // namespace
}  // namespace helixnet
