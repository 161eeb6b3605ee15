#include "helixnet/metrics/paths.hpp"

#include <gtest/gtest.h>

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/property_map/property_map.hpp>

#include <cmath>
#include <random>
#include <set>
#include <utility>
#include <vector>

#include "helixnet/error.hpp"
#include "helixnet/graph/boost_graph.hpp"

namespace helixnet {
namespace {

using Edges = std::vector<std::pair<Vertex, Vertex>>;

// A seeded G(n, m)-like random graph (duplicates and loops dropped by build_graph).
WaveGraph random_graph(std::size_t n, std::size_t m, unsigned seed) {
    std::mt19937 rng(seed);
    Edges edges;
    for (std::size_t i = 0; i < m; ++i)
        edges.emplace_back(static_cast<Vertex>(rng() % n), static_cast<Vertex>(rng() % n));
    return build_graph(n, edges);
}

// Preferential attachment: each newcomer ties to `k` earlier actors drawn by degree.
WaveGraph preferential_graph(std::size_t n, std::size_t k, unsigned seed) {
    std::mt19937 rng(seed);
    Edges edges;
    std::vector<Vertex> ends;
    for (Vertex v = 1; v < n; ++v) {
        std::set<Vertex> chosen;
        while (chosen.size() < std::min<std::size_t>(k, v)) chosen.insert(ends.empty() ? 0 : ends[rng() % ends.size()]);
        for (const Vertex u : chosen) {
            edges.emplace_back(u, v);
            ends.push_back(u);
            ends.push_back(v);
        }
    }
    return build_graph(n, edges);
}

//        1
//        |
//    2 - 0 - 3      centre 0 carries every path between leaves: 1;
//       / \         leaves 0; closeness of the centre 1, of a leaf
//      4   5        5/9 (distances 1 + 2·4 = 9 to its 5 others).
TEST(Paths, StarCentreHasBetweennessOne) {
    const Edges edges = {{0, 1}, {0, 2}, {0, 3}, {0, 4}, {0, 5}};
    const PathMeasures p = shortest_path_measures(build_graph(6, edges));
    EXPECT_DOUBLE_EQ(*p.betweenness[0], 1.0);
    for (Vertex v = 1; v < 6; ++v) EXPECT_DOUBLE_EQ(*p.betweenness[v], 0.0);
    EXPECT_DOUBLE_EQ(*p.closeness[0], 1.0);
    EXPECT_DOUBLE_EQ(*p.closeness[1], 5.0 / 9.0);
    EXPECT_DOUBLE_EQ(*p.harmonic[1], (1.0 + 4 * 0.5) / 5.0);
    EXPECT_EQ(*p.diameter, 2u);
    EXPECT_DOUBLE_EQ(*p.average_path_length, (5 * 1.0 * 2 + 20 * 2.0) / 30.0);
}

// 0 - 1 - 2 - 3 - 4: the middle lies on 2·2 of the (4·3)/2 pairs of others.
TEST(Paths, PathMiddle) {
    const Edges edges = {{0, 1}, {1, 2}, {2, 3}, {3, 4}};
    const PathMeasures p = shortest_path_measures(build_graph(5, edges));
    EXPECT_DOUBLE_EQ(*p.betweenness[2], 4.0 / 6.0);
    EXPECT_DOUBLE_EQ(*p.betweenness[1], 3.0 / 6.0);
    EXPECT_EQ(*p.diameter, 4u);
}

// 0 - 1   2 (isolate): one connected pair; isolates have closeness 0.
TEST(Paths, DisconnectedEdgeCases) {
    const Edges edges = {{0, 1}};
    const PathMeasures p = shortest_path_measures(build_graph(3, edges));
    EXPECT_DOUBLE_EQ(*p.closeness[2], 0.0);
    EXPECT_DOUBLE_EQ(*p.harmonic[2], 0.0);
    EXPECT_DOUBLE_EQ(*p.closeness[0], 0.5);  // (1/1)·(1/2)
    EXPECT_DOUBLE_EQ(*p.average_path_length, 1.0);
    EXPECT_EQ(*p.diameter, 1u);
}

TEST(Paths, UndefinedWhereTheFormulaDividesByZero) {
    const PathMeasures one = shortest_path_measures(build_graph(1, {}));
    EXPECT_FALSE(one.betweenness[0]);
    EXPECT_FALSE(one.closeness[0]);
    EXPECT_FALSE(one.harmonic[0]);
    EXPECT_FALSE(one.average_path_length);
    EXPECT_FALSE(one.diameter);
    const Edges pair = {{0, 1}};
    const PathMeasures two = shortest_path_measures(build_graph(2, pair));
    EXPECT_FALSE(two.betweenness[0]);  // n ≤ 2
    EXPECT_DOUBLE_EQ(*two.closeness[0], 1.0);
    const PathMeasures isolates = shortest_path_measures(build_graph(4, {}));
    EXPECT_FALSE(isolates.average_path_length);
    EXPECT_FALSE(isolates.diameter);
    EXPECT_DOUBLE_EQ(*isolates.betweenness[0], 0.0);
    const PathMeasures empty = shortest_path_measures(build_graph(0, {}));
    EXPECT_TRUE(empty.betweenness.empty());
}

// Checks the measures' betweenness against the naive oracle: Boost's
// brandes_betweenness_centrality on the same CSR (directed with symmetric
// arcs, so it counts every ordered pair).
void expect_boost_betweenness(const WaveGraph& g, const PathMeasures& p) {
    const std::size_t n = g.actors();
    std::vector<double> oracle(n, 0.0);
    boost::brandes_betweenness_centrality(
        g, boost::centrality_map(boost::make_iterator_property_map(oracle.begin(), get(boost::vertex_index, g))));
    const double scale = 1.0 / static_cast<double>((n - 1) * (n - 2));
    for (std::size_t v = 0; v < n; ++v) EXPECT_NEAR(*p.betweenness[v], oracle[v] * scale, 1e-12) << v;
}

TEST(Paths, BetweennessAgreesWithBoostBrandes) {
    for (const unsigned seed : {1u, 2u, 3u, 4u}) {
        const WaveGraph g = random_graph(120, 200 + 40 * seed, seed);
        expect_boost_betweenness(g, shortest_path_measures(g));
    }
}

// Two cliques joined by a long path, beside a preferential graph and some
// isolates: from a clique's actor the forward pass goes bottom-up (the
// clique), top-down (the path), then bottom-up again (the far clique),
// listing the actors not yet reached afresh; the preferential component
// pulls its widest levels, and the backward pass pushes from its narrow
// deepest levels. Boost's Brandes is the oracle.
TEST(Paths, BetweennessAgreesWithBoostInEveryDirection) {
    Edges edges;
    const auto clique = [&](Vertex first, Vertex size) {
        for (Vertex u = first; u < first + size; ++u)
            for (Vertex v = u + 1; v < first + size; ++v) edges.emplace_back(u, v);
    };
    clique(0, 12);
    for (Vertex v = 11; v < 40; ++v) edges.emplace_back(v, v + 1);  // the path 11 - 12 - … - 40
    clique(40, 15);
    const Vertex offset = 60;  // 55 .. 59 isolates
    const WaveGraph pa = preferential_graph(800, 3, 11);
    for (Vertex v = 0; v < pa.actors(); ++v)
        for (const Vertex w : pa.neighbours(v))
            if (v < w) edges.emplace_back(offset + v, offset + w);
    const WaveGraph g = build_graph(offset + pa.actors(), edges);
    const PathMeasures p = shortest_path_measures(g);
    expect_boost_betweenness(g, p);
    EXPECT_EQ(*p.closeness[57], 0.0);  // an isolate
    EXPECT_EQ(*p.diameter, 31u);       // one step in each clique, 29 along the path
}

TEST(Paths, SameResultForEveryThreadCount) {
    const WaveGraph g = preferential_graph(700, 3, 9);
    PathOptions one;
    one.execution.threads = 1;
    const PathMeasures reference = shortest_path_measures(g, one);
    for (const unsigned threads : {2u, 3u, 8u}) {
        PathOptions o;
        o.execution.threads = threads;
        const PathMeasures p = shortest_path_measures(g, o);
        EXPECT_EQ(p.betweenness, reference.betweenness) << threads;  // bit for bit
        EXPECT_EQ(p.closeness, reference.closeness);
        EXPECT_EQ(p.harmonic, reference.harmonic);
        EXPECT_EQ(p.average_path_length, reference.average_path_length);
        const PathMeasures d = distance_measures(g, o.execution);
        const PathMeasures d1 = distance_measures(g, one.execution);
        EXPECT_EQ(d.closeness, d1.closeness);
        EXPECT_EQ(d.harmonic, d1.harmonic);
    }
}

// The multi-source BFS takes a second thread only when the work is worth it
// (2^24 batch-arcs a worker): 20 000 actors and 60 000 ties, 313 batches of
// 64 sources over 120 000 arcs, are worth two. Their sums, added in any
// order, must give the one-thread result bit for bit.
TEST(Paths, MultiSourceDistancesAreTheSameOnTwoThreads) {
    const WaveGraph g = preferential_graph(20000, 3, 4);
    Execution one, two;
    one.threads = 1;
    two.threads = 2;
    const PathMeasures a = distance_measures(g, one);
    const PathMeasures b = distance_measures(g, two);
    EXPECT_EQ(a.closeness, b.closeness);
    EXPECT_EQ(a.harmonic, b.harmonic);
    EXPECT_EQ(a.average_path_length, b.average_path_length);
    EXPECT_EQ(a.diameter, b.diameter);
}

// The multi-source BFS gives the distance measures of the per-source BFS,
// across more than one batch of 256 sources and with several components.
// A sparse random graph keeps the traversal mostly top-down; a preferential
// one, whose frontiers soon hold most ties, makes it pull bottom-up.
TEST(Paths, MultiSourceDistancesEqualBrandes) {
    for (const WaveGraph& g : {random_graph(600, 500, 21), preferential_graph(2000, 3, 5)}) {
        const PathMeasures exact = shortest_path_measures(g);
        const PathMeasures fast = distance_measures(g);
        EXPECT_TRUE(fast.betweenness.empty());
        ASSERT_EQ(fast.closeness.size(), exact.closeness.size());
        for (std::size_t v = 0; v < g.actors(); ++v) {
            EXPECT_DOUBLE_EQ(*fast.closeness[v], *exact.closeness[v]) << v;
            EXPECT_NEAR(*fast.harmonic[v], *exact.harmonic[v], 1e-9) << v;
        }
        EXPECT_DOUBLE_EQ(*fast.average_path_length, *exact.average_path_length);
        EXPECT_EQ(*fast.diameter, *exact.diameter);
    }
}

TEST(Paths, ApproximateBetweennessIsWithinEpsilon) {
    const WaveGraph g = preferential_graph(1500, 2, 4);
    const PathMeasures exact = shortest_path_measures(g);
    PathOptions o;
    o.approx_epsilon = 0.02;
    o.approx_delta = 0.1;
    o.seed = 7;
    const PathMeasures approx = shortest_path_measures(g, o);
    ASSERT_TRUE(approx.approximation);
    EXPECT_GT(approx.approximation->samples, 1000u);
    EXPECT_GE(approx.approximation->vertex_diameter_bound, static_cast<std::size_t>(*exact.diameter) + 1);
    double worst = 0.0;
    for (std::size_t v = 0; v < g.actors(); ++v)
        worst = std::max(worst, std::abs(*approx.betweenness[v] - *exact.betweenness[v]));
    EXPECT_LT(worst, 0.02);
    EXPECT_GT(worst, 0.0);  // an estimate, not the exact values
    // The distance measures stay exact.
    EXPECT_EQ(approx.closeness, exact.closeness);
    EXPECT_EQ(approx.diameter, exact.diameter);
    // Seeded: the same seed gives the same estimate on any number of threads.
    o.execution.threads = 3;
    EXPECT_EQ(shortest_path_measures(g, o).betweenness, approx.betweenness);
    o.seed = 8;
    EXPECT_NE(shortest_path_measures(g, o).betweenness, approx.betweenness);
}

// A grid has many shortest paths between most pairs, of unequal weight
// through each actor, and two components test pairs with no path: the
// sampled paths must be drawn uniformly for the estimate to stay within ε.
TEST(Paths, ApproximateBetweennessSamplesPathsUniformly) {
    Edges edges;
    constexpr Vertex side = 12;
    for (Vertex r = 0; r < side; ++r)
        for (Vertex c = 0; c < side; ++c) {
            const Vertex v = r * side + c;
            if (c + 1 < side) edges.emplace_back(v, v + 1);
            if (r + 1 < side) edges.emplace_back(v, v + side);
        }
    const Vertex offset = side * side;  // a second component: a path of 30
    for (Vertex v = 0; v + 1 < 30; ++v) edges.emplace_back(offset + v, offset + v + 1);
    const WaveGraph g = build_graph(offset + 30, edges);
    const PathMeasures exact = shortest_path_measures(g);
    PathOptions o;
    o.approx_epsilon = 0.01;
    o.seed = 3;
    const PathMeasures approx = shortest_path_measures(g, o);
    double worst = 0.0;
    for (std::size_t v = 0; v < g.actors(); ++v)
        worst = std::max(worst, std::abs(*approx.betweenness[v] - *exact.betweenness[v]));
    EXPECT_LT(worst, 0.01);
    EXPECT_GT(worst, 0.0);
    // The ends of the path lie inside no shortest path: never sampled as inner.
    EXPECT_EQ(*approx.betweenness[offset], 0.0);
    EXPECT_EQ(*approx.betweenness[offset + 29], 0.0);
}

TEST(Paths, SampleSizeFollowsRiondatoKornaropoulos) {
    // VD = 10: ⌊log2 8⌋ + 1 = 4; (0.5/0.01)(4 + ln 10) = 50 · 6.3026 → 316.
    EXPECT_EQ(riondato_kornaropoulos_samples(10, 0.1, 0.1), 316u);
    EXPECT_EQ(riondato_kornaropoulos_samples(2, 0.1, 0.1), 0u);
}

TEST(Paths, RejectsEpsilonOutsideTheUnitInterval) {
    PathOptions o;
    o.approx_epsilon = 1.5;
    EXPECT_THROW((void)shortest_path_measures(build_graph(3, {}), o), Failure);
    o.approx_epsilon = 0.1;
    o.approx_delta = 0.0;
    EXPECT_THROW((void)shortest_path_measures(build_graph(3, {}), o), Failure);
}

TEST(Paths, ReportsProgressOnTheCallingThread) {
    const WaveGraph g = random_graph(300, 600, 5);
    PathOptions o;
    o.execution.threads = 2;
    std::size_t calls = 0, last = 0, total = 0;
    o.execution.progress = [&](std::string_view stage, std::size_t done, std::size_t all) {
        EXPECT_EQ(stage, "shortest paths");
        EXPECT_GT(done, last);
        last = done;
        total = all;
        ++calls;
    };
    (void)shortest_path_measures(g, o);
    EXPECT_GT(calls, 0u);
    EXPECT_LE(last, total);
}

// ---- Estimated distance measures (Eppstein–Wang source sampling) ----------

// How many of `seeds` runs keep every estimate within the bound printed with
// it: every actor's closeness and harmonic, the average path length, and the
// diameter between its lower and upper bound.
std::size_t runs_within_bounds(const WaveGraph& g, double epsilon, unsigned seeds) {
    const PathMeasures exact = distance_measures(g);
    std::size_t within = 0;
    for (unsigned seed = 1; seed <= seeds; ++seed) {
        PathOptions o;
        o.approx_epsilon = epsilon;
        o.approx_distances = true;
        o.seed = seed;
        const PathMeasures p = shortest_path_measures(g, o);
        EXPECT_TRUE(p.distance_approximation.has_value());
        if (!p.distance_approximation) continue;
        const DistanceApproximation& a = *p.distance_approximation;
        bool ok = std::abs(*p.average_path_length - *exact.average_path_length) <= a.average_path_length_bound &&
                  *p.diameter <= *exact.diameter && *exact.diameter <= a.diameter_upper_bound;
        for (std::size_t v = 0; v < g.actors(); ++v) {
            ok = ok && std::abs(*p.closeness[v] - *exact.closeness[v]) <= a.closeness_bound;
            ok = ok && std::abs(*p.harmonic[v] - *exact.harmonic[v]) <= a.harmonic_bound;
        }
        within += ok;
    }
    return within;
}

// A cycle of 1200, where every actor's closeness is known in closed form
// (checked below against the exact engine, which the fixtures check against
// NetworkX); a 30 × 40 grid; preferential attachment; and a graph of two
// components, one sampled and one small enough to be exact. With δ = 0.1 the
// bounds must hold in at least 90% of the seeded runs.
TEST(Paths, EstimatedDistancesStayWithinTheirPrintedBounds) {
    constexpr double epsilon = 0.15;
    constexpr unsigned seeds = 20;
    Edges cycle;
    constexpr Vertex length = 1200;
    for (Vertex v = 0; v < length; ++v) cycle.emplace_back(v, (v + 1) % length);
    const WaveGraph ring = build_graph(length, cycle);
    // Distances 1..599 twice and 600 once: Σ = 599·600 + 600 = 360000.
    EXPECT_DOUBLE_EQ(*distance_measures(ring).closeness[17], 1199.0 / 360000.0);

    Edges grid;
    constexpr Vertex rows = 30, cols = 40;
    for (Vertex r = 0; r < rows; ++r)
        for (Vertex c = 0; c < cols; ++c) {
            if (c + 1 < cols) grid.emplace_back(r * cols + c, r * cols + c + 1);
            if (r + 1 < rows) grid.emplace_back(r * cols + c, (r + 1) * cols + c);
        }
    Edges two = grid;  // the grid plus a separate path of 40 actors
    for (Vertex v = 0; v + 1 < 40; ++v) two.emplace_back(rows * cols + v, rows * cols + v + 1);

    const std::vector<WaveGraph> graphs = {ring, build_graph(rows * cols, grid), preferential_graph(1500, 3, 5),
                                           build_graph(rows * cols + 40, two)};
    for (const WaveGraph& g : graphs) {
        ASSERT_LT(distance_sample_size(g.actors(), epsilon, 0.1), g.actors());  // sampled, not exact
        EXPECT_GE(runs_within_bounds(g, epsilon, seeds), seeds * 9 / 10) << g.actors();
    }
}

// The bounds are tight enough to say something: harmonic within epsilon, and
// closeness well inside the range of the values themselves.
TEST(Paths, EstimatedDistanceBoundsAreInformative) {
    const WaveGraph g = preferential_graph(3000, 3, 2);
    PathOptions o;
    o.approx_epsilon = 0.05;
    o.approx_distances = true;
    const PathMeasures p = shortest_path_measures(g, o);
    ASSERT_TRUE(p.distance_approximation);
    const DistanceApproximation& a = *p.distance_approximation;
    EXPECT_EQ(a.sources, distance_sample_size(3000, 0.05, 0.1));
    EXPECT_EQ(a.estimated_actors, 3000u);
    EXPECT_LE(a.harmonic_bound, 0.05);
    const PathMeasures exact = distance_measures(g);
    double mean_closeness = 0;
    for (const auto& c : exact.closeness) mean_closeness += *c / 3000.0;
    EXPECT_LT(a.closeness_bound, mean_closeness / 2);
    EXPECT_LT(a.average_path_length_bound, *exact.average_path_length / 4);
    EXPECT_LE(a.diameter_upper_bound, 2 * *exact.diameter);
    // An estimate, not the exact values.
    EXPECT_NE(p.closeness, exact.closeness);
}

// Sample size ⌈ln(4n/δ)/(2ε²)⌉ + 1: ln(40000)/0.02 = 529.8… → 531.
TEST(Paths, DistanceSampleSize) { EXPECT_EQ(distance_sample_size(1000, 0.1, 0.1), 531u); }

// Components no larger than the sample are measured whole: the estimate is
// then the exact result, and not labelled as an estimate.
TEST(Paths, EstimatedDistancesAreExactOnSmallComponents) {
    const WaveGraph g = random_graph(400, 700, 3);
    PathOptions o;
    o.approx_epsilon = 0.1;
    o.approx_distances = true;
    const PathMeasures p = shortest_path_measures(g, o);
    const PathMeasures exact = distance_measures(g);
    EXPECT_FALSE(p.distance_approximation);
    EXPECT_EQ(p.closeness, exact.closeness);
    EXPECT_EQ(p.harmonic, exact.harmonic);
    EXPECT_EQ(p.average_path_length, exact.average_path_length);
    EXPECT_EQ(p.diameter, exact.diameter);
}

TEST(Paths, EstimatedDistancesAreTheSameOnAnyNumberOfThreads) {
    const WaveGraph g = preferential_graph(2000, 2, 8);
    PathOptions o;
    o.approx_epsilon = 0.1;
    o.approx_distances = true;
    o.execution.threads = 1;
    const PathMeasures one = shortest_path_measures(g, o);
    ASSERT_TRUE(one.distance_approximation);
    for (const unsigned threads : {2u, 3u}) {
        o.execution.threads = threads;
        const PathMeasures p = shortest_path_measures(g, o);
        EXPECT_EQ(p.closeness, one.closeness);
        EXPECT_EQ(p.harmonic, one.harmonic);
        EXPECT_EQ(p.average_path_length, one.average_path_length);
        EXPECT_EQ(p.diameter, one.diameter);
    }
}

// The multi-source traversal takes 64, 128 or 256 sources at a time (chosen
// by the network's size); the estimates must not depend on it. Two components:
// one sampled (1500 actors, 555 sources: several batches of every width,
// the last one partial) and one taken whole.
TEST(Paths, EstimatedDistancesAreTheSameWhateverTheLaneWidth) {
    Edges edges;
    std::mt19937 rng(5);
    for (Vertex v = 1; v < 1500; ++v) edges.emplace_back(static_cast<Vertex>(rng() % v), v);
    for (Vertex v = 1500; v < 1600; ++v) edges.emplace_back(v, v + 1 < 1600 ? v + 1 : 1500);
    const WaveGraph g = build_graph(1600, edges);
    PathOptions o;
    o.approx_epsilon = 0.1;
    o.approx_distances = true;
    o.lane_words = 4;
    const PathMeasures wide = shortest_path_measures(g, o);
    ASSERT_TRUE(wide.distance_approximation);
    ASSERT_EQ(wide.distance_approximation->sources, 555u);
    for (const std::size_t words : {0u, 1u, 2u}) {
        o.lane_words = words;
        const PathMeasures p = shortest_path_measures(g, o);
        EXPECT_EQ(p.closeness, wide.closeness) << words;
        EXPECT_EQ(p.harmonic, wide.harmonic) << words;
        EXPECT_EQ(p.average_path_length, wide.average_path_length) << words;
        EXPECT_EQ(p.diameter, wide.diameter) << words;
        EXPECT_EQ(p.distance_approximation->diameter_upper_bound, wide.distance_approximation->diameter_upper_bound);
    }
    o.lane_words = 3;
    EXPECT_THROW((void)shortest_path_measures(g, o), Failure);
}

}  // namespace
}  // namespace helixnet
