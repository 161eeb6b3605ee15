#include "helixnet/util/json.hpp"

#include <cstddef>

#include <gtest/gtest.h>

namespace helixnet {
namespace {

TEST(OptionalJson, NullWhenEmptyElseTheNumber) {
    EXPECT_TRUE(optional_json(std::optional<double>()).is_null());
    EXPECT_EQ(optional_json(std::optional<double>(0.25)).dump(), "0.25");
    EXPECT_EQ(optional_json(std::optional<double>(0.0)).dump(), "0.0");
    EXPECT_EQ(optional_json(std::optional<std::size_t>(3)).dump(), "3");
    EXPECT_TRUE(optional_json(std::optional<std::size_t>()).is_null());
}

}  // namespace
}  // namespace helixnet
