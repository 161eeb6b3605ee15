#include "helixnet/util/huge_pages.hpp"

#include <gtest/gtest.h>

namespace helixnet {
namespace {

TEST(HugePages, SetWhenUnsetAddedToOtherTunablesAndNeverTwice) {
    EXPECT_EQ(tunables_with_huge_pages(nullptr), "glibc.malloc.hugetlb=1");
    EXPECT_EQ(tunables_with_huge_pages(""), "glibc.malloc.hugetlb=1");
    EXPECT_EQ(tunables_with_huge_pages("glibc.malloc.arena_max=2"), "glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1");
    // Already set, by the user (to any value) or by the program's first start.
    EXPECT_EQ(tunables_with_huge_pages("glibc.malloc.hugetlb=1"), std::nullopt);
    EXPECT_EQ(tunables_with_huge_pages("glibc.malloc.hugetlb=0"), std::nullopt);
    EXPECT_EQ(tunables_with_huge_pages("glibc.malloc.arena_max=2:glibc.malloc.hugetlb=0"), std::nullopt);
}

}  // namespace
}  // namespace helixnet
