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

namespace {

constexpr PageSize all_sizes[] = {PageSize::natural, PageSize::a4, PageSize::a3, PageSize::slide, PageSize::screen};

}  // namespace

std::string_view to_string(PageSize size) {
    switch (size) {
        case PageSize::natural:
            return "natural";
        case PageSize::a4:
            return "a4";
        case PageSize::a3:
            return "a3";
        case PageSize::slide:
            return "slide";
        case PageSize::screen:
            return "screen";
    }
    return "natural";
}

std::optional<PageSize> parse_page_size(std::string_view name) {
    for (const PageSize s : all_sizes)
        if (to_string(s) == name) return s;
    return std::nullopt;
}

std::vector<std::string> page_size_names() {
    std::vector<std::string> out;
    for (const PageSize s : all_sizes) out.emplace_back(to_string(s));
    return out;
}

Page page_of(PageSize size) {
    constexpr double mm = 72.0 / 25.4;
    switch (size) {
        case PageSize::a4:
            return {297 * mm, 210 * mm};
        case PageSize::a3:
            return {420 * mm, 297 * mm};
        case PageSize::slide:
            return {13.333 * 72, 7.5 * 72};
        case PageSize::screen:
            return {1920 * 0.75, 1080 * 0.75};  // 96 pixels per inch, 72 points
        case PageSize::natural:
            break;
    }
    return {};
}

graphviz::Viewport fit_to_page(const graphviz::Box& drawing, Page page, double margin, double max_zoom) {
    const double width = std::max(drawing.urx - drawing.llx, 1e-9);
    const double height = std::max(drawing.ury - drawing.lly, 1e-9);
    const double room_x = std::max(page.width - 2 * margin, 1.0), room_y = std::max(page.height - 2 * margin, 1.0);
    const double zoom = std::min({max_zoom, room_x / width, room_y / height});
    return {page.width, page.height, zoom, {(drawing.llx + drawing.urx) / 2, (drawing.lly + drawing.ury) / 2}};
}

RenderedDiagram render_diagram(const Diagram& diagram, ImageFormat format, const RenderOptions& options) {
    return std::move(render_diagram(diagram, std::vector<ImageFormat>{format}, options).front());
}

std::vector<RenderedDiagram> render_diagram(const Diagram& diagram, const std::vector<ImageFormat>& formats,
                                            const RenderOptions& options) {
    std::vector<graphviz::RenderRequest> requests;
    std::vector<PageSize> pages;
    for (const ImageFormat f : formats) {
        const PageSize page = options.page.value_or(f == ImageFormat::svg ? PageSize::natural : PageSize::a4);
        pages.push_back(page);
        graphviz::RenderRequest r;
        // PNG and PDF through cairo (the "png:cairo" / "pdf:cairo" renderers),
        // so that text is laid out with the same fonts as in SVG.
        r.format = f == ImageFormat::svg ? "svg" : std::string(to_string(f)) + ":cairo";
        r.dpi = f == ImageFormat::png ? options.dpi : 0;
        if (page != PageSize::natural)
            r.page = [page](const graphviz::Box& drawing) -> std::optional<graphviz::Viewport> {
                return fit_to_page(drawing, page_of(page));
            };
        requests.push_back(std::move(r));
    }
    std::vector<RenderedDiagram> out;
    std::vector<graphviz::Rendering> drawn = graphviz::render_all(diagram.graph, "nop2", requests);
    for (std::size_t i = 0; i < drawn.size(); ++i) {
        RenderedDiagram r;
        r.data = std::move(drawn[i].data);
        r.page = pages[i];
        r.zoom = drawn[i].viewport ? drawn[i].viewport->zoom : 1;
        r.smallest_label = diagram.smallest_label * r.zoom;
        out.push_back(std::move(r));
    }
    return out;
}

}  // namespace helixnet
