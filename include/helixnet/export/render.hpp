// Drawing a diagram (export/dot.hpp) as SVG, PNG or PDF through Graphviz's
// gvc library, in memory; the caller writes the bytes where it wants them.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "helixnet/export/dot.hpp"

namespace helixnet {

enum class ImageFormat { svg, png, pdf };

// The format a file name asks for by its ending (.svg, .png, .pdf; any case).
[[nodiscard]] std::optional<ImageFormat> image_format_of(const std::filesystem::path& path);
[[nodiscard]] std::string_view to_string(ImageFormat format);

// The diagram drawn with its pinned positions (Graphviz's "nop2" engine, as
// `neato -n2`); `dpi` sets the pixels per inch of a PNG (SVG and PDF are in
// points). Throws Failure when Graphviz cannot draw it.
[[nodiscard]] std::string render_diagram(const Diagram& diagram, ImageFormat format, double dpi = 96);

// The diagram in several formats from one layout (edges are routed once).
[[nodiscard]] std::vector<std::string> render_diagram(const Diagram& diagram, const std::vector<ImageFormat>& formats,
                                                      double dpi = 96);

}  // namespace helixnet
