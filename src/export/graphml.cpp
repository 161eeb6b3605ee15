#include "helixnet/export/graphml.hpp"

#include <sstream>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <boost/property_map/function_property_map.hpp>

#include "helixnet/util/text.hpp"

namespace helixnet {

std::string write_graphml(const Study& s) {
    // Vertex i is actor i; edge bundle = index of the tie in the study.
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property, std::size_t>;
    using V = boost::graph_traits<Graph>::vertex_descriptor;
    using E = boost::graph_traits<Graph>::edge_descriptor;
    Graph g(s.actors.size());
    for (std::size_t i = 0; i < s.ties.size(); ++i) boost::add_edge(s.ties[i].source, s.ties[i].target, i, g);

    boost::dynamic_properties dp(boost::ignore_other_properties);
    const auto vertex_text = [&](auto get) {
        return boost::make_function_property_map<V, std::string>([&s, get](V v) { return get(s.actors[v]); });
    };
    const auto edge_text = [&](auto get) {
        return boost::make_function_property_map<E, std::string>([&s, &g, get](E e) { return get(s.ties[g[e]]); });
    };
    dp.property("name", vertex_text([](const Actor& a) { return a.name; }));
    for (const auto& key : s.attribute_names) {
        if (key == "name" || key == "waves") continue;
        dp.property(key, vertex_text([key](const Actor& a) {
                        const auto* v = a.attribute(key);
                        return v ? *v : std::string();
                    }));
    }
    dp.property("waves", vertex_text([&s](const Actor& a) {
                    return a.waves.empty() ? format_year_list(s.wave_years()) : format_year_list(a.waves);
                }));
    dp.property("wave", boost::make_function_property_map<E, int>([&s, &g](E e) { return s.ties[g[e]].wave; }));
    dp.property("weight", boost::make_function_property_map<E, double>([&s, &g](E e) { return s.ties[g[e]].weight; }));
    dp.property("kind", edge_text([](const Tie& t) { return t.kind; }));
    dp.property("initiative", edge_text([](const Tie& t) { return t.initiative; }));
    dp.property("evidence", edge_text([](const Tie& t) { return t.evidence; }));
    dp.property("source_ref", edge_text([](const Tie& t) { return t.source_ref; }));
    dp.property("confidence", edge_text([](const Tie& t) { return std::string(to_string(t.level())); }));

    // Node ids are the actors' ids.
    const auto ids = boost::make_function_property_map<V, std::string>([&s](V v) { return s.actors[v].id; });
    std::ostringstream out;
    boost::write_graphml(out, g, ids, dp, true);
    return std::move(out).str();
}

}  // namespace helixnet
