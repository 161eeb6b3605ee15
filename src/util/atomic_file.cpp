#include "helixnet/util/atomic_file.hpp"

#include <cerrno>
#include <cstring>
#include <random>
#include <string>
#include <system_error>

#include "helixnet/error.hpp"

namespace helixnet {

AtomicFile::AtomicFile(std::filesystem::path path) : path_(std::move(path)) {
    const std::filesystem::path dir = path_.has_parent_path() ? path_.parent_path() : std::filesystem::path(".");
    std::random_device rd;
    tmp_ = dir / ("." + path_.filename().string() + ".tmp" + std::to_string(rd()));
    out_.open(tmp_, std::ios::binary | std::ios::trunc);
    if (!out_) throw Failure("cannot write '" + path_.string() + "': " + std::strerror(errno));
}

AtomicFile::~AtomicFile() {
    if (committed_) return;
    out_.close();
    std::error_code ignored;
    std::filesystem::remove(tmp_, ignored);
}

// The destructor, as the exception leaves the file's scope, removes the
// temporary.
void AtomicFile::fail(const std::string& reason) { throw Failure("cannot write '" + path_.string() + "': " + reason); }

void AtomicFile::write(std::string_view text) {
    out_.write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!out_) fail(std::strerror(errno));
}

void AtomicFile::commit() {
    out_.flush();
    if (!out_) fail(std::strerror(errno));
    out_.close();
    if (!out_) fail(std::strerror(errno));
    std::error_code ec;
    std::filesystem::rename(tmp_, path_, ec);
    if (ec) fail(ec.message());
    committed_ = true;
}

void write_file_atomically(const std::filesystem::path& path, std::string_view content) {
    AtomicFile file(path);
    file.write(content);
    file.commit();
}

}  // namespace helixnet
