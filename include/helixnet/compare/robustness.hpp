// How sure are we? For each finding of a comparison of two waves (the
// number of ties rose, the ties between two regions rose, ...), whether its
// direction survives
// - without the ties the encoder assumed, or with the stated ties only,
// - without the actors that stand for a group of organisations,
// - without the ties of passages that carry many ties at once,
// - and without any one, two or three passages of the source
// (docs/robustness.md).
//
// Findings, each the direction (rise, fall, same; values within
// direction_tolerance are the same) of a figure from the earlier to the
// later wave:
//   ties, average_degree (2m/n), largest_component_share,
//   external_ties:ATTR and ei_index:ATTR for every --by attribute,
//   pair_ties:ATTR:G1:G2 for every pair of different groups (G1 < G2 in
//     byte order, "unknown" included) with a tie in either wave,
//   helix_ties (ties between actors of different helix roles), where the
//     study has a `sector` attribute.
// A finding undefined in either wave of the full study (an E-I index in a
// wave without ties) is left out. Every value is a count or a ratio of
// counts, computed as the measures are (analysis/measures.hpp): the full
// study's values equal those of the analysis pipeline.
//
// Variants (each finding recomputed, its direction compared with the full
// study's): all (nothing left out), implied (ties below `implied` left out),
// stated (ties below `stated` left out), no_group_actors (actors with a
// `count`, Actor::stands_for_group, left out with their ties: the waves get
// smaller), no_shared_passages (ties whose evidence quote supports more than
// shared_passage_limit ties in the same wave left out). Memberships enter no
// finding, so the confidence variants only filter ties.
//
// Passages: a passage is a distinct evidence quote (exact text); a tie
// without evidence is a passage of its own. Removing a passage removes its
// ties from every wave. passages_to_reverse is the size of the smallest set
// of at most max_passages_to_reverse passages whose removal makes the
// direction differ from the full study's (an undefined value differs from
// every direction); reversing_passages is that set, the lexicographically
// first by passage number (passages are numbered with the quotes in byte
// order first, then the ties without evidence by wave and the ids of their
// ends, so that the order of the ties does not matter). The search is exact:
// - counts and ratios of counts: each passage's effect on a finding is its
//   "signature", the counts it adds in the two waves; passages with the same
//   signature are interchangeable, so every multiset of at most three
//   signatures is tried once (with C signatures, O(C³) evaluations of a few
//   operations; C is small because few passages share a large signature);
// - largest_component_share: a depth-first search over passage sets with
//   union-find. A set can change the direction only by breaking every
//   component above a size the other wave allows, so it must hit every
//   spanning forest of those components: the search branches only on the
//   passages of one such forest, and the last passage must hit three forests
//   built to share as few ties as possible; a component spanned by r + 1
//   trees with no passage in common is not searched for r more passages.
//   O(F³ · (m_a + m_b)) at worst for F passages on a forest; in practice
//   far below it (docs/robustness.md, Speed).
// Studies with more than passage_search_tie_limit ties skip the search
// (RobustnessResult::passage_search says so); passages_to_reverse is then
// null and the verdict rests on the variants.
//
// Verdict: robust when the direction holds in every variant and no set of
// at most three passages reverses it; fragile otherwise, with the reason in
// plain words (English or Dutch; verdict_reason).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "helixnet/analysis/measures.hpp"
#include "helixnet/analysis/study_analysis.hpp"
#include "helixnet/study/study.hpp"
#include "helixnet/util/language.hpp"

namespace helixnet {

inline constexpr double direction_tolerance = 1e-9;
inline constexpr std::size_t max_passages_to_reverse = 3;
inline constexpr std::size_t passage_search_tie_limit = 2000;
// no_shared_passages leaves out the ties of a quote that supports more than
// this many ties in one wave.
inline constexpr std::size_t shared_passage_limit = 3;

enum class Direction : std::uint8_t { fall, same, rise };

// The direction from `from` to `to`: same within direction_tolerance; nullopt
// when either is undefined.
[[nodiscard]] std::optional<Direction> direction_of(const std::optional<double>& from, const std::optional<double>& to);
[[nodiscard]] std::string_view to_string(Direction direction);

enum class Variant : std::uint8_t { all, implied, stated, no_group_actors, no_shared_passages };
inline constexpr std::array<Variant, 5> all_variants = {Variant::all, Variant::implied, Variant::stated,
                                                        Variant::no_group_actors, Variant::no_shared_passages};
[[nodiscard]] std::string_view to_string(Variant variant);

enum class FindingKind : std::uint8_t {
    ties,
    average_degree,
    largest_component_share,
    external_ties,
    ei_index,
    pair_ties,
    helix_ties
};

struct Passage {
    std::string evidence;         // the quote; empty for a tie without evidence
    std::string source_ref;       // of the first tie that quotes it
    std::uint32_t first_tie = 0;  // index into Study::ties of that tie
    std::size_t ties = 0;         // ties it supports in the whole study
};

struct VariantOutcome {
    std::optional<double> from;
    std::optional<double> to;
    std::optional<Direction> direction;  // nullopt: undefined in a wave
    bool holds = false;                  // the same direction as the full study
};

struct Finding {
    std::string key;  // "pair_ties:region:drechtsteden:gorinchem"
    FindingKind kind = FindingKind::ties;
    std::string attribute;  // external_ties, ei_index, pair_ties: the --by attribute
    std::string group_a;    // pair_ties: the two groups, group_a < group_b
    std::string group_b;
    const Measure* measure = nullptr;  // the entry of the table of measures that names it
    std::optional<double> from_value;  // the full study
    std::optional<double> to_value;
    Direction direction = Direction::same;
    std::array<VariantOutcome, all_variants.size()> variants{};  // in all_variants order
    std::size_t holds_in = 0;                                    // variants in which the direction holds
    // nullopt: no set of at most three passages reverses it, or the search was skipped.
    std::optional<std::size_t> passages_to_reverse;
    std::vector<std::uint32_t> reversing_passages;  // indices into RobustnessResult::passages

    [[nodiscard]] const VariantOutcome& outcome(Variant v) const { return variants[static_cast<std::size_t>(v)]; }
    [[nodiscard]] bool robust() const { return holds_in == variants.size() && !passages_to_reverse; }
    // Counts are written as JSON integers.
    [[nodiscard]] bool integral() const {
        return kind != FindingKind::average_degree && kind != FindingKind::largest_component_share &&
               kind != FindingKind::ei_index;
    }
};

struct ComparisonRobustness {
    int from = 0;
    int to = 0;
    std::vector<Finding> findings;

    // The finding with this key, or nullptr.
    [[nodiscard]] const Finding* find(std::string_view key) const;
};

struct RobustnessOptions {
    std::vector<std::string> attributes;  // --by; empty: default_group_attributes(study)
    // The pairs of waves (from, to); empty: every consecutive pair in the
    // study's order, then the first against the last (when there are more
    // than two waves).
    std::vector<std::pair<int, int>> comparisons;
    std::size_t passage_search_limit = passage_search_tie_limit;
};

struct RobustnessResult {
    std::vector<std::string> attributes;  // the --by list used
    std::vector<Passage> passages;        // quotes in byte order, then ties without evidence
    std::size_t study_ties = 0;
    bool passage_search = true;  // false: skipped, the study has more than the limit of ties
    std::size_t passage_search_limit = passage_search_tie_limit;
    std::vector<ComparisonRobustness> comparisons;

    // The comparison of `from` with `to`, or nullptr.
    [[nodiscard]] const ComparisonRobustness* find(int from, int to) const;
};

// The consecutive pairs of `years`, then the first against the last (more
// than two waves).
[[nodiscard]] std::vector<std::pair<int, int>> default_comparisons(const std::vector<int>& years);

// Throws Failure for a wave or attribute the study does not have, and for a
// comparison of a wave with itself.
[[nodiscard]] RobustnessResult analyse_robustness(const Study& study, const RobustnessOptions& options = {});

// The same on the graphs and groupings of an analysis already made (its
// attributes are used; `options.attributes` is ignored).
[[nodiscard]] RobustnessResult analyse_robustness(const Study& study, const StudyAnalysis& analysis,
                                                  RobustnessOptions options = {});

// ---- In words --------------------------------------------------------------

// "Ties", "Ties across groups (sector)", "Ties between groups (region):
// Drechtsteden – Gorinchem", from the table of measures.
[[nodiscard]] std::string finding_label(const Study& study, const Finding& finding,
                                        Language language = Language::english);
// "rise", "fall", "same" (stijging, daling, gelijk); "–" for undefined.
[[nodiscard]] std::string direction_word(const std::optional<Direction>& direction,
                                         Language language = Language::english);
// "All ties", "Without assumed ties", "Stated ties only", ...
[[nodiscard]] std::string variant_label(Variant variant, Language language = Language::english);
// The quote of a passage, or for a tie without evidence "a tie without
// evidence: A – B (2022)".
[[nodiscard]] std::string passage_text(const Study& study, const Passage& passage,
                                       Language language = Language::english);
[[nodiscard]] std::string verdict_word(const Finding& finding, Language language = Language::english);
// Why the verdict: "rests on one passage: ‘…’ (ocd2024, …)", "does not hold
// with stated ties only (same)", "holds in all five variants, and no three
// passages reverse it".
[[nodiscard]] std::string verdict_reason(const Study& study, const RobustnessResult& result, const Finding& finding,
                                         Language language = Language::english);
// One sentence on what the conclusions of a comparison rest on: how many of
// its changes are robust, and the weakest of the others with its reason.
[[nodiscard]] std::string robustness_sentence(const Study& study, const RobustnessResult& result,
                                              const ComparisonRobustness& comparison,
                                              Language language = Language::english);

// The JSON of `helixnet robustness --format json` (docs/robustness.md).
[[nodiscard]] nlohmann::ordered_json robustness_json(const Study& study, const RobustnessResult& result,
                                                     Language language = Language::english);

}  // namespace helixnet
