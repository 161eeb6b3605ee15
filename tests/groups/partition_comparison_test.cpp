// NMI, ARI, VI and Rand against igraph's compare_communities and the cases of
// scikit-learn's documentation (tests/fixtures/fragility/partitions.json,
// tools/make_fragility_fixtures.py).
#include "helixnet/groups/partition_comparison.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "helixnet/error.hpp"

namespace helixnet {
namespace {

TEST(PartitionComparison, MatchesIgraphAndScikitLearn) {
    std::ifstream in(std::filesystem::path(HELIXNET_FIXTURE_DIR) / "fragility" / "partitions.json");
    const auto fixture = nlohmann::json::parse(in);
    ASSERT_GE(fixture["cases"].size(), 10u);
    for (const auto& c : fixture["cases"]) {
        SCOPED_TRACE(c["name"].get<std::string>());
        const auto a = c["a"].get<std::vector<std::uint32_t>>();
        const auto b = c["b"].get<std::vector<std::uint32_t>>();
        const PartitionAgreement r = compare_partitions(a, b);
        const PartitionAgreement swapped = compare_partitions(b, a);
        for (const auto& [key, value, other] : {std::tuple{"nmi", r.nmi, swapped.nmi},
                                                {"ari", r.ari, swapped.ari},
                                                {"vi", r.vi, swapped.vi},
                                                {"rand", r.rand, swapped.rand}}) {
            ASSERT_TRUE(value.has_value()) << key;
            EXPECT_NEAR(*value, *other, 1e-12) << key << " is symmetric";
            if (c.contains(key)) {
                EXPECT_NEAR(*value, c[key].get<double>(), 1e-9) << key;
            }
        }
    }
}

TEST(PartitionComparison, IgraphsTestVectors) {
    const std::vector<std::uint32_t> a = {2, 0, 2, 1, 1, 0, 2, 2, 1, 2}, b = {1, 1, 2, 1, 1, 0, 2, 2, 0, 2};
    const PartitionAgreement r = compare_partitions(a, b);
    EXPECT_NEAR(*r.vi, 1.1343, 5e-5);  // as igraph's tests print them
    EXPECT_NEAR(*r.rand, 0.711111, 1e-6);
    EXPECT_NEAR(*r.ari, 0.312573, 1e-6);
    EXPECT_NEAR(*r.nmi, 0.455859, 1e-6);
}

TEST(PartitionComparison, EdgeCases) {
    const std::vector<std::uint32_t> one = {7, 7, 7, 7}, other = {3, 3, 3, 3}, apart = {0, 1, 2, 3};
    EXPECT_DOUBLE_EQ(*compare_partitions(one, other).nmi, 1.0);  // both a single group
    EXPECT_DOUBLE_EQ(*compare_partitions(one, apart).nmi, 0.0);
    EXPECT_DOUBLE_EQ(*compare_partitions(apart, apart).ari, 1.0);
    const PartitionAgreement empty = compare_partitions({}, {});
    EXPECT_FALSE(empty.nmi || empty.ari || empty.vi || empty.rand);
    const std::vector<std::uint32_t> single = {4};
    EXPECT_DOUBLE_EQ(*compare_partitions(single, single).ari, 1.0);
    const std::vector<std::uint32_t> three = {0, 1, 2};
    EXPECT_THROW((void)compare_partitions(one, three), Failure);
}

}  // namespace
}  // namespace helixnet
