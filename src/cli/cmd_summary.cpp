// helixnet summary [STUDY]: the headline figures of every wave side by side,
// with the change from the first to the last wave.
#include <algorithm>
#include <cmath>
#include <iostream>

#include <fmt/format.h>

#include "command.hpp"
#include "helixnet/compare/narrative.hpp"
#include "helixnet/compare/wave_comparison.hpp"
#include "helixnet/graph/wave_graph.hpp"
#include "helixnet/groups/wave_groups.hpp"
#include "helixnet/metrics/wave_metrics.hpp"
#include "helixnet/util/table.hpp"

namespace helixnet::cli {
namespace {

struct SummaryOptions {
    StudyOptions study;
    std::vector<std::string> by;  // empty: sector and region where the study has them
    std::size_t permutations = 5000;
    std::uint64_t seed = 1;
    std::size_t brokers = 3;
    unsigned threads = 0;
    std::string lang = "en";  // of the change paragraphs
    std::string output;
};

// "0.294**" with stars for the permutation p-value: * < .05, ** < .01, *** < .001.
std::string starred(const std::optional<double>& value, const std::optional<double>& p) {
    std::string out = format_optional(value, 3);
    if (value && p) out += *p < 0.001 ? "***" : *p < 0.01 ? "**" : *p < 0.05 ? "*" : "";
    return out;
}

// Ties between groups a and b of one attribute in one wave (0 where a group is absent).
std::optional<double> ties_between(const AttributeGroups* g, const std::string& a, const std::string& b) {
    if (!g) return std::nullopt;
    const auto i = g->grouping.find(a), j = g->grouping.find(b);
    if (!i || !j) return 0.0;
    return static_cast<double>(g->metrics.mixing[*i][*j]);
}

// The change from first to last: "+17 (+121%)", "–" where undefined.
std::string change_cell(std::optional<double> from, std::optional<double> to, int decimals) {
    if (!from || !to) return "\xE2\x80\x93";
    const double d = *to - *from;
    std::string out = (d >= 0 ? "+" : "") + format_optional(d, decimals);
    if (*from != 0) out += fmt::format(" ({:+.0f}%)", 100.0 * d / std::fabs(*from));
    return out;
}

int run_summary(const SummaryOptions& o) {
    const Study study = load_for_command(o.study);
    MetricsOptions mo;
    mo.execution.threads = o.threads;
    const std::vector<std::string> by = o.by.empty() ? default_group_attributes(study) : o.by;
    PermutationOptions po;
    po.permutations = o.permutations;
    po.seed = o.seed;
    po.threads = o.threads;
    std::vector<WaveMetrics> waves;
    std::vector<WaveGraph> graphs;
    std::vector<WaveGroups> groups;
    for (const auto& w : study.waves) {
        graphs.push_back(build_wave_graph(study, w.year));
        // Betweenness (only needed for centralization) is estimated in large waves.
        waves.push_back(
            compute_wave_metrics(study, w.year, metrics_options_for_wave(study, w.year, mo, o.study.quiet)));
        groups.push_back(analyse_groups(study, graphs.back(), by, po));
    }

    std::vector<std::string> header = {""};
    for (const auto& w : study.waves) header.push_back(std::to_string(w.year));
    const bool change = waves.size() > 1;
    if (change)
        header.push_back(fmt::format("change {}\xE2\x86\x92{}", study.waves.front().year, study.waves.back().year));
    TextTable table(header);

    using Getter = std::optional<double> (*)(const NetworkMetrics&);
    struct Row {
        const char* label;
        Getter get;
        int decimals;
    };
    static const Row rows[] = {
        {"Actors", [](const NetworkMetrics& n) -> std::optional<double> { return double(n.actors); }, 0},
        {"Ties", [](const NetworkMetrics& n) -> std::optional<double> { return double(n.ties); }, 0},
        {"Isolates", [](const NetworkMetrics& n) -> std::optional<double> { return double(n.isolates); }, 0},
        {"Density", [](const NetworkMetrics& n) { return n.density; }, 3},
        {"Average degree", [](const NetworkMetrics& n) { return n.average_degree; }, 2},
        {"Components", [](const NetworkMetrics& n) -> std::optional<double> { return double(n.components); }, 0},
        {"Largest component",
         [](const NetworkMetrics& n) -> std::optional<double> { return double(n.largest_component); }, 0},
        {"Largest component share", [](const NetworkMetrics& n) { return n.largest_component_share; }, 3},
        {"Transitivity", [](const NetworkMetrics& n) { return n.transitivity; }, 3},
        {"Average path length", [](const NetworkMetrics& n) { return n.average_path_length; }, 2},
        {"Diameter",
         [](const NetworkMetrics& n) -> std::optional<double> {
             return n.diameter ? std::optional<double>(*n.diameter) : std::nullopt;
         },
         0},
    };
    for (const auto& r : rows) {
        std::vector<std::string> cells = {r.label};
        for (const auto& w : waves) cells.push_back(format_optional(r.get(w.network), r.decimals));
        if (change) cells.push_back(change_cell(r.get(waves.front().network), r.get(waves.back().network), r.decimals));
        table.add_row(std::move(cells));
    }

    // Between groups: the question the study is about.
    const auto add_series = [&](std::string label, const std::vector<std::optional<double>>& values, int decimals) {
        std::vector<std::string> cells = {std::move(label)};
        for (const auto& v : values) cells.push_back(format_optional(v, decimals));
        if (change) cells.push_back(change_cell(values.front(), values.back(), decimals));
        table.add_row(std::move(cells));
    };
    const auto per_wave = [&](auto get) {
        std::vector<std::optional<double>> values;
        for (std::size_t i = 0; i < waves.size(); ++i) values.push_back(get(i));
        return values;
    };
    if (std::find(by.begin(), by.end(), "sector") != by.end()) {
        table.add_section("Between sectors");
        add_series("Ties across sectors", per_wave([&](std::size_t i) -> std::optional<double> {
                       return static_cast<double>(groups[i].find("sector")->metrics.external_ties);
                   }),
                   0);
        add_series("  share of all ties", per_wave([&](std::size_t i) -> std::optional<double> {
                       if (waves[i].network.ties == 0) return std::nullopt;
                       return static_cast<double>(groups[i].find("sector")->metrics.external_ties) /
                              static_cast<double>(waves[i].network.ties);
                   }),
                   3);
    }
    if (std::find(by.begin(), by.end(), "region") != by.end()) {
        // Ties between each pair of the regions the study declares.
        std::vector<std::string> regions;
        if (const AttributeInfo* info = study.attribute_info("region"))
            for (const auto& [value, meta] : info->values) regions.push_back(value);
        table.add_section("Between regions");
        add_series("Ties across regions", per_wave([&](std::size_t i) -> std::optional<double> {
                       return static_cast<double>(groups[i].find("region")->metrics.external_ties);
                   }),
                   0);
        if (regions.size() <= 4)
            for (std::size_t a = 0; a < regions.size(); ++a)
                for (std::size_t b = a + 1; b < regions.size(); ++b)
                    add_series("  " + study.value_label("region", regions[a]) + " \xE2\x80\x93 " +
                                   study.value_label("region", regions[b]),
                               per_wave([&](std::size_t i) {
                                   return ties_between(groups[i].find("region"), regions[a], regions[b]);
                               }),
                               0);
    }
    table.add_section("E-I index (−1 all ties inside groups, +1 all across; * p<.05 ** p<.01 *** p<.001)");
    for (const auto& attribute : by) {
        std::vector<std::string> cells = {"E-I " + attribute};
        std::vector<std::string> expected = {"  expected from group sizes"};
        std::vector<std::string> p_values = {"  p (permutation test)"};
        for (const auto& g : groups) {
            const AttributeGroups* a = g.find(attribute);
            cells.push_back(starred(a->metrics.ei_index, a->metrics.ei_p_value));
            expected.push_back(format_optional(a->metrics.expected_ei_index, 3));
            const auto& p = a->metrics.ei_p_value;
            p_values.push_back(p && *p < 0.001 ? std::string("<0.001") : format_optional(p, 3));
        }
        if (change) {
            const auto& first = groups.front().find(attribute)->metrics;
            const auto& last = groups.back().find(attribute)->metrics;
            cells.push_back(change_cell(first.ei_index, last.ei_index, 3));
            expected.push_back(change_cell(first.expected_ei_index, last.expected_ei_index, 3));
            p_values.emplace_back();
        }
        table.add_row(std::move(cells));
        table.add_row(std::move(expected));
        table.add_row(std::move(p_values));
    }

    std::string out = study.name + "\n";
    for (const auto& w : study.waves)
        if (!w.label.empty()) out += fmt::format("  {}: {}\n", w.year, w.label);
    if (!o.study.confidence.empty()) out += "  ties kept: confidence " + o.study.confidence + " and above\n";
    out += "\n" + table.render();
    for (const auto& attribute : by) {
        out += "\nTop brokers between groups of " + attribute +
               " (pairs of unconnected partners in different groups they link)\n";
        for (std::size_t i = 0; i < groups.size(); ++i) {
            const AttributeGroups* a = groups[i].find(attribute);
            std::string line;
            for (const Vertex v : top_brokers(*a, o.brokers)) {
                if (!line.empty()) line += ", ";
                line += study.actors[graphs[i].actor(v)].name + " (" + std::to_string(a->brokerage[v].bridging()) + ")";
            }
            out += fmt::format("  {}: {}\n", study.waves[i].year, line.empty() ? "\xE2\x80\x93" : line);
        }
    }
    // What changed between consecutive waves, in words (compare/narrative.hpp).
    if (change) {
        out += o.lang == "nl" ? "\nWat veranderde\n" : "\nWhat changed\n";
        for (std::size_t i = 1; i < waves.size(); ++i) {
            const WaveAnalysis a{graphs[i - 1], waves[i - 1], groups[i - 1]};
            const WaveAnalysis b{graphs[i], waves[i], groups[i]};
            out += "\n" + wrap_text(change_paragraph(study, compare_waves(study, a, b), *parse_language(o.lang)));
        }
    }
    emit(o.output, out);
    return 0;
}

const bool registered = register_command({
    "summary",
    "The headline figures of every wave side by side, with the change from first to last wave",
    [](CLI::App& sub) -> std::function<int()> {
        auto options = std::make_shared<SummaryOptions>();
        add_study_options(sub, options->study);
        sub.add_option("--by", options->by,
                       "actor attribute to compare groups by (repeatable; a+b combines two); default: sector and "
                       "region where the study has them");
        sub.add_option("--permutations", options->permutations, "relabellings for the E-I permutation test")
            ->capture_default_str();
        sub.add_option("--seed", options->seed, "seed of the permutation test")->capture_default_str();
        sub.add_option("--brokers", options->brokers, "how many top brokers to name per wave")->capture_default_str();
        sub.add_option("--threads", options->threads, "worker threads (default: all cores)");
        sub.add_option("--lang", options->lang, "language of the change paragraphs: en (default) or nl")
            ->check(CLI::IsMember({"en", "nl"}));
        sub.add_option("-o,--output", options->output, "write to FILE (atomically) instead of stdout");
        return [options] { return run_summary(*options); };
    },
});

}  // namespace
}  // namespace helixnet::cli
