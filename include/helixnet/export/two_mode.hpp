// The two-mode diagram of one wave: actors and initiatives in one drawing.
//
// Actors are ellipses coloured by an attribute (sector by default), as in
// the one-mode diagrams (export/dot.hpp); initiatives are boxes; every
// membership of the wave (study/memberships.hpp) is an edge between an actor
// and an initiative, solid where the membership is stated, dashed where it is
// implied, dotted where it is assumed. A wave draws the actors that are a
// member of something in it and the initiatives with a member in it.
//
// Positions come from one layout of all waves (export/layout.hpp): every
// actor that is a member in some wave, every initiative with a member in
// some wave and every membership of any wave, laid out once, so that each
// actor and each initiative keeps its place from wave to wave. They are
// written into the graph as pinned `pos` (lay out with "nop2", or
// `neato -n2`), with an invisible frame so that the page is the same in
// every wave. Nodes carry `mode` ("actor" or "initiative"), edges the
// membership's `confidence`.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "helixnet/export/dot.hpp"
#include "helixnet/study/study.hpp"
#include "helixnet/util/graphviz.hpp"
#include "helixnet/util/language.hpp"

namespace helixnet {

// The words of the title and legend.
struct TwoModeText {
    std::string title = "actors and initiatives";  // "actors and initiatives, wave 2024 (end)"
    std::string wave = "wave";
    std::string colour = "colour";  // heading: "colour: sector"
    std::string unknown = "unknown";
    std::string shapes = "nodes";
    std::string actor = "actor";
    std::string initiative = "initiative";
    std::string memberships = "memberships";  // heading
    std::string stated = "stated";
    std::string implied = "implied (dashed)";
    std::string assumed = "assumed (dotted)";
    // An attribute name as the heading shows it; absent: the name.
    std::map<std::string, std::string> names;
};

// The words in English or Dutch.
[[nodiscard]] TwoModeText two_mode_text(Language language);

struct TwoModeOptions {
    std::optional<int> wave;  // absent: the study's last wave
    // Absent: "sector" when the study has it, else none; "" or "none": no
    // colours; any other name must be an attribute of the study.
    std::optional<std::string> colour_by;
    // More nodes (actors and initiatives) than this are laid out by sfdp.
    std::size_t large_limit = 500;
    TwoModeText text;
};

// What every wave's drawing shares: the nodes of all waves and their
// positions.
struct TwoModeLayout {
    std::vector<std::uint32_t> actors;                 // members in some wave, by actor index
    std::vector<std::uint32_t> initiatives;            // with a member in some wave, by initiative index
    std::map<std::string, graphviz::Point> positions;  // node name -> centre, points
    graphviz::Box frame;                               // lower left at (0, 0)
    std::vector<std::string> notes;                    // fallbacks taken for large drawings
};

// Lays out the union of all waves (the expensive step: a Graphviz layout).
// Throws Failure when the study has no waves or Graphviz fails.
[[nodiscard]] TwoModeLayout two_mode_layout(const Study& study, const TwoModeOptions& options = {});

// The drawing of one wave with `layout` (made by two_mode_layout for this
// study). Throws Failure for a wave or attribute the study lacks.
[[nodiscard]] Diagram build_two_mode_diagram(const Study& study, const TwoModeOptions& options,
                                             const TwoModeLayout& layout);
[[nodiscard]] Diagram build_two_mode_diagram(const Study& study, const TwoModeOptions& options = {});

// The node names of an actor and an initiative in the drawings: the actor's
// id and "initiative:" + the initiative's id, or "actor N" / "initiative N"
// (N its place in the study) where an id holds a backslash, which cgraph
// cannot write in a name; made unique against the actors' ids.
[[nodiscard]] std::string two_mode_actor_node(const Study& study, std::uint32_t actor);
[[nodiscard]] std::string two_mode_initiative_node(const Study& study, std::uint32_t initiative);

}  // namespace helixnet
