// GEXF and Pajek against NetworkX, the reference reader and writer: what
// helixnet writes, NetworkX reads as the same network (GEXF spells as the
// waves), and what NetworkX writes, helixnet reads as the same network.
// Runs tests/study/networkx_forms.py with /usr/bin/python3 (networkx from
// Debian's python3-networkx, which tools/install-deps.sh installs); without
// them the tests are skipped, saying why.
#include <unistd.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "../support/run.hpp"
#include "graph_forms.hpp"
#include "helixnet/study/bundled.hpp"
#include "helixnet/study/gexf_io.hpp"
#include "helixnet/study/graphml_io.hpp"
#include "helixnet/study/load.hpp"
#include "helixnet/study/pajek_io.hpp"
#include "helixnet/util/text.hpp"

namespace helixnet {
namespace {

using nlohmann::json;
using testing::run_command;
using testing::shell_quote;
using testing::TempDir;

const std::string python = "/usr/bin/python3";
const std::string script = std::string(HELIXNET_SOURCE_DIR) + "/tests/study/networkx_forms.py";

// Why NetworkX cannot be run, or empty.
const std::string& networkx_missing() {
    static const std::string why = []() -> std::string {
        if (access(python.c_str(), X_OK) != 0) return python + " not found: NetworkX reference checks skipped";
        if (run_command(python + " -c 'import networkx'").status != 0)
            return python +
                   " has no networkx (tools/install-deps.sh installs python3-networkx): NetworkX "
                   "reference checks skipped";
        return {};
    }();
    return why;
}

#define REQUIRE_NETWORKX()                                                   \
    do {                                                                     \
        if (!networkx_missing().empty()) GTEST_SKIP() << networkx_missing(); \
    } while (false)

// The script's answer to `args`, as JSON.
json networkx(const std::string& args) {
    const auto r = run_command(shell_quote(python) + " " + shell_quote(script) + " " + args);
    EXPECT_EQ(r.status, 0) << r.err;
    return r.status == 0 ? json::parse(r.out) : json::object();
}

// The ends of an undirected tie, in order.
std::pair<std::string, std::string> ends(const std::string& a, const std::string& b) {
    return a < b ? std::pair(a, b) : std::pair(b, a);
}

std::string tie_text(const std::string& a, const std::string& b, double weight) {
    const auto [x, y] = ends(a, b);
    return x + " " + y + " " + format_number(weight);
}

// The study's waves that a list of [start, end] spells holds.
std::set<int> waves_in(const json& spells, const std::vector<int>& waves) {
    std::set<int> out;
    for (const int y : waves)
        for (const auto& s : spells)
            if (s[0].get<int>() <= y && y <= s[1].get<int>()) out.insert(y);
    return out;
}

// A dynamic value as NetworkX reads it ([value, start, end], ...) in wave `y`.
std::string value_in(const json& values, int y) {
    if (values.is_null()) return {};
    for (const auto& v : values)
        if (v[1].get<int>() <= y && y <= v[2].get<int>()) return v[0].get<std::string>();
    return {};
}

TEST(ReferenceReaders, NetworkxReadsOurGexfWithItsSpellsAsTheWaves) {
    REQUIRE_NETWORKX();
    const Study s = load_study(bundled_study_path());
    TempDir dir;
    const json g = networkx("read-gexf " + shell_quote(dir.write("s.gexf", write_study_gexf(s)).string()));
    EXPECT_FALSE(g["directed"].get<bool>());
    EXPECT_EQ(g["mode"], "dynamic");
    const std::vector<int> waves = s.wave_years();
    ASSERT_EQ(g["nodes"].size(), s.actors.size());
    for (const Actor& a : s.actors) {
        const json& n = g["nodes"][a.id];
        EXPECT_EQ(n["label"], a.name);
        for (const auto& [k, v] : a.attributes) EXPECT_EQ(n[k], v) << a.id << " " << k;
        const std::set<int> in = waves_in(n["spells"], waves);
        EXPECT_EQ(in, a.waves.empty() ? std::set<int>(waves.begin(), waves.end())
                                      : std::set<int>(a.waves.begin(), a.waves.end()))
            << a.id;
    }
    // One edge per pair; its spells are the waves the pair is tied in, its
    // dynamic values each wave's evidence, confidence and kind.
    std::map<std::pair<std::string, std::string>, std::map<int, const Tie*>> pairs;
    for (const Tie& t : s.ties) {
        pairs[ends(s.actors[t.source].id, s.actors[t.target].id)][t.wave] = &t;
    }
    ASSERT_EQ(g["edges"].size(), pairs.size());
    for (const auto& e : g["edges"]) {
        const auto pair = ends(e["source"], e["target"]);
        ASSERT_TRUE(pairs.count(pair)) << pair.first << " " << pair.second;
        const auto& ties = pairs.at(pair);
        std::set<int> tied;
        for (const auto& [y, t] : ties) tied.insert(y);
        EXPECT_EQ(waves_in(e["spells"], waves), tied) << pair.first << " " << pair.second;
        for (const auto& [y, t] : ties) {
            EXPECT_EQ(value_in(e.value("evidence", json()), y), t->evidence);
            EXPECT_EQ(value_in(e.value("kind", json()), y), t->kind);
            EXPECT_EQ(value_in(e.value("confidence", json()), y),
                      t->confidence ? std::string(to_string(*t->confidence)) : std::string());
        }
    }
}

// Expat, a strict XML 1.0 parser, reads what the XML writers make of texts
// with control characters.
TEST(ReferenceReaders, StrictXmlParsersReadOurGexfAndGraphmlOfHostileTexts) {
    REQUIRE_NETWORKX();
    Diagnostics d;
    const Study s = read_study_json(test::hostile_study_json, "hostile.json", d);
    TempDir dir;
    networkx("parse-xml " + shell_quote(dir.write("s.gexf", write_study_gexf(s)).string()));
    networkx("parse-xml " + shell_quote(dir.write("s.graphml", write_study_graphml(s)).string()));
}

TEST(ReferenceReaders, NetworkxReadsOurPajekNetwork) {
    REQUIRE_NETWORKX();
    const Study s = load_study(bundled_study_path());
    TempDir dir;
    for (const int wave : s.wave_years()) {
        const json g =
            networkx("read-pajek " + shell_quote(dir.write("s.net", write_study_pajek(s, wave).network).string()));
        std::vector<std::string> ids;
        for (std::uint32_t a = 0; a < s.actors.size(); ++a)
            if (s.actor_in_wave(a, wave)) ids.push_back(s.actors[a].id);
        EXPECT_EQ(g["nodes"].get<std::vector<std::string>>(), ids);
        std::multiset<std::string> expected, read;
        for (const Tie& t : s.ties)
            if (t.wave == wave) expected.insert(tie_text(s.actors[t.source].id, s.actors[t.target].id, t.weight));
        for (const auto& e : g["edges"]) read.insert(tie_text(e[0], e[1], e[2].get<double>()));
        EXPECT_EQ(read, expected) << wave;
    }
}

// The network NetworkX describes, as helixnet reads it: actors with their
// names and attributes, ties with their weights (in wave `wave`).
void expect_same_network(const json& g, const Study& s, int wave, const std::set<std::string>& skip = {}) {
    std::set<std::string> ids;
    for (std::uint32_t a = 0; a < s.actors.size(); ++a)
        if (s.actor_in_wave(a, wave)) ids.insert(s.actors[a].id);
    std::set<std::string> nodes;
    for (const auto& [id, attributes] : g["nodes"].items()) {
        if (!attributes.contains("spells") || waves_in(attributes["spells"], {wave}).count(wave)) nodes.insert(id);
        const auto a = s.actor_index(id);
        ASSERT_TRUE(a) << id;
        for (const auto& [k, v] : attributes.items()) {
            if (skip.count(k) || k == "spells") continue;
            if (k == "label")
                EXPECT_EQ(s.actors[*a].name, v.get<std::string>());
            else
                EXPECT_EQ(*s.actors[*a].attribute(k), v.get<std::string>()) << id << " " << k;
        }
    }
    EXPECT_EQ(ids, nodes) << wave;
    std::multiset<std::string> expected, read;
    for (const auto& e : g["edges"]) {
        if (e.contains("spells") && !waves_in(e["spells"], {wave}).count(wave)) continue;
        expected.insert(tie_text(e["source"], e["target"], e.value("weight", 1.0)));
    }
    for (const Tie& t : s.ties)
        if (t.wave == wave) read.insert(tie_text(s.actors[t.source].id, s.actors[t.target].id, t.weight));
    EXPECT_EQ(read, expected) << wave;
}

TEST(ReferenceReaders, HelixnetReadsTheGexfNetworkxWrites) {
    REQUIRE_NETWORKX();
    TempDir dir;
    const auto path = dir.path() / "nx.gexf";
    const json g = networkx("write-gexf " + shell_quote(path.string()));
    const Study s = load_study(path);
    EXPECT_EQ(s.wave_years(), std::vector<int>{0});
    expect_same_network(g, s, 0);
}

TEST(ReferenceReaders, HelixnetReadsTheSpellsOfNetworkxsDynamicGexfAsWaves) {
    REQUIRE_NETWORKX();
    TempDir dir;
    const auto path = dir.path() / "nx.gexf";
    const json g = networkx("write-gexf-dynamic " + shell_quote(path.string()));
    const Study s = load_study(path);
    EXPECT_EQ(s.wave_years(), (std::vector<int>{2019, 2022, 2024}));
    for (const int wave : s.wave_years()) expect_same_network(g, s, wave);
}

TEST(ReferenceReaders, HelixnetReadsThePajekNetworkxWrites) {
    REQUIRE_NETWORKX();
    TempDir dir;
    const auto path = dir.path() / "nx.net";
    const json g = networkx("write-pajek " + shell_quote(path.string()));
    // Pajek keeps no attributes: the ids and weighted ties.
    expect_same_network(g, load_study(path), 0, {"sector", "region"});
}

}  // namespace
}  // namespace helixnet
