// Errors and diagnostics shared by every part of helixnet.
//
// The library never prints and never exits: it throws one of these types, and
// the front end decides what to print and which exit status to return.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

namespace helixnet {

enum class Severity { error, warning };

// One problem found in an input, with its place: the file, a line and column
// (text forms) or a record (e.g. `ties[12]` in JSON, `record 5` in CSV), and
// the offending value as written.
struct Diagnostic {
    Severity severity = Severity::error;
    std::string file;
    std::size_t line = 0;    // 1-based; 0 when not known
    std::size_t column = 0;  // 1-based; 0 when not known
    std::string record;      // e.g. "ties[3]"; empty when line/column say it all
    std::string message;
    std::string value;  // the offending value; may be empty
    std::string hint;   // what may be meant ("did you mean 'x'?"); may be empty

    // "file:line:column: error: message: 'value'; hint"
    [[nodiscard]] std::string to_string() const;
};

// Collects diagnostics so that one run reports every problem.
class Diagnostics {
public:
    void add(Diagnostic d) { items_.push_back(std::move(d)); }
    void error(std::string file, std::size_t line, std::size_t column, std::string record, std::string message,
               std::string value = {}, std::string hint = {});
    void warning(std::string file, std::size_t line, std::size_t column, std::string record, std::string message,
                 std::string value = {}, std::string hint = {});
    [[nodiscard]] bool has_errors() const;
    [[nodiscard]] std::size_t error_count() const;
    [[nodiscard]] const std::vector<Diagnostic>& items() const { return items_; }
    [[nodiscard]] std::vector<Diagnostic> warnings() const;

private:
    std::vector<Diagnostic> items_;
};

// Input data is invalid (exit status 3). Carries every error found, and the
// warnings found alongside them.
class InvalidInput : public std::runtime_error {
public:
    explicit InvalidInput(std::vector<Diagnostic> diagnostics);
    InvalidInput(std::string file, std::string message, std::string value = {});
    [[nodiscard]] const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

private:
    std::vector<Diagnostic> diagnostics_;
};

// A request that cannot be carried out on valid data, e.g. a wave the study
// does not have (exit status 1 unless the front end maps it otherwise).
class Failure : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace helixnet
