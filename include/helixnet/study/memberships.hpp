// Who takes part in which initiative in one wave: the two-mode part of a
// study (docs/format.md, `initiatives`) read wave by wave.
//
// Conventions:
// - An actor is a member of initiative p in wave y when one of p's member
//   records names it and lists y, or lists no waves and the actor exists in
//   y (an empty list means every wave the actor exists in).
// - An initiative may list an actor more than once (one record per period of
//   membership, or per passage of the source). Records covering the same
//   wave are one membership, as sure as the surest of them: its confidence is
//   the highest among those records (absent means stated), as for merged
//   duplicate ties.
// - Apply filter_by_confidence (study/study.hpp) first for `--confidence`.
// Complexity: O(R log R) for R member records.
#pragma once

#include <cstdint>
#include <vector>

#include "helixnet/study/study.hpp"

namespace helixnet {

struct WaveMember {
    std::uint32_t actor = 0;  // index into Study::actors
    Confidence confidence = Confidence::stated;
};

struct WaveInitiative {
    std::uint32_t initiative = 0;     // index into Study::initiatives
    std::vector<WaveMember> members;  // ascending actor index, each actor once
};

// The initiatives with at least one member in wave `year`, in the study's
// order, with their members in that wave. Empty for a wave the study lacks.
[[nodiscard]] std::vector<WaveInitiative> wave_memberships(const Study& study, int year);

}  // namespace helixnet
