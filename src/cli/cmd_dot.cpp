// helixnet dot: the diagram of one wave (or of the change between two) as
// Graphviz DOT, written through cgraph, with every actor's position pinned.
#include <iostream>
#include <memory>

#include "command.hpp"
#include "diagram_options.hpp"
#include "helixnet/export/dot.hpp"

namespace helixnet::cli {

namespace {

struct DotOptions {
    StudyOptions study;
    DiagramCliOptions diagram;
    std::string output;
};

int run_dot(const DotOptions& options) {
    const Study study = load_for_command(options.study);
    const Diagram diagram = diagram_for_flags(study, options.diagram);
    if (!options.study.quiet)
        for (const auto& note : diagram.notes) std::cerr << "helixnet: " << note << '\n';
    emit(options.output, diagram_dot(diagram));
    return 0;
}

const bool registered = register_command(
    {"dot", "Graphviz DOT of one wave's network, positions pinned (draw with neato -n2)", [](CLI::App& sub) {
         auto options = std::make_shared<DotOptions>();
         add_study_options(sub, options->study);
         add_diagram_options(sub, options->diagram);
         sub.add_option("-o,--output", options->output, "write the DOT to this file (default: stdout)");
         return [options] { return run_dot(*options); };
     }});

}  // namespace

}  // namespace helixnet::cli
