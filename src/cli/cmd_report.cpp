// helixnet report [STUDY] -o DIR: the self-contained HTML report (index.html)
// with every diagram beside it as SVG and PNG.
#include <iostream>
#include <memory>

#include "command.hpp"
#include "helixnet/compare/narrative.hpp"
#include "helixnet/report/report.hpp"

namespace helixnet::cli {
namespace {

struct ReportCliOptions {
    StudyOptions study;
    std::string output;
    std::string lang = "en";
    std::vector<std::string> by;
    std::size_t permutations = 5000;
    std::uint64_t seed = 1;
    std::size_t top = 5;
    unsigned threads = 0;
};

int run_report(const ReportCliOptions& o) {
    const Study study = load_for_command(o.study);
    ReportOptions options;
    options.language = *parse_language(o.lang);
    options.confidence = o.study.confidence;
    options.top = o.top;
    options.analysis.attributes = o.by;
    options.analysis.permutation.permutations = o.permutations;
    options.analysis.permutation.seed = o.seed;
    options.analysis.permutation.threads = o.threads;
    options.analysis.metrics.execution.threads = o.threads;
    options.exact_betweenness_limit = exact_betweenness_limit;
    options.estimate_epsilon = estimated_betweenness_epsilon;
    const Report report = build_report(study, options);
    if (!o.study.quiet)
        for (const auto& note : report.notes) std::cerr << "helixnet: " << note << '\n';
    write_report(report, o.output);
    if (!o.study.quiet)
        std::cerr << "helixnet: wrote " << report.files.size() << " files to " << o.output << " (open index.html)\n";
    return 0;
}

const bool registered = register_command(
    {"report",
     "write a self-contained HTML report: the network to explore with the evidence of every tie, trends, tables",
     [](CLI::App& sub) -> std::function<int()> {
         auto options = std::make_shared<ReportCliOptions>();
         add_study_options(sub, options->study);
         sub.add_option("-o,--output", options->output, "folder for index.html and the diagrams (created if absent)")
             ->required();
         sub.add_option("--lang", options->lang, "language of the report: en or nl")
             ->check(CLI::IsMember({"en", "nl"}))
             ->capture_default_str();
         sub.add_option("--by", options->by,
                        "actor attribute to compare groups by (repeatable); default: sector and region where the "
                        "study has them");
         sub.add_option("--permutations", options->permutations, "relabellings for the E-I permutation test")
             ->capture_default_str();
         sub.add_option("--seed", options->seed, "seed of the permutation test")->capture_default_str();
         sub.add_option("--top", options->top, "actors per wave in the betweenness and brokerage tables")
             ->capture_default_str();
         sub.add_option("--threads", options->threads, "worker threads (default: all cores)");
         return [options] { return run_report(*options); };
     }});

}  // namespace
}  // namespace helixnet::cli
