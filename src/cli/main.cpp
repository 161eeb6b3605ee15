// helixnet: the command-line front end. It only parses the command line,
// forwards to the library through the registered commands, and maps errors to
// exit statuses (CLI.md): 0 success, 1 failure while working, 2 bad command
// line, 3 invalid input data.
#include <algorithm>
#include <exception>
#include <iostream>
#include <map>

#include "command.hpp"
#include "helixnet/error.hpp"

namespace {

// Commands appear in --help in this order; unknown ones after, by name.
int rank(const std::string& name) {
    static const std::vector<std::string> order = {"validate", "summary", "metrics", "compare", "robustness",
                                                   "dot",      "render",  "report",  "convert"};
    const auto it = std::find(order.begin(), order.end(), name);
    return static_cast<int>(it - order.begin());
}

}  // namespace

int main(int argc, char** argv) {
    using namespace helixnet;
    CLI::App app{
        "helixnet: analyse how stakeholders in a triple-helix network (government, industry, "
        "education) collaborate, wave by wave.\nWithout STUDY, every command uses the bundled "
        "study of the Regio Deal Drechtsteden-Gorinchem (2019, 2022, 2024).",
        "helixnet"};
    app.set_version_flag("--version", std::string("helixnet ") + HELIXNET_VERSION_STRING);
    app.require_subcommand(1);

    auto commands = cli::commands();
    std::sort(commands.begin(), commands.end(), [](const auto& a, const auto& b) {
        return std::pair(rank(a.name), a.name) < std::pair(rank(b.name), b.name);
    });
    std::map<CLI::App*, std::function<int()>> actions;
    for (const auto& c : commands) {
        CLI::App* sub = app.add_subcommand(c.name, c.description);
        actions[sub] = c.setup(*sub);
    }

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return 2;
    }

    try {
        for (auto& [sub, action] : actions)
            if (sub->parsed()) return action();
        return 2;
    } catch (const InvalidInput& e) {
        std::size_t errors = 0;
        for (const auto& d : e.diagnostics()) {
            std::cerr << "helixnet: " << d.to_string() << '\n';
            if (d.severity == Severity::error) ++errors;
        }
        std::cerr << "helixnet: " << errors << (errors == 1 ? " error" : " errors") << ", input rejected\n";
        return 3;
    } catch (const Failure& e) {
        std::cerr << "helixnet: error: " << e.what() << '\n';
        return 1;
    } catch (const std::bad_alloc&) {
        std::cerr << "helixnet: error: out of memory\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "helixnet: error: " << e.what() << '\n';
        return 1;
    }
}
