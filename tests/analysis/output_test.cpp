#include "helixnet/analysis/output.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "helixnet/analysis/measures.hpp"

namespace helixnet {
namespace {

using nlohmann::ordered_json;

// 0 – 1 – 2 and an isolate 3 in wave 2019; actor 1 has a comma and a quote
// in its name; sectors government, industry, government, (none).
Study sample_study() {
    Study s;
    s.name = "Study";
    s.waves = {{2019, ""}};
    const char* names[] = {"Alpha", "Beta, \"B\"", "Gamma", "Delta"};
    const char* sectors[] = {"government", "industry", "government", ""};
    for (std::size_t v = 0; v < 4; ++v) {
        Actor a;
        a.id = "a" + std::to_string(v);
        a.name = names[v];
        if (*sectors[v]) a.attributes["sector"] = sectors[v];
        s.actors.push_back(a);
    }
    s.attribute_names = {"sector"};
    s.reindex();
    for (const auto& [u, v] : std::vector<std::pair<std::uint32_t, std::uint32_t>>{{0, 1}, {1, 2}}) {
        Tie t;
        t.source = u;
        t.target = v;
        t.wave = 2019;
        s.ties.push_back(t);
    }
    return s;
}

StudyAnalysis sample() {
    AnalysisOptions o;
    o.permutation.permutations = 99;
    return analyse_study(sample_study(), o);
}

std::vector<std::string> keys_of(const ordered_json& j) {
    std::vector<std::string> keys;
    for (const auto& [k, v] : j.items()) keys.push_back(k);
    return keys;
}

std::vector<std::string> table_keys(MeasureLevel level) {
    std::vector<std::string> keys;
    for (const Measure& m : all_measures())
        if (m.level == level && (m.family.empty() || keys.empty() || keys.back() != m.family))
            keys.emplace_back(m.family.empty() ? m.key : m.family);
    return keys;
}

TEST(MetricsOutput, JsonHasTheShapeOfMetricsMd) {
    const ordered_json j = metrics_json("Study", sample());
    EXPECT_EQ(j["study"], "Study");
    ASSERT_EQ(j["waves"].size(), 1u);
    const ordered_json& w = j["waves"][0];
    EXPECT_EQ(keys_of(w), (std::vector<std::string>{"wave", "network", "groups", "actors"}));
    EXPECT_EQ(w["wave"], 2019);
    EXPECT_EQ(keys_of(w["network"]), table_keys(MeasureLevel::network));
    EXPECT_EQ(w["network"]["diameter"], 2);
    EXPECT_TRUE(w["network"]["ties"].is_number_integer());
    EXPECT_EQ(keys_of(w["groups"]), std::vector<std::string>{"sector"});
    EXPECT_EQ(w["groups"]["sector"]["mixing"]["government"]["industry"], 2);
    EXPECT_EQ(w["groups"]["sector"]["external_ties"], 2);
    EXPECT_EQ(w["groups"]["sector"]["ei_index"], 1.0);
    const ordered_json& isolate = w["actors"][3];
    EXPECT_EQ(isolate["id"], "a3");
    EXPECT_TRUE(isolate["constraint"].is_null());
    EXPECT_EQ(isolate["closeness"], 0.0);
    EXPECT_TRUE(isolate["ei_index"]["sector"].is_null());
    const ordered_json& middle = w["actors"][1];
    EXPECT_EQ(middle["betweenness"], 1.0 / 3.0);  // full double precision: 1 of 3 pairs
    EXPECT_EQ(middle["ei_index"]["sector"], 1.0);
    EXPECT_EQ(middle["brokerage"]["sector"]["itinerant"], 1);
    std::vector<std::string> expected = {"id", "name"};
    for (const auto& k : table_keys(MeasureLevel::actor)) expected.push_back(k);
    for (const auto& k : table_keys(MeasureLevel::actor_group)) expected.push_back(k);
    EXPECT_EQ(keys_of(middle), expected);
    // Full precision survives the text form.
    const ordered_json back = ordered_json::parse(j.dump());
    EXPECT_EQ(back["waves"][0]["actors"][1]["betweenness"].get<double>(), 1.0 / 3.0);
}

TEST(MetricsOutput, JsonFlagsAnApproximation) {
    StudyAnalysis a = sample();
    a.waves[0].metrics.approximation = BetweennessApproximation{0.01, 0.1, 7, 1234, 9};
    const ordered_json j = metrics_json("Study", a);
    EXPECT_EQ(j["waves"][0]["approximate"]["betweenness"]["samples"], 1234);
    EXPECT_EQ(j["waves"][0]["approximate"]["betweenness"]["epsilon"], 0.01);
}

// The text written actor by actor is the document metrics_json builds, byte
// for byte: several waves, an approximation, a wave without actors, no wave,
// and names that need escaping.
TEST(MetricsOutput, StreamedJsonTextIsTheDumpedDocument) {
    StudyAnalysis a = sample();
    a.waves.push_back(a.waves[0]);
    a.waves[1].metrics.wave = 2024;
    a.waves[1].metrics.approximation = BetweennessApproximation{0.01, 0.1, 7, 1234, 9};
    a.waves[1].metrics.actors[2].name = "quote \" newline \n tab \t Gorinchem–Dordrecht";
    WaveAnalysis empty;
    empty.metrics.wave = 2030;
    a.waves.push_back(empty);
    for (const std::string study : {"Study", "a \"b\"\n\\c"}) {
        EXPECT_EQ(metrics_json_text(study, a), metrics_json(study, a).dump(2) + "\n");
        EXPECT_EQ(metrics_json_text(study, StudyAnalysis{}), metrics_json(study, StudyAnalysis{}).dump(2) + "\n");
        StudyAnalysis only_empty;
        only_empty.waves.push_back(empty);
        EXPECT_EQ(metrics_json_text(study, only_empty), metrics_json(study, only_empty).dump(2) + "\n");
    }
}

TEST(MetricsOutput, CsvQuotesAndLeavesNullEmpty) {
    const std::string csv = metrics_csv(sample());
    const auto first_line = csv.substr(0, csv.find('\n'));
    EXPECT_EQ(first_line,
              "wave,id,name,degree,strength,degree_centrality,betweenness,closeness,harmonic,eigenvector,pagerank,"
              "clustering,core,constraint,effective_size,ei_index.sector,brokerage.sector.coordinator,"
              "brokerage.sector.itinerant,brokerage.sector.gatekeeper,brokerage.sector.liaison,brokerage.sector.total,"
              "brokerage_expected.sector.coordinator,brokerage_expected.sector.itinerant,"
              "brokerage_expected.sector.gatekeeper,brokerage_expected.sector.liaison,brokerage_expected.sector.total");
    EXPECT_NE(csv.find("2019,a1,\"Beta, \"\"B\"\"\",2,2.0,"), std::string::npos) << csv;
    // The isolate: constraint, effective size and its E-I index empty.
    EXPECT_NE(csv.find("2019,a3,Delta,0,0.0,0.0,0.0,0.0,0.0,"), std::string::npos) << csv;
    EXPECT_NE(csv.find(",0,,,,0,0,0,0,0,"), std::string::npos) << csv;
    std::size_t lines = 0;
    for (const char c : csv) lines += c == '\n';
    EXPECT_EQ(lines, 5u);
}

TEST(MetricsOutput, TableListsTopActorsByBetweennessWithNames) {
    const std::string table = metrics_table("Study", sample(), 2);
    EXPECT_NE(table.find("Actors in 2019, top 2 of 4 by betweenness"), std::string::npos) << table;
    const auto beta = table.find("Beta, \"B\"");
    ASSERT_NE(beta, std::string::npos);
    EXPECT_EQ(table.find("Delta"), std::string::npos);  // not in the top 2
    EXPECT_LT(table.find("Diameter"), beta);
    const std::string all = metrics_table("Study", sample(), 0);
    EXPECT_NE(all.find("all 4 by betweenness"), std::string::npos);
    EXPECT_NE(all.find("Delta"), std::string::npos);
    EXPECT_NE(all.find("\xE2\x80\x93"), std::string::npos);  // – for the isolate's constraint
    const std::string nl = metrics_table("Study", sample(), 0, Language::dutch);
    EXPECT_NE(nl.find("Dichtheid"), std::string::npos) << nl;
    EXPECT_NE(nl.find("0,333"), std::string::npos) << nl;
    EXPECT_NE(nl.find("Actoren in 2019, alle 4 naar betweenness"), std::string::npos) << nl;
}

}  // namespace
}  // namespace helixnet
