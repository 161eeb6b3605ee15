#include "helixnet/study/bundled.hpp"

#include <cstdlib>
#include <string>
#include <system_error>
#include <vector>

#include "helixnet/error.hpp"

namespace helixnet {

std::filesystem::path bundled_study_path() {
    namespace fs = std::filesystem;
    std::vector<fs::path> roots;
    if (const char* env = std::getenv("HELIXNET_DATA_DIR"); env && *env) roots.emplace_back(fs::path(env) / "networks");
    std::error_code ec;
    if (const fs::path exe = fs::read_symlink("/proc/self/exe", ec); !ec)
        roots.push_back(exe.parent_path().parent_path() / "share" / "helixnet" / "networks");
    roots.emplace_back(HELIXNET_BUILD_STUDY_DIR);
    roots.emplace_back(HELIXNET_INSTALL_STUDY_DIR);
    std::string searched;
    for (const auto& root : roots) {
        const fs::path candidate = root / bundled_study_name;
        if (fs::is_directory(candidate, ec)) return candidate;
        searched += "\n  " + candidate.string();
    }
    throw Failure("the bundled study was not found; looked in:" + searched +
                  "\nname a study on the command line or set HELIXNET_DATA_DIR");
}

}  // namespace helixnet
