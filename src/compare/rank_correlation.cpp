#include "helixnet/compare/rank_correlation.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <numeric>

#include "helixnet/error.hpp"

namespace helixnet {
namespace {

bool tied(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(a)); }

}  // namespace

std::vector<double> average_ranks(std::span<const double> values) {
    const std::size_t n = values.size();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
    std::vector<double> ranks(n);
    std::size_t start = 0;
    while (start < n) {
        // A run of values tied with the first of the run.
        std::size_t end = start + 1;
        while (end < n && tied(values[order[start]], values[order[end]])) ++end;
        // Ranks start+1 .. end, averaged.
        const double rank = (static_cast<double>(start + 1) + static_cast<double>(end)) / 2.0;
        for (std::size_t i = start; i < end; ++i) ranks[order[i]] = rank;
        start = end;
    }
    return ranks;
}

std::optional<double> spearman(std::span<const double> x, std::span<const double> y) {
    if (x.size() != y.size()) throw Failure("spearman: the two samples differ in length");
    const std::size_t n = x.size();
    if (n < 2) return std::nullopt;
    const std::vector<double> rx = average_ranks(x);
    const std::vector<double> ry = average_ranks(y);
    const double mean = (static_cast<double>(n) + 1.0) / 2.0;  // of ranks, ties averaged or not
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double dx = rx[i] - mean;
        const double dy = ry[i] - mean;
        sxy += dx * dy;
        sxx += dx * dx;
        syy += dy * dy;
    }
    // A constant side has every rank equal to the mean.
    if (sxx == 0 || syy == 0) return std::nullopt;
    const double rho = sxy / std::sqrt(sxx * syy);
    return std::clamp(rho, -1.0, 1.0);
}

}  // namespace helixnet
