// Every text of the HTML report that is not data: headings, labels, table
// heads and the one-sentence definitions of the measures, in one table per
// language (English and Dutch). Study texts (names, labels, description,
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

    // Measure names.
    std::string_view m_actors, m_ties, m_isolates, m_density, m_average_degree, m_components, m_largest_component_share,
        m_transitivity, m_average_path_length, m_diameter, m_degree_centralization, m_betweenness_centralization,
        m_betweenness, m_brokerage, m_external_ties, m_ei_index, m_expected_ei, m_ei_p_value, m_jaccard;
    // Their definitions, one sentence each.
    std::string_view d_actors, d_ties, d_isolates, d_density, d_average_degree, d_components, d_largest_component_share,
        d_transitivity, d_average_path_length, d_diameter, d_degree_centralization, d_betweenness_centralization,
        d_betweenness, d_brokerage, d_external_ties, d_ei_index, d_expected_ei, d_ei_p_value, d_jaccard;

    // Attribute nouns for the attributes the project knows.
    std::string_view attr_sector, attr_region, attr_pillar;
};

[[nodiscard]] const ReportStrings& report_strings(Language language);

// The plural noun of an attribute the project knows ("sectors", "sectoren"),
// else the attribute's name.
[[nodiscard]] std::string attribute_noun(const ReportStrings& t, const std::string& attribute);

// A number for people in the report's language: `decimals` digits, a decimal
// comma in Dutch, no "-0"; "–" for a missing value.
[[nodiscard]] std::string format_value(const std::optional<double>& value, int decimals, Language language);

}  // namespace helixnet
