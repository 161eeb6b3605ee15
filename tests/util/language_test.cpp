#include "helixnet/util/language.hpp"

#include <gtest/gtest.h>

namespace helixnet {
namespace {

TEST(Language, ReadsAndWritesItsCode) {
    EXPECT_EQ(parse_language("nl"), Language::dutch);
    EXPECT_EQ(parse_language("en"), Language::english);
    EXPECT_FALSE(parse_language("NL").has_value());
    EXPECT_FALSE(parse_language("").has_value());
    EXPECT_EQ(language_code(Language::dutch), "nl");
}

TEST(Language, NamesTheAttributesEveryStudyMayHave) {
    EXPECT_EQ(attribute_nouns("region", Language::dutch)->singular, "regio");
    EXPECT_EQ(attribute_nouns("region", Language::dutch)->plural, "regio's");
    EXPECT_EQ(attribute_nouns("pillar", Language::english)->plural, "pillars");
    EXPECT_EQ(attribute_nouns("community", Language::dutch)->singular, "cluster");
    EXPECT_FALSE(attribute_nouns("type", Language::english).has_value());
    EXPECT_FALSE(attribute_nouns("Region", Language::english).has_value());  // names are case-sensitive
}

}  // namespace
}  // namespace helixnet
