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
    AnalysisCliOptions analysis;
    std::vector<std::string> focus;
    std::string lang = "en";
    std::size_t top = 5;
};

int run_report(const ReportCliOptions& o) {
    const Study study = load_for_command(o.study);
    ReportOptions options;
    options.language = *parse_language(o.lang);
    options.confidence = o.study.confidence;
    options.top = o.top;
    options.analysis = analysis_options(o.analysis);
    options.focus = focus_for_command(study, o.focus);
    const Report report = build_report(study, options);
    if (!o.study.quiet)
        for (const auto& note : report.notes) std::cerr << "helixnet: " << note << '\n';
    write_report(report, o.output);
    if (!o.study.quiet)
        std::cerr << "helixnet: wrote " << report.files.size() << " files to " << o.output << " (open index.html)\n";
    return 0;
}

const bool registered = register_command(
    {"report", "write a self-contained HTML report with the diagrams of every wave, trend charts and tables",
     [](CLI::App& sub) -> std::function<int()> {
         auto options = std::make_shared<ReportCliOptions>();
         add_study_options(sub, options->study);
         sub.add_option("-o,--output", options->output, "folder for index.html and the diagrams (created if absent)")
             ->required();
         sub.add_option("--lang", options->lang, "language of the report: en or nl")
             ->check(CLI::IsMember({"en", "nl"}))
             ->capture_default_str();
         add_analysis_options(sub, options->analysis);
         add_focus_option(sub, options->focus);
         sub.add_option("--top", options->top, "actors per wave in the betweenness and brokerage tables")
             ->capture_default_str();
         return [options] { return run_report(*options); };
     }});

}  // namespace
}  // namespace helixnet::cli
