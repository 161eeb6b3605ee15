// A grouping of the actors of one wave by a categorical attribute (`--by`):
// one group per value held by at least one actor of the wave, plus "unknown"
// for actors without a value (docs/metrics.md, "Group level").
//
// Conventions:
// - A missing value, an empty string and the literal value "unknown" all fall
//   into the group "unknown" (so a study cannot hold two groups of that name).
// - `a+b` combines attributes: the group of an actor is the pair of its values,
//   named "x+y", a missing part named "unknown" ("unknown+drechtsteden").
//   More than two parts ("a+b+c") work the same way. A name that is itself an
//   attribute of the study is never split.
// - Group order (the order of every matrix and list in the output): values in
//   the order the study's `attributes` metadata declares them, then undeclared
//   values in byte order, then "unknown"; combined groups in the lexicographic
//   order of their parts' ranks.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "helixnet/graph/wave_graph.hpp"
#include "helixnet/study/study.hpp"

namespace helixnet {

inline constexpr std::string_view unknown_group = "unknown";

struct Grouping {
    std::string attribute;                // as asked for, e.g. "sector" or "sector+region"
    std::vector<std::string> names;       // group index -> name
    std::vector<std::uint32_t> group_of;  // vertex -> group index
    std::vector<std::size_t> sizes;       // group index -> actors in the wave

    [[nodiscard]] std::size_t groups() const { return names.size(); }
    [[nodiscard]] std::optional<std::uint32_t> find(std::string_view name) const;
};

// The parts of a (possibly combined) attribute name: "sector+region" ->
// {"sector", "region"}; a name the study has as a whole is one part.
[[nodiscard]] std::vector<std::string> attribute_parts(const Study& study, std::string_view attribute);

// Groups the actors of `graph` (a wave of `study`) by `attribute`. Throws
// Failure when the study has no attribute of that name (or of one part).
[[nodiscard]] Grouping make_grouping(const Study& study, const WaveGraph& graph, std::string_view attribute);

// Groups vertex v by values[v] (empty: "unknown"); values in byte order,
// "unknown" last. For tests, benchmarks and callers without a Study.
[[nodiscard]] Grouping make_grouping(std::string_view attribute, std::span<const std::string> values);

// The groups of two waves in one order: `a` followed by the names of `b` it
// lacks, each placed after the name that precedes it in `b` (both lists
// follow the group order above).
[[nodiscard]] std::vector<std::string> merge_group_names(const std::vector<std::string>& a,
                                                         const std::vector<std::string>& b);

}  // namespace helixnet
