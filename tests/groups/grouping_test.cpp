#include "helixnet/groups/grouping.hpp"

#include <gtest/gtest.h>

#include "helixnet/error.hpp"

namespace helixnet {
namespace {

Study study_with(std::vector<std::map<std::string, std::string>> attributes) {
    Study s;
    s.waves = {{2019, ""}, {2024, ""}};
    for (std::size_t i = 0; i < attributes.size(); ++i) {
        Actor a;
        a.id = "a";
        a.id += std::to_string(i);
        a.attributes = attributes[i];
        for (const auto& [key, value] : a.attributes)
            if (std::find(s.attribute_names.begin(), s.attribute_names.end(), key) == s.attribute_names.end())
                s.attribute_names.push_back(key);
        s.actors.push_back(a);
    }
    s.reindex();
    return s;
}

TEST(Grouping, DeclaredValuesFirstThenOthersThenUnknown) {
    Study s = study_with({{{"sector", "zeta"}},
                          {{"sector", "industry"}},
                          {},
                          {{"sector", ""}},
                          {{"sector", "alpha"}},
                          {{"sector", "government"}}});
    AttributeInfo info;
    info.name = "sector";
    info.values = {{"industry", {}}, {"government", {}}, {"education", {}}};  // education: nobody holds it
    s.attributes.push_back(info);
    const WaveGraph g = build_wave_graph(s, 2024);
    const Grouping grouping = make_grouping(s, g, "sector");
    EXPECT_EQ(grouping.names, (std::vector<std::string>{"industry", "government", "alpha", "zeta", "unknown"}));
    EXPECT_EQ(grouping.group_of, (std::vector<std::uint32_t>{3, 0, 4, 4, 2, 1}));
    EXPECT_EQ(grouping.sizes, (std::vector<std::size_t>{1, 1, 1, 1, 2}));
    EXPECT_EQ(grouping.find("unknown"), 4u);
    EXPECT_FALSE(grouping.find("education").has_value());
}

TEST(Grouping, OnlyValuesOfActorsInTheWave) {
    Study s = study_with({{{"region", "north"}}, {{"region", "south"}}});
    s.actors[1].waves = {2024};
    const WaveGraph g = build_wave_graph(s, 2019);
    const Grouping grouping = make_grouping(s, g, "region");
    EXPECT_EQ(grouping.names, (std::vector<std::string>{"north"}));  // no "unknown" either
}

TEST(Grouping, CombinedAttributeNamesMissingPartsUnknown) {
    const Study s = study_with({{{"sector", "industry"}, {"region", "drechtsteden"}},
                                {{"region", "drechtsteden"}},
                                {{"sector", "industry"}},
                                {{"sector", "education"}, {"region", "gorinchem"}},
                                {{"sector", "industry"}, {"region", "drechtsteden"}}});
    const WaveGraph g = build_wave_graph(s, 2024);
    const Grouping grouping = make_grouping(s, g, "sector+region");
    EXPECT_EQ(grouping.attribute, "sector+region");
    EXPECT_EQ(grouping.names, (std::vector<std::string>{"education+gorinchem", "industry+drechtsteden",
                                                        "industry+unknown", "unknown+drechtsteden"}));
    EXPECT_EQ(grouping.group_of, (std::vector<std::uint32_t>{1, 3, 2, 0, 1}));
    EXPECT_EQ(grouping.sizes, (std::vector<std::size_t>{1, 2, 1, 1}));
}

TEST(Grouping, AnAttributeNamedWithAPlusIsNotSplit) {
    const Study s = study_with({{{"r+d", "yes"}}, {{"r+d", "no"}}});
    EXPECT_EQ(attribute_parts(s, "r+d"), (std::vector<std::string>{"r+d"}));
    const WaveGraph g = build_wave_graph(s, 2024);
    EXPECT_EQ(make_grouping(s, g, "r+d").names, (std::vector<std::string>{"no", "yes"}));
}

TEST(Grouping, UnknownAttributeIsAFailure) {
    const Study s = study_with({{{"sector", "industry"}}});
    const WaveGraph g = build_wave_graph(s, 2024);
    EXPECT_THROW((void)make_grouping(s, g, "colour"), Failure);
    EXPECT_THROW((void)make_grouping(s, g, "sector+colour"), Failure);
    EXPECT_THROW((void)make_grouping(s, g, "sector+"), Failure);
}

TEST(Grouping, FromValuesSortsAndPutsUnknownLast) {
    const std::vector<std::string> values = {"b", "", "a", "b", "unknown"};
    const Grouping grouping = make_grouping("x", values);
    EXPECT_EQ(grouping.names, (std::vector<std::string>{"a", "b", "unknown"}));
    EXPECT_EQ(grouping.group_of, (std::vector<std::uint32_t>{1, 2, 0, 1, 2}));
    EXPECT_EQ(grouping.sizes, (std::vector<std::size_t>{1, 2, 2}));
}

}  // namespace
}  // namespace helixnet
