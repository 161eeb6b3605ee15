// Golden tests: every measure of compute_wave_metrics against the values that
// tools/make_metric_fixtures.py computed with NetworkX and igraph
// (tests/fixtures/metrics/*.json), to 1e-6 (1e-4 for eigenvector and
// pagerank), with null exactly where the fixture has null.
#include "helixnet/metrics/wave_metrics.hpp"
#include "../support/fixture_files.hpp"
#include "helixnet/error.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace helixnet {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::vector<std::string> fixture_names() {
    std::vector<std::string> names;
    for (const auto& file : testing::fixture_files(fs::path(HELIXNET_FIXTURE_DIR) / "metrics"))
        names.push_back(file.stem().string());
    return names;
}

json read_fixture(const std::string& name) {
    std::ifstream in(fs::path(HELIXNET_FIXTURE_DIR) / "metrics" / (name + ".json"));
    return json::parse(in);
}

WaveGraph graph_of(const json& fixture) {
    std::vector<std::pair<Vertex, Vertex>> edges;
    std::vector<double> weights;
    for (const auto& e : fixture["edges"]) {
        edges.emplace_back(e[0].get<Vertex>(), e[1].get<Vertex>());
        weights.push_back(e[2].get<double>());
    }
    return build_graph(fixture["actors"].get<std::size_t>(), edges, weights);
}

template <typename T>
void expect_value(const json& expected, const std::optional<T>& actual, double tolerance, const std::string& what) {
    if (expected.is_null()) {
        EXPECT_FALSE(actual.has_value()) << what << " should be null, is " << *actual;
        return;
    }
    ASSERT_TRUE(actual.has_value()) << what << " is null, expected " << expected;
    EXPECT_NEAR(static_cast<double>(*actual), expected.get<double>(), tolerance) << what;
}

template <typename T>
void expect_value(const json& expected, const T& actual, double tolerance, const std::string& what) {
    expect_value(expected, std::optional<T>(actual), tolerance, what);
}

class Golden : public ::testing::TestWithParam<std::string> {};

TEST_P(Golden, MatchesNetworkXAndIgraph) {
    const json fixture = read_fixture(GetParam());
    const WaveGraph g = graph_of(fixture);
    for (const unsigned threads : {1u, 3u}) {
        SCOPED_TRACE("threads " + std::to_string(threads));
        MetricsOptions options;
        options.execution.threads = threads;
        const WaveMetrics m = compute_wave_metrics(g, options);
        const json& net = fixture["network"];
        const NetworkMetrics& n = m.network;
        constexpr double tol = 1e-6;
        expect_value(net["actors"], n.actors, 0, "actors");
        expect_value(net["ties"], n.ties, 0, "ties");
        expect_value(net["isolates"], n.isolates, 0, "isolates");
        expect_value(net["density"], n.density, tol, "density");
        expect_value(net["average_degree"], n.average_degree, tol, "average_degree");
        expect_value(net["components"], n.components, 0, "components");
        expect_value(net["largest_component"], n.largest_component, 0, "largest_component");
        expect_value(net["largest_component_share"], n.largest_component_share, tol, "largest_component_share");
        expect_value(net["transitivity"], n.transitivity, tol, "transitivity");
        expect_value(net["average_clustering"], n.average_clustering, tol, "average_clustering");
        expect_value(net["average_path_length"], n.average_path_length, tol, "average_path_length");
        expect_value(net["diameter"], n.diameter, 0, "diameter");
        expect_value(net["degree_centralization"], n.degree_centralization, tol, "degree_centralization");
        expect_value(net["betweenness_centralization"], n.betweenness_centralization, tol,
                     "betweenness_centralization");

        const json& actors = fixture["actor_metrics"];
        ASSERT_EQ(actors.size(), m.actors.size());
        for (std::size_t v = 0; v < m.actors.size(); ++v) {
            const json& e = actors[v];
            const ActorMetrics& a = m.actors[v];
            const std::string at = " of actor " + std::to_string(v);
            expect_value(e["degree"], a.degree, 0, "degree" + at);
            expect_value(e["strength"], a.strength, tol, "strength" + at);
            expect_value(e["degree_centrality"], a.degree_centrality, tol, "degree_centrality" + at);
            expect_value(e["betweenness"], a.betweenness, tol, "betweenness" + at);
            expect_value(e["closeness"], a.closeness, tol, "closeness" + at);
            expect_value(e["harmonic"], a.harmonic, tol, "harmonic" + at);
            expect_value(e["eigenvector"], a.eigenvector, 1e-4, "eigenvector" + at);
            expect_value(e["pagerank"], a.pagerank, 1e-4, "pagerank" + at);
            expect_value(e["clustering"], a.clustering, tol, "clustering" + at);
            expect_value(e["core"], a.core, 0, "core" + at);
            expect_value(e["constraint"], a.constraint, tol, "constraint" + at);
            expect_value(e["effective_size"], a.effective_size, tol, "effective_size" + at);
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Fixtures, Golden, ::testing::ValuesIn(fixture_names()),
                         [](const ::testing::TestParamInfo<std::string>& info) { return info.param; });

TEST(WaveMetrics, FixturesArePresent) { EXPECT_GE(fixture_names().size(), 15u); }

TEST(WaveMetrics, EmptyWaveHasNoUndefinedNumbers) {
    const WaveMetrics m = compute_wave_metrics(build_graph(0, {}));
    EXPECT_EQ(m.network.actors, 0u);
    EXPECT_FALSE(m.network.density);
    EXPECT_FALSE(m.network.average_degree);
    EXPECT_FALSE(m.network.largest_component_share);
    EXPECT_FALSE(m.network.average_clustering);
    EXPECT_FALSE(m.network.diameter);
    EXPECT_TRUE(m.actors.empty());
}

TEST(WaveMetrics, StudyWaveCarriesIdsAndNames) {
    Study s;
    s.waves = {{2019, ""}};
    s.actors.resize(3);
    for (int i = 0; i < 3; ++i) {
        s.actors[static_cast<std::size_t>(i)].id = "a" + std::to_string(i);
        s.actors[static_cast<std::size_t>(i)].name = "Actor " + std::to_string(i);
    }
    s.reindex();
    Tie t;
    t.source = 0;
    t.target = 2;
    t.wave = 2019;
    t.weight = 2.5;
    s.ties.push_back(t);
    const WaveMetrics m = compute_wave_metrics(s, 2019);
    EXPECT_EQ(m.wave, 2019);
    ASSERT_EQ(m.actors.size(), 3u);
    EXPECT_EQ(m.actors[2].id, "a2");
    EXPECT_EQ(m.actors[2].name, "Actor 2");
    EXPECT_DOUBLE_EQ(m.actors[2].strength, 2.5);
    EXPECT_EQ(m.network.isolates, 1u);
    EXPECT_THROW((void)compute_wave_metrics(s, 2020), Failure);
}

}  // namespace
}  // namespace helixnet
