// The explorer of the report's network section: the study's drawings made
// clickable in the page itself. One drawing at a time (each wave and the
// change view, switched in place; they share the stable layout, so every actor
// stays where it is), hover to light up an actor's ties, click an actor or a
// tie to read in a side panel (`actor-panel`) its attributes, its measures per
// wave and every tie with its kind, weight, confidence, evidence quote and
// source reference; filters for the minimum confidence, the colouring
// attribute and a search by name; the state kept in the address
// (`#actor=ID&wave=YEAR&confidence=LEVEL`) so that a link opens the same view.
//
// The page carries the data as JSON in a <script type="application/json">
// element and a plain script (src/report/explorer.js) that works on the inline
// Graphviz drawings the page already holds; it inserts every study text as
// text, never as markup, and loads nothing. Without scripts (and in print) the
// static drawings stay as they are and the explorer stays hidden.
//
// Nothing is measured here: degree and betweenness come from the analysis
// pipeline through the table of measures (analysis/measures.hpp), brokerage
// between groups (itinerant + gatekeeper + liaison, as in the report's
// brokerage table) from the wave groups of every --by attribute.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "helixnet/analysis/study_analysis.hpp"
#include "helixnet/report/strings.hpp"
#include "helixnet/study/study.hpp"

namespace helixnet {

// Studies with more ties than this get no explorer (its data would make the
// page too heavy to open); the static drawings stay.
inline constexpr std::size_t explorer_tie_limit = 20000;

struct ExplorerInput {
    const Study& study;
    const std::vector<WaveAnalysis>& waves;  // every wave, in the study's order
    const std::vector<std::string>& by;      // the attributes brokerage is counted for
    Language language = Language::english;
};

// The object the script reads: the views (each wave, and the change view from
// the first to the last wave when there are two or more), the actors with
// their attribute labels and measures per wave, every tie with its evidence,
// every membership of an initiative with its evidence, the colourings (every categorical actor attribute with 2 to 12
// values, its values' labels and colours as the diagrams draw them) and the texts of the page's language. Numbers come
// formatted for the language.
[[nodiscard]] nlohmann::ordered_json explorer_data(const ExplorerInput& input);

// The explorer's controls, drawing area and side panel (hidden until the
// script shows them), texts in `language`.
[[nodiscard]] std::string explorer_html(Language language);

// The data element and the script, for the end of <body>.
[[nodiscard]] std::string explorer_scripts(const nlohmann::ordered_json& data);

// The script and the style sheet of the explorer, as written in
// src/report/explorer.js and explorer.css (embedded when building).
[[nodiscard]] std::string_view explorer_script();
[[nodiscard]] std::string_view explorer_css();

}  // namespace helixnet
