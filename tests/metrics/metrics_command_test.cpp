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
    EXPECT_EQ(run_helixnet("metrics " + shell_quote(edges.string()) + " --approx 1.5").status, 2);
}

}  // namespace
}  // namespace helixnet
