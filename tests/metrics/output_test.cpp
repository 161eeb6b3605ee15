#include "helixnet/metrics/output.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace helixnet {
namespace {

using nlohmann::ordered_json;

// 0 – 1 – 2 and an isolate 3; actor 1 has a comma and a quote in its name.
std::vector<WaveMetrics> sample() {
    const std::vector<std::pair<Vertex, Vertex>> edges = {{0, 1}, {1, 2}};
    WaveMetrics m = compute_wave_metrics(build_graph(4, edges));
    m.wave = 2019;
    const char* names[] = {"Alpha", "Beta, \"B\"", "Gamma", "Delta"};
    for (std::size_t v = 0; v < 4; ++v) {
        m.actors[v].id = std::string("a").append(std::to_string(v));
        m.actors[v].name = names[v];
    }
    m.actors[1].extra["ei_index"] = {{"sector", 0.5}};
    m.groups["sector"] = {{"ei_index", 0.25}};
    return {m};
}

TEST(MetricsOutput, JsonHasTheShapeOfMetricsMd) {
    const auto waves = sample();
    const ordered_json j = metrics_json("Study", waves);
    EXPECT_EQ(j["study"], "Study");
    ASSERT_EQ(j["waves"].size(), 1u);
    const ordered_json& w = j["waves"][0];
    std::vector<std::string> keys;
    for (const auto& [k, v] : w.items()) keys.push_back(k);
    EXPECT_EQ(keys, (std::vector<std::string>{"wave", "network", "groups", "actors"}));
    EXPECT_EQ(w["wave"], 2019);
    std::vector<std::string> network_keys;
    for (const auto& [k, v] : w["network"].items()) network_keys.push_back(k);
    EXPECT_EQ(network_keys, std::vector<std::string>(network_metric_keys().begin(), network_metric_keys().end()));
    EXPECT_EQ(w["network"]["diameter"], 2);
    EXPECT_EQ(w["groups"]["sector"]["ei_index"], 0.25);
    const ordered_json& isolate = w["actors"][3];
    EXPECT_EQ(isolate["id"], "a3");
    EXPECT_TRUE(isolate["constraint"].is_null());
    EXPECT_EQ(isolate["closeness"], 0.0);
    const ordered_json& middle = w["actors"][1];
    EXPECT_EQ(middle["betweenness"], 1.0 / 3.0);  // full double precision: 1 of 3 pairs
    EXPECT_EQ(middle["ei_index"]["sector"], 0.5);
    std::vector<std::string> actor_keys;
    for (const auto& [k, v] : middle.items()) actor_keys.push_back(k);
    EXPECT_EQ(actor_keys.front(), "id");
    EXPECT_EQ(actor_keys.back(), "ei_index");
    EXPECT_EQ(actor_keys.size(), 2 + actor_metric_keys().size() + 1);
    // Full precision survives the text form.
    const ordered_json back = ordered_json::parse(j.dump());
    EXPECT_EQ(back["waves"][0]["actors"][1]["betweenness"].get<double>(), 1.0 / 3.0);
}

TEST(MetricsOutput, JsonFlagsAnApproximation) {
    auto waves = sample();
    waves[0].approximation = BetweennessApproximation{0.01, 0.1, 7, 1234, 9};
    const ordered_json j = metrics_json("Study", waves);
    EXPECT_EQ(j["waves"][0]["approximate"]["betweenness"]["samples"], 1234);
    EXPECT_EQ(j["waves"][0]["approximate"]["betweenness"]["epsilon"], 0.01);
}

// Estimated distance measures are labelled in every form: the JSON
// "approximate" object, a note under the network table, a CSV column.
TEST(MetricsOutput, EveryFormLabelsEstimatedDistances) {
    auto waves = sample();
    DistanceApproximation d;
    d.epsilon = 0.02;
    d.delta = 0.1;
    d.seed = 3;
    d.sources = 21000;
    d.estimated_actors = 4;
    d.closeness_bound = 0.0125;
    d.harmonic_bound = 0.02;
    d.average_path_length_bound = 0.25;
    d.diameter_upper_bound = 3;
    waves[0].distance_approximation = d;
    const ordered_json j = metrics_json("Study", waves);
    const ordered_json& a = j["waves"][0]["approximate"];
    EXPECT_FALSE(a.contains("betweenness"));
    EXPECT_EQ(a["closeness"]["bound"], 0.0125);
    EXPECT_EQ(a["closeness"]["sources"], 21000);
    EXPECT_EQ(a["harmonic"]["bound"], 0.02);
    EXPECT_EQ(a["average_path_length"]["bound"], 0.25);
    EXPECT_EQ(a["diameter"]["lower"], 2);
    EXPECT_EQ(a["diameter"]["upper"], 3);
    EXPECT_EQ(metrics_json_text("Study", waves), j.dump(2) + "\n");
    const std::string table = metrics_table("Study", waves, 0);
    EXPECT_NE(table.find("2019: estimated: closeness within 0.0125, harmonic within 0.0200 and average path length "
                         "within 0.250, together with probability 0.90 (21000 sampled sources per component); "
                         "diameter between 2 and 3"),
              std::string::npos)
        << table;
    const std::string csv = metrics_csv(waves);
    EXPECT_NE(csv.substr(0, csv.find('\n')).find(",estimates"), std::string::npos);
    EXPECT_NE(csv.find(",\"estimated: closeness within 0.0125"), std::string::npos) << csv;
    // Without estimates, no such column.
    EXPECT_EQ(metrics_csv(sample()).find("estimates"), std::string::npos);
}

// The text written actor by actor is the document metrics_json builds, byte
// for byte: several waves, an approximation, a wave without actors, no wave,
// and names that need escaping.
TEST(MetricsOutput, StreamedJsonTextIsTheDumpedDocument) {
    auto waves = sample();
    waves.push_back(waves[0]);
    waves[1].wave = 2024;
    waves[1].approximation = BetweennessApproximation{0.01, 0.1, 7, 1234, 9};
    waves[1].actors[2].name = "quote \" newline \n tab \t Gorinchem–Dordrecht";
    WaveMetrics empty;
    empty.wave = 2030;
    waves.push_back(empty);
    for (const std::string study : {"Study", "a \"b\"\n\\c"}) {
        EXPECT_EQ(metrics_json_text(study, waves), metrics_json(study, waves).dump(2) + "\n");
        EXPECT_EQ(metrics_json_text(study, {}), metrics_json(study, {}).dump(2) + "\n");
        EXPECT_EQ(metrics_json_text(study, std::span(waves).subspan(2)),
                  metrics_json(study, std::span(waves).subspan(2)).dump(2) + "\n");
    }
}

TEST(MetricsOutput, CsvQuotesAndLeavesNullEmpty) {
    const std::string csv = metrics_csv(sample());
    const auto first_line = csv.substr(0, csv.find('\n'));
    EXPECT_EQ(first_line,
              "wave,id,name,degree,strength,degree_centrality,betweenness,closeness,harmonic,eigenvector,pagerank,"
              "clustering,core,constraint,effective_size,ei_index.sector");
    EXPECT_NE(csv.find("2019,a1,\"Beta, \"\"B\"\"\",2,2.0,"), std::string::npos) << csv;
    // The isolate: constraint and effective size empty, no ei_index.
    EXPECT_NE(csv.find(",0,,,\n"), std::string::npos) << csv;
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
    EXPECT_LT(table.find("diameter"), beta);
    const std::string all = metrics_table("Study", sample(), 0);
    EXPECT_NE(all.find("all 4 by betweenness"), std::string::npos);
    EXPECT_NE(all.find("Delta"), std::string::npos);
    EXPECT_NE(all.find("\xE2\x80\x93"), std::string::npos);  // – for the isolate's constraint
}

}  // namespace
}  // namespace helixnet
