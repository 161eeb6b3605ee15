#include "helixnet/analysis/output.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "helixnet/analysis/measures.hpp"
#include "helixnet/study/projection.hpp"

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
    EXPECT_EQ(j["projection"], "none");
    ASSERT_EQ(j["waves"].size(), 1u);
    const ordered_json& w = j["waves"][0];
    EXPECT_EQ(keys_of(w), (std::vector<std::string>{"wave", "network", "bridges", "groups", "initiatives", "actors"}));
    EXPECT_EQ(w["wave"], 2019);
    EXPECT_EQ(keys_of(w["network"]), table_keys(MeasureLevel::network));
    EXPECT_EQ(w["network"]["diameter"], 2);
    EXPECT_TRUE(w["network"]["ties"].is_number_integer());
    // The path a0 – a1 – a2 and the isolate a3: one cut point, two bridges,
    // half the ordered pairs apart (1 − 3·2/(4·3)).
    EXPECT_EQ(w["network"]["articulation_points"], 1);
    EXPECT_EQ(w["network"]["bridges"], 2);
    EXPECT_EQ(w["network"]["fragmentation"], 0.5);
    EXPECT_EQ(w["bridges"], ordered_json::parse(R"([["a0", "a1"], ["a1", "a2"]])"));
    EXPECT_EQ(w["groups"]["sector"]["community_nmi"].is_number(), true);
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
    EXPECT_EQ(middle["articulation_point"], true);
    EXPECT_EQ(w["actors"][0]["articulation_point"], false);
    EXPECT_EQ(isolate["community"], 1);  // the path is community 0
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

// Estimated distance measures are labelled in every form: the JSON
// "approximate" object, a note under the network table, a CSV column.
TEST(MetricsOutput, EveryFormLabelsEstimatedDistances) {
    StudyAnalysis a = sample();
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
    a.waves[0].metrics.distance_approximation = d;
    const ordered_json j = metrics_json("Study", a);
    const ordered_json& approx = j["waves"][0]["approximate"];
    EXPECT_FALSE(approx.contains("betweenness"));
    EXPECT_EQ(approx["closeness"]["bound"], 0.0125);
    EXPECT_EQ(approx["closeness"]["sources"], 21000);
    EXPECT_EQ(approx["harmonic"]["bound"], 0.02);
    EXPECT_EQ(approx["average_path_length"]["bound"], 0.25);
    EXPECT_EQ(approx["diameter"]["lower"], a.waves[0].metrics.network.diameter.value_or(0));
    EXPECT_EQ(approx["diameter"]["upper"], 3);
    EXPECT_EQ(metrics_json_text("Study", a), j.dump(2) + "\n");
    const std::string table = metrics_table("Study", a, 0);
    EXPECT_NE(table.find(std::to_string(a.waves[0].year()) +
                         ": estimated: closeness within 0.0125, harmonic within 0.0200 and average path length "
                         "within 0.250, together with probability 0.90 (21000 sampled sources per component); "
                         "diameter between"),
              std::string::npos)
        << table;
    const std::string csv = metrics_csv(a);
    EXPECT_NE(csv.substr(0, csv.find('\n')).find(",estimates"), std::string::npos);
    EXPECT_NE(csv.find(",\"estimated: closeness within 0.0125"), std::string::npos) << csv;
    // Without estimates, no such column.
    EXPECT_EQ(metrics_csv(sample()).find("estimates"), std::string::npos);
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

// A wave of more actors than one block of the text, written on one thread
// and on three: the same document, byte for byte. 10 000 actors in triangles
// (two blocks and a part), every third actor in the sector "industry".
TEST(MetricsOutput, StreamedJsonTextIsTheSameOnAnyNumberOfThreads) {
    Study s;
    s.name = "Triangles";
    s.waves = {{2024, ""}};
    s.attribute_names = {"sector"};
    for (std::uint32_t v = 0; v < 10000; ++v) {
        Actor a;
        a.id = "t" + std::to_string(v);
        a.name = a.id;
        a.attributes["sector"] = v % 3 == 0 ? "industry" : "government";
        s.actors.push_back(a);
    }
    s.reindex();
    for (std::uint32_t v = 0; v + 2 < 10000; v += 3)
        for (const auto& [x, y] : {std::pair{v, v + 1}, std::pair{v + 1, v + 2}, std::pair{v, v + 2}}) {
            Tie t;
            t.source = x;
            t.target = y;
            t.wave = 2024;
            s.ties.push_back(t);
        }
    AnalysisOptions o;
    o.permutation.permutations = 0;
    const StudyAnalysis a = analyse_study(s, o);
    const std::string one = metrics_json_text(s.name, a, 1);
    EXPECT_EQ(one, metrics_json(s.name, a).dump(2) + "\n");
    EXPECT_EQ(metrics_json_text(s.name, a, 3), one);
}

TEST(MetricsOutput, CsvQuotesAndLeavesNullEmpty) {
    const std::string csv = metrics_csv(sample());
    const auto first_line = csv.substr(0, csv.find('\n'));
    EXPECT_EQ(first_line,
              "wave,id,name,degree,strength,degree_centrality,betweenness,closeness,harmonic,eigenvector,pagerank,"
              "clustering,core,constraint,effective_size,articulation_point,fragmentation_if_removed,community,"
              "initiatives,initiative_centrality,ei_index.sector,"
              "brokerage.sector.coordinator,"
              "brokerage.sector.itinerant,brokerage.sector.gatekeeper,brokerage.sector.liaison,brokerage.sector.total,"
              "brokerage_expected.sector.coordinator,brokerage_expected.sector.itinerant,"
              "brokerage_expected.sector.gatekeeper,brokerage_expected.sector.liaison,brokerage_expected.sector.total");
    // Counts whole, other numbers rounded to each measure's decimals (a whole
    // strength without decimals), betweenness to 3, PageRank to 4.
    EXPECT_NE(csv.find("2019,a1,\"Beta, \"\"B\"\"\",2,2,0.667,0.333,0.667,0.667,0.707,0.4633,"), std::string::npos)
        << csv;
    // The isolate: constraint, effective size and its E-I index empty.
    EXPECT_NE(csv.find("2019,a3,Delta,0,0,0.000,0.000,0.000,0.000,"), std::string::npos) << csv;
    // core 0, constraint and effective size empty, no cut point, the path of
    // three left without it (DF 1 − 5/6), its own community, no initiative
    // (and none in the wave, so no initiative centrality), E-I index empty,
    // brokerage 0.
    EXPECT_NE(csv.find(",0,,,false,0.167,1,0,,,0,0,0,0,0,"), std::string::npos) << csv;
    std::size_t lines = 0;
    for (const char c : csv) lines += c == '\n';
    EXPECT_EQ(lines, 5u);
}

// The sample with two initiatives in 2019: "lab" {a0, a1, a2} and "club" {a1, a3}.
Study sample_with_initiatives() {
    Study s = sample_study();
    const auto member = [](std::uint32_t actor) {
        Membership m;
        m.actor = actor;
        return m;
    };
    s.initiatives.push_back({"lab", "The Lab", {}, {member(0), member(1), member(2)}, {}});
    s.initiatives.push_back({"club", "Club \"C\"", {}, {member(1), member(3)}, {}});
    return s;
}

TEST(MetricsOutput, JsonHasTheInitiativesOfEachWave) {
    AnalysisOptions o;
    o.permutation.permutations = 0;
    const ordered_json j = metrics_json("Study", analyse_study(sample_with_initiatives(), o));
    const ordered_json& in = j["waves"][0]["initiatives"];
    EXPECT_EQ(keys_of(in), (std::vector<std::string>{"density", "synergy_bits", "list", "overlap"}));
    EXPECT_EQ(in["density"], 5.0 / 8.0);
    // (U,I,G): lab (0,1,1), club (0,1,0): U constant, so T = 0.
    EXPECT_EQ(in["synergy_bits"], 0.0);
    ASSERT_EQ(in["list"].size(), 2u);
    const ordered_json& lab = in["list"][0];
    std::vector<std::string> expected = {"id", "name"};
    for (const auto& k : table_keys(MeasureLevel::initiative)) expected.push_back(k);
    EXPECT_EQ(keys_of(lab), expected);
    EXPECT_EQ(lab["id"], "lab");
    EXPECT_EQ(lab["members"], 3);
    EXPECT_EQ(lab["degree_centrality"], 0.75);
    EXPECT_EQ(lab["helix_roles"], ordered_json::parse(R"(["government", "industry"])"));
    EXPECT_EQ(lab["helix_complete"], false);
    EXPECT_EQ(lab["member_tie_density"], 2.0 / 3.0);
    EXPECT_EQ(lab["members_by"]["sector"]["government"], 2);
    EXPECT_EQ(lab["members_by"]["sector"]["unknown"], 0);
    EXPECT_EQ(in["list"][1]["member_tie_density"], 0.0);
    ASSERT_EQ(in["overlap"].size(), 1u);
    EXPECT_EQ(in["overlap"][0].dump(), R"({"initiatives":["lab","club"],"shared":1,"jaccard":0.25})");
    const ordered_json& beta = j["waves"][0]["actors"][1];
    EXPECT_EQ(beta["initiatives"], 2);
    EXPECT_EQ(beta["initiative_centrality"], 1.0);
}

TEST(MetricsOutput, EveryFormSaysThatCoMembershipWasProjected) {
    AnalysisOptions o;
    o.permutation.permutations = 0;
    const Study projected = project_memberships(sample_with_initiatives(), MembershipProjection::count);
    const StudyAnalysis a = analyse_study(projected, o);
    const ordered_json j = metrics_json("Study", a);
    EXPECT_EQ(j["projection"], "count");
    // lab adds a0–a2 (a0–a1, a1–a2 exist and grow), club adds a1–a3.
    EXPECT_EQ(j["waves"][0]["projection"].dump(), R"({"memberships":"count","links_added":2,"ties_reinforced":2})");
    EXPECT_EQ(j["waves"][0]["network"]["ties"], 4);
    EXPECT_EQ(j["waves"][0]["initiatives"]["list"][0]["member_tie_density"], 1.0);
    EXPECT_EQ(metrics_json_text("Study", a), j.dump(2) + "\n");
    const std::string csv = metrics_csv(a);
    EXPECT_NE(csv.substr(0, csv.find('\n')).find(",projection"), std::string::npos);
    EXPECT_NE(csv.find(",count\n"), std::string::npos) << csv;
    const std::string table = metrics_table("Study", a, 0);
    EXPECT_NE(table.find("Ties include co-membership (--memberships count"), std::string::npos) << table;
    EXPECT_NE(table.find("2 links added, 2 ties strengthened"), std::string::npos) << table;
    // Without a projection, none of it.
    const StudyAnalysis plain = analyse_study(sample_with_initiatives(), o);
    EXPECT_EQ(metrics_csv(plain).find("projection"), std::string::npos);
    EXPECT_EQ(metrics_table("Study", plain, 0).find("co-membership"), std::string::npos);
}

TEST(MetricsOutput, TableListsTheInitiativesAndTheirOverlap) {
    AnalysisOptions o;
    o.permutation.permutations = 0;
    const std::string table = metrics_table("Study", analyse_study(sample_with_initiatives(), o), 0);
    EXPECT_NE(table.find("Membership density"), std::string::npos) << table;
    EXPECT_NE(table.find("Triple-helix synergy (bits)"), std::string::npos) << table;
    EXPECT_NE(table.find("Initiatives in 2019"), std::string::npos) << table;
    EXPECT_NE(table.find("The Lab"), std::string::npos) << table;
    EXPECT_NE(table.find("Initiatives sharing members in 2019"), std::string::npos) << table;
    EXPECT_NE(table.find("The Lab \xE2\x80\x93 Club \"C\""), std::string::npos) << table;
    // Without initiatives, no initiative tables (and – for their wave figures).
    const std::string none = metrics_table("Study", sample(), 0);
    EXPECT_EQ(none.find("Initiatives in"), std::string::npos) << none;
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
