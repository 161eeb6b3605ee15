#include <unistd.h>

#include <iostream>

#include "command.hpp"
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

MetricsOptions metrics_options_for_wave(const Study& study, int year, MetricsOptions options, bool quiet) {
    const std::size_t actors = study.actors_in_wave(year);
    if (actors <= exact_betweenness_limit) return options;
    options.approx_epsilon = estimated_betweenness_epsilon;
    if (!quiet)
        std::cerr << "helixnet: wave " << year << " has " << actors << " actors; betweenness is estimated (epsilon "
                  << estimated_betweenness_epsilon << ")\n";
    return options;
}

void emit(const std::string& path, const std::string& content) {
    if (path.empty() || path == "-") {
        std::cout << content;
        std::cout.flush();
        return;
    }
    write_file_atomically(path, content);
}

TerminalProgress::TerminalProgress(bool quiet) : enabled_(!quiet && isatty(STDERR_FILENO) == 1) {}

ProgressCallback TerminalProgress::callback(std::string label) {
    if (!enabled_) return {};
    return [this, label = std::move(label)](std::string_view stage, std::size_t done, std::size_t total) {
        std::cerr << "\rhelixnet: " << label << ": " << stage << ' ' << done << '/' << total << "\x1b[K" << std::flush;
        shown_ = true;
    };
}

void TerminalProgress::clear() {
    if (shown_) std::cerr << "\r\x1b[K" << std::flush;
    shown_ = false;
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
