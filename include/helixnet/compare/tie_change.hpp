// Tie turnover between two waves of a study (docs/metrics.md, "Comparing two
// waves"): which ties were added, removed or kept, and which actors joined
// or left.
//
// Pairs are compared by actor (Study::actors index), not by vertex, because
// the vertices of two waves differ when actors join or leave.
// - ties_added / ties_removed / ties_stable count every tie, those of actors
//   who joined or left included; jaccard = stable / (stable + added + removed),
//   null when neither wave has a tie.
// - change_table counts only the pairs of actors present in both waves (k
//   common actors, k(k−1)/2 pairs): 0→0, 0→1, 1→0, 1→1. hamming = 0→1 + 1→0;
//   jaccard_common = 1→1 / (0→1 + 1→0 + 1→1), null when that is 0 — the
//   Jaccard index RSiena reports (Ripley et al., RSiena manual, §5.2; values
//   below 0.3 signal heavy turnover). A stable tie always lies between two
//   common actors, so 1→1 = ties_stable.
// - The reference is the set arithmetic of the fixture script
//   (tools/make_compare_fixtures.py) on NetworkX edge sets.
//
// Complexity: O((m_a + m_b) log(m_a + m_b) + n) time, O(m_a + m_b + n) memory;
// 0→0 is k(k−1)/2 minus the rest, so it is never enumerated.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "helixnet/graph/wave_graph.hpp"

namespace helixnet {

struct ChangeTable {
    std::uint64_t c00 = 0;  // no tie in either wave
    std::uint64_t c01 = 0;  // tie only in the later wave
    std::uint64_t c10 = 0;  // tie only in the earlier wave
    std::uint64_t c11 = 0;  // tie in both waves
};

struct TieChange {
    std::size_t ties_added = 0;
    std::size_t ties_removed = 0;
    std::size_t ties_stable = 0;
    std::optional<double> jaccard;
    ChangeTable change_table;
    std::uint64_t hamming = 0;
    std::optional<double> jaccard_common;
    std::size_t common_actors = 0;      // actors present in both waves
    std::vector<std::uint32_t> joined;  // actor indices, ascending
    std::vector<std::uint32_t> left;    // actor indices, ascending
};

// `from` and `to` are two waves of one study (or two graphs whose actor
// indices mean the same actors).
[[nodiscard]] TieChange tie_change(const WaveGraph& from, const WaveGraph& to);

}  // namespace helixnet
