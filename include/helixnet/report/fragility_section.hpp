// The report's two sections on how the network holds together:
//
// - "What if a key actor leaves?" ("Wat als een sleutelactor vertrekt?"): per
//   wave the actors whose departure would raise the distance fragmentation
//   most (fragmentation_if_removed above the wave's own DF), whether each is a
//   cut point, and whom its departure would cut off from the main part of the
//   network (compare/what_if.hpp); then the wave's cut points and bridges.
// - "Do clusters follow sector lines?" ("Volgen de clusters de sectoren?"):
//   per wave the Leiden communities and their modularity, and for each
//   grouping attribute how far the communities follow its groups (NMI, ARI);
//   one sentence per attribute for the last wave, and the make-up of its
//   clusters by the first attribute.
//
// Labels and definitions come from the table of measures
// (analysis/measures.hpp); every study text is HTML-escaped.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "helixnet/analysis/study_analysis.hpp"
#include "helixnet/study/study.hpp"
#include "helixnet/util/language.hpp"

namespace helixnet {

[[nodiscard]] std::string_view key_actors_section_title(Language language);
[[nodiscard]] std::string_view communities_section_title(Language language);

// How many actors per wave the key-actor section lists.
inline constexpr std::size_t key_actors_listed = 5;

// The sections' bodies (without their headings). `by` are the grouping
// attributes of the analysis (one ARI and one NMI column each);
// `community_figure` is the HTML of the last wave's drawing coloured by
// community, placed at the end (may be empty).
[[nodiscard]] std::string key_actors_section_html(const Study& study, std::span<const WaveAnalysis> waves,
                                                  Language language);
[[nodiscard]] std::string communities_section_html(const Study& study, std::span<const WaveAnalysis> waves,
                                                   std::span<const std::string> by, const std::string& community_figure,
                                                   Language language);

// `study` with an attribute "community" ("Cluster 1", "Cluster 2", … in the
// order of `wave`'s communities, largest first) for the actors of `wave`,
// to draw that wave coloured by community.
[[nodiscard]] Study with_communities(const Study& study, const WaveAnalysis& wave);

}  // namespace helixnet
