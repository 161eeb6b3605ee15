// Spearman's rank correlation (docs/metrics.md `rank_correlation`).
//
// ρ is Pearson's correlation of the ranks, with tied values given the average
// of the ranks they span (scipy.stats.spearmanr). Values that differ by at
// most 1e-9 × max(1, |x|) count as tied, so that floating-point noise in
// scores that are equal in exact arithmetic (e.g. the betweenness of two
// symmetric actors) does not split a tie; the fixture script rounds to the
// same effect before calling spearmanr.
//
// Null (docs/metrics.md, "Conventions at the edges") with fewer than two pairs or
// when either side is constant, where scipy returns NaN.
//
// Complexity: O(n log n).
#pragma once

#include <optional>
#include <span>
#include <vector>

namespace helixnet {

// The ranks 1..n of `values`, ties averaged (as above).
[[nodiscard]] std::vector<double> average_ranks(std::span<const double> values);

// Throws Failure when the spans differ in length.
[[nodiscard]] std::optional<double> spearman(std::span<const double> x, std::span<const double> y);

}  // namespace helixnet
