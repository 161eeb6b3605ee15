#include <unistd.h>

#include <iostream>

#include "command.hpp"
#include "helixnet/analysis/focus.hpp"
#include "helixnet/error.hpp"
#include "helixnet/study/bundled.hpp"
#include "helixnet/study/load.hpp"
#include "helixnet/util/atomic_file.hpp"

namespace helixnet::cli {

void add_study_options(CLI::App& app, StudyOptions& options) {
    app.add_option("STUDY", options.study,
                   "study JSON file, CSV study folder, GraphML (.graphml), DOT (.dot/.gv) or edge list "
                   "(.edges/.edgelist/.txt); default: the bundled study");
    app.add_option("--confidence", options.confidence, "keep only ties and memberships at or above this level")
        ->check(CLI::IsMember({"stated", "implied", "assumed"}));
    app.add_option("--attributes", options.attributes, "actor attribute CSV (id,attr1,...) for an edge list")
        ->check(CLI::ExistingFile);
    app.add_flag("-q,--quiet", options.quiet, "no warnings or progress on stderr");
}

std::filesystem::path bundled_study_path() { return helixnet::bundled_study_path(); }

std::filesystem::path study_path(const StudyOptions& options) {
    return options.study.empty() ? bundled_study_path() : std::filesystem::path(options.study);
}

Study load_for_command(const StudyOptions& options, std::vector<Diagnostic>* warnings_out) {
    LoadOptions load;
    load.attributes_csv = options.attributes;
    std::vector<Diagnostic> warnings;
    Study study = load_study(study_path(options), load, &warnings);
    if (!options.quiet)
        for (const auto& w : warnings) std::cerr << "helixnet: " << w.to_string() << '\n';
    if (warnings_out) *warnings_out = std::move(warnings);
    if (!options.confidence.empty()) study = filter_by_confidence(study, *parse_confidence(options.confidence));
    return study;
}

void add_analysis_options(CLI::App& app, AnalysisCliOptions& options) {
    app.add_option("--by", options.by,
                   "actor attribute to compare groups by (repeatable; a+b combines two); default: sector and region "
                   "where the study has them");
    app.add_option("--permutations", options.permutations, "relabellings for the E-I permutation test (0: skip)")
        ->capture_default_str();
    app.add_option("--seed", options.seed, "seed of the random draws (permutation test, estimates)")
        ->capture_default_str();
    app.add_option("--threads", options.threads, "worker threads (default: all cores)");
}

AnalysisOptions analysis_options(const AnalysisCliOptions& options) {
    AnalysisOptions a;
    a.attributes = options.by;
    a.metrics.seed = options.seed;
    a.metrics.execution.threads = options.threads;
    a.permutation.permutations = options.permutations;
    a.permutation.seed = options.seed;
    a.permutation.threads = options.threads;
    return a;
}

void add_focus_option(CLI::App& app, std::vector<std::string>& focus) {
    app.add_option("--focus", focus,
                   "a comparison to lead with: ATTR=G1:G2 (ties between two groups, e.g. "
                   "region=gorinchem:drechtsteden) or ATTR (ties across its groups); repeatable; default: the "
                   "study's own focus")
        ->allow_extra_args(false)
        ->type_name("ATTR[=G1:G2]")
        ->check(CLI::Validator(
            [](std::string& text) -> std::string {
                return parse_focus(text) ? "" : "not ATTR or ATTR=G1:G2 with two different groups: '" + text + "'";
            },
            "", ""));
}

std::vector<Focus> focus_for_command(const Study& study, const std::vector<std::string>& focus) {
    std::vector<Focus> out;
    for (const auto& text : focus) out.push_back(*parse_focus(text));
    if (focus.empty()) out = study.focus;
    for (const Focus& f : out) require_focus(study, f);
    return out;
}

void add_explain_option(CLI::App& app, std::optional<bool>& explain) {
    app.add_flag("--explain,!--no-explain", explain,
                 "say under the tables what each row means (default: when writing to a terminal)");
}

bool explain_wanted(const std::optional<bool>& explain, const std::string& output) {
    if (explain) return *explain;
    return (output.empty() || output == "-") && isatty(STDOUT_FILENO) == 1;
}

void note_estimates(const StudyAnalysis& analysis, bool quiet) {
    if (quiet) return;
    for (const WaveAnalysis& w : analysis.waves)
        if (w.estimated_for_size)
            std::cerr << "helixnet: wave " << w.year() << " has " << w.graph.actors()
                      << " actors; betweenness is estimated (epsilon " << w.metrics.approximation->epsilon << ")\n";
}

void emit(const std::string& path, const std::string& content) {
    if (path.empty() || path == "-") {
        std::cout << content;
        std::cout.flush();
        return;
    }
    write_file_atomically(path, content);
}

namespace {
std::vector<Command>& registry() {
    static std::vector<Command> all;
    return all;
}
}  // namespace

bool register_command(Command command) {
    registry().push_back(std::move(command));
    return true;
}

const std::vector<Command>& commands() { return registry(); }

}  // namespace helixnet::cli
