// The report's section "How sure are we?" ("Hoe zeker is dit?"): for each
// pair of waves of a robustness analysis (compare/robustness.hpp) a table
// with the findings as rows and the variants as columns (✓ the direction
// holds, ✗ it does not), the fewest passages that reverse each finding and
// its verdict; below it, every fragile finding with its reason and the
// passages it rests on, quoted with their source_ref. Every study text is
// HTML-escaped.
#pragma once

#include <string>
#include <string_view>

#include "helixnet/compare/robustness.hpp"
#include "helixnet/study/study.hpp"
#include "helixnet/util/language.hpp"

namespace helixnet {

[[nodiscard]] std::string_view robustness_section_title(Language language);

// The section's body (without its heading).
[[nodiscard]] std::string robustness_section_html(const Study& study, const RobustnessResult& result,
                                                  Language language);

}  // namespace helixnet
