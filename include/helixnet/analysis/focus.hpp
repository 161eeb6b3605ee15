// The figures of a study's focus (study/focus.hpp) in an analysed study: the
// ties between two groups, or across all groups, of an attribute, per wave.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "helixnet/analysis/study_analysis.hpp"
#include "helixnet/study/focus.hpp"
#include "helixnet/util/language.hpp"

namespace helixnet {

// `attributes` followed by the focus attributes it lacks: what to analyse so
// that every focus can be read.
[[nodiscard]] std::vector<std::string> attributes_with_focus(std::vector<std::string> attributes,
                                                             std::span<const Focus> focus);

// Throws Failure unless the study has the focus's attribute and, for a pair,
// both groups (declared in `attributes` metadata or held by an actor).
void require_focus(const Study& study, const Focus& focus);

// The ties of the focus in one wave: between the two groups (0 where a group
// has no actor in the wave), or across all groups. Throws Failure when the
// wave was analysed without the focus's attribute.
[[nodiscard]] double focus_ties(const WaveAnalysis& wave, const Focus& focus);

// "Ties between Gorinchem e.o. and Drechtsteden", "Ties across sector".
[[nodiscard]] std::string focus_label(const Study& study, const Focus& focus, Language language);

}  // namespace helixnet
