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
    return render_diagram(diagram, std::vector<ImageFormat>{format}, dpi).front();
}

std::vector<std::string> render_diagram(const Diagram& diagram, const std::vector<ImageFormat>& formats, double dpi) {
    // PNG and PDF through cairo (the "png:cairo" / "pdf:cairo" renderers), so
    // that text is laid out with the same fonts as in SVG.
    std::vector<graphviz::RenderRequest> requests;
    for (const ImageFormat f : formats)
        requests.push_back({f == ImageFormat::svg ? "svg" : std::string(to_string(f)) + ":cairo",
                            f == ImageFormat::png ? dpi : 0,
                            {}});
    std::vector<std::string> out;
    for (auto& r : graphviz::render_all(diagram.graph, "nop2", requests)) out.push_back(std::move(r.data));
    return out;
}

}  // namespace helixnet
