// helixnet render: the diagram of one wave (or of the change between two)
// drawn by Graphviz's gvc library as SVG, PNG or PDF, fitted to a page.
#include <cstdio>
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
    std::string size;  // empty: the format's default
};

int run_render(const RenderOptions& options) {
    const auto format = image_format_of(options.output);
    const Study study = load_for_command(options.study);
    const Diagram diagram = diagram_for_flags(study, options.diagram);
    helixnet::RenderOptions page;
    page.dpi = options.dpi;
    if (!options.size.empty()) page.page = parse_page_size(options.size);
    const RenderedDiagram drawn = render_diagram(diagram, *format, page);
    if (!options.study.quiet) {
        for (const auto& note : diagram.notes) std::cerr << "helixnet: " << note << '\n';
        if (drawn.page != PageSize::natural && drawn.smallest_label > 0 && drawn.smallest_label < legible_points) {
            char size[32];
            std::snprintf(size, sizeof size, "%.1f", drawn.smallest_label);
            std::cerr << "helixnet: on the " << to_string(drawn.page) << " page the smallest names print at " << size
                      << " pt, under " << legible_points
                      << " pt: a larger page (--size a3) or fewer actors (--top N) keeps them legible\n";
        }
    }
    write_file_atomically(options.output, drawn.data);
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
         sub.add_option("--size", options->size,
                        "page to fit the drawing to, landscape: a4, a3, slide (16:9), screen (1920x1080) or natural "
                        "(its own size); default a4 for PNG and PDF, natural for SVG")
             ->check(CLI::IsMember(page_size_names()));
         sub.add_option("--dpi", options->dpi, "pixels per inch of a PNG")
             ->check(CLI::Range(10.0, 600.0))
             ->capture_default_str();
         return [options] { return run_render(*options); };
     }});

}  // namespace

}  // namespace helixnet::cli
