#include "helixnet/metrics/eigenvector.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "helixnet/metrics/components.hpp"

namespace helixnet {
namespace {

constexpr std::size_t kParallelRows = 50000;  // smaller components: one thread
constexpr std::size_t kRowBlocks = 64;

struct Perron {
    double eigenvalue = 0;
    std::vector<double> vector;  // over the component's members, L2 norm 1
};

Perron power_iteration(const WaveGraph& g, const std::vector<Vertex>& members, std::vector<std::uint32_t>& local,
                       unsigned threads) {
    const std::size_t k = members.size();
    for (std::size_t i = 0; i < k; ++i) local[members[i]] = static_cast<std::uint32_t>(i);
    Perron p;
    if (k == 1) {
        p.vector = {1.0};
        return p;
    }
    // The component's ties in local labels, neighbours in the graph's order
    // (so each sum adds the same terms in the same order): one memory access
    // per arc in the loop below instead of two.
    std::vector<std::size_t> first(k + 1, 0);
    for (std::size_t i = 0; i < k; ++i) first[i + 1] = first[i] + g.degree(members[i]);
    std::vector<std::uint32_t> to(first[k]);
    for (std::size_t i = 0; i < k; ++i) {
        std::size_t j = first[i];
        for (const Vertex w : g.neighbours(members[i])) to[j++] = local[w];
    }
    std::vector<double> x(k, 1.0 / std::sqrt(static_cast<double>(k)));
    std::vector<double> y(k);
    constexpr int kMaxIterations = 100000;
    // A large component is cut into kRowBlocks blocks of rows, whatever the
    // threads: y = (A + I)x block by block, each row's sum in one order, each
    // block's share of the norm summed in row order and the shares in block
    // order; so the result is the same on any number of threads. A small one
    // is one block.
    const std::size_t blocks = k > kParallelRows ? kRowBlocks : 1;
    const auto row = [&](std::size_t block) { return k * block / blocks; };
    std::vector<double> square(blocks), moved(blocks);
    const auto each_block = [&](const auto& body) {
        if (threads > 1 && blocks > 1)
            run_blocks(blocks, threads, [&](std::size_t block, unsigned) { body(block); });
        else
            for (std::size_t block = 0; block < blocks; ++block) body(block);
    };
    double previous = std::numeric_limits<double>::infinity();
    for (int iteration = 0; iteration < kMaxIterations; ++iteration) {
        each_block([&](std::size_t block) {
            double squares = 0.0;
            for (std::size_t i = row(block); i < row(block + 1); ++i) {
                double sum = x[i];
                for (std::size_t j = first[i]; j < first[i + 1]; ++j) sum += x[to[j]];
                y[i] = sum;
                squares += sum * sum;
            }
            square[block] = squares;
        });
        double norm = 0.0;
        for (const double share : square) norm += share;
        norm = std::sqrt(norm);
        each_block([&](std::size_t block) {
            double change = 0.0;
            for (std::size_t i = row(block); i < row(block + 1); ++i) {
                y[i] /= norm;
                change = std::max(change, std::abs(y[i] - x[i]));
            }
            moved[block] = change;
        });
        const double change = *std::max_element(moved.begin(), moved.end());
        x.swap(y);
        // Converged; or, past 1e-10, the steps no longer shrink: rounding
        // (a hub's sum over thousands of terms) keeps the vector moving by
        // about 1e-13, and more steps would not make it more accurate.
        if (change < 1e-13 || (change < 1e-10 && change >= previous)) break;
        previous = change;
    }
    // Rayleigh quotient xᵀAx (x has norm 1).
    double lambda = 0.0;
    for (std::size_t i = 0; i < k; ++i)
        for (std::size_t j = first[i]; j < first[i + 1]; ++j) lambda += x[i] * x[to[j]];
    p.eigenvalue = lambda;
    p.vector = std::move(x);
    return p;
}

}  // namespace

std::vector<std::optional<double>> eigenvector_centrality(const WaveGraph& g, const Execution& execution) {
    const std::size_t n = g.actors();
    std::vector<std::optional<double>> out(n, std::nullopt);
    if (n == 0) return out;
    const Components comps = connected_components(g);
    std::vector<std::vector<Vertex>> members(comps.count());
    for (Vertex v = 0; v < n; ++v) members[comps.of[v]].push_back(v);

    // The largest eigenvalue of a component is at most its largest degree and
    // at least its average degree; only components that may reach the best
    // lower bound need the iteration.
    double best_lower = 0.0;
    std::vector<double> upper(comps.count(), 0.0);
    for (std::size_t c = 0; c < comps.count(); ++c) {
        std::size_t arcs = 0, max_degree = 0;
        for (const Vertex v : members[c]) {
            arcs += g.degree(v);
            max_degree = std::max(max_degree, g.degree(v));
        }
        upper[c] = static_cast<double>(max_degree);
        best_lower = std::max(best_lower, static_cast<double>(arcs) / static_cast<double>(members[c].size()));
    }
    std::vector<std::uint32_t> local(n, 0);
    std::vector<std::pair<std::size_t, Perron>> candidates;
    const unsigned threads = resolve_threads(execution.threads);
    for (std::size_t c = 0; c < comps.count(); ++c)
        if (upper[c] >= best_lower - 1e-9) candidates.emplace_back(c, power_iteration(g, members[c], local, threads));
    double top = 0.0;
    for (const auto& [c, p] : candidates) top = std::max(top, p.eigenvalue);
    const double tolerance = 1e-9 * std::max(1.0, top);
    const std::pair<std::size_t, Perron>* dominant = nullptr;
    for (const auto& candidate : candidates) {
        if (candidate.second.eigenvalue < top - tolerance) continue;
        if (dominant != nullptr) return out;  // the top eigenvalue is not simple
        dominant = &candidate;
    }
    for (auto& value : out) value = 0.0;
    const auto& [c, p] = *dominant;
    for (std::size_t i = 0; i < members[c].size(); ++i) out[members[c][i]] = p.vector[i];
    return out;
}

}  // namespace helixnet
