// The documentation a user reads links only to files in the repository, and
// the spreadsheet template it starts from is a valid study in Excel's Dutch
// dialect.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>

#include "helixnet/study/csv_io.hpp"
#include "helixnet/study/load.hpp"
#include "helixnet/util/text.hpp"

namespace helixnet {
namespace {

const std::filesystem::path source = std::filesystem::weakly_canonical(HELIXNET_SOURCE_DIR);

std::vector<std::filesystem::path> user_documents() {
    std::vector<std::filesystem::path> out = {source / "README.md", source / "ARCHITECTURE.md"};
    for (const auto& entry : std::filesystem::directory_iterator(source / "docs"))
        if (entry.path().extension() == ".md") out.push_back(entry.path());
    return out;
}

TEST(Docs, LinkOnlyToFilesInTheRepository) {
    const std::regex link(R"(\]\(([^)\s]+)\))");
    std::size_t links = 0;
    for (const auto& doc : user_documents()) {
        const std::string text = read_text_file(doc.string());
        for (auto it = std::sregex_iterator(text.begin(), text.end(), link); it != std::sregex_iterator(); ++it) {
            std::string target = (*it)[1];
            if (target.starts_with("http://") || target.starts_with("https://") || target.starts_with("#")) continue;
            target = target.substr(0, target.find('#'));
            const auto resolved = std::filesystem::weakly_canonical(doc.parent_path() / target);
            ++links;
            EXPECT_TRUE(std::filesystem::exists(resolved)) << doc.filename() << " links to " << target;
            const auto inside = std::mismatch(source.begin(), source.end(), resolved.begin(), resolved.end());
            EXPECT_EQ(inside.first, source.end()) << doc.filename() << " links outside the repository: " << target;
        }
        EXPECT_EQ(text.find("shared/spec"), std::string::npos) << doc.filename();
    }
    EXPECT_GT(links, 10u);
}

TEST(Docs, TheTemplateIsAValidStudyAsDutchExcelSavesIt) {
    const auto folder = source / "docs" / "template";
    std::vector<Diagnostic> warnings;
    const Study study = load_study(folder, {}, &warnings);
    EXPECT_TRUE(warnings.empty()) << warnings.front().to_string();
    EXPECT_EQ(study.waves.size(), 2u);
    EXPECT_FALSE(study.focus.empty());
    EXPECT_FALSE(study.initiatives.empty());
    EXPECT_EQ(study_folder_dialect(folder), csv_dialect_named("excel-nl"));
}

}  // namespace
}  // namespace helixnet
