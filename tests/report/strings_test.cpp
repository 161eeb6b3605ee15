#include "helixnet/report/strings.hpp"

#include <array>
#include <bit>
#include <string_view>

#include <gtest/gtest.h>

namespace helixnet {
namespace {

// ReportStrings holds only string_views; seen as an array, every one of them
// must be filled in both languages.
constexpr std::size_t string_count = sizeof(ReportStrings) / sizeof(std::string_view);
static_assert(sizeof(ReportStrings) == string_count * sizeof(std::string_view));
using AllStrings = std::array<std::string_view, string_count>;

TEST(ReportStrings, EveryStringIsFilledInInBothLanguages) {
    for (const Language language : {Language::english, Language::dutch}) {
        const auto all = std::bit_cast<AllStrings>(report_strings(language));
        for (std::size_t i = 0; i < all.size(); ++i)
            EXPECT_FALSE(all[i].empty()) << "string " << i << " of " << report_strings(language).lang;
    }
}

TEST(ReportStrings, TheLanguagesDiffer) {
    const ReportStrings& en = report_strings(Language::english);
    const ReportStrings& nl = report_strings(Language::dutch);
    EXPECT_EQ(en.lang, "en");
    EXPECT_EQ(nl.lang, "nl");
    EXPECT_NE(en.change, nl.change);
    EXPECT_NE(en.figures_intro, nl.figures_intro);
}

}  // namespace
}  // namespace helixnet
