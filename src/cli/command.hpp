// The command-line front end: one file per sub-command (cmd_<name>.cpp), each
// with an options struct, a setup function that binds its flags and a run
// function that does the work through the library. Commands register
// themselves, so adding one touches no other file.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <CLI/CLI.hpp>

#include "helixnet/analysis/study_analysis.hpp"
#include "helixnet/error.hpp"
#include "helixnet/study/csv.hpp"
#include "helixnet/study/study.hpp"

namespace helixnet::cli {

// Options every command that reads a study takes.
struct StudyOptions {
    std::string study;                 // empty: the bundled study
    std::string confidence;            // empty: no filter
    std::string memberships = "none";  // co-membership projection: none, count, newman
    std::string attributes;            // attribute CSV for edge lists
    bool quiet = false;
};

// Binds STUDY (positional, optional), --confidence, --memberships,
// --attributes and --quiet.
void add_study_options(CLI::App& app, StudyOptions& options);

// Binds --memberships alone (for commands that name their study otherwise).
void add_memberships_option(CLI::App& app, StudyOptions& options);

// The path of the study the options name: STUDY, or the bundled study.
std::filesystem::path study_path(const StudyOptions& options);

// Loads the study the options name (the bundled one by default), prints its
// warnings on stderr unless quiet (and hands them to `warnings` when given),
// applies --confidence, then --memberships (saying on stderr, unless quiet,
// what the projection added).
Study load_for_command(const StudyOptions& options, std::vector<Diagnostic>* warnings = nullptr);

// A plain edge list that load_for_command would take as it is (no
// --attributes, --confidence or projection) read as its network alone,
// without the study model's record per tie: its actors and one wave, and its
// graph (graph/edge_list_graph.hpp). nullopt for another form and for
// anything the study reader would report; then load_for_command.
std::optional<std::pair<Study, WaveGraph>> load_plain_network(const StudyOptions& options);

// Options every command that analyses a study takes: --by, --permutations,
// --seed, --threads.
struct AnalysisCliOptions {
    std::vector<std::string> by;  // empty: sector and region where the study has them
    std::size_t permutations = 5000;
    std::uint64_t seed = 1;
    unsigned threads = 0;
};

void add_analysis_options(CLI::App& app, AnalysisCliOptions& options);

// The pipeline options they ask for (analysis/study_analysis.hpp), with its
// default rule for estimating betweenness in very large waves.
AnalysisOptions analysis_options(const AnalysisCliOptions& options);

// Binds --focus ATTR[=G1:G2] (repeatable): the comparisons to lead with
// (default: the study's own, study.json "focus").
void add_focus_option(CLI::App& app, std::vector<std::string>& focus);
// The focus the options name, or the study's; each checked against the study.
std::vector<Focus> focus_for_command(const Study& study, const std::vector<std::string>& focus);

// Binds --explain / --no-explain: the plain-language definitions of the rows
// under the tables. Default (nullopt): on when the output is a terminal.
void add_explain_option(CLI::App& app, std::optional<bool>& explain);
bool explain_wanted(const std::optional<bool>& explain, const std::string& output);

// Says on stderr, unless quiet, in which waves betweenness was estimated
// because of their size.
void note_estimates(const StudyAnalysis& analysis, bool quiet);

// How a command writes CSV: --csv-dialect (plain or excel-nl) and, where it
// writes measures, --full-precision.
struct CsvCliOptions {
    std::string dialect;  // empty: plain (convert: the dialect of a CSV folder IN)
    bool full_precision = false;
};

// Binds --csv-dialect, and --full-precision unless `precision` is false.
void add_csv_options(CLI::App& app, CsvCliOptions& options, bool precision = true);

// The dialect the options name (plain when none is named).
CsvDialect csv_dialect(const CsvCliOptions& options);

// The bundled study's path, found from the build tree or the install tree.
std::filesystem::path bundled_study_path();

// Writes `content` to `path` atomically, or to stdout when path is empty or "-".
void emit(const std::string& path, const std::string& content);
// The same for a text made piece by piece: `produce` hands each piece to the
// function it is given, which writes it on. The file appears, whole, only
// once `produce` has returned.
void emit_pieces(const std::string& path,
                 const std::function<void(const std::function<void(std::string_view)>&)>& produce);

// Progress of long work on stderr ("\rhelixnet: LABEL: stage 12/32"), only
// when stderr is a terminal and --quiet is not given; cleared when done.
class TerminalProgress {
public:
    explicit TerminalProgress(bool quiet);
    ~TerminalProgress() { clear(); }
    TerminalProgress(const TerminalProgress&) = delete;
    TerminalProgress& operator=(const TerminalProgress&) = delete;

    // Empty (no reporting) when disabled.
    ProgressCallback callback(std::string label);
    void clear();

private:
    bool enabled_;
    bool shown_ = false;
};

struct Command {
    std::string name;
    std::string description;
    // Adds options to `sub` and returns the action run when it is chosen;
    // the action returns the exit status.
    std::function<std::function<int()>(CLI::App& sub)> setup;
};

bool register_command(Command command);
const std::vector<Command>& commands();

}  // namespace helixnet::cli
