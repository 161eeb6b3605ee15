// The HTML report of a study (`helixnet report`): one self-contained page
// (inline SVG and CSS; no script, web font or remote image, so it opens from
// a USB stick) that tells the story of the network — the diagram of every
// wave with the same positions, the change view from the first to the last
// wave, trend charts, tables of the headline measures, central actors and
// brokers, turnover and initiatives, the plain-language change paragraphs,
// the definitions of every measure shown and the study's sources — plus each
// diagram as a separate SVG and PNG file beside it.
//
// Nothing is measured here: the figures come from analyse_study
// (analysis/study_analysis.hpp) and compare_waves (compare/wave_comparison.hpp), the paragraphs from
// change_paragraph (compare/narrative.hpp), the drawings from
// build_diagram/render_diagram (export/). Every study text is HTML-escaped.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "helixnet/compare/narrative.hpp"
#include "helixnet/compare/wave_comparison.hpp"
#include "helixnet/study/study.hpp"

namespace helixnet {

struct ReportOptions {
    Language language = Language::english;
    std::string confidence;  // the --confidence level the study was filtered with; empty: none
    std::size_t top = 5;     // actors per wave in the betweenness and brokerage tables
    bool png = true;         // also write each diagram as PNG
    // --by (default sector and region), permutations, seed, threads, and the
    // rule that estimates betweenness in large waves (which the page and
    // `notes` say).
    AnalysisOptions analysis;
    // The comparisons "At a glance" leads with (study/focus.hpp); empty: the
    // study's own (study.json "focus").
    std::vector<Focus> focus;
};

struct ReportFile {
    std::string name;  // a plain file name: "index.html", "wave-2019.svg", ...
    std::string content;
};

struct Report {
    std::vector<ReportFile> files;   // index.html first
    std::vector<std::string> notes;  // what the user should know (diagram fallbacks)
};

// Builds every file in memory. Throws Failure for a study without waves.
[[nodiscard]] Report build_report(const Study& study, const ReportOptions& options = {});

// Writes the files into `dir`. A new folder is written as a temporary sibling
// and renamed into place; into an existing folder each file is written
// atomically (index.html last), and other files there are left alone. Either
// way a failure never leaves a half-written file. Throws Failure naming the
// path when it cannot write.
void write_report(const Report& report, const std::filesystem::path& dir);

}  // namespace helixnet
