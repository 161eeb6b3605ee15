// helixnet metrics [STUDY] [--wave Y] [--by ATTR]... [--format table|json|csv]:
// every network, group and actor measure of METRICS.md, per wave.
#include <unistd.h>

#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "command.hpp"
#include "helixnet/graph/wave_graph.hpp"
#include "helixnet/groups/wave_groups.hpp"
#include "helixnet/metrics/output.hpp"
#include "helixnet/metrics/wave_metrics.hpp"

namespace helixnet::cli {
namespace {

struct MetricsCommandOptions {
    StudyOptions study;
    std::optional<int> wave;
    std::vector<std::string> by;
    std::string format = "table";
    std::size_t top = 15;
    unsigned threads = 0;
    std::optional<double> approx;
    std::size_t permutations = 5000;
    std::uint64_t seed = 1;
    std::string output;
};

std::string wave_list(const Study& study) {
    std::string out;
    for (const int y : study.wave_years()) out += (out.empty() ? "" : ", ") + std::to_string(y);
    return out.empty() ? "none" : out;
}

// "\rhelixnet: 2019: shortest paths 12/32" on a terminal, cleared when done.
class Progress {
public:
    explicit Progress(bool enabled) : enabled_(enabled) {}
    ~Progress() { clear(); }
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    ProgressCallback callback(int wave) {
        if (!enabled_) return {};
        return [this, wave](std::string_view stage, std::size_t done, std::size_t total) {
            std::cerr << "\rhelixnet: " << wave << ": " << stage << ' ' << done << '/' << total << "\x1b[K"
                      << std::flush;
            shown_ = true;
        };
    }
    void clear() {
        if (shown_) std::cerr << "\r\x1b[K" << std::flush;
        shown_ = false;
    }

private:
    bool enabled_;
    bool shown_ = false;
};

int run_metrics(const MetricsCommandOptions& o) {
    const Study study = load_for_command(o.study);
    std::vector<int> years = study.wave_years();
    if (o.wave) {
        if (!study.has_wave(*o.wave))
            throw Failure("the study has no wave " + std::to_string(*o.wave) + " (its waves: " + wave_list(study) +
                          ")");
        years = {*o.wave};
    }
    const std::vector<std::string> by = o.by.empty() ? default_group_attributes(study) : o.by;

    MetricsOptions options;
    options.approx_epsilon = o.approx;
    options.approx_distances = o.approx.has_value();
    options.seed = o.seed;
    options.execution.threads = o.threads;
    PermutationOptions permutation;
    permutation.permutations = o.permutations;
    permutation.seed = o.seed;
    permutation.threads = o.threads;

    Progress progress(!o.study.quiet && isatty(STDERR_FILENO) == 1);
    std::vector<WaveMetrics> waves;
    for (const int year : years) {
        options.execution.progress = progress.callback(year);
        const WaveGraph graph = build_wave_graph(study, year);
        WaveMetrics m = compute_wave_metrics(study, graph, options);
        if (!by.empty()) {
            const WaveGroups groups = analyse_groups(study, graph, by, permutation);
            m.groups = groups_json(groups);
            for (Vertex v = 0; v < graph.actors(); ++v) m.actors[v].extra = actor_groups_json(groups, v);
        }
        waves.push_back(std::move(m));
    }
    progress.clear();

    std::string text;
    if (o.format == "json")
        text = metrics_json_text(study.name, waves);
    else if (o.format == "csv")
        text = metrics_csv(waves);
    else
        text = metrics_table(study.name, waves, o.top);
    emit(o.output, text);
    return 0;
}

const bool registered = register_command({
    "metrics",
    "Every network, group and actor measure of the metric definitions, per wave",
    [](CLI::App& sub) -> std::function<int()> {
        auto options = std::make_shared<MetricsCommandOptions>();
        add_study_options(sub, options->study);
        sub.add_option("--wave", options->wave, "only this wave (default: every wave)");
        sub.add_option("--by", options->by,
                       "group attribute for the group measures, E-I index and brokerage; repeatable; "
                       "a+b groups by two attributes (default: sector and region, where present)");
        sub.add_option("--format", options->format, "table (default), json or csv")
            ->check(CLI::IsMember({"table", "json", "csv"}));
        sub.add_option("--top", options->top, "actors listed per wave in the table, by betweenness; 0: all")
            ->capture_default_str();
        sub.add_option("--threads", options->threads, "threads to use (default: every core)");
        sub.add_option("--approx", options->approx,
                       "estimate betweenness to within EPS (with probability 0.9) by sampling shortest paths, and "
                       "closeness, harmonic, average path length and diameter by sampling sources, with the bounds "
                       "printed; for very large networks")
            ->check(CLI::Range(0.0, 1.0).description("in (0, 1)"))
            ->check(CLI::Validator(
                [](std::string& s) -> std::string {
                    return std::stod(s) > 0.0 && std::stod(s) < 1.0 ? "" : "EPS must lie strictly between 0 and 1";
                },
                "", ""));
        sub.add_option("--permutations", options->permutations, "relabellings for the E-I index p-value (0: skip)")
            ->capture_default_str();
        sub.add_option("--seed", options->seed, "seed of the permutations and of --approx")->capture_default_str();
        sub.add_option("-o,--output", options->output, "write to FILE (atomically) instead of stdout");
        sub.footer("Undefined values print as – in tables and are null in JSON and empty in CSV.");
        return [options] { return run_metrics(*options); };
    },
});

}  // namespace
}  // namespace helixnet::cli
