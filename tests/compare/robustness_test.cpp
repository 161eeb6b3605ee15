// Golden tests of the robustness engine on small studies whose answer is
// known by construction (compare/robustness.hpp).
#include "helixnet/compare/robustness.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "helixnet/analysis/study_analysis.hpp"
#include "helixnet/error.hpp"
#include "helixnet/study/bundled.hpp"
#include "helixnet/study/json_io.hpp"
#include "helixnet/study/load.hpp"

namespace helixnet {
namespace {

using nlohmann::json;

struct T {
    const char* a;
    const char* b;
    int wave;
    const char* quote;                 // "" : no evidence
    const char* confidence = nullptr;  // nullptr: absent (stated)
};

// A study of waves 2019 and 2022 with the given actors (id -> extra
// attributes) and ties; each quote's source_ref is "ref " + quote.
Study make_study(const std::vector<std::pair<std::string, json>>& actors, const std::vector<T>& ties,
                 const std::vector<int>& waves = {2019, 2022}) {
    json j = {{"format", "helixnet/1"},
              {"name", "golden"},
              {"waves", json::array()},
              {"actors", json::array()},
              {"ties", json::array()}};
    for (const int y : waves) j["waves"].push_back({{"year", y}});
    for (const auto& [id, attributes] : actors) {
        json a = {{"id", id}};
        for (const auto& [k, v] : attributes.items()) a[k] = v;
        j["actors"].push_back(a);
    }
    for (const T& t : ties) {
        json r = {{"source", t.a}, {"target", t.b}, {"wave", t.wave}};
        if (*t.quote) {
            r["evidence"] = t.quote;
            r["source_ref"] = std::string("ref ") + t.quote;
        }
        if (t.confidence) r["confidence"] = t.confidence;
        j["ties"].push_back(r);
    }
    Diagnostics d;
    return read_study_json(j.dump(), "golden.json", d);
}

std::vector<std::pair<std::string, json>> plain(std::initializer_list<const char*> ids) {
    std::vector<std::pair<std::string, json>> out;
    for (const char* id : ids) out.emplace_back(id, json::object());
    return out;
}

const Finding& finding(const RobustnessResult& r, std::string_view key, std::size_t comparison = 0) {
    const Finding* f = r.comparisons.at(comparison).find(key);
    if (f == nullptr) throw std::runtime_error("no finding " + std::string(key));
    return *f;
}

std::vector<std::string> quotes(const RobustnessResult& r, const Finding& f) {
    std::vector<std::string> out;
    for (const auto p : f.reversing_passages) out.push_back(r.passages.at(p).evidence);
    return out;
}

TEST(Robustness, DirectionWithinToleranceIsSame) {
    EXPECT_EQ(direction_of(1.0, 1.0 + 1e-10), Direction::same);
    EXPECT_EQ(direction_of(1.0, 1.0 - 1e-10), Direction::same);
    EXPECT_EQ(direction_of(1.0, 1.0 + 2e-9), Direction::rise);
    EXPECT_EQ(direction_of(1.0, 1.0 - 2e-9), Direction::fall);
    EXPECT_FALSE(direction_of(std::nullopt, 1.0).has_value());
}

TEST(Robustness, DefaultComparisonsAreConsecutiveThenFirstAgainstLast) {
    using P = std::vector<std::pair<int, int>>;
    EXPECT_EQ(default_comparisons({2019, 2022, 2024}), (P{{2019, 2022}, {2022, 2024}, {2019, 2024}}));
    EXPECT_EQ(default_comparisons({2019, 2022}), (P{{2019, 2022}}));
    EXPECT_EQ(default_comparisons({2019}), P{});
}

// Ties 1 -> 2: the new tie's passage is all the rise rests on.
TEST(Robustness, RiseRestingOnOnePassage) {
    const Study s = make_study(plain({"a", "b", "c", "d"}),
                               {{"a", "b", 2019, "q0"}, {"a", "b", 2022, "q0"}, {"c", "d", 2022, "q1"}});
    const RobustnessResult r = analyse_robustness(s);
    const Finding& f = finding(r, "ties");
    EXPECT_EQ(f.direction, Direction::rise);
    EXPECT_EQ(f.passages_to_reverse, 1u);
    EXPECT_EQ(quotes(r, f), std::vector<std::string>{"q1"});
    EXPECT_FALSE(f.robust());
    const std::string reason = verdict_reason(s, r, f);
    EXPECT_NE(reason.find("rests on one passage"), std::string::npos) << reason;
    EXPECT_NE(reason.find("q1"), std::string::npos) << reason;
    EXPECT_NE(reason.find("(ref q1)"), std::string::npos) << reason;
    const std::string nl = verdict_reason(s, r, f, Language::dutch);
    EXPECT_NE(nl.find("rust op \xC3\xA9\xC3\xA9n passage"), std::string::npos) << nl;
}

// Ties 1 -> 3 from two new passages: one alone leaves a rise, both make it "same".
TEST(Robustness, RiseNeedingTwoPassages) {
    const Study s =
        make_study(plain({"a", "b", "c", "d", "e", "f"}),
                   {{"a", "b", 2019, "q0"}, {"a", "b", 2022, "q0"}, {"c", "d", 2022, "q1"}, {"e", "f", 2022, "q2"}});
    const RobustnessResult r = analyse_robustness(s);
    const Finding& f = finding(r, "ties");
    EXPECT_EQ(f.passages_to_reverse, 2u);
    EXPECT_EQ(quotes(r, f), (std::vector<std::string>{"q1", "q2"}));
    EXPECT_NE(verdict_reason(s, r, f).find("rests on two passages"), std::string::npos);
}

// Ties 1 -> 6, each new tie its own passage: five would have to go.
TEST(Robustness, RiseNoThreePassagesReverse) {
    const Study s = make_study(plain({"a", "b", "c", "d", "e", "f", "g"}), {{"a", "b", 2019, "q0"},
                                                                            {"a", "b", 2022, "q0"},
                                                                            {"a", "c", 2022, "q1"},
                                                                            {"a", "d", 2022, "q2"},
                                                                            {"a", "e", 2022, "q3"},
                                                                            {"a", "f", 2022, "q4"},
                                                                            {"a", "g", 2022, "q5"}});
    const RobustnessResult r = analyse_robustness(s);
    const Finding& f = finding(r, "ties");
    EXPECT_EQ(f.direction, Direction::rise);
    EXPECT_FALSE(f.passages_to_reverse.has_value());
    EXPECT_TRUE(f.reversing_passages.empty());
    EXPECT_EQ(f.holds_in, 5u);
    EXPECT_TRUE(f.robust());
    EXPECT_EQ(verdict_word(f), "robust");
    EXPECT_NE(verdict_reason(s, r, f).find("no set of up to three passages"), std::string::npos);
    // The star takes five ties to break: its largest component is robust too.
    const Finding& c = finding(r, "largest_component_share");
    EXPECT_EQ(c.direction, Direction::rise);
    EXPECT_FALSE(c.passages_to_reverse.has_value());
}

// Ties 2 -> 4 where the two new ties are only implied: the rise holds with
// all ties and without the assumed ones, not with stated ties only.
TEST(Robustness, HoldsWithAllTiesButNotWithStatedOnly) {
    const Study s = make_study(plain({"a", "b", "c", "d", "e", "f", "g", "h"}), {{"a", "b", 2019, "q0"},
                                                                                 {"c", "d", 2019, "q1"},
                                                                                 {"a", "b", 2022, "q0"},
                                                                                 {"c", "d", 2022, "q1"},
                                                                                 {"e", "f", 2022, "q2", "implied"},
                                                                                 {"g", "h", 2022, "q3", "implied"}});
    const RobustnessResult r = analyse_robustness(s);
    const Finding& f = finding(r, "ties");
    EXPECT_EQ(f.direction, Direction::rise);
    EXPECT_TRUE(f.outcome(Variant::all).holds);
    EXPECT_TRUE(f.outcome(Variant::implied).holds);
    EXPECT_FALSE(f.outcome(Variant::stated).holds);
    EXPECT_EQ(f.outcome(Variant::stated).direction, Direction::same);
    EXPECT_EQ(f.outcome(Variant::stated).from, 2.0);
    EXPECT_EQ(f.outcome(Variant::stated).to, 2.0);
    EXPECT_EQ(f.holds_in, 4u);
    EXPECT_FALSE(f.robust());
    const std::string reason = verdict_reason(s, r, f);
    EXPECT_NE(reason.find("does not hold with stated ties only (same)"), std::string::npos) << reason;
}

// An assumed tie makes a fall: without the assumed ties it is a rise.
TEST(Robustness, ReversesWithoutTheAssumedTies) {
    const Study s = make_study(plain({"a", "b", "c", "d"}), {{"a", "b", 2019, "q0"},
                                                             {"c", "d", 2019, "q1", "assumed"},
                                                             {"a", "c", 2019, "q2", "assumed"},
                                                             {"a", "b", 2022, "q0"},
                                                             {"b", "d", 2022, "q3"}});
    const RobustnessResult r = analyse_robustness(s);
    const Finding& f = finding(r, "ties");
    EXPECT_EQ(f.direction, Direction::fall);
    EXPECT_EQ(f.outcome(Variant::implied).direction, Direction::rise);
    EXPECT_NE(verdict_reason(s, r, f).find("reverses without the assumed ties (rise)"), std::string::npos);
}

// Ties 1 -> 2, the new tie to an actor that stands for a group: without
// the group actors the count stays at 1 (and the wave has one actor fewer).
TEST(Robustness, ReversesWithoutTheGroupActors) {
    const Study s = make_study({{"a", json::object()}, {"b", json::object()}, {"g", {{"count", "60"}}}},
                               {{"a", "b", 2019, "q0"}, {"a", "b", 2022, "q0"}, {"a", "g", 2022, "q1"}});
    EXPECT_TRUE(s.actors[*s.actor_index("g")].stands_for_group());
    EXPECT_FALSE(s.actors[*s.actor_index("a")].stands_for_group());
    const RobustnessResult r = analyse_robustness(s);
    const Finding& f = finding(r, "ties");
    EXPECT_EQ(f.direction, Direction::rise);
    EXPECT_FALSE(f.outcome(Variant::no_group_actors).holds);
    EXPECT_EQ(f.outcome(Variant::no_group_actors).direction, Direction::same);
    EXPECT_EQ(f.holds_in, 4u);
    // 2m/n over the two single actors: 1 -> 1.
    const Finding& d = finding(r, "average_degree");
    EXPECT_EQ(d.outcome(Variant::no_group_actors).from, 1.0);
    EXPECT_EQ(d.outcome(Variant::no_group_actors).to, 1.0);
    EXPECT_NE(verdict_reason(s, r, f).find("without the group actors"), std::string::npos);
}

// A textual count marks a group too; an empty or blank one does not.
TEST(Robustness, GroupActorMarker) {
    const Study s = make_study({{"a", {{"count", "unspecified"}}},
                                {"b", {{"count", ""}}},
                                {"c", {{"count", "  "}}},
                                {"d", {{"count", "4-5"}}}},
                               {{"a", "b", 2019, "q0"}, {"c", "d", 2022, "q1"}});
    EXPECT_TRUE(s.actors[0].stands_for_group());
    EXPECT_FALSE(s.actors[1].stands_for_group());
    EXPECT_FALSE(s.actors[2].stands_for_group());
    EXPECT_TRUE(s.actors[3].stands_for_group());
}

// Passage q0 supports two ties in 2019 and three in 2022: removing it
// removes all five, so it alone leaves a rise (0 -> 1); q0 and q1 together
// make it "same" (0 -> 0). Removing q0 from the later wave only would have
// made it a fall with q0 alone.
TEST(Robustness, RemovingAPassageHitsEveryWave) {
    const Study s = make_study(plain({"a", "b", "c", "d", "e", "f", "g", "h"}), {{"a", "b", 2019, "q0"},
                                                                                 {"c", "d", 2019, "q0"},
                                                                                 {"a", "b", 2022, "q0"},
                                                                                 {"c", "d", 2022, "q0"},
                                                                                 {"e", "f", 2022, "q0"},
                                                                                 {"g", "h", 2022, "q1"}});
    const RobustnessResult r = analyse_robustness(s);
    ASSERT_EQ(r.passages.size(), 2u);
    EXPECT_EQ(r.passages[0].ties, 5u);
    const Finding& f = finding(r, "ties");
    EXPECT_EQ(f.direction, Direction::rise);
    EXPECT_EQ(f.passages_to_reverse, 2u);
    EXPECT_EQ(quotes(r, f), (std::vector<std::string>{"q0", "q1"}));
}

// A quote behind four ties in a wave is left out by no_shared_passages in
// that wave, not in a wave where it supports fewer.
TEST(Robustness, SharedPassagesAreLeftOutPerWave) {
    const Study s = make_study(plain({"a", "b", "c", "d", "e", "f"}), {{"a", "b", 2019, "big"},
                                                                       {"c", "d", 2019, "q1"},
                                                                       {"a", "b", 2022, "big"},
                                                                       {"a", "c", 2022, "big"},
                                                                       {"a", "d", 2022, "big"},
                                                                       {"a", "e", 2022, "big"},
                                                                       {"e", "f", 2022, "q2"}});
    const RobustnessResult r = analyse_robustness(s);
    const Finding& f = finding(r, "ties");
    EXPECT_EQ(f.outcome(Variant::no_shared_passages).from, 2.0);
    EXPECT_EQ(f.outcome(Variant::no_shared_passages).to, 1.0);
    EXPECT_EQ(f.outcome(Variant::no_shared_passages).direction, Direction::fall);
    EXPECT_NE(verdict_reason(s, r, f).find("reverses without the passages that support more than three ties"),
              std::string::npos);
}

// Ties without evidence are passages of their own.
TEST(Robustness, TiesWithoutEvidenceArePassagesOfTheirOwn) {
    const Study s =
        make_study(plain({"a", "b", "c", "d", "e", "f"}),
                   {{"a", "b", 2019, "q0"}, {"a", "b", 2022, "q0"}, {"c", "d", 2022, ""}, {"e", "f", 2022, ""}});
    const RobustnessResult r = analyse_robustness(s);
    ASSERT_EQ(r.passages.size(), 3u);
    const Finding& f = finding(r, "ties");
    EXPECT_EQ(f.passages_to_reverse, 2u);
    EXPECT_EQ(f.reversing_passages, (std::vector<std::uint32_t>{1, 2}));
    EXPECT_EQ(passage_text(s, r.passages[1]), "a tie without evidence: c \xE2\x80\x93 d (2022)");
}

// The largest component, 5 of 6 actors (a path) -> 6 of 6 (a ring): two
// ring ties cut an actor off; the first such pair is the ring's first two ties.
TEST(Robustness, LargestComponentNeedingTwoPassages) {
    const Study s = make_study(plain({"a", "b", "c", "d", "e", "f"}), {{"a", "b", 2019, "p0"},
                                                                       {"b", "c", 2019, "p1"},
                                                                       {"c", "d", 2019, "p2"},
                                                                       {"d", "e", 2019, "p3"},
                                                                       {"a", "b", 2022, "r0"},
                                                                       {"b", "c", 2022, "r1"},
                                                                       {"c", "d", 2022, "r2"},
                                                                       {"d", "e", 2022, "r3"},
                                                                       {"e", "f", 2022, "r4"},
                                                                       {"f", "a", 2022, "r5"}});
    const RobustnessResult r = analyse_robustness(s);
    const Finding& f = finding(r, "largest_component_share");
    EXPECT_EQ(f.direction, Direction::rise);
    EXPECT_EQ(f.passages_to_reverse, 2u);
    EXPECT_EQ(quotes(r, f), (std::vector<std::string>{"r0", "r1"}));
}

// Groups: every pair of different groups with a tie in either wave, in
// byte order, "unknown" included; an E-I index undefined in a wave is left out.
TEST(Robustness, PairFindingsAndUndefinedFindings) {
    const Study s = make_study({{"g", {{"region", "gorinchem"}}},
                                {"d", {{"region", "drechtsteden"}}},
                                {"x", json::object()},
                                {"d2", {{"region", "drechtsteden"}}}},
                               {{"g", "d", 2022, "q0"}, {"g", "x", 2022, "q1"}, {"d", "d2", 2022, "q2"}});
    const RobustnessResult r = analyse_robustness(s);
    std::vector<std::string> keys;
    for (const Finding& f : r.comparisons.at(0).findings) keys.push_back(f.key);
    EXPECT_EQ(keys, (std::vector<std::string>{"ties", "average_degree", "largest_component_share",
                                              "external_ties:region", "pair_ties:region:drechtsteden:gorinchem",
                                              "pair_ties:region:gorinchem:unknown"}));
    EXPECT_EQ(finding_label(s, finding(r, "pair_ties:region:gorinchem:unknown")),
              "Ties between groups (region): gorinchem \xE2\x80\x93 unknown");
}

// More ties than the limit: no passage search, and the verdict says so.
TEST(Robustness, PassageSearchSkippedAboveTheLimit) {
    const Study s = make_study(plain({"a", "b", "c", "d"}),
                               {{"a", "b", 2019, "q0"}, {"a", "b", 2022, "q0"}, {"c", "d", 2022, "q1"}});
    RobustnessOptions options;
    options.passage_search_limit = 2;
    const RobustnessResult r = analyse_robustness(s, options);
    EXPECT_FALSE(r.passage_search);
    const Finding& f = finding(r, "ties");
    EXPECT_FALSE(f.passages_to_reverse.has_value());
    EXPECT_TRUE(f.robust());
    EXPECT_NE(verdict_reason(s, r, f).find("the passages were not searched"), std::string::npos);
    const json j = robustness_json(s, r);
    EXPECT_EQ(j.at("passage_search").at("done"), false);
}

TEST(Robustness, BadComparisonsAreRefused) {
    const Study s = make_study(plain({"a", "b"}), {{"a", "b", 2019, "q0"}});
    RobustnessOptions options;
    options.comparisons = {{2019, 2019}};
    EXPECT_THROW((void)analyse_robustness(s, options), Failure);
    options.comparisons = {{2019, 1999}};
    EXPECT_THROW((void)analyse_robustness(s, options), Failure);
}

// The JSON keys the issue and users rely on.
TEST(Robustness, JsonShape) {
    const Study s = make_study(plain({"a", "b", "c", "d"}),
                               {{"a", "b", 2019, "q0"}, {"a", "b", 2022, "q0"}, {"c", "d", 2022, "q1"}});
    const json j = robustness_json(s, analyse_robustness(s));
    EXPECT_EQ(j.at("study"), "golden");
    const json& c = j.at("comparisons").at(0);
    EXPECT_EQ(c.at("from"), 2019);
    EXPECT_EQ(c.at("to"), 2022);
    const json& f = c.at("findings").at(0);
    EXPECT_EQ(f.at("key"), "ties");
    EXPECT_EQ(f.at("label"), "Ties");
    EXPECT_EQ(f.at("direction"), "rise");
    EXPECT_TRUE(f.at("from_value").is_number_integer());
    EXPECT_EQ(f.at("from_value"), 1);
    EXPECT_EQ(f.at("to_value"), 2);
    for (const char* v : {"all", "implied", "stated", "no_group_actors", "no_shared_passages"}) {
        const json& o = f.at("variants").at(v);
        EXPECT_TRUE(o.contains("from_value") && o.contains("to_value") && o.contains("direction")) << v;
    }
    EXPECT_EQ(f.at("holds_in"), 5);
    EXPECT_EQ(f.at("variant_count"), 5);
    EXPECT_EQ(f.at("passages_to_reverse"), 1);
    EXPECT_EQ(f.at("reversing_passages"), json::parse(R"([{"evidence": "q1", "source_ref": "ref q1", "ties": 1}])"));
    EXPECT_EQ(f.at("verdict"), "fragile");
    EXPECT_TRUE(f.at("reason").is_string());
    EXPECT_TRUE(c.at("findings").at(1).at("from_value").is_number_float());  // average_degree
}

// The full study's values are the analysis pipeline's, on the bundled study.
TEST(Robustness, FullStudyValuesAreThePipelines) {
    const Study s = load_study(bundled_study_path());
    AnalysisOptions options;
    options.permutation.permutations = 0;
    const StudyAnalysis analysis = analyse_study(s, options);
    const RobustnessResult r = analyse_robustness(s, analysis);
    const RobustnessResult own = analyse_robustness(s);
    EXPECT_EQ(robustness_json(s, r), robustness_json(s, own));
    ASSERT_EQ(r.comparisons.size(), 3u);
    std::size_t checked = 0;
    for (const ComparisonRobustness& c : r.comparisons) {
        for (const Finding& f : c.findings) {
            for (const auto& [year, value] : {std::pair(c.from, f.from_value), std::pair(c.to, f.to_value)}) {
                const WaveAnalysis& w = *analysis.find(year);
                std::optional<double> expected;
                switch (f.kind) {
                    case FindingKind::ties:
                    case FindingKind::average_degree:
                    case FindingKind::largest_component_share:
                        expected = f.measure->network(w);
                        break;
                    case FindingKind::external_ties:
                    case FindingKind::ei_index:
                        expected = f.measure->group(*w.groups.find(f.attribute));
                        break;
                    case FindingKind::helix_ties:
                        expected = f.measure->group(*w.groups.find("sector"));
                        break;
                    case FindingKind::pair_ties: {
                        const AttributeGroups& g = *w.groups.find(f.attribute);
                        const auto a = g.grouping.find(f.group_a), b = g.grouping.find(f.group_b);
                        expected = a && b ? static_cast<double>(g.metrics.mixing[*a][*b]) : 0.0;
                        break;
                    }
                }
                ASSERT_TRUE(value.has_value()) << f.key;
                ASSERT_TRUE(expected.has_value()) << f.key;
                EXPECT_EQ(*value, *expected) << f.key << " " << year;
                ++checked;
            }
        }
    }
    EXPECT_GE(checked, 60u);
}

}  // namespace
}  // namespace helixnet
