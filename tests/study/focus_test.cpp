#include "helixnet/study/focus.hpp"

#include <gtest/gtest.h>

#include "../support/rejection.hpp"
#include "helixnet/study/json_io.hpp"

namespace helixnet {
namespace {

TEST(Focus, ReadsAnAttributeOrTwoOfItsGroups) {
    EXPECT_EQ(parse_focus("sector"), (Focus{"sector", "", ""}));
    EXPECT_EQ(parse_focus(" region = gorinchem : drechtsteden "), (Focus{"region", "gorinchem", "drechtsteden"}));
    for (const char* bad : {"", "=a:b", "region=", "region=a", "region=a:", "region=:b", "region=a:a", "region=a:b:c"})
        EXPECT_FALSE(parse_focus(bad).has_value()) << bad;
    EXPECT_EQ(format_focus(*parse_focus("region=a:b")), "region=a:b");
    EXPECT_EQ(format_focus(*parse_focus("sector")), "sector");
}

TEST(Focus, TravelsWithTheStudyJson) {
    Diagnostics d;
    const Study s = read_study_json(R"({"format": "helixnet/1", "focus": ["region=a:b", "sector"],
        "actors": [{"id": "x", "region": "a"}, {"id": "y", "region": "b"}], "ties": []})",
                                    "s.json", d);
    ASSERT_EQ(s.focus.size(), 2u);
    EXPECT_EQ(s.focus[0], (Focus{"region", "a", "b"}));
    const Study back = read_study_json(write_study_json(s), "back.json", d);
    EXPECT_EQ(back.focus, s.focus);
}

TEST(Focus, AMalformedFocusIsAnErrorWithItsPlaceAndValue) {
    const auto errors = testing::rejection_errors(
        [] {
            Diagnostics d;
            return read_study_json(R"({"format": "helixnet/1", "focus": ["region=a", 3], "actors": [{"id": "x"}]})",
                                   "s.json", d);
        },
        "a malformed focus");
    ASSERT_EQ(errors.size(), 2u);
    EXPECT_EQ(errors[0].record, "focus[0]");
    EXPECT_EQ(errors[0].value, "region=a");
    EXPECT_EQ(errors[1].record, "focus[1]");
}

}  // namespace
}  // namespace helixnet
