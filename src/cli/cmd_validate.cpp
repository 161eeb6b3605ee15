// helixnet validate [STUDY]: loads and checks a study; prints every problem
// with its place on stderr and a one-line verdict on stdout.
#include <iostream>

#include "command.hpp"

namespace helixnet::cli {
namespace {

struct ValidateOptions {
    StudyOptions study;
    bool strict = false;
};

int run_validate(const ValidateOptions& o) {
    std::vector<Diagnostic> warnings;
    const Study study = load_for_command(o.study, &warnings);  // throws InvalidInput: exit 3 with every error
    const std::filesystem::path path = study_path(o.study);
    std::size_t members = 0;
    for (const auto& i : study.initiatives) members += i.members.size();
    std::cout << path.string() << ": valid: " << study.actors.size() << " actors, " << study.ties.size() << " ties in "
              << study.waves.size() << (study.waves.size() == 1 ? " wave" : " waves");
    if (!study.initiatives.empty())
        std::cout << ", " << study.initiatives.size() << " initiatives with " << members << " memberships";
    std::cout << "; " << warnings.size() << (warnings.size() == 1 ? " warning" : " warnings") << '\n';
    return o.strict && !warnings.empty() ? 3 : 0;
}

const bool registered = register_command({
    "validate",
    "Load a study and check it against the helixnet/1 format; print every problem with its place",
    [](CLI::App& sub) -> std::function<int()> {
        auto options = std::make_shared<ValidateOptions>();
        add_study_options(sub, options->study);
        sub.add_flag("--strict", options->strict, "treat warnings as errors (exit 3)");
        sub.footer("Exit status: 0 valid, 3 invalid (every error is listed on stderr).");
        return [options] { return run_validate(*options); };
    },
});

}  // namespace
}  // namespace helixnet::cli
