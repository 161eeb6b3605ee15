// The command-line front end: one file per sub-command (cmd_<name>.cpp), each
// with an options struct, a setup function that binds its flags and a run
// function that does the work through the library. Commands register
// themselves, so adding one touches no other file.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "helixnet/error.hpp"
#include "helixnet/metrics/wave_metrics.hpp"
#include "helixnet/study/study.hpp"

namespace helixnet::cli {

// Options every command that reads a study takes.
struct StudyOptions {
    std::string study;       // empty: the bundled study
    std::string confidence;  // empty: no filter
    std::string attributes;  // attribute CSV for edge lists
    bool quiet = false;
};

// Binds STUDY (positional, optional), --confidence, --attributes and --quiet.
void add_study_options(CLI::App& app, StudyOptions& options);

// The path of the study the options name: STUDY, or the bundled study.
std::filesystem::path study_path(const StudyOptions& options);

// Loads the study the options name (the bundled one by default), prints its
// warnings on stderr unless quiet (and hands them to `warnings` when given),
// and applies --confidence.
Study load_for_command(const StudyOptions& options, std::vector<Diagnostic>* warnings = nullptr);

// Above this many actors in a wave, summary, compare and report estimate
// betweenness (METRICS.md, Riondato-Kornaropoulos sampling) to within this
// epsilon, so that large networks stay quick.
inline constexpr std::size_t exact_betweenness_limit = 5000;
inline constexpr double estimated_betweenness_epsilon = 0.05;

// `options` for one wave of `study`: betweenness estimated when the wave has
// more than exact_betweenness_limit actors, which is said on stderr unless
// `quiet`.
MetricsOptions metrics_options_for_wave(const Study& study, int year, MetricsOptions options, bool quiet);

// The bundled study's path, found from the build tree or the install tree.
std::filesystem::path bundled_study_path();

// Writes `content` to `path` atomically, or to stdout when path is empty or "-".
void emit(const std::string& path, const std::string& content);

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
