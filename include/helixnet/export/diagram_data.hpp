// What the diagrams of a study draw, measured once per study: for every wave,
// which actors are present, how large each is drawn (its size measure) and
// which ties it has, with their weights.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "helixnet/graph/wave_graph.hpp"
#include "helixnet/study/study.hpp"

namespace helixnet {

// A tie between two actors: indices into Study::actors, first < second.
using ActorPair = std::pair<std::uint32_t, std::uint32_t>;

struct DiagramWave {
    int year = 0;
    std::vector<bool> present;         // per actor
    std::vector<double> size;          // per actor: the size measure; 0 where absent or undefined
    std::map<ActorPair, double> ties;  // tie -> weight
};

struct DiagramData {
    std::string size_by;
    std::vector<DiagramWave> waves;    // in the study's wave order
    std::vector<double> largest_size;  // per actor, over all waves
    double lightest_tie = 0;           // tie weights over all waves; both 0 without ties
    double heaviest_tie = 0;

    // The wave of that year; nullptr when the study has none.
    [[nodiscard]] const DiagramWave* find(int year) const;
};

// The measures an actor can be sized by: those the table of measures marks
// for it (analysis/measures.hpp, size_measure_keys).
[[nodiscard]] std::vector<std::string> size_measures();

// The size measure `measure` of every vertex of `graph` (in vertex order);
// an undefined value counts as 0. The one place that maps a measure's name to
// values: degree and strength are read off the graph, the others computed by
// compute_wave_metrics. Throws DiagramOptionError (size_by) for a name not in
// size_measures(). Complexity: that of the measure (O(n·m) for betweenness).
[[nodiscard]] std::vector<double> actor_sizes(const WaveGraph& graph, const std::string& measure);

// Every wave of `study` as the diagrams draw it, sized by `size_by`. Throws
// DiagramOptionError (size_by) for an unknown measure.
[[nodiscard]] DiagramData diagram_data(const Study& study, const std::string& size_by);

}  // namespace helixnet
