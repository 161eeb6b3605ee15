#include <unistd.h>

#include <iostream>

#include "command.hpp"
#include "helixnet/analysis/focus.hpp"
#include "helixnet/error.hpp"
#include "helixnet/graph/edge_list_graph.hpp"
#include "helixnet/study/bundled.hpp"
#include "helixnet/study/load.hpp"
#include "helixnet/study/projection.hpp"
#include "helixnet/util/atomic_file.hpp"

namespace helixnet::cli {

void add_study_options(CLI::App& app, StudyOptions& options) {
    app.add_option("STUDY", options.study,
                   "study JSON file, CSV study folder, GraphML (.graphml), DOT (.dot/.gv), GEXF (.gexf), Pajek "
                   "(.net), UCINET DL (.dl) or edge list (.edges/.edgelist/.txt); default: the bundled study");
    app.add_option("--confidence", options.confidence, "keep only ties and memberships at or above this level")
        ->check(CLI::IsMember({"stated", "implied", "assumed"}, CLI::ignore_case));
    add_memberships_option(app, options);
    app.add_option("--attributes", options.attributes,
                   "actor attributes for an edge list: a CSV file with an id column and one column per attribute")
        ->type_name("FILE")
        ->check(CLI::ExistingFile.description(""));
    app.add_flag("-q,--quiet", options.quiet, "no warnings or progress on stderr");
}

void add_memberships_option(CLI::App& app, StudyOptions& options) {
    app.add_option("--memberships", options.memberships,
                   "project co-membership of initiatives into ties: none (default), count (weight = initiatives "
                   "shared) or newman (weight = sum of 1/(members - 1) over the initiatives shared); the "
                   "projected links are ties of kind co-membership, and every output says so")
        ->check(CLI::IsMember({"none", "count", "newman"}))
        ->capture_default_str();
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
    if (const auto method = parse_projection(options.memberships); method && *method != MembershipProjection::none) {
        study = project_memberships(study, *method);
        if (!options.quiet) std::cerr << "helixnet: " << projection_note(study.projection) << '\n';
    }
    return study;
}

std::optional<std::pair<Study, WaveGraph>> load_plain_network(const StudyOptions& options) {
    const auto method = parse_projection(options.memberships);
    if (options.study.empty() || form_of(options.study) != StudyForm::edge_list || !options.attributes.empty() ||
        !options.confidence.empty() || (method && *method != MembershipProjection::none))
        return std::nullopt;
    auto edges = read_plain_edge_list_graph(options.study);
    if (!edges) return std::nullopt;
    Study study = edge_list_actors(*edges, std::filesystem::path(options.study).stem().string());
    return std::pair{std::move(study), std::move(edges->graph)};
}

void add_analysis_options(CLI::App& app, AnalysisCliOptions& options) {
    app.add_option("--by", options.by,
                   "actor attribute to compare groups by; repeat for several (--by sector --by region), a+b "
                   "combines two; default: sector and region where the study has them")
        ->type_name("ATTR");
    app.add_option("--permutations", options.permutations, "relabellings for the E-I permutation test (0: skip)")
        ->capture_default_str();
    app.add_option("--seed", options.seed, "seed of the random draws (permutation test, estimates)")
        ->capture_default_str();
    app.add_option("--threads", options.threads, "worker threads (default: all cores)");
}

void add_csv_options(CLI::App& app, CsvCliOptions& options, bool precision) {
    app.add_option("--csv-dialect", options.dialect,
                   "how CSV is written: plain (',' and a decimal point; the default) or excel-nl (';', decimal "
                   "comma, byte-order mark and Windows line ends, as Excel with Dutch settings reads it)")
        ->check(CLI::IsMember(csv_dialect_names()));
    if (precision)
        app.add_flag("--full-precision", options.full_precision,
                     "numbers in CSV at full precision instead of rounded to each measure's decimals");
}

CsvDialect csv_dialect(const CsvCliOptions& options) {
    return options.dialect.empty() ? CsvDialect{} : *csv_dialect_named(options.dialect);
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
    emit_pieces(path, [&content](const auto& write) { write(content); });
}

void emit_pieces(const std::string& path,
                 const std::function<void(const std::function<void(std::string_view)>&)>& produce) {
    if (path.empty() || path == "-") {
        produce([](std::string_view text) { std::cout << text; });
        std::cout.flush();
        return;
    }
    AtomicFile file(path);
    produce([&file](std::string_view text) { file.write(text); });
    file.commit();
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
