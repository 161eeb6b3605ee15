#include "helixnet/util/atomic_file.hpp"

#include <gtest/gtest.h>

#include "../support/temp_dir.hpp"
#include "helixnet/error.hpp"
#include "helixnet/util/text.hpp"

namespace helixnet {
namespace {

std::size_t files_in(const std::filesystem::path& dir) {
    std::size_t n = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir)) ++n;
    return n;
}

TEST(WriteFileAtomically, ReplacesTheFileAndLeavesNoTemporary) {
    testing::TempDir dir;
    const auto path = dir.path() / "out.txt";
    write_file_atomically(path, "first");
    write_file_atomically(path, std::string("second\0", 7));
    EXPECT_EQ(read_text_file(path.string()), std::string("second\0", 7));
    EXPECT_EQ(files_in(dir.path()), 1u);
}

TEST(WriteFileAtomically, FailsWithThePathAndLeavesTheOldFile) {
    testing::TempDir dir;
    const auto path = dir.path() / "out.txt";
    write_file_atomically(path, "kept");
    // A folder where the file should go cannot be replaced by a file.
    const auto folder = dir.path() / "folder";
    std::filesystem::create_directory(folder);
    try {
        write_file_atomically(folder, "x");
        FAIL() << "no error";
    } catch (const Failure& e) {
        EXPECT_NE(std::string(e.what()).find("folder"), std::string::npos) << e.what();
    }
    EXPECT_THROW(write_file_atomically(dir.path() / "no" / "such" / "dir.txt", "x"), Failure);
    EXPECT_EQ(read_text_file(path.string()), "kept");
    EXPECT_EQ(files_in(dir.path()), 2u);  // out.txt and the folder: no temporary left behind
}

TEST(AtomicFile, AppearsOnlyWhenCommittedWithEveryPiece) {
    testing::TempDir dir;
    const auto path = dir.path() / "out.txt";
    write_file_atomically(path, "old");
    {
        AtomicFile file(path);
        file.write("new ");
        file.write("text");
        EXPECT_EQ(read_text_file(path.string()), "old");  // not yet
        file.commit();
    }
    EXPECT_EQ(read_text_file(path.string()), "new text");
    EXPECT_EQ(files_in(dir.path()), 1u);
}

TEST(AtomicFile, LeftUncommittedLeavesTheOldFileAndNoTemporary) {
    testing::TempDir dir;
    const auto path = dir.path() / "out.txt";
    write_file_atomically(path, "old");
    try {
        AtomicFile file(path);
        file.write("half of it");
        throw Failure("stopped half-way");
    } catch (const Failure&) {}
    EXPECT_EQ(read_text_file(path.string()), "old");
    EXPECT_EQ(files_in(dir.path()), 1u);
}

}  // namespace
}  // namespace helixnet
