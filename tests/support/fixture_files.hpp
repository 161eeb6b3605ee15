// The fixtures of one folder under tests/fixtures: every *.json but
// generator.json, which names the script and library versions that made them
// (tools/fixture_io.py).
#pragma once

#include <algorithm>
#include <filesystem>
#include <vector>

namespace helixnet::testing {

inline std::vector<std::filesystem::path> fixture_files(const std::filesystem::path& folder) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        if (entry.path().extension() == ".json" && entry.path().stem() != "generator") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace helixnet::testing
