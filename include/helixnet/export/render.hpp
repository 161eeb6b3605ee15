// Drawing a diagram (export/dot.hpp) as SVG, PNG or PDF through Graphviz's
// gvc library, in memory, on a page of a given size; the caller writes the
// bytes where it wants them.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "helixnet/export/dot.hpp"
#include "helixnet/util/graphviz.hpp"

namespace helixnet {

enum class ImageFormat { svg, png, pdf };

// The format a file name asks for by its ending (.svg, .png, .pdf; any case).
[[nodiscard]] std::optional<ImageFormat> image_format_of(const std::filesystem::path& path);
[[nodiscard]] std::string_view to_string(ImageFormat format);

// Pages to fit a drawing to, landscape: ISO A4 and A3, a 16:9 slide
// (13.33 × 7.5 inches, as presentation programs make them) and a 1920 × 1080
// screen (at 96 pixels per inch); `natural` draws it at its own size.
enum class PageSize { natural, a4, a3, slide, screen };

struct Page {
    double width = 0;   // points
    double height = 0;  // points
};

// "natural", "a4", "a3", "slide", "screen"; nullopt for anything else.
[[nodiscard]] std::optional<PageSize> parse_page_size(std::string_view name);
[[nodiscard]] std::string_view to_string(PageSize size);
[[nodiscard]] std::vector<std::string> page_size_names();
[[nodiscard]] Page page_of(PageSize size);

// Blank space kept on every side of a page, points.
inline constexpr double page_margin = 18;
// Text smaller than this many points on the page is hard to read.
inline constexpr double legible_points = 8;

// The zoom and centre that fit `drawing` (a bounding box, points) inside
// `page` less `margin` on every side, centred, never enlarged beyond
// `max_zoom`.
[[nodiscard]] graphviz::Viewport fit_to_page(const graphviz::Box& drawing, Page page, double margin = page_margin,
                                             double max_zoom = 1);

struct RenderOptions {
    double dpi = 96;  // pixels per inch of a PNG
    // Absent: A4 for PNG and PDF, the natural size for SVG.
    std::optional<PageSize> page;
};

struct RenderedDiagram {
    std::string data;
    PageSize page = PageSize::natural;
    double zoom = 1;  // how the drawing was scaled to fit the page
    // The size on the page (points) of the smallest actor name; 0 when
    // actors are unlabelled points.
    double smallest_label = 0;
};

// The diagram drawn with its pinned positions (Graphviz's "nop2" engine, as
// `neato -n2`), fitted to the page. Throws Failure when Graphviz cannot draw it.
[[nodiscard]] RenderedDiagram render_diagram(const Diagram& diagram, ImageFormat format,
                                             const RenderOptions& options = {});

// The diagram in several formats from one layout (edges are routed once).
[[nodiscard]] std::vector<RenderedDiagram> render_diagram(const Diagram& diagram,
                                                          const std::vector<ImageFormat>& formats,
                                                          const RenderOptions& options = {});

}  // namespace helixnet
