// The measured part of the report's initiatives section (private to
// src/report/): the triple-helix synergy of every wave in a small table with
// what its sign means, then per wave the two-mode drawing beside the table of
// its initiatives and the pairs of initiatives that share members. Labels and
// definitions come from the table of measures (analysis/measures.hpp).
#pragma once

#include <span>
#include <string>
#include <vector>

#include "helixnet/analysis/study_analysis.hpp"
#include "helixnet/report/strings.hpp"

namespace helixnet {

struct TwoModeFigure {
    std::string svg;   // inline SVG; empty: no drawing
    std::string stem;  // file name without ending: "two-mode-2024"
};

// `figures` holds one drawing per wave (or none at all); `png` says whether
// each has a PNG file beside it.
[[nodiscard]] std::string initiative_measures_html(const Study& study, std::span<const WaveAnalysis> waves,
                                                   const ReportStrings& t, Language language,
                                                   const std::vector<TwoModeFigure>& figures, bool png);

}  // namespace helixnet
