// Writing output files atomically: the content goes to a temporary file in
// the same directory, which is renamed into place only once complete, so a
// failure never leaves half a file (README.md "Commands", `-o`).
#pragma once

#include <filesystem>
#include <fstream>
#include <string_view>

namespace helixnet {

// A file written piece by piece that appears under its name only when
// commit() is called; destroyed without it (an exception on the way), it
// leaves nothing behind. write and commit throw Failure naming the path.
class AtomicFile {
public:
    explicit AtomicFile(std::filesystem::path path);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    void write(std::string_view text);
    void commit();

private:
    [[noreturn]] void fail(const std::string& reason);

    std::filesystem::path path_;
    std::filesystem::path tmp_;
    std::ofstream out_;
    bool committed_ = false;
};

// The whole content at once. Throws Failure naming the path when the file
// cannot be written.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

}  // namespace helixnet
