// Co-membership projected into actor–actor ties (`--memberships count|newman`).
//
// docs/format.md: co-membership "can be projected into actor-actor ties on
// request; it is never mixed into ties silently". project_memberships is that
// request: it returns a copy of the study whose ties include the projection
// and which records it (Study::projection), so that every output can say so.
//
// Per wave, over the memberships of the wave (study/memberships.hpp):
// - count: a pair of actors sharing k ≥ 1 initiatives gets a link of weight k
//   (nx.bipartite.weighted_projected_graph(B, actors)).
// - newman: a link of weight Σ 1/(d_p − 1) over the initiatives p the pair
//   shares, d_p the members of p in the wave (Newman 2001, "Scientific
//   collaboration networks II", Phys. Rev. E 64, 016132;
//   nx.bipartite.collaboration_weighted_projected_graph). A shared initiative
//   has d_p ≥ 2, so every term is defined; an actor's links add up to the
//   number of its initiatives with another member.
// A link joins the wave's ties:
// - a pair without a tie gets a new tie of kind `co-membership` whose
//   `initiative` holds the ids of the shared initiatives joined by ";", with
//   no evidence (the memberships carry it) and as confidence the lower of the
//   two memberships' in a shared initiative (the highest such value when the
//   pair shares several);
// - a pair that already has a tie keeps that tie, with its kind, evidence,
//   confidence and place in the file, and its weight grows by the link's.
// Apply after filter_by_confidence, so that only memberships at the chosen
// level are projected. Throws Failure for a study already projected (the
// links would count twice).
// Complexity: O(P log P + T log T) time, O(P + T) memory, for P member pairs
// Σ_p d_p(d_p − 1)/2 over all initiatives and waves and T ties.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "helixnet/study/study.hpp"
#include "helixnet/util/language.hpp"

namespace helixnet {

// The kind of a tie that projection added.
inline constexpr std::string_view co_membership_kind = "co-membership";

// "none", "count", "newman".
[[nodiscard]] std::optional<MembershipProjection> parse_projection(std::string_view text);
[[nodiscard]] std::string_view to_string(MembershipProjection method);

// A copy of the study with co-membership projected into its ties by `method`
// (`none`: an unchanged copy).
[[nodiscard]] Study project_memberships(const Study& study, MembershipProjection method);

// The sentence every output for people prints about a projection: "Ties
// include co-membership (--memberships count: weight = initiatives shared).
// 2019: 12 links added, 3 ties strengthened; …". Empty when none was applied.
[[nodiscard]] std::string projection_note(const ProjectionRecord& record, Language language = Language::english);

}  // namespace helixnet
