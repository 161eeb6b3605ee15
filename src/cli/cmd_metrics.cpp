// helixnet metrics [STUDY] [--wave Y] [--by ATTR]... [--format table|json|csv]:
// every network, group and actor measure of docs/metrics.md, per wave.
#include <unistd.h>

#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "command.hpp"
#include "helixnet/analysis/measures.hpp"
#include "helixnet/analysis/output.hpp"
#include "helixnet/analysis/study_analysis.hpp"
#include "helixnet/compare/narrative.hpp"
#include "helixnet/util/table.hpp"

namespace helixnet::cli {
namespace {

struct MetricsCommandOptions {
    StudyOptions study;
    AnalysisCliOptions analysis;
    std::optional<int> wave;
    std::string format = "table";
    CsvCliOptions csv;
    std::string lang = "en";
    std::size_t top = 15;
    std::optional<double> approx;
    std::string output;
};

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
    auto plain = load_plain_network(o.study);
    const Study study = plain ? std::move(plain->first) : load_for_command(o.study);
    AnalysisOptions options = analysis_options(o.analysis);
    if (o.wave) options.waves = {*o.wave};
    // Exact unless --approx asks for estimates, whatever the size.
    options.estimate_betweenness_above = std::nullopt;
    options.metrics.approx_epsilon = o.approx;
    options.metrics.approx_distances = o.approx.has_value();
    Progress progress(!o.study.quiet && isatty(STDERR_FILENO) == 1);
    options.progress = [&progress](int wave) { return progress.callback(wave); };
    const StudyAnalysis analysis =
        plain ? analyse_network(study, std::move(plain->second), options) : analyse_study(study, options);
    progress.clear();

    if (o.format == "json")  // written as it is made: 0.7 GB for 10^6 actors
        emit_pieces(o.output, [&](const TextSink& sink) {
            write_metrics_json(study.name, analysis, sink, options.metrics.execution.threads);
        });
    else if (o.format == "csv")
        emit(o.output, metrics_csv(analysis, csv_dialect(o.csv), o.csv.full_precision));
    else
        emit(o.output, metrics_table(study.name, analysis, o.top, *parse_language(o.lang)));
    return 0;
}

// The measures with their one-line definitions, for --help.
std::string measure_glossary() {
    static const std::pair<MeasureLevel, const char*> levels[] = {
        {MeasureLevel::network, "Network measures (per wave)"},
        {MeasureLevel::group, "Group measures (per wave and --by attribute)"},
        {MeasureLevel::actor, "Actor measures (per actor and wave)"},
        {MeasureLevel::actor_group, "Actor measures per --by attribute"},
        {MeasureLevel::two_mode, "Initiative measures (per wave, waves[].initiatives)"},
        {MeasureLevel::initiative, "Per initiative (waves[].initiatives.list[])"},
        {MeasureLevel::initiative_pair, "Per pair of initiatives sharing members (waves[].initiatives.overlap[])"}};
    std::string out;
    for (const auto& [level, title] : levels) {
        out += std::string(out.empty() ? "" : "\n") + title + ":\n";
        for (const Measure& m : all_measures())
            if (m.level == level) {
                const std::string key =
                    m.family.empty() ? std::string(m.key) : std::string(m.family) + "." + std::string(m.key);
                out += wrap_text(key + ": " + std::string(m.en.definition), 78, "    ").insert(0, "  ");
            }
    }
    return out;
}

const bool registered = register_command({
    "metrics",
    "Every network, group and actor measure of the metric definitions, per wave",
    [](CLI::App& sub) -> std::function<int()> {
        auto options = std::make_shared<MetricsCommandOptions>();
        add_study_options(sub, options->study);
        sub.add_option("--wave", options->wave, "only this wave (default: every wave)")->type_name("YEAR");
        sub.add_option("--format", options->format, "table (default), json or csv")
            ->check(CLI::IsMember({"table", "json", "csv"}));
        add_csv_options(sub, options->csv);
        sub.add_option("--top", options->top, "actors listed per wave in the table, by betweenness; 0: all")
            ->capture_default_str();
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
        add_analysis_options(sub, options->analysis);
        sub.add_option("--lang", options->lang, "language of the table: en (default) or nl")
            ->check(CLI::IsMember({"en", "nl"}));
        sub.add_option("-o,--output", options->output, "write to FILE (atomically) instead of stdout");
        sub.footer(measure_glossary() +
                   "\nUndefined values print as – in tables and are null in JSON and empty in CSV.");
        return [options] { return run_metrics(*options); };
    },
});

}  // namespace
}  // namespace helixnet::cli
