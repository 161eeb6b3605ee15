// Writing output files atomically: the content goes to a temporary file in
// the same directory, which is renamed into place only once complete, so a
// failure never leaves half a file (README.md "Commands", `-o`).
#pragma once

#include <filesystem>
#include <string_view>

namespace helixnet {

// Throws Failure naming the path when the file cannot be written.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

}  // namespace helixnet
