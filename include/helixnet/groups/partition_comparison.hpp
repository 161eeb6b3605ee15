// How far two partitions of the same actors agree, e.g. the communities
// found in the ties against the groups of an attribute (do clusters follow
// sector lines?). Labels are any integers; only which actors share a label
// matters.
//
// With n actors, a_i and b_j the group sizes of the two partitions and n_ij
// the actors in group i of the first and j of the second:
// - nmi: normalised mutual information, MI / ((H(a) + H(b)) / 2), the
//   arithmetic mean of the entropies (sklearn's default
//   normalized_mutual_info_score; igraph's compare_communities "nmi"). 1 when
//   both are a single group (0/0), 0 when only one of them is.
// - vi: variation of information H(a) + H(b) − 2 MI, natural logarithm
//   (Meilă 2007; igraph "vi"). 0 for identical partitions.
// - rand: the share of pairs of actors on which the partitions agree (both
//   together or both apart) (Rand 1971; igraph "rand").
// - ari: Rand adjusted for chance (Hubert & Arabie 1985; sklearn
//   adjusted_rand_score, igraph "adjusted_rand"); 1 where the partitions put
//   every pair the same way, including a single actor (as sklearn).
// All null for no actor. O(n log n).
#pragma once

#include <cstdint>
#include <optional>
#include <span>

namespace helixnet {

struct PartitionAgreement {
    std::optional<double> nmi;
    std::optional<double> ari;
    std::optional<double> vi;
    std::optional<double> rand;
};

// Throws Failure when the two have different lengths.
[[nodiscard]] PartitionAgreement compare_partitions(std::span<const std::uint32_t> a, std::span<const std::uint32_t> b);

}  // namespace helixnet
