// The fixtures of tools/make_fragility_fixtures.py (tests/fixtures/fragility/):
// small graphs with their cut points, fragmentation, fragmentation without
// each actor and without given sets, key-player optima by brute force, and
// igraph's Leiden modularity, all computed by NetworkX and igraph.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "helixnet/graph/wave_graph.hpp"

namespace helixnet::testing {

inline std::filesystem::path fragility_fixture_dir() {
    return std::filesystem::path(HELIXNET_FIXTURE_DIR) / "fragility";
}

// The graph fixtures (every file but partitions.json), by name.
inline std::vector<std::string> fragility_graph_names() {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(fragility_fixture_dir()))
        if (entry.path().extension() == ".json" && entry.path().stem() != "partitions")
            names.push_back(entry.path().stem().string());
    std::sort(names.begin(), names.end());
    return names;
}

inline nlohmann::json read_fragility_fixture(const std::string& name) {
    std::ifstream in(fragility_fixture_dir() / (name + ".json"));
    return nlohmann::json::parse(in);
}

inline WaveGraph fixture_graph(const nlohmann::json& fixture) {
    std::vector<std::pair<Vertex, Vertex>> edges;
    for (const auto& e : fixture["edges"]) edges.emplace_back(e[0].get<Vertex>(), e[1].get<Vertex>());
    return build_graph(fixture["actors"].get<std::size_t>(), edges);
}

// Two 5-cliques, {0..4} and {5..9}, joined by the tie 4-5.
inline WaveGraph two_cliques() {
    std::vector<std::pair<Vertex, Vertex>> edges;
    for (Vertex a = 0; a < 5; ++a)
        for (Vertex b = a + 1; b < 5; ++b) {
            edges.emplace_back(a, b);
            edges.emplace_back(a + 5, b + 5);
        }
    edges.emplace_back(4, 5);
    return build_graph(10, edges);
}

}  // namespace helixnet::testing
