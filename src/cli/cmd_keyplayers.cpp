// helixnet keyplayers [STUDY] --wave Y [-k K]: the set of K actors whose
// departure would fragment the wave most (KPP-Neg), the sets of K that reach
// most of the others (KPP-Pos), and the actors whose departure alone would
// fragment it most, with the cut points.
#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "command.hpp"
#include "helixnet/compare/narrative.hpp"
#include "helixnet/graph/wave_graph.hpp"
#include "helixnet/metrics/cut_points.hpp"
#include "helixnet/metrics/fragmentation.hpp"
#include "helixnet/metrics/key_players.hpp"
#include "helixnet/util/json.hpp"
#include "helixnet/util/number.hpp"
#include "helixnet/util/table.hpp"

namespace helixnet::cli {
namespace {

struct KeyPlayersOptions {
    StudyOptions study;
    std::optional<int> wave;
    std::size_t k = 3;
    std::size_t top = 10;
    std::string format = "table";
    std::uint64_t seed = 1;
    unsigned threads = 0;
    std::string output;
};

struct Results {
    int wave = 0;
    std::size_t k = 0;
    std::uint64_t seed = 1;
    const WaveGraph* graph = nullptr;
    std::optional<KeyPlayerSet> negative;  // null when the wave is too small
    std::vector<std::pair<ReachCriterion, KeyPlayerSet>> positive;
    CutPoints cuts;
    std::optional<double> distance_fragmentation;
    FragmentationIfRemoved if_removed;
    std::vector<Vertex> ranked;  // by fragmentation_if_removed, largest first, then by vertex
};

const char* criterion_key(ReachCriterion c) {
    switch (c) {
        case ReachCriterion::reach_1:
            return "reach_1";
        case ReachCriterion::reach_2:
            return "reach_2";
        case ReachCriterion::distance_weighted:
            break;
    }
    return "distance_weighted_reach";
}

const char* criterion_label(ReachCriterion c) {
    switch (c) {
        case ReachCriterion::reach_1:
            return "tied to most others (reach within 1)";
        case ReachCriterion::reach_2:
            return "most others within two steps (reach within 2)";
        case ReachCriterion::distance_weighted:
            break;
    }
    return "closest to all others (distance-weighted reach)";
}

std::string search_text(const KeyPlayerSet& s) {
    if (s.enumerated) return "the best of every set";
    std::string out = s.starts > 1 ? fmt::format(
                                         "the best of a greedy start and {} random starts, each improved by "
                                         "swaps",
                                         s.starts - 1)
                                   : std::string("a greedy start improved by swaps");
    if (s.estimated) out += ", steered by estimated fragmentation";
    return out;
}

std::string member_names(const Study& study, const WaveGraph& g, const std::vector<Vertex>& members) {
    std::string out;
    for (const Vertex v : members) out += (out.empty() ? "" : "; ") + study.actors.at(g.actor(v)).name;
    return out;
}

std::string share_cell(std::size_t count, const std::optional<double>& share) {
    return share ? fmt::format("{} ({:.0f}%)", count, 100.0 * *share) : std::to_string(count);
}

std::string render_table(const Study& study, const Results& r) {
    const WaveGraph& g = *r.graph;
    std::string out = fmt::format("{}: key players in wave {} (sets of {})\n", study.name, r.wave, r.k);
    if (r.negative) {
        const KeyPlayerSet& s = *r.negative;
        out += "\n" + wrap_text(fmt::format("Whose departure would fragment the network most (KPP-Neg, {}): {}.",
                                            search_text(s), member_names(study, g, s.members)));
        out += fmt::format("Distance fragmentation {} without them, {} now.\n",
                           format_decimal(s.fragmentation_after, 3), format_decimal(s.fragmentation_before, 3));
    } else {
        out += fmt::format("\nKPP-Neg needs at least {} actors in the wave.\n", r.k + 2);
    }
    if (!r.positive.empty()) {
        out += "\n" + wrap_text(fmt::format(
                          "Who reaches most of the others (KPP-Pos, {}; the others reached, with their share):",
                          search_text(r.positive.front().second)));
        for (const auto& [criterion, s] : r.positive)
            out += wrap_text(fmt::format("- {}: {}. Within one step {}, within two {}, distance-weighted reach {}.",
                                         criterion_label(criterion), member_names(study, g, s.members),
                                         share_cell(s.reach.reach_1, s.reach.reach_1_share),
                                         share_cell(s.reach.reach_2, s.reach.reach_2_share),
                                         format_decimal(s.reach.distance_weighted_reach, 3)));
    }
    out += fmt::format("\nCut points (actors whose departure alone splits the network): {}; bridges (ties): {}.\n",
                       r.cuts.articulation_points, r.cuts.bridges.size());
    if (!r.ranked.empty()) {
        TextTable table(
            {"Whose departure alone fragments most", "id", "cut point", "distance fragmentation without", "rise"});
        for (const Vertex v : r.ranked) {
            const auto& value = r.if_removed.value[v];
            std::optional<double> rise;
            if (value && r.distance_fragmentation) rise = *value - *r.distance_fragmentation;
            table.add_row({study.actors.at(g.actor(v)).name, study.actors.at(g.actor(v)).id,
                           r.cuts.articulation_point[v] ? "yes" : "no", format_decimal(value, 3),
                           rise ? (*rise >= 0 ? "+" : "") + format_decimal(rise, 3) : std::string("\xE2\x80\x93")});
        }
        out += "\n" + table.render();
        out += fmt::format("Distance fragmentation now: {}.", format_decimal(r.distance_fragmentation, 3));
        if (!r.if_removed.exact)
            out += fmt::format(" Values without each actor are estimated from {} of {} sources (seed {}).",
                               r.if_removed.sources, g.actors(), r.seed);
        out += "\n";
    }
    return out;
}

nlohmann::ordered_json set_json(const Study& study, const WaveGraph& g, const KeyPlayerSet& s) {
    nlohmann::ordered_json ids = nlohmann::ordered_json::array();
    for (const Vertex v : s.members) ids.push_back(study.actors.at(g.actor(v)).id);
    nlohmann::ordered_json out = {{"members", std::move(ids)},
                                  {"search", s.enumerated ? "enumeration" : "greedy_swap"},
                                  {"starts", s.starts},
                                  {"swaps", s.swaps}};
    if (s.fragmentation_before || s.fragmentation_after) {
        out["estimated"] = s.estimated;
        out["distance_fragmentation_before"] = optional_json(s.fragmentation_before);
        out["distance_fragmentation_after"] = optional_json(s.fragmentation_after);
    }
    out["reach_1"] = s.reach.reach_1;
    out["reach_1_share"] = optional_json(s.reach.reach_1_share);
    out["reach_2"] = s.reach.reach_2;
    out["reach_2_share"] = optional_json(s.reach.reach_2_share);
    out["distance_weighted_reach"] = optional_json(s.reach.distance_weighted_reach);
    return out;
}

nlohmann::ordered_json render_json(const Study& study, const Results& r) {
    const WaveGraph& g = *r.graph;
    nlohmann::ordered_json positive = nlohmann::ordered_json::object();
    for (const auto& [criterion, s] : r.positive) positive[criterion_key(criterion)] = set_json(study, g, s);
    nlohmann::ordered_json bridges = nlohmann::ordered_json::array();
    for (const auto& [u, v] : r.cuts.bridges)
        bridges.push_back({study.actors.at(g.actor(u)).id, study.actors.at(g.actor(v)).id});
    nlohmann::ordered_json actors = nlohmann::ordered_json::array();
    for (Vertex v = 0; v < g.actors(); ++v)
        actors.push_back({{"id", study.actors.at(g.actor(v)).id},
                          {"articulation_point", static_cast<bool>(r.cuts.articulation_point[v])},
                          {"fragmentation_if_removed", optional_json(r.if_removed.value[v])}});
    return {{"wave", r.wave},
            {"k", r.k},
            {"kpp_neg", r.negative ? set_json(study, g, *r.negative) : nlohmann::ordered_json(nullptr)},
            {"kpp_pos", std::move(positive)},
            {"distance_fragmentation", optional_json(r.distance_fragmentation)},
            {"articulation_points", r.cuts.articulation_points},
            {"bridges", std::move(bridges)},
            {"fragmentation_if_removed_exact", r.if_removed.exact},
            {"fragmentation_if_removed_sources", r.if_removed.sources},
            {"actors", std::move(actors)}};
}

int run_keyplayers(const KeyPlayersOptions& o) {
    const Study study = load_for_command(o.study);
    if (study.waves.empty()) throw Failure("the study has no wave");
    const int year = o.wave.value_or(study.waves.back().year);
    if (!study.has_wave(year)) throw Failure(fmt::format("the study has no wave {}", year));
    const WaveGraph graph = build_wave_graph(study, year);
    const std::size_t n = graph.actors();
    if (o.k + 1 > n)
        throw Failure(
            fmt::format("-k {} is too large for wave {}, which has {} actors (KPP-Pos needs k < n)", o.k, year, n));
    TerminalProgress progress(o.study.quiet);
    KeyPlayerOptions options;
    options.k = o.k;
    options.seed = o.seed;
    options.removal.seed = o.seed;
    options.removal.execution.threads = o.threads;
    options.removal.execution.progress = progress.callback(std::to_string(year));

    Results r;
    r.wave = year;
    r.k = o.k;
    r.seed = o.seed;
    r.graph = &graph;
    if (o.k + 2 <= n) r.negative = key_players_fragmentation(graph, options);
    for (const ReachCriterion c : {ReachCriterion::reach_1, ReachCriterion::reach_2, ReachCriterion::distance_weighted})
        r.positive.emplace_back(c, key_players_reach(graph, c, options));
    r.cuts = cut_points(graph);
    r.distance_fragmentation = distance_fragmentation(graph, options.removal.execution);
    r.if_removed = fragmentation_if_removed(graph, options.removal);
    progress.clear();
    for (Vertex v = 0; v < n; ++v)
        if (r.if_removed.value[v]) r.ranked.push_back(v);
    std::stable_sort(r.ranked.begin(), r.ranked.end(),
                     [&](Vertex a, Vertex b) { return *r.if_removed.value[a] > *r.if_removed.value[b]; });
    if (o.top > 0 && r.ranked.size() > o.top) r.ranked.resize(o.top);
    emit(o.output, o.format == "json" ? render_json(study, r).dump(2) + "\n" : render_table(study, r));
    return 0;
}

const bool registered = register_command({
    "keyplayers",
    "Key players: the actors whose departure would fragment the network most, and those who reach most others",
    [](CLI::App& sub) -> std::function<int()> {
        auto options = std::make_shared<KeyPlayersOptions>();
        add_study_options(sub, options->study);
        sub.add_option("--wave", options->wave, "the wave (default: the last)")->type_name("YEAR");
        sub.add_option("-k", options->k, "actors per set")->capture_default_str()->check(CLI::PositiveNumber);
        sub.add_option("--top", options->top, "actors listed by the fragmentation their departure alone causes; 0: all")
            ->capture_default_str();
        sub.add_option("--format", options->format, "table (default) or json")->check(CLI::IsMember({"table", "json"}));
        sub.add_option("--seed", options->seed,
                       "seed of the random start sets of the search, and of the sources sampled when a large "
                       "wave's fragmentation is estimated")
            ->capture_default_str();
        sub.add_option("--threads", options->threads, "threads to use (default: every core)");
        sub.add_option("-o,--output", options->output, "write to FILE (atomically) instead of stdout");
        sub.footer(
            "KPP-Neg (Borgatti 2006): the set whose removal raises the distance fragmentation (1 - mean of "
            "1/distance over pairs) most. KPP-Pos: the sets reaching most others within 1 or 2 steps, or closest "
            "to all (distance-weighted reach). Exact by trying every set when there are fewer than a million; "
            "otherwise the best of a greedy start and random starts, each improved by swaps until no swap helps.");
        return [options] { return run_keyplayers(*options); };
    },
});

}  // namespace
}  // namespace helixnet::cli
