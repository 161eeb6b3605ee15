// helixnet: the command-line front end. It only parses the command line,
// forwards to the library through the registered commands, and maps errors to
// exit statuses (README.md, "Commands"): 0 success, 1 failure while working, 2 bad command
// line, 3 invalid input data.
#include <algorithm>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <map>

#include "command.hpp"
#include "helixnet/error.hpp"
#include "helixnet/util/huge_pages.hpp"
#include "helixnet/util/text.hpp"

#ifdef __linux__
#include <unistd.h>
#endif

namespace {

// Commands appear in --help in this order; unknown ones after, by name.
int rank(const std::string& name) {
    static const std::vector<std::string> order = {"validate",   "summary", "metrics",    "compare",
                                                   "robustness", "whatif",  "keyplayers", "dot",
                                                   "render",     "report",  "convert"};
    const auto it = std::find(order.begin(), order.end(), name);
    return static_cast<int>(it - order.begin());
}

// Help for people: an option's value named plainly (YEAR, N, table|json|csv)
// and its default in words, instead of the parser's type names and
// validator descriptions (`FLOAT:FLOAT in [10 - 600]=96`).
class HelpFormatter : public CLI::Formatter {
public:
    // The names without the parser's default values (`--no-explain{false}`).
    std::string make_option_name(const CLI::Option* opt, bool is_positional) const override {
        std::string name = CLI::Formatter::make_option_name(opt, is_positional);
        for (std::size_t open; (open = name.find('{')) != std::string::npos;)
            name.erase(open, name.find('}', open) - open + 1);
        return name;
    }
    std::string make_option_opts(const CLI::Option* opt) const override {
        if (!opt->nonpositional() || opt->get_type_size() == 0 || opt->get_expected_max() == 0) return {};
        std::string type = value_name(opt->get_type_name());
        if (type == "VALUE") type = text_name(*opt);
        std::string out = " " + type;
        if (opt->get_required()) out += " (required)";
        return out;
    }
    std::string make_option_desc(const CLI::Option* opt) const override {
        std::string text = opt->get_description();
        const std::string fallback = opt->get_default_str();
        if (!fallback.empty() && text.find("default") == std::string::npos) text += " (default: " + fallback + ")";
        return text;
    }

private:
    // A text option named by what it takes: an attribute (`--by`,
    // `--colour-by`), a file or a folder (`-o`).
    static std::string text_name(const CLI::Option& opt) {
        const std::string name = opt.get_lnames().empty() ? std::string() : opt.get_lnames().front();
        if (name == "by" || name.ends_with("-by")) return "ATTR";
        if (name == "output") return opt.get_description().find("folder") != std::string::npos ? "DIR" : "FILE";
        return "VALUE";
    }

    // "TEXT:{a,b}" -> "a|b"; "INT" -> "N"; "TEXT:FILE" -> "FILE"; "TEXT" -> "VALUE";
    // a name set with type_name ("YEAR") as it is.
    static std::string value_name(const std::string& type) {
        // A name a command set itself ("YEAR", "ATTR[=G1:G2]") is kept.
        static const std::vector<std::string> parser = {"TEXT", "INT", "UINT", "FLOAT", "BOOLEAN", "NUMBER", "CHAR"};
        const std::string first = type.substr(0, type.find_first_of(": "));
        if (!first.empty() && std::find(parser.begin(), parser.end(), first) == parser.end()) return type;
        std::vector<std::string> parts;
        for (std::size_t i = 0, j; i <= type.size(); i = j + 1) {
            j = std::min(type.find(':', i), type.size());
            parts.push_back(type.substr(i, j - i));
        }
        for (std::size_t k = parts.size(); k-- > 1;) {
            const std::string& p = parts[k];
            if (p.size() > 2 && p.front() == '{' && p.back() == '}') {
                std::string choices = p.substr(1, p.size() - 2);
                std::replace(choices.begin(), choices.end(), ',', '|');
                return choices;
            }
            if (!p.empty() && p.find(' ') == std::string::npos) return p;
        }
        const std::string& base = parts.front();
        if (base == "INT" || base == "UINT" || base == "FLOAT") return "N";
        return base.empty() || base == "TEXT" ? std::string("VALUE") : base;
    }
};

// What CLI11 says of a bad command line, as every other message: prefixed
// "helixnet:", then where to look.
std::string failure_message(const CLI::App* app, const CLI::Error& e) {
    std::string what = e.what();
    if (!what.empty() && what[0] >= 'A' && what[0] <= 'Z' && !(what.size() > 1 && what[1] >= 'A' && what[1] <= 'Z'))
        what[0] = static_cast<char>(what[0] - 'A' + 'a');
    std::string command = "helixnet";
    for (const CLI::App* sub : app->get_subcommands()) command += " " + sub->get_name();
    return "helixnet: " + what + "\nhelixnet: '" + command + " --help' lists the options\n";
}

// "unknown command 'sumary'; did you mean 'summary'?" (or the list of commands).
std::string unknown_command(const std::string& word, const std::vector<helixnet::cli::Command>& commands) {
    std::vector<std::string_view> names;
    std::vector<std::string> listed;
    for (const auto& c : commands) {
        names.emplace_back(c.name);
        listed.push_back(c.name);
    }
    std::string out = "helixnet: unknown command '" + word + "'";
    if (const auto near = helixnet::nearest_spelling(word, names))
        out += "; did you mean '" + *near + "'?";
    else
        out += "; the commands are " + helixnet::join_with_and(listed);
    return out + "\n";
}

// Starts the program once more with glibc's heap on transparent huge pages
// (helixnet/util/huge_pages.hpp), unless GLIBC_TUNABLES already says
// something about them. Should the new start fail, this one goes on.
void start_with_huge_pages(char** argv) {
#ifdef __linux__
    const auto tunables = helixnet::tunables_with_huge_pages(std::getenv("GLIBC_TUNABLES"));
    if (!tunables || setenv("GLIBC_TUNABLES", tunables->c_str(), 1) != 0) return;
    execv("/proc/self/exe", argv);
#else
    (void)argv;
#endif
}

}  // namespace

int main(int argc, char** argv) {
    start_with_huge_pages(argv);
    using namespace helixnet;
    CLI::App app{
        "helixnet: analyse how stakeholders in a triple-helix network (government, industry, "
        "education) collaborate, wave by wave.\nWithout STUDY, every command uses the bundled "
        "study of the Regio Deal Drechtsteden-Gorinchem (2019, 2022, 2024).",
        "helixnet"};
    app.set_version_flag("--version", std::string("helixnet ") + HELIXNET_VERSION_STRING);
    app.require_subcommand(1);
    // Set before the commands are added: they take both from their parent.
    app.formatter(std::make_shared<HelpFormatter>());
    app.failure_message(failure_message);

    auto commands = cli::commands();
    std::sort(commands.begin(), commands.end(), [](const auto& a, const auto& b) {
        return std::pair(rank(a.name), a.name) < std::pair(rank(b.name), b.name);
    });
    std::map<CLI::App*, std::function<int()>> actions;
    for (const auto& c : commands) {
        CLI::App* sub = app.add_subcommand(c.name, c.description);
        actions[sub] = c.setup(*sub);
        // An option that takes several values takes one per flag (--by a
        // --by b), so that it never swallows the STUDY that follows it.
        for (CLI::Option* opt : sub->get_options())
            if (opt->get_expected_max() > 1 && opt->get_expected_min() <= 1) opt->allow_extra_args(false);
    }

    if (argc < 2) {
        std::vector<std::string> names;
        for (const auto& c : commands) names.push_back(c.name);
        std::cerr << "helixnet: a command is needed: " << join_with_and(names)
                  << "\nhelixnet: 'helixnet --help' says what each does\n";
        return 2;
    }
    if (argv[1][0] != '-' &&
        std::none_of(commands.begin(), commands.end(), [&](const auto& c) { return c.name == argv[1]; })) {
        std::cerr << unknown_command(argv[1], commands);
        return 2;
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
