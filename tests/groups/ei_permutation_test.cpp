#include "helixnet/groups/ei_permutation.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace helixnet {
namespace {

// Two groups of `half` actors; a tie inside a group with probability p_in,
// across with p_out.
WaveGraph two_block_graph(std::size_t half, double p_in, double p_out, unsigned seed) {
    std::mt19937 rng(seed);
    std::bernoulli_distribution in(p_in), out(p_out);
    std::vector<std::pair<Vertex, Vertex>> edges;
    for (Vertex u = 0; u < 2 * half; ++u)
        for (Vertex v = u + 1; v < 2 * half; ++v)
            if ((u < half) == (v < half) ? in(rng) : out(rng)) edges.emplace_back(u, v);
    return build_graph(2 * half, edges);
}

Grouping halves(std::size_t half) {
    std::vector<std::string> values(2 * half, "a");
    for (std::size_t v = half; v < 2 * half; ++v) values[v] = "b";
    return make_grouping("team", values);
}

TEST(EiPermutation, StrongHomophilyIsSignificant) {
    const WaveGraph g = two_block_graph(20, 0.4, 0.03, 1);
    PermutationOptions options;
    options.seed = 3;
    const EiPermutationTest t = ei_permutation_test(g, halves(20), options);
    ASSERT_TRUE(t.p_value.has_value());
    EXPECT_GT(*t.p_value, 0.0);
    EXPECT_LT(*t.p_value, 0.05);
    EXPECT_EQ(t.permutations, 5000u);  // the default
    EXPECT_DOUBLE_EQ(*t.p_value, (t.extreme + 1.0) / 5001.0);
}

TEST(EiPermutation, RandomLabelsAreNotSignificant) {
    // The same graph as above with labels shuffled at random: under the null
    // the p-value is roughly uniform, so over 41 labellings its median sits
    // near 0.5 and few fall below 0.05.
    const WaveGraph g = two_block_graph(20, 0.4, 0.03, 1);
    std::mt19937 rng(99);
    std::vector<double> p_values;
    for (int trial = 0; trial < 41; ++trial) {
        std::vector<std::string> values(40, "a");
        for (std::size_t v = 20; v < 40; ++v) values[v] = "b";
        std::shuffle(values.begin(), values.end(), rng);
        PermutationOptions options;
        options.permutations = 999;
        options.seed = static_cast<std::uint64_t>(trial);
        const EiPermutationTest t = ei_permutation_test(g, make_grouping("team", values), options);
        ASSERT_TRUE(t.p_value.has_value());
        EXPECT_GT(*t.p_value, 0.0);
        EXPECT_LE(*t.p_value, 1.0);
        p_values.push_back(*t.p_value);
    }
    std::sort(p_values.begin(), p_values.end());
    EXPECT_GT(p_values[20], 0.2);  // the median
    EXPECT_LE(std::count_if(p_values.begin(), p_values.end(), [](double p) { return p < 0.05; }), 6);
}

TEST(EiPermutation, ReproducibleForASeedWhateverTheThreads) {
    const WaveGraph g = two_block_graph(30, 0.15, 0.15, 5);  // p-value well inside (0, 1)
    PermutationOptions options;
    options.permutations = 3000;
    options.seed = 42;
    options.threads = 1;
    const EiPermutationTest one = ei_permutation_test(g, halves(30), options);
    const EiPermutationTest again = ei_permutation_test(g, halves(30), options);
    options.threads = 3;
    const EiPermutationTest three = ei_permutation_test(g, halves(30), options);
    EXPECT_EQ(one.extreme, again.extreme);
    EXPECT_EQ(one.extreme, three.extreme);
    options.seed = 43;
    const EiPermutationTest other = ei_permutation_test(g, halves(30), options);
    EXPECT_NE(one.extreme, other.extreme);  // a different stream (equal by chance is very unlikely here)
}

TEST(EiPermutation, NullWithoutTiesOrPermutations) {
    const WaveGraph empty = build_graph(6, {});
    EXPECT_FALSE(ei_permutation_test(empty, halves(3)).p_value.has_value());
    const std::vector<std::pair<Vertex, Vertex>> edges = {{0, 1}};
    PermutationOptions none;
    none.permutations = 0;
    EXPECT_FALSE(ei_permutation_test(build_graph(6, edges), halves(3), none).p_value.has_value());
}

TEST(EiPermutation, SingleGroupGivesOne) {
    const std::vector<std::pair<Vertex, Vertex>> edges = {{0, 1}, {1, 2}};
    const std::vector<std::string> values(4, "x");
    const EiPermutationTest t = ei_permutation_test(build_graph(4, edges), make_grouping("x", values));
    EXPECT_DOUBLE_EQ(t.p_value.value(), 1.0);
}

}  // namespace
}  // namespace helixnet
