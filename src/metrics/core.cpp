#include "helixnet/metrics/core.hpp"

#include <boost/graph/core_numbers.hpp>
#include <boost/property_map/property_map.hpp>

#include "helixnet/graph/boost_graph.hpp"

namespace helixnet {

std::vector<std::uint32_t> core_numbers(const WaveGraph& g) {
    std::vector<std::uint32_t> core(g.actors(), 0);
    if (core.empty()) return core;
    boost::core_numbers(g, boost::make_iterator_property_map(core.begin(), get(boost::vertex_index, g)));
    return core;
}

}  // namespace helixnet
