// Every text of the HTML report that is not data: headings, labels and table
// heads, in one table per language (English and Dutch). The names and
// definitions of the measures come from the table of measures
// (analysis/measures.hpp). Study texts (names, labels, description,
// sources) are shown as the study gives them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "helixnet/compare/narrative.hpp"

namespace helixnet {

struct ReportStrings {
    std::string_view lang;  // the HTML lang attribute: "en", "nl"
    std::string_view kicker;
    std::string_view contents;
    std::string_view generated_by;
    std::string_view confidence_note;  // followed by the level
    std::string_view levels_stated, levels_implied, levels_assumed;

    // Sections.
    std::string_view overview, diagrams, change, trends, figures, actors, turnover, initiatives, definitions, sources;
    // Section introductions.
    std::string_view diagrams_intro, change_intro, trends_intro, figures_intro, actors_intro, turnover_intro,
        initiatives_intro, sources_intro;

    // Figures, tables and charts.
    std::string_view wave, measure, change_column, rank, actor, sector, joined, left, none, members, member_count,
        open_full_size, png_version, change_caption, description, source_title, publisher, authors, year, url, from_to,
        observed, expected, ties_between, between_top, by_betweenness, by_brokerage, no_initiatives, actors_unit,
        ties_unit;
    // Betweenness estimated in large waves: a mark, and a note with the
    // placeholders {waves}, {epsilon} and {probability} (fmt named arguments).
    std::string_view estimated, estimated_note;

    // Attribute nouns for the attributes the project knows.

    // The initiatives section's measures (groups/initiatives.hpp): the
    // synergy table and what its sign means, the tables per wave, the
    // two-mode drawing's caption, the names of the helix roles.
    std::string_view synergy_heading, synergy_meaning, initiatives_in, initiative, initiative_count, membership_count,
        two_mode_caption, sharing_members, no_sharing, members_per_initiative, helix_government, helix_industry,
        helix_education;
};

[[nodiscard]] const ReportStrings& report_strings(Language language);

// The plural noun of an attribute the project knows ("sectors", "sectoren"),
// else the attribute's name.
[[nodiscard]] std::string attribute_noun(const ReportStrings& t, const std::string& attribute);

}  // namespace helixnet
