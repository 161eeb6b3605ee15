#include "helixnet/groups/ei_permutation.hpp"

#include <algorithm>
#include <atomic>
#include <thread>
#include <utility>
#include <vector>

#include "helixnet/util/random.hpp"

namespace helixnet {

namespace {

__extension__ using Int128 = __int128;

}  // namespace

EiPermutationTest ei_permutation_test(const WaveGraph& graph, const Grouping& grouping,
                                      const PermutationOptions& options) {
    EiPermutationTest result;
    const std::size_t n = graph.actors();
    const std::size_t m = graph.ties();
    if (m == 0 || options.permutations == 0) return result;

    // The ties once each, and the observed number of external ties.
    std::vector<std::pair<Vertex, Vertex>> edges;
    edges.reserve(m);
    std::size_t observed = 0;
    for (Vertex u = 0; u < n; ++u)
        for (const Vertex v : graph.neighbours(u))
            if (u < v) {
                edges.emplace_back(u, v);
                observed += grouping.group_of[u] != grouping.group_of[v];
            }

    // Extreme means |E·P − m·P_between| ≥ |E_obs·P − m·P_between|: E ≤ low or
    // E ≥ high, with the bounds rounded inwards to whole tie counts.
    Int128 within = 0;
    for (const std::size_t size : grouping.sizes) within += static_cast<Int128>(size) * (size - (size > 0)) / 2;
    const Int128 pairs = static_cast<Int128>(n) * (n - 1) / 2;
    const Int128 centre = static_cast<Int128>(m) * (pairs - within);  // m·P_between
    const Int128 dev_obs = static_cast<Int128>(observed) * pairs - centre;
    const Int128 dev = dev_obs < 0 ? -dev_obs : dev_obs;
    // E ≥ (centre + dev)/P  and  E ≤ (centre − dev)/P (P > 0 since m > 0).
    const Int128 high = (centre + dev + pairs - 1) / pairs;
    const Int128 low_num = centre - dev;
    const Int128 low = low_num < 0 ? Int128(-1) : low_num / pairs;

    const std::size_t total = options.permutations;
    const std::size_t blocks = (total + ei_permutation_block_size - 1) / ei_permutation_block_size;
    unsigned threads = options.threads != 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    threads = static_cast<unsigned>(std::min<std::size_t>(threads, blocks));

    std::atomic<std::size_t> next_block{0};
    std::vector<std::size_t> extreme(threads, 0);
    const auto work = [&](unsigned t) {
        std::vector<std::uint32_t> labels(n);
        std::size_t count = 0;
        for (std::size_t b = next_block++; b < blocks; b = next_block++) {
            SplitMix rng = stream_generator(options.seed, b);
            std::copy(grouping.group_of.begin(), grouping.group_of.end(), labels.begin());
            const std::size_t first = b * ei_permutation_block_size;
            const std::size_t last = std::min(total, first + ei_permutation_block_size);
            for (std::size_t p = first; p < last; ++p) {
                for (std::size_t i = n - 1; i > 0; --i) std::swap(labels[i], labels[rng.below(i + 1)]);
                std::size_t external = 0;
                for (const auto& [u, v] : edges) external += labels[u] != labels[v];
                count += static_cast<Int128>(external) >= high || static_cast<Int128>(external) <= low;
            }
        }
        extreme[t] = count;
    };
    if (threads <= 1) {
        work(0);
    } else {
        std::vector<std::thread> pool;
        pool.reserve(threads);
        for (unsigned t = 0; t < threads; ++t) pool.emplace_back(work, t);
        for (auto& thread : pool) thread.join();
    }
    for (const std::size_t k : extreme) result.extreme += k;
    result.permutations = total;
    result.p_value = static_cast<double>(result.extreme + 1) / static_cast<double>(total + 1);
    return result;
}

}  // namespace helixnet
