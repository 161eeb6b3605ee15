// helixnet render: the diagram of one wave (or of the change between two)
// drawn by Graphviz's gvc library as SVG, PNG or PDF.
#include <iostream>
#include <memory>

#include "command.hpp"
#include "diagram_options.hpp"
#include "helixnet/export/render.hpp"
#include "helixnet/util/atomic_file.hpp"

namespace helixnet::cli {

namespace {

struct RenderOptions {
    StudyOptions study;
    DiagramCliOptions diagram;
    std::string output;
    double dpi = 96;
};

int run_render(const RenderOptions& options) {
    const auto format = image_format_of(options.output);
    const Study study = load_for_command(options.study);
    const Diagram diagram = build_diagram(study, to_diagram_options(options.diagram));
    if (!options.study.quiet)
        for (const auto& note : diagram.notes) std::cerr << "helixnet: " << note << '\n';
    write_file_atomically(options.output, render_diagram(diagram, *format, options.dpi));
    return 0;
}

const bool registered = register_command(
    {"render", "draw one wave's network (same positions in every wave) as SVG, PNG or PDF", [](CLI::App& sub) {
         auto options = std::make_shared<RenderOptions>();
         add_study_options(sub, options->study);
         add_diagram_options(sub, options->diagram);
         sub.add_option("-o,--output", options->output, "FILE.svg, FILE.png or FILE.pdf")
             ->required()
             ->check(CLI::Validator(
                 [](std::string& path) -> std::string {
                     return image_format_of(path) ? "" : "the file name must end in .svg, .png or .pdf";
                 },
                 "FILE.svg|.png|.pdf"));
         sub.add_option("--dpi", options->dpi, "pixels per inch of a PNG, 10 to 600")
             ->check(CLI::Range(10.0, 600.0))
             ->capture_default_str();
         return [options] { return run_render(*options); };
     }});

}  // namespace

}  // namespace helixnet::cli
