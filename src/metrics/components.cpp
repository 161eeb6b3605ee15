#include "helixnet/metrics/components.hpp"

#include <algorithm>
#include <limits>

namespace helixnet {

std::size_t Components::largest() const { return sizes.empty() ? 0 : *std::max_element(sizes.begin(), sizes.end()); }

Components connected_components(const WaveGraph& g) {
    const std::size_t n = g.actors();
    constexpr auto unset = std::numeric_limits<std::uint32_t>::max();
    Components c;
    c.of.assign(n, unset);
    std::vector<Vertex> queue;
    queue.reserve(n);
    for (Vertex s = 0; s < n; ++s) {
        if (c.of[s] != unset) continue;
        const auto label = static_cast<std::uint32_t>(c.sizes.size());
        queue.assign(1, s);
        c.of[s] = label;
        for (std::size_t i = 0; i < queue.size(); ++i)
            for (const Vertex w : g.neighbours(queue[i]))
                if (c.of[w] == unset) {
                    c.of[w] = label;
                    queue.push_back(w);
                }
        c.sizes.push_back(queue.size());
    }
    return c;
}

}  // namespace helixnet
