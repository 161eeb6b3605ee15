// Plain-language paragraphs about the change between two waves, generated
// from a WaveComparison (no text about the data is written by hand), in
// English or Dutch, for `compare`, `summary` and the HTML report.
//
// One paragraph per compared pair, in this order:
// 1. the number of ties, with the relative change where the first count is
//    at least relative_change_base (10; a percentage of a small count misleads);
// 2. per --by attribute, the ties between its groups (`external_ties`); for an
//    attribute with at most `pair_clause_limit` groups other than "unknown"
//    (region: Gorinchem, Drechtsteden, outside), also the ties between each
//    pair of those groups that had a tie in either wave, named by the study's
//    value labels (attributes.<attr>.<value>.label, else the value), with
//    the same rule for percentages;
// 3. how many ties of the first wave were still there (stable / ties of the
//    first wave) and the Jaccard index; where actors joined or left, also
//    the Jaccard index of the actors present in both waves, flagged as heavy
//    turnover below 0.3 (RSiena's reading);
// 4. whether the actor set changed and by how much ("12 joined, 3 left;
//    14 of 29 actors in both waves"); where the number of actors changed,
//    the density with the reminder that it divides by the square of the
//    number of actors, beside the average degree;
// 5. the actors whose betweenness rose most (at most three, rises above 0).
// Undefined figures are left out rather than printed as "–".
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "helixnet/compare/wave_comparison.hpp"
#include "helixnet/study/study.hpp"
#include "helixnet/util/language.hpp"

namespace helixnet {

inline constexpr std::size_t pair_clause_limit = 3;

[[nodiscard]] std::string change_paragraph(const Study& study, const WaveComparison& comparison,
                                           Language language = Language::english);

}  // namespace helixnet
