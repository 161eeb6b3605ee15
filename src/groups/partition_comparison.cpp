#include "helixnet/groups/partition_comparison.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "helixnet/error.hpp"

namespace helixnet {
namespace {

// The sizes of the runs of equal values in a sorted sequence.
template <class T>
std::vector<double> run_sizes(const std::vector<T>& sorted) {
    std::vector<double> sizes;
    for (std::size_t i = 0; i < sorted.size();) {
        std::size_t j = i;
        while (j < sorted.size() && sorted[j] == sorted[i]) ++j;
        sizes.push_back(static_cast<double>(j - i));
        i = j;
    }
    return sizes;
}

double pairs(double k) { return k * (k - 1) / 2; }

double entropy(const std::vector<double>& sizes, double n) {
    double h = 0;
    for (const double s : sizes) h -= s / n * std::log(s / n);
    return h;
}

}  // namespace

PartitionAgreement compare_partitions(std::span<const std::uint32_t> a, std::span<const std::uint32_t> b) {
    if (a.size() != b.size())
        throw Failure("partitions of different sizes compared: " + std::to_string(a.size()) + " and " +
                      std::to_string(b.size()));
    PartitionAgreement out;
    if (a.empty()) return out;
    const double n = static_cast<double>(a.size());
    std::vector<std::uint32_t> sa(a.begin(), a.end()), sb(b.begin(), b.end());
    std::vector<std::pair<std::uint32_t, std::uint32_t>> joint(a.size());
    for (std::size_t i = 0; i < a.size(); ++i) joint[i] = {a[i], b[i]};
    std::sort(sa.begin(), sa.end());
    std::sort(sb.begin(), sb.end());
    std::sort(joint.begin(), joint.end());
    const std::vector<double> size_a = run_sizes(sa), size_b = run_sizes(sb), size_ab = run_sizes(joint);

    // Mutual information from the joint cells: Σ n_ij/n · ln(n·n_ij / (a_i b_j)).
    double mi = 0;
    {
        // Group sizes by label, looked up in the sorted label lists.
        const auto size_of = [](const std::vector<std::uint32_t>& sorted, std::uint32_t label) {
            const auto [lo, hi] = std::equal_range(sorted.begin(), sorted.end(), label);
            return static_cast<double>(hi - lo);
        };
        for (std::size_t i = 0, k = 0; k < size_ab.size(); ++k) {
            const auto [la, lb] = joint[i];
            const double nij = size_ab[k];
            mi += nij / n * std::log(n * nij / (size_of(sa, la) * size_of(sb, lb)));
            i += static_cast<std::size_t>(nij);
        }
    }
    const double ha = entropy(size_a, n), hb = entropy(size_b, n);
    mi = std::max(0.0, std::min(mi, std::min(ha, hb)));  // rounding
    out.nmi = ha + hb > 0 ? 2 * mi / (ha + hb) : 1.0;
    out.vi = std::max(0.0, ha + hb - 2 * mi);

    double sum_a = 0, sum_b = 0, sum_ab = 0;
    for (const double s : size_a) sum_a += pairs(s);
    for (const double s : size_b) sum_b += pairs(s);
    for (const double s : size_ab) sum_ab += pairs(s);
    const double all = pairs(n);
    if (all == 0) {  // one actor: no pair to disagree on
        out.rand = out.ari = 1.0;
        return out;
    }
    out.rand = (all + 2 * sum_ab - sum_a - sum_b) / all;
    const double expected = sum_a * sum_b / all;
    const double top = (sum_a + sum_b) / 2;
    out.ari = top == expected ? 1.0 : (sum_ab - expected) / (top - expected);
    return out;
}

}  // namespace helixnet
