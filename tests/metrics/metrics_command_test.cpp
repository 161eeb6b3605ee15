// End-to-end: `helixnet metrics` on the bundled study and on small files.
#include <gtest/gtest.h>

#include <fstream>

#include <nlohmann/json.hpp>

#include "../support/run.hpp"
#include "../support/temp_dir.hpp"

namespace helixnet {
namespace {

using testing::run_helixnet;
using testing::shell_quote;

TEST(MetricsCommand, JsonForEveryWaveOfTheBundledStudy) {
    const auto r = run_helixnet("metrics --format json --quiet --permutations 0");
    ASSERT_EQ(r.status, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    ASSERT_GE(j["waves"].size(), 2u);
    for (const auto& w : j["waves"]) {
        EXPECT_TRUE(w.contains("network"));
        EXPECT_TRUE(w.contains("groups"));
        ASSERT_FALSE(w["actors"].empty());
        EXPECT_TRUE(w["actors"][0].contains("betweenness"));
        EXPECT_EQ(w["network"]["actors"].get<std::size_t>(), w["actors"].size());
    }
}

TEST(MetricsCommand, UnknownWaveNamesTheWavesThatExist) {
    const auto r = run_helixnet("metrics --wave 1900 --quiet");
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find("no wave 1900"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("2024"), std::string::npos) << r.err;
}

TEST(MetricsCommand, TableCsvAndApproximation) {
    testing::TempDir dir;
    const auto edges = dir.path() / "ring.edges";
    {
        std::ofstream out(edges);
        for (int i = 0; i < 40; ++i) out << "n" << i << " n" << (i + 1) % 40 << "\n";
    }
    const auto table = run_helixnet("metrics " + shell_quote(edges.string()) + " --top 3 --quiet");
    ASSERT_EQ(table.status, 0) << table.err;
    EXPECT_NE(table.out.find("top 3 of 40 by betweenness"), std::string::npos) << table.out;
    const auto csv = run_helixnet("metrics " + shell_quote(edges.string()) + " --format csv --quiet");
    ASSERT_EQ(csv.status, 0) << csv.err;
    EXPECT_EQ(csv.out.rfind("wave,id,name,degree,", 0), 0u) << csv.out;
    const auto approx =
        run_helixnet("metrics " + shell_quote(edges.string()) + " --format json --approx 0.1 --quiet --threads 2");
    ASSERT_EQ(approx.status, 0) << approx.err;
    const auto j = nlohmann::json::parse(approx.out);
    EXPECT_GT(j["waves"][0]["approximate"]["betweenness"]["samples"].get<int>(), 0);
    // 40 actors are fewer than the sources --approx would draw: the distance measures stay exact.
    EXPECT_FALSE(j["waves"][0]["approximate"].contains("closeness"));
    EXPECT_EQ(run_helixnet("metrics " + shell_quote(edges.string()) + " --approx 1.5").status, 2);
}

// A ring of 3000 with --approx 0.2 draws 148 sources: closeness, harmonic,
// average path length and diameter are estimated and say so.
TEST(MetricsCommand, ApproxEstimatesTheDistanceMeasures) {
    testing::TempDir dir;
    const auto edges = dir.path() / "ring.edges";
    {
        std::ofstream out(edges);
        for (int i = 0; i < 3000; ++i) out << "n" << i << " n" << (i + 1) % 3000 << "\n";
    }
    const auto r = run_helixnet("metrics " + shell_quote(edges.string()) + " --format json --approx 0.2 --quiet");
    ASSERT_EQ(r.status, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    const auto& a = j["waves"][0]["approximate"];
    EXPECT_EQ(a["closeness"]["sources"], 148);
    EXPECT_GT(a["closeness"]["bound"].get<double>(), 0.0);
    EXPECT_LE(a["harmonic"]["bound"].get<double>(), 0.2);
    EXPECT_LE(j["waves"][0]["network"]["diameter"].get<int>(), 1500);
    EXPECT_GE(a["diameter"]["upper"].get<int>(), 1500);
    const auto table = run_helixnet("metrics " + shell_quote(edges.string()) + " --approx 0.2 --quiet");
    EXPECT_NE(table.out.find("0: estimated: betweenness within 0.2000"), std::string::npos) << table.out;
}

}  // namespace
}  // namespace helixnet
