// What every fuzz target (tests/fuzz/fuzz_<form>.cpp, tools/fuzz.sh) checks
// besides the sanitizers: a reader either throws InvalidInput or returns a
// study that is valid by every rule (it reads back from its own JSON as the
// same study), and the forms that claim to keep a study keep it.
#pragma once

#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "helixnet/error.hpp"
#include "helixnet/study/json_io.hpp"
#include "helixnet/study/study.hpp"

namespace helixnet::fuzz {

[[noreturn]] inline void fail(const char* what, const std::string& detail) {
    std::fprintf(stderr, "fuzz check failed: %s\n%.4000s\n", what, detail.c_str());
    std::abort();
}

// The study as JSON with what no form promises to keep made equal: key
// order, the order of ties and which end of a tie comes first, and an actor's
// waves (sorted, and none when they are every wave).
inline nlohmann::json canonical(const Study& s) {
    nlohmann::json j = nlohmann::json::parse(write_study_json(s));
    std::vector<int> every = s.wave_years();
    std::sort(every.begin(), every.end());
    for (auto& a : j["actors"]) {
        if (!a.contains("waves")) continue;
        std::vector<int> w = a["waves"].get<std::vector<int>>();
        std::sort(w.begin(), w.end());
        w.erase(std::unique(w.begin(), w.end()), w.end());
        if (w == every)
            a.erase("waves");
        else
            a["waves"] = w;
    }
    for (auto& t : j["ties"])
        if (t["target"].get<std::string>() < t["source"].get<std::string>()) std::swap(t["source"], t["target"]);
    const auto key = [](const nlohmann::json& t) {
        return std::make_tuple(t["wave"].get<int>(), t["source"].get<std::string>(), t["target"].get<std::string>());
    };
    std::sort(j["ties"].begin(), j["ties"].end(), [&](const auto& a, const auto& b) { return key(a) < key(b); });
    return j;
}

// An accepted study reads back from its own JSON as the same study.
inline void check_json(const Study& s) {
    const std::string json = write_study_json(s);
    Diagnostics d;
    try {
        const Study back = read_study_json(json, "round trip", d);
        if (nlohmann::json::parse(write_study_json(back)) != nlohmann::json::parse(json))
            fail("the study changes when read back from its JSON", json);
    } catch (const InvalidInput& e) {
        fail("an accepted study does not read back from its JSON", std::string(e.what()) + "\n" + json);
    }
}

// A form that keeps the whole study (GraphML, GEXF) gives it back, unless
// writing had to replace characters XML cannot hold.
inline void check_kept(const Study& s, const std::function<std::string(const Study&, Diagnostics*)>& write,
                       const std::function<Study(const std::string&, Diagnostics&)>& read) {
    Diagnostics warnings;
    const std::string text = write(s, &warnings);
    Diagnostics d;
    try {
        const Study back = read(text, d);
        if (warnings.items().empty() && canonical(back) != canonical(s))
            fail("the study changes when written and read back", canonical(s).dump() + "\n" + canonical(back).dump());
    } catch (const InvalidInput& e) {
        fail("a written study does not read back", std::string(e.what()) + "\n" + text);
    }
}

// Runs a reader; anything but InvalidInput escaping it is a crash.
inline void read(const std::function<Study()>& reader, const std::function<void(const Study&)>& extra = {}) {
    Study s;
    try {
        s = reader();
    } catch (const InvalidInput&) {
        return;
    }
    check_json(s);
    if (extra) extra(s);
}

// Files packed into one input: each begins with a line `>>> NAME`; text
// before the first such line is ignored.
inline std::vector<std::pair<std::string, std::string>> unpack(std::string_view data) {
    std::vector<std::pair<std::string, std::string>> files;
    std::size_t pos = 0;
    while (pos < data.size()) {
        std::size_t end = data.find('\n', pos);
        if (end == std::string_view::npos) end = data.size();
        const std::string_view line = data.substr(pos, end - pos);
        if (line.starts_with(">>> "))
            files.emplace_back(std::string(line.substr(4)), std::string());
        else if (!files.empty())
            files.back().second.append(data.substr(pos, std::min(end + 1, data.size()) - pos));
        pos = end + 1;
    }
    return files;
}

// A private folder for the files a target writes, emptied on each call.
inline const std::filesystem::path& scratch() {
    static const std::filesystem::path dir = [] {
        std::string tmpl = (std::filesystem::temp_directory_path() / "helixnet-fuzz-XXXXXX").string();
        if (!mkdtemp(tmpl.data())) std::abort();
        return std::filesystem::path(tmpl);
    }();
    for (const auto& entry : std::filesystem::directory_iterator(dir)) std::filesystem::remove_all(entry.path());
    return dir;
}

inline void write_file(const std::filesystem::path& path, const std::string& content) {
    std::ofstream out(path, std::ios::binary);
    out << content;
}

}  // namespace helixnet::fuzz
