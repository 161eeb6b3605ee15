// Runs the built helixnet program for end-to-end tests.
#pragma once

#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "temp_dir.hpp"

namespace helixnet::testing {

struct RunResult {
    int status = -1;  // exit status
    std::string out, err;
};

inline std::string shell_quote(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

// Runs a shell command line (arguments already shell-quoted where needed).
inline RunResult run_command(const std::string& command) {
    TempDir tmp;
    const auto out = tmp.path() / "out", err = tmp.path() / "err";
    const std::string cmd = command + " </dev/null >" + shell_quote(out.string()) + " 2>" + shell_quote(err.string());
    const int raw = std::system(cmd.c_str());
    RunResult r;
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    const auto slurp = [](const std::filesystem::path& p) {
        std::ifstream in(p, std::ios::binary);
        std::ostringstream ss;
        ss << in.rdbuf();
        return ss.str();
    };
    r.out = slurp(out);
    r.err = slurp(err);
    return r;
}

// Runs `helixnet <args>` (args already shell-quoted where needed).
inline RunResult run_helixnet(const std::string& args) {
    return run_command(shell_quote(HELIXNET_BINARY) + " " + args);
}

}  // namespace helixnet::testing
