// What the fuzz targets (tests/fuzz, tools/fuzz.sh) found that crashed a
// reader or broke a check, kept here so that it stays fixed. Each input they
// found is also a seed, tests/fuzz/seeds/<target>/found-*.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "helixnet/study/json_io.hpp"

namespace helixnet {
namespace {

// A weight far beyond the range of long long (found as a DL matrix value,
// seeds/dl/found-huge-weight.dl): the JSON writer converted it to long long
// before checking the range, which is undefined behaviour (UBSan:
// "6.66667e+72 is outside the range of representable values").
TEST(FuzzFound, AWeightBeyondLongLongIsWrittenAsANumber) {
    Diagnostics d;
    const Study s = read_study_json(R"({"format": "helixnet/1", "actors": [{"id": "a"}, {"id": "b"}],
      "ties": [{"source": "a", "target": "b", "wave": 0, "weight": 6.6666666666666666e+72},
               {"source": "a", "target": "b", "wave": 1, "weight": 1e300}]})",
                                    "huge.json", d);
    const std::string json = write_study_json(s);
    EXPECT_THAT(json, ::testing::HasSubstr("\"weight\": 6.6666666666666666e+72"));
    Diagnostics back;
    EXPECT_EQ(write_study_json(read_study_json(json, "back.json", back)), json);
}

}  // namespace
}  // namespace helixnet
