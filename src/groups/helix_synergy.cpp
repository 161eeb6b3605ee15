#include "helixnet/groups/helix_synergy.hpp"

#include <array>
#include <cmath>
#include <cstddef>

namespace helixnet {

std::optional<double> helix_synergy_bits(std::span<const HelixCoding> codings) {
    const std::size_t n = codings.size();
    if (n < 2) return std::nullopt;
    // Counts of the eight cells U·4 + I·2 + G.
    std::array<std::size_t, 8> cells{};
    for (const HelixCoding& c : codings)
        ++cells[(c.education ? 4u : 0u) + (c.industry ? 2u : 0u) + (c.government ? 1u : 0u)];
    // The entropy of the marginal over the dimensions in `mask` (U = 4, I = 2,
    // G = 1): H = log2 n − (1/n) Σ c log2 c over its cells.
    const auto entropy = [&](unsigned mask) {
        std::array<std::size_t, 8> marginal{};
        for (unsigned cell = 0; cell < 8; ++cell) marginal[cell & mask] += cells[cell];
        double sum = 0;
        for (const std::size_t c : marginal)
            if (c > 0) sum += static_cast<double>(c) * std::log2(static_cast<double>(c));
        return std::log2(static_cast<double>(n)) - sum / static_cast<double>(n);
    };
    const double t = entropy(4) + entropy(2) + entropy(1) - entropy(6) - entropy(5) - entropy(3) + entropy(7);
    return std::fabs(t) < 1e-12 ? 0.0 : t;
}

}  // namespace helixnet
