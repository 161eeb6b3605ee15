#include "helixnet/compare/wave_comparison.hpp"
#include "helixnet/study/projection.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

#include "helixnet/compare/rank_correlation.hpp"

namespace helixnet {
namespace {

using Json = nlohmann::ordered_json;

std::map<std::pair<std::string, std::string>, std::size_t> mixing_by_name(const AttributeGroups& g) {
    std::map<std::pair<std::string, std::string>, std::size_t> out;
    const auto& names = g.grouping.names;
    for (std::size_t i = 0; i < names.size(); ++i)
        for (std::size_t j = 0; j < names.size(); ++j) out[{names[i], names[j]}] = g.metrics.mixing[i][j];
    return out;
}

AttributeChange attribute_change(const AttributeGroups& a, const AttributeGroups& b) {
    AttributeChange out;
    out.attribute = a.grouping.attribute;
    for (const Measure& m : all_measures()) {
        if (m.level != MeasureLevel::group || m.kind == MeasureKind::structured) continue;
        const bool in_a = m.applies_to(a), in_b = m.applies_to(b);
        if (!in_a && !in_b) continue;
        out.metrics.push_back(
            {std::string(m.key),
             value_change(in_a ? m.group(a) : std::nullopt, in_b ? m.group(b) : std::nullopt, m.integral()), &m});
    }

    const std::vector<std::string> names = merge_group_names(a.grouping.names, b.grouping.names);
    const auto ma = mixing_by_name(a);
    const auto mb = mixing_by_name(b);
    const auto ties = [](const auto& m, const std::string& g, const std::string& h) -> std::size_t {
        const auto it = m.find({g, h});
        return it == m.end() ? 0 : it->second;
    };
    for (std::size_t i = 0; i < names.size(); ++i)
        for (std::size_t j = i; j < names.size(); ++j)
            out.mixing.push_back({names[i], names[j], ties(ma, names[i], names[j]), ties(mb, names[i], names[j])});
    return out;
}

}  // namespace

ValueChange value_change(std::optional<double> from, std::optional<double> to, bool integral) {
    ValueChange v;
    v.from = from;
    v.to = to;
    v.integral = integral;
    if (from && to) {
        v.change = *to - *from;
        if (*from != 0) v.relative_change = *v.change / std::fabs(*from);
    }
    return v;
}

std::optional<double> ActorChange::betweenness_rise() const {
    if (!betweenness_from || !betweenness_to) return std::nullopt;
    return *betweenness_to - *betweenness_from;
}

WaveComparison compare_waves(const Study& study, const WaveAnalysis& from, const WaveAnalysis& to) {
    WaveComparison c;
    c.from = from.year();
    c.to = to.year();
    c.ties = tie_change(from.graph, to.graph);

    for (const Measure& m : all_measures())
        if (m.level == MeasureLevel::network)
            c.network.push_back({std::string(m.key), value_change(m.network(from), m.network(to), m.integral()), &m});

    for (const auto& a : from.groups.attributes) {
        const auto it =
            std::find_if(to.groups.attributes.begin(), to.groups.attributes.end(),
                         [&](const AttributeGroups& b) { return b.grouping.attribute == a.grouping.attribute; });
        if (it != to.groups.attributes.end()) c.groups.push_back(attribute_change(a, *it));
    }

    // Actors of either wave, by actor index.
    std::map<std::uint32_t, ActorChange> actors;
    for (const auto& m : from.metrics.actors) {
        auto& a = actors[m.actor];
        a.actor = m.actor;
        a.degree_from = m.degree;
        a.betweenness_from = m.betweenness;
    }
    for (const auto& m : to.metrics.actors) {
        auto& a = actors[m.actor];
        a.actor = m.actor;
        a.degree_to = m.degree;
        a.betweenness_to = m.betweenness;
    }

    // Rank correlations over the actors present in both waves.
    std::vector<double> bf, bt, df, dt;
    bool betweenness_defined = true;
    for (const auto& [index, a] : actors) {
        if (!a.degree_from || !a.degree_to) continue;
        df.push_back(static_cast<double>(*a.degree_from));
        dt.push_back(static_cast<double>(*a.degree_to));
        if (a.betweenness_from && a.betweenness_to) {
            bf.push_back(*a.betweenness_from);
            bt.push_back(*a.betweenness_to);
        } else {
            betweenness_defined = false;
        }
    }
    c.rank_correlation.degree = spearman(df, dt);
    if (betweenness_defined) c.rank_correlation.betweenness = spearman(bf, bt);

    for (auto& [index, a] : actors) c.actors.push_back(a);
    const auto& all = study.actors;
    const auto id_of = [&](const ActorChange& a) -> const std::string& { return all.at(a.actor).id; };
    // Rises are compared in units of 1e-9, so that rises equal in exact
    // arithmetic but apart by rounding noise fall back to the id order.
    const auto rise_key = [](const ActorChange& a) -> std::optional<long long> {
        const auto r = a.betweenness_rise();
        if (!r) return std::nullopt;
        return std::llround(*r * 1e9);
    };
    std::sort(c.actors.begin(), c.actors.end(), [&](const ActorChange& x, const ActorChange& y) {
        const auto rx = rise_key(x);
        const auto ry = rise_key(y);
        if (rx.has_value() != ry.has_value()) return rx.has_value();
        if (rx && *rx != *ry) return *rx > *ry;
        return id_of(x) < id_of(y);
    });
    return c;
}

WaveComparison compare_waves(const Study& study, int from, int to, const AnalysisOptions& options) {
    return compare_waves(study, analyse_wave(study, from, options), analyse_wave(study, to, options));
}

std::vector<WaveComparison> compare_consecutive_waves(const Study& study, const StudyAnalysis& analysis) {
    std::vector<WaveComparison> out;
    for (std::size_t i = 1; i < analysis.waves.size(); ++i)
        out.push_back(compare_waves(study, analysis.waves[i - 1], analysis.waves[i]));
    return out;
}

namespace {

Json optional_json(const std::optional<double>& v, bool integral) {
    if (!v) return nullptr;
    if (integral) return static_cast<std::int64_t>(std::llround(*v));
    return *v;
}

Json change_json(const ValueChange& v) {
    Json j = Json::object();
    j["from"] = optional_json(v.from, v.integral);
    j["to"] = optional_json(v.to, v.integral);
    j["change"] = optional_json(v.change, v.integral);
    j["relative_change"] = optional_json(v.relative_change, false);
    return j;
}

Json ids_json(const Study& study, const std::vector<std::uint32_t>& actors) {
    Json j = Json::array();
    for (const auto a : actors) j.push_back(study.actors.at(a).id);
    return j;
}

}  // namespace

nlohmann::ordered_json comparison_json(const Study& study, const WaveComparison& c) {
    Json j = Json::object();
    j["study"] = study.name;
    j["projection"] = std::string(to_string(study.projection.method));
    j["from"] = c.from;
    j["to"] = c.to;
    j["ties_added"] = c.ties.ties_added;
    j["ties_removed"] = c.ties.ties_removed;
    j["ties_stable"] = c.ties.ties_stable;
    j["jaccard"] = optional_json(c.ties.jaccard, false);
    j["change_table"] = {{"00", c.ties.change_table.c00},
                         {"01", c.ties.change_table.c01},
                         {"10", c.ties.change_table.c10},
                         {"11", c.ties.change_table.c11}};
    j["hamming"] = c.ties.hamming;
    j["jaccard_common"] = optional_json(c.ties.jaccard_common, false);
    j["actors_joined"] = ids_json(study, c.ties.joined);
    j["actors_left"] = ids_json(study, c.ties.left);
    Json network = Json::object();
    for (const auto& n : c.network) network[n.key] = change_json(n.value);
    j["network"] = std::move(network);
    Json groups = Json::object();
    for (const auto& g : c.groups) {
        Json metrics = Json::object();
        for (const auto& m : g.metrics) metrics[m.key] = change_json(m.value);
        groups[g.attribute] = std::move(metrics);
    }
    j["groups"] = std::move(groups);
    j["rank_correlation"] = {{"betweenness", optional_json(c.rank_correlation.betweenness, false)},
                             {"degree", optional_json(c.rank_correlation.degree, false)}};
    Json actors = Json::array();
    for (const auto& a : c.actors) {
        const auto degree = [](const std::optional<std::size_t>& d) -> Json { return d ? Json(*d) : Json(nullptr); };
        Json o = Json::object();
        o["id"] = study.actors.at(a.actor).id;
        o["degree"] = {{"from", degree(a.degree_from)}, {"to", degree(a.degree_to)}};
        o["betweenness"] = {{"from", optional_json(a.betweenness_from, false)},
                            {"to", optional_json(a.betweenness_to, false)}};
        actors.push_back(std::move(o));
    }
    j["actors"] = std::move(actors);
    return j;
}

}  // namespace helixnet
