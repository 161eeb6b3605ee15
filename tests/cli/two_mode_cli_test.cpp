// End-to-end: the initiatives' measures, `--memberships` on every command
// that reads a study, and `dot`/`render --two-mode`, on the panel fixture of
// tools/make_two_mode_fixtures.py (actors join and leave between waves).
#include <gtest/gtest.h>

#include <fstream>
#include <map>

#include <nlohmann/json.hpp>

#include "../support/run.hpp"
#include "../support/temp_dir.hpp"
#include "../support/two_mode_fixtures.hpp"
#include "helixnet/util/graphviz.hpp"

namespace helixnet {
namespace {

using testing::run_helixnet;
using testing::shell_quote;

class TwoModeCli : public ::testing::Test {
protected:
    void SetUp() override {
        fixture_ = testing::read_two_mode_fixture(testing::two_mode_fixture_dir / "panel.json");
        study_ = dir_.write("panel.json", fixture_.at("study").dump(1));
    }
    [[nodiscard]] std::string study() const { return shell_quote(study_.string()); }

    testing::TempDir dir_;
    nlohmann::json fixture_;
    std::filesystem::path study_;
};

TEST_F(TwoModeCli, MetricsJsonCarriesTheInitiativesOfEveryWave) {
    const auto r = run_helixnet("metrics " + study() + " --format json --quiet --permutations 0");
    ASSERT_EQ(r.status, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["projection"], "none");
    ASSERT_EQ(j["waves"].size(), 3u);
    for (std::size_t w = 0; w < 3; ++w) {
        const auto& expected = fixture_["waves"][w];
        const auto& in = j["waves"][w]["initiatives"];
        EXPECT_FALSE(j["waves"][w].contains("projection"));
        EXPECT_NEAR(in["density"].get<double>(), expected["density"].get<double>(), 1e-12);
        EXPECT_NEAR(in["synergy_bits"].get<double>(), expected["synergy_bits"].get<double>(), 1e-12);
        ASSERT_EQ(in["list"].size(), expected["initiatives"].size());
        for (std::size_t i = 0; i < in["list"].size(); ++i) {
            EXPECT_EQ(in["list"][i]["id"], expected["initiatives"][i]["id"]);
            EXPECT_EQ(in["list"][i]["helix_roles"], expected["initiatives"][i]["helix_roles"]);
            EXPECT_EQ(in["list"][i]["members_by"], expected["initiatives"][i]["members_by"]);
        }
        EXPECT_EQ(in["overlap"].size(), expected["overlap"].size());
        for (std::size_t a = 0; a < expected["actors"].size(); ++a)
            EXPECT_EQ(j["waves"][w]["actors"][a]["initiatives"], expected["actors"][a]["initiatives"]);
    }
}

TEST_F(TwoModeCli, MembershipsCountProjectsAndEveryOutputSaysSo) {
    const auto r = run_helixnet("metrics " + study() + " --memberships count --format json --permutations 0");
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.err.find("helixnet: Ties include co-membership (--memberships count"), std::string::npos) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["projection"], "count");
    for (std::size_t w = 0; w < 3; ++w) {
        const auto& expected = fixture_["waves"][w]["projection"]["count"];
        EXPECT_EQ(j["waves"][w]["network"]["ties"].get<std::size_t>(), expected["ties"].size());
        EXPECT_EQ(j["waves"][w]["projection"]["memberships"], "count");
        EXPECT_EQ(j["waves"][w]["projection"]["links_added"].get<std::size_t>() +
                      j["waves"][w]["projection"]["ties_reinforced"].get<std::size_t>(),
                  expected["links"].size());
    }

    const auto table = run_helixnet("metrics " + study() + " --memberships newman --quiet --permutations 0");
    ASSERT_EQ(table.status, 0) << table.err;
    EXPECT_NE(table.out.find("Ties include co-membership (--memberships newman"), std::string::npos) << table.out;
    EXPECT_TRUE(table.err.empty()) << table.err;  // --quiet
    const auto csv = run_helixnet("metrics " + study() + " --memberships count --format csv --quiet --permutations 0");
    EXPECT_NE(csv.out.substr(0, csv.out.find('\n')).find(",projection"), std::string::npos);

    const auto summary = run_helixnet("summary " + study() + " --memberships count --quiet --permutations 0");
    ASSERT_EQ(summary.status, 0) << summary.err;
    EXPECT_NE(summary.out.find("Ties include co-membership (--memberships count"), std::string::npos) << summary.out;
    const auto plain = run_helixnet("summary " + study() + " --quiet --permutations 0");
    EXPECT_EQ(plain.out.find("co-membership"), std::string::npos);

    const auto compare = run_helixnet("compare " + study() + " --memberships count --quiet --permutations 0");
    ASSERT_EQ(compare.status, 0) << compare.err;
    EXPECT_NE(compare.out.find("Ties include co-membership"), std::string::npos) << compare.out;
    const auto compare_json =
        run_helixnet("compare " + study() + " --memberships newman --format json --quiet --permutations 0");
    EXPECT_EQ(nlohmann::json::parse(compare_json.out)["projection"], "newman");
    const auto compare_csv =
        run_helixnet("compare " + study() + " --memberships count --format csv --quiet --permutations 0");
    EXPECT_NE(compare_csv.out.substr(0, compare_csv.out.find('\n')).find(",projection"), std::string::npos);

    const auto validate = run_helixnet("validate " + study() + " --memberships count");
    EXPECT_EQ(validate.status, 0) << validate.err;
    EXPECT_NE(validate.err.find("co-membership"), std::string::npos) << validate.err;

    const auto out = dir_.path() / "projected.json";
    const auto convert =
        run_helixnet("convert " + study() + " " + shell_quote(out.string()) + " --memberships count --quiet");
    ASSERT_EQ(convert.status, 0) << convert.err;
    std::ifstream in(out);
    const auto written = nlohmann::json::parse(in);
    std::size_t co_membership = 0;
    for (const auto& t : written["ties"]) co_membership += t.value("kind", "") == "co-membership";
    EXPECT_GT(co_membership, 0u);

    EXPECT_EQ(run_helixnet("metrics " + study() + " --memberships sum").status, 2);
}

TEST_F(TwoModeCli, DotTwoModeDrawsActorsInitiativesAndMembershipsInStablePlaces) {
    std::map<std::string, std::string> first_position;
    for (std::size_t w = 0; w < 3; ++w) {
        const auto& expected = fixture_["waves"][w];
        const std::string year = std::to_string(expected["wave"].get<int>());
        const auto r = run_helixnet("dot " + study() + " --two-mode --wave " + year + " --quiet");
        ASSERT_EQ(r.status, 0) << r.err;
        const graphviz::DotGraph g = graphviz::read_dot(r.out);
        std::size_t initiatives = 0, actors = 0;
        for (const auto& n : g.nodes) {
            const std::string mode = n.attributes.get("mode");
            if (mode == "initiative") {
                ++initiatives;
                EXPECT_EQ(n.attributes.get("shape"), "box") << n.name;
            }
            actors += mode == "actor";
            if (mode.empty()) continue;
            // The same place in every wave the node is drawn in.
            const auto [it, fresh] = first_position.emplace(n.name, n.attributes.get("pos"));
            if (!fresh) EXPECT_EQ(it->second, n.attributes.get("pos")) << n.name << " in " << year;
        }
        EXPECT_EQ(initiatives, expected["initiatives"].size()) << year;
        std::size_t members = 0;
        for (const auto& a : expected["actors"]) members += a["initiatives"].get<std::size_t>() > 0;
        EXPECT_EQ(actors, members) << year;
        EXPECT_EQ(g.edges.size(), expected["memberships"].get<std::size_t>()) << year;
        for (const auto& e : g.edges) {
            const std::string c = e.attributes.get("confidence");
            EXPECT_EQ(e.attributes.get("style"), c == "stated" ? "solid" : c == "implied" ? "dashed" : "dotted");
        }
    }

    const auto svg = dir_.path() / "two-mode.svg";
    const auto render = run_helixnet("render " + study() + " --two-mode -o " + shell_quote(svg.string()) + " --quiet");
    ASSERT_EQ(render.status, 0) << render.err;
    std::ifstream in(svg);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_NE(text.find("Initiative 5"), std::string::npos);

    // Options of the one-mode drawing do not apply.
    EXPECT_EQ(run_helixnet("dot " + study() + " --two-mode --diff-from 2019").status, 2);
    EXPECT_EQ(run_helixnet("dot " + study() + " --two-mode --size-by betweenness").status, 2);
    // A study without initiatives has nothing to draw.
    const auto edges = dir_.write("ring.edges", "a b\nb c\n");
    const auto none = run_helixnet("dot " + shell_quote(edges.string()) + " --two-mode");
    EXPECT_EQ(none.status, 1);
    EXPECT_NE(none.err.find("no initiatives"), std::string::npos) << none.err;
}

}  // namespace
}  // namespace helixnet
