// The pixel size of a PNG, read from its IHDR chunk.
#pragma once

#include <cstdint>
#include <string>

namespace helixnet::testing {

struct PngSize {
    std::uint32_t width = 0, height = 0;
    friend bool operator==(const PngSize&, const PngSize&) = default;
};

// Width and height from the IHDR chunk; zero when the text is not a PNG.
inline PngSize png_size(const std::string& png) {
    if (png.size() < 24 || png.compare(0, 8, "\x89PNG\r\n\x1a\n") != 0 || png.compare(12, 4, "IHDR") != 0) return {};
    const auto be32 = [&](std::size_t at) {
        return (std::uint32_t(std::uint8_t(png[at])) << 24) | (std::uint32_t(std::uint8_t(png[at + 1])) << 16) |
               (std::uint32_t(std::uint8_t(png[at + 2])) << 8) | std::uint32_t(std::uint8_t(png[at + 3]));
    };
    return {be32(16), be32(20)};
}

}  // namespace helixnet::testing
