// The fixtures of tools/make_two_mode_fixtures.py (NetworkX 2.8 bipartite
// module; the versions in generator.json): a study in the helixnet/1 JSON
// form with, per wave, the two-mode measures and both co-membership
// projections.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "helixnet/error.hpp"
#include "helixnet/study/json_io.hpp"

namespace helixnet::testing {

inline const std::filesystem::path two_mode_fixture_dir = std::filesystem::path(HELIXNET_FIXTURE_DIR) / "two_mode";

inline std::vector<std::filesystem::path> two_mode_fixture_files() {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(two_mode_fixture_dir))
        if (entry.path().extension() == ".json" && entry.path().filename() != "generator.json")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

inline nlohmann::json read_two_mode_fixture(const std::filesystem::path& path) {
    std::ifstream in(path);
    return nlohmann::json::parse(in);
}

// The fixture's study, read by the JSON loader.
inline Study two_mode_fixture_study(const nlohmann::json& fixture) {
    Diagnostics diagnostics;
    return read_study_json(fixture.at("study").dump(), "fixture", diagnostics);
}

}  // namespace helixnet::testing
