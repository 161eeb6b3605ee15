// Fragmentation, distance fragmentation and fragmentation_if_removed against
// NetworkX (tests/fixtures/fragility/, tools/make_fragility_fixtures.py), the
// values the measures' definition gives for two small graphs, and the naive
// oracle (remove the actor, recompute) on random graphs.
#include "helixnet/metrics/fragmentation.hpp"

#include <gtest/gtest.h>

#include <random>

#include "fragility_fixtures.hpp"
#include "helixnet/graph/subgraph.hpp"
#include "helixnet/metrics/paths.hpp"

namespace helixnet {
namespace {

using nlohmann::json;
using testing::fixture_graph;
using testing::read_fragility_fixture;

void expect_optional(const json& expected, const std::optional<double>& actual, double tolerance,
                     const std::string& what) {
    if (expected.is_null()) {
        EXPECT_FALSE(actual.has_value()) << what;
        return;
    }
    ASSERT_TRUE(actual.has_value()) << what;
    EXPECT_NEAR(*actual, expected.get<double>(), tolerance) << what;
}

class FragmentationGolden : public ::testing::TestWithParam<std::string> {};

TEST_P(FragmentationGolden, MatchesNetworkX) {
    const json fixture = read_fragility_fixture(GetParam());
    const WaveGraph g = fixture_graph(fixture);
    expect_optional(fixture["fragmentation"], fragmentation(g), 1e-12, "fragmentation");
    expect_optional(fixture["distance_fragmentation"], distance_fragmentation(g), 1e-9, "distance_fragmentation");
    if (g.actors() >= 2)
        expect_optional(fixture["distance_fragmentation"],
                        distance_fragmentation_from_harmonic(shortest_path_measures(g).harmonic), 1e-12,
                        "from harmonic");
    for (const unsigned threads : {1u, 3u}) {
        RemovalOptions options;
        options.execution.threads = threads;
        const FragmentationIfRemoved f = fragmentation_if_removed(g, options);
        EXPECT_TRUE(f.exact);
        EXPECT_EQ(f.sources, g.actors());
        ASSERT_EQ(f.value.size(), g.actors());
        for (Vertex v = 0; v < g.actors(); ++v)
            expect_optional(fixture["fragmentation_if_removed"][v], f.value[v], 1e-9,
                            "without " + std::to_string(v) + ", threads " + std::to_string(threads));
    }
    if (g.actors() >= 3) {
        const PathMeasures paths = shortest_path_measures(g);
        const FragmentationIfRemoved from_paths = fragmentation_if_removed(g, paths.harmonic);
        for (Vertex v = 0; v < g.actors(); ++v)
            expect_optional(fixture["fragmentation_if_removed"][v], from_paths.value[v], 1e-9,
                            "from the harmonic sums, without " + std::to_string(v));
    }
    for (const auto& removal : fixture["removals"]) {
        const auto removed = removal["removed"].get<std::vector<Vertex>>();
        const WaveGraph rest = without_vertices(g, removed);
        expect_optional(removal["fragmentation"], fragmentation(rest), 1e-12, "F without " + removal["removed"].dump());
        expect_optional(removal["distance_fragmentation"], distance_fragmentation(rest), 1e-9,
                        "DF without " + removal["removed"].dump());
    }
}

INSTANTIATE_TEST_SUITE_P(Fixtures, FragmentationGolden, ::testing::ValuesIn(testing::fragility_graph_names()));

//  (5-clique) 4 ─── 5 (5-clique)
TEST(Fragmentation, TwoCliquesJoinedByATie) {
    const WaveGraph g = testing::two_cliques();
    EXPECT_NEAR(*fragmentation(g), 0.0, 1e-12);
    EXPECT_NEAR(*distance_fragmentation(g), 0.325926, 1e-6);
    const std::vector<Vertex> one = {4}, both = {4, 5};
    EXPECT_NEAR(*fragmentation(without_vertices(g, one)), 0.555556, 1e-6);
    EXPECT_NEAR(*distance_fragmentation(without_vertices(g, one)), 0.555556, 1e-6);
    EXPECT_NEAR(*fragmentation(without_vertices(g, both)), 0.571429, 1e-6);
    EXPECT_NEAR(*distance_fragmentation(without_vertices(g, both)), 0.571429, 1e-6);
    EXPECT_NEAR(*fragmentation_if_removed(g).value[4], 0.555556, 1e-6);
}

//  0 ─ 1 ─ 2 ─ 3 ─ 4
TEST(Fragmentation, PathOfFive) {
    const std::vector<std::pair<Vertex, Vertex>> edges = {{0, 1}, {1, 2}, {2, 3}, {3, 4}};
    const WaveGraph g = build_graph(5, edges);
    EXPECT_NEAR(*distance_fragmentation(g), 0.358333, 1e-6);
    const std::vector<Vertex> centre = {2}, second = {1};
    EXPECT_NEAR(*fragmentation(without_vertices(g, centre)), 0.666667, 1e-6);
    EXPECT_NEAR(*distance_fragmentation(without_vertices(g, centre)), 0.666667, 1e-6);
    EXPECT_NEAR(*fragmentation(without_vertices(g, second)), 0.5, 1e-12);
    EXPECT_NEAR(*distance_fragmentation(without_vertices(g, second)), 0.583333, 1e-6);
    const FragmentationIfRemoved f = fragmentation_if_removed(g);
    EXPECT_NEAR(*f.value[2], 0.666667, 1e-6);
    EXPECT_NEAR(*f.value[1], 0.583333, 1e-6);
}

TEST(Fragmentation, NullBelowTwoActorsAndIfRemovedBelowThree) {
    EXPECT_FALSE(fragmentation(build_graph(0, {})).has_value());
    EXPECT_FALSE(distance_fragmentation(build_graph(1, {})).has_value());
    EXPECT_DOUBLE_EQ(*distance_fragmentation(build_graph(2, {})), 1.0);
    const std::vector<std::pair<Vertex, Vertex>> pair = {{0, 1}};
    for (const auto& v : fragmentation_if_removed(build_graph(2, pair)).value) EXPECT_FALSE(v.has_value());
    EXPECT_TRUE(fragmentation_if_removed(build_graph(0, {})).value.empty());
}

// Random graphs of several shapes: sparse with components, dense, a cycle
// with chords, a grid (many equal shortest paths).
std::vector<WaveGraph> random_graphs() {
    std::vector<WaveGraph> out;
    std::mt19937 rng(42);
    for (const auto& [n, p] : {std::pair{40, 0.05}, {30, 0.3}, {60, 0.04}, {25, 0.12}}) {
        std::vector<std::pair<Vertex, Vertex>> edges;
        std::bernoulli_distribution tie(p);
        for (Vertex a = 0; a < static_cast<Vertex>(n); ++a)
            for (Vertex b = a + 1; b < static_cast<Vertex>(n); ++b)
                if (tie(rng)) edges.emplace_back(a, b);
        out.push_back(build_graph(static_cast<std::size_t>(n), edges));
    }
    std::vector<std::pair<Vertex, Vertex>> cycle;
    for (Vertex v = 0; v < 50; ++v) cycle.emplace_back(v, (v + 1) % 50);
    cycle.emplace_back(0, 25);
    cycle.emplace_back(10, 40);
    out.push_back(build_graph(50, cycle));
    std::vector<std::pair<Vertex, Vertex>> grid;
    for (Vertex r = 0; r < 7; ++r)
        for (Vertex c = 0; c < 7; ++c) {
            if (c + 1 < 7) grid.emplace_back(r * 7 + c, r * 7 + c + 1);
            if (r + 1 < 7) grid.emplace_back(r * 7 + c, (r + 1) * 7 + c);
        }
    out.push_back(build_graph(49, grid));
    return out;
}

TEST(FragmentationIfRemoved, EqualsRemovingTheActorAndRecomputing) {
    for (const WaveGraph& g : random_graphs()) {
        const FragmentationIfRemoved f = fragmentation_if_removed(g);
        ASSERT_TRUE(f.exact);
        for (Vertex v = 0; v < g.actors(); ++v) {
            const std::vector<Vertex> gone = {v};
            EXPECT_NEAR(*f.value[v], *distance_fragmentation(without_vertices(g, gone)), 1e-9)
                << "n " << g.actors() << ", actor " << v;
        }
    }
}

WaveGraph barabasi_albert(std::size_t n, std::size_t k, unsigned seed) {
    std::mt19937 rng(seed);
    std::vector<std::pair<Vertex, Vertex>> edges;
    std::vector<Vertex> ends;
    for (Vertex u = 0; u <= k; ++u)
        for (Vertex v = u + 1; v <= k; ++v) {
            edges.emplace_back(u, v);
            ends.insert(ends.end(), {u, v});
        }
    for (auto v = static_cast<Vertex>(k + 1); v < n; ++v) {
        std::vector<Vertex> chosen;
        while (chosen.size() < k) {
            const Vertex u = ends[rng() % ends.size()];
            if (std::find(chosen.begin(), chosen.end(), u) == chosen.end()) chosen.push_back(u);
        }
        for (const Vertex u : chosen) {
            edges.emplace_back(u, v);
            ends.insert(ends.end(), {u, v});
        }
    }
    return build_graph(n, edges);
}

TEST(FragmentationIfRemoved, EstimateIsSeededThreadIndependentAndClose) {
    // Leaves hanging on a BA core: their values are exact even in an estimate.
    const WaveGraph core = barabasi_albert(600, 2, 7);
    const FragmentationIfRemoved exact = fragmentation_if_removed(core);
    ASSERT_TRUE(exact.exact);
    RemovalOptions options;
    options.sources = 150;
    options.seed = 9;
    options.execution.threads = 1;
    const FragmentationIfRemoved one = fragmentation_if_removed(core, options);
    options.execution.threads = 3;
    const FragmentationIfRemoved three = fragmentation_if_removed(core, options);
    EXPECT_FALSE(one.exact);
    EXPECT_EQ(one.sources, 150u);
    EXPECT_EQ(one.value, three.value);
    double worst = 0;
    for (Vertex v = 0; v < core.actors(); ++v) {
        ASSERT_TRUE(one.value[v].has_value());
        EXPECT_GE(*one.value[v], 0.0);
        EXPECT_LE(*one.value[v], 1.0);
        worst = std::max(worst, std::abs(*one.value[v] - *exact.value[v]));
    }
    EXPECT_LT(worst, 0.01);  // the loss of one actor is small against n² pairs
    // A work limit below the whole run makes it an estimate by itself.
    RemovalOptions limited;
    limited.work_limit = 10000;
    const FragmentationIfRemoved auto_estimate = fragmentation_if_removed(core, limited);
    EXPECT_FALSE(auto_estimate.exact);
    EXPECT_LT(auto_estimate.sources, core.actors());
    // A limit that a few sources spend stops the pilot after its first round
    // of four (a source here scans more than the 300 arcs), where it used to
    // traverse 32 sources whatever the limit.
    RemovalOptions tiny;
    tiny.work_limit = 300;
    const FragmentationIfRemoved pilot_only = fragmentation_if_removed(core, tiny);
    EXPECT_FALSE(pilot_only.exact);
    EXPECT_EQ(pilot_only.sources, 4u);
    // The same on one thread as on three.
    tiny.execution.threads = 1;
    const FragmentationIfRemoved one_thread = fragmentation_if_removed(core, tiny);
    tiny.execution.threads = 3;
    EXPECT_EQ(one_thread.value, fragmentation_if_removed(core, tiny).value);
    // Asking for every source is the exact run.
    RemovalOptions all;
    all.sources = core.actors();
    EXPECT_EQ(fragmentation_if_removed(core, all).value, exact.value);
}

TEST(FragmentationIfRemoved, LeavesAreExactInAnEstimate) {
    //  a star: the leaves are never between others
    std::vector<std::pair<Vertex, Vertex>> edges;
    for (Vertex v = 1; v < 40; ++v) edges.emplace_back(0, v);
    const WaveGraph star = build_graph(40, edges);
    RemovalOptions options;
    options.sources = 5;
    const FragmentationIfRemoved f = fragmentation_if_removed(star, options);
    const FragmentationIfRemoved exact = fragmentation_if_removed(star);
    for (Vertex v = 1; v < 40; ++v) EXPECT_NEAR(*f.value[v], *exact.value[v], 1e-12);
    EXPECT_NEAR(*exact.value[0], 1.0, 1e-12);  // without the centre, nobody reaches anybody
}

}  // namespace
}  // namespace helixnet
