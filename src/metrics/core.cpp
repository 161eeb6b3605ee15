#include "helixnet/metrics/core.hpp"

#include <boost/graph/core_numbers.hpp>
#include <boost/property_map/property_map.hpp>

namespace helixnet {

std::vector<std::uint32_t> core_numbers(const WaveGraph& g) {
    std::vector<std::uint32_t> core(g.actors(), 0);
    if (core.empty()) return core;
    const CsrGraph& bg = g.boost_graph();
    boost::core_numbers(bg, boost::make_iterator_property_map(core.begin(), get(boost::vertex_index, bg)));
    return core;
}

}  // namespace helixnet
