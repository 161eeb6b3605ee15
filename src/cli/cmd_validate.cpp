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

// Under --strict every warning is an error, and is counted as one.
std::vector<Diagnostic> promoted(std::vector<Diagnostic> diagnostics) {
    for (Diagnostic& d : diagnostics)
        if (d.severity == Severity::warning) {
            d.severity = Severity::error;
            d.hint += std::string(d.hint.empty() ? "" : "; ") + "a warning, an error under --strict";
        }
    return diagnostics;
}

int run_validate(const ValidateOptions& o) {
    std::vector<Diagnostic> warnings;
    StudyOptions load = o.study;
    load.quiet = load.quiet || o.strict;  // under --strict the warnings are printed as errors, once
    Study study;
    try {
        study = load_for_command(load, &warnings);  // throws InvalidInput: exit 3 with every error
    } catch (const InvalidInput& e) {
        if (!o.strict) throw;
        throw InvalidInput(promoted(e.diagnostics()));
    }
    if (o.strict && !warnings.empty()) throw InvalidInput(promoted(std::move(warnings)));
    const std::filesystem::path path = study_path(o.study);
    std::size_t members = 0;
    for (const auto& i : study.initiatives) members += i.members.size();
    std::cout << path.string() << ": valid: " << study.actors.size() << " actors, " << study.ties.size() << " ties in "
              << study.waves.size() << (study.waves.size() == 1 ? " wave" : " waves");
    if (!study.initiatives.empty())
        std::cout << ", " << study.initiatives.size()
                  << (study.initiatives.size() == 1 ? " initiative" : " initiatives") << " with " << members
                  << (members == 1 ? " membership" : " memberships");
    std::cout << "; " << warnings.size() << (warnings.size() == 1 ? " warning" : " warnings") << '\n';
    return 0;
}

const bool registered = register_command({
    "validate",
    "Load a study and check it against the helixnet/1 format; print every problem with its place",
    [](CLI::App& sub) -> std::function<int()> {
        auto options = std::make_shared<ValidateOptions>();
        add_study_options(sub, options->study);
        sub.add_flag("--strict", options->strict, "treat warnings as errors: print them as errors and exit 3");
        sub.footer("Exit status: 0 valid, 3 invalid (every error is listed on stderr).");
        return [options] { return run_validate(*options); };
    },
});

}  // namespace
}  // namespace helixnet::cli
