#include "helixnet/groups/group_metrics.hpp"

namespace helixnet {

std::optional<double> ei_ratio(std::size_t external, std::size_t internal) {
    if (external + internal == 0) return std::nullopt;
    return (static_cast<double>(external) - static_cast<double>(internal)) / static_cast<double>(external + internal);
}

GroupMetrics group_metrics(const WaveGraph& graph, const Grouping& grouping, const PermutationOptions& permutation) {
    const std::size_t k = grouping.groups();
    const std::size_t n = graph.actors();
    const std::size_t m = graph.ties();
    GroupMetrics r;
    r.mixing.assign(k, std::vector<std::size_t>(k, 0));
    std::vector<std::size_t> degree_sum(k, 0);
    for (Vertex u = 0; u < n; ++u) {
        const std::uint32_t gu = grouping.group_of[u];
        degree_sum[gu] += graph.degree(u);
        for (const Vertex v : graph.neighbours(u)) {
            if (v <= u) continue;
            const std::uint32_t gv = grouping.group_of[v];
            ++r.mixing[gu][gv];
            if (gu != gv) ++r.mixing[gv][gu];
        }
    }

    r.block_density.assign(k, std::vector<std::optional<double>>(k));
    r.per_group.resize(k);
    for (std::size_t g = 0; g < k; ++g) {
        const std::size_t ng = grouping.sizes[g];
        for (std::size_t h = 0; h < k; ++h) {
            const std::size_t possible = g == h ? ng * (ng - (ng > 0)) / 2 : ng * grouping.sizes[h];
            if (possible > 0)
                r.block_density[g][h] = static_cast<double>(r.mixing[g][h]) / static_cast<double>(possible);
        }
        GroupSummary& s = r.per_group[g];
        s.size = ng;
        s.internal_ties = r.mixing[g][g];
        for (std::size_t h = 0; h < k; ++h)
            if (h != g) s.external_ties += r.mixing[g][h];
        s.ei_index = ei_ratio(s.external_ties, s.internal_ties);
        if (ng >= 2) s.internal_density = r.block_density[g][g];
        r.internal_ties += s.internal_ties;
    }
    r.external_ties = m - r.internal_ties;
    r.ei_index = ei_ratio(r.external_ties, r.internal_ties);

    double within = 0;
    for (const std::size_t size : grouping.sizes)
        within += static_cast<double>(size) * static_cast<double>(size - 1) / 2;
    const double pairs = static_cast<double>(n) * (static_cast<double>(n) - 1) / 2;
    if (pairs > 0) r.expected_ei_index = (pairs - 2 * within) / pairs;

    if (m > 0) {
        const double two_m = 2.0 * static_cast<double>(m);
        double trace = 0;    // Σ e_gg: share of tie ends whose tie is internal
        double squares = 0;  // Σ a_g²
        double q = 0;
        bool one_group = false;  // every tie end in one group: 1 − Σ a_g² = 0
        for (std::size_t g = 0; g < k; ++g) {
            const double a = static_cast<double>(degree_sum[g]) / two_m;
            const double e = static_cast<double>(r.mixing[g][g]) / static_cast<double>(m);
            trace += e;
            squares += a * a;
            q += e - a * a;
            one_group = one_group || degree_sum[g] == 2 * m;
        }
        r.modularity = q;
        if (!one_group) r.assortativity = (trace - squares) / (1.0 - squares);
        r.ei_p_value = ei_permutation_test(graph, grouping, permutation).p_value;
    }
    return r;
}

}  // namespace helixnet
