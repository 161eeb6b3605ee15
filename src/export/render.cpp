#include "helixnet/export/render.hpp"

#include <algorithm>
#include <cctype>

namespace helixnet {

std::optional<ImageFormat> image_format_of(const std::filesystem::path& path) {
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    if (ext == ".svg") return ImageFormat::svg;
    if (ext == ".png") return ImageFormat::png;
    if (ext == ".pdf") return ImageFormat::pdf;
    return std::nullopt;
}

std::string_view to_string(ImageFormat format) {
    switch (format) {
        case ImageFormat::svg:
            return "svg";
        case ImageFormat::png:
            return "png";
        case ImageFormat::pdf:
            return "pdf";
    }
    return "svg";
}

std::string render_diagram(const Diagram& diagram, ImageFormat format, double dpi) {
    // PNG and PDF through cairo (the "png:cairo" / "pdf:cairo" renderers), so
    // that text is laid out with the same fonts as in SVG.
    const std::string name = format == ImageFormat::svg ? "svg" : std::string(to_string(format)) + ":cairo";
    if (format != ImageFormat::png || dpi == 96) return graphviz::render(diagram.graph, "nop2", name);
    graphviz::DotGraph g = diagram.graph;
    g.graph.set("dpi", std::to_string(dpi));
    return graphviz::render(g, "nop2", name);
}

}  // namespace helixnet
