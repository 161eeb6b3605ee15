#include "helixnet/error.hpp"

#include <algorithm>

namespace helixnet {

std::string Diagnostic::to_string() const {
    std::string out = file.empty() ? std::string("<input>") : file;
    if (line > 0) {
        out += ':' + std::to_string(line);
        if (column > 0) out += ':' + std::to_string(column);
    }
    if (!record.empty()) out += (line > 0 ? " (" + record + ")" : ": " + record);
    out += severity == Severity::error ? ": error: " : ": warning: ";
    out += message;
    if (!value.empty()) {
        // Keep messages one line and readable whatever the value holds.
        std::string shown;
        for (char c : value.substr(0, 200)) {
            if (c == '\n')
                shown += "\\n";
            else if (c == '\r')
                shown += "\\r";
            else if (static_cast<unsigned char>(c) < 0x20)
                shown += '?';
            else
                shown += c;
        }
        if (value.size() > 200) shown += "...";
        out += ": '" + shown + "'";
    }
    if (!hint.empty()) out += "; " + hint;
    return out;
}

void Diagnostics::error(std::string file, std::size_t line, std::size_t column, std::string record, std::string message,
                        std::string value, std::string hint) {
    items_.push_back({Severity::error, std::move(file), line, column, std::move(record), std::move(message),
                      std::move(value), std::move(hint)});
}

void Diagnostics::warning(std::string file, std::size_t line, std::size_t column, std::string record,
                          std::string message, std::string value, std::string hint) {
    items_.push_back({Severity::warning, std::move(file), line, column, std::move(record), std::move(message),
                      std::move(value), std::move(hint)});
}

bool Diagnostics::has_errors() const { return error_count() > 0; }

std::size_t Diagnostics::error_count() const {
    return static_cast<std::size_t>(
        std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) { return d.severity == Severity::error; }));
}

std::vector<Diagnostic> Diagnostics::warnings() const {
    std::vector<Diagnostic> out;
    for (const auto& d : items_)
        if (d.severity == Severity::warning) out.push_back(d);
    return out;
}

namespace {
std::string summarise(const std::vector<Diagnostic>& ds) {
    for (const auto& d : ds)
        if (d.severity == Severity::error) return d.to_string();
    return ds.empty() ? std::string("invalid input") : ds.front().to_string();
}
}  // namespace

InvalidInput::InvalidInput(std::vector<Diagnostic> diagnostics)
    : std::runtime_error(summarise(diagnostics)), diagnostics_(std::move(diagnostics)) {}

InvalidInput::InvalidInput(std::string file, std::string message, std::string value)
    : InvalidInput(std::vector<Diagnostic>{
          Diagnostic{Severity::error, std::move(file), 0, 0, {}, std::move(message), std::move(value), {}}}) {}

}  // namespace helixnet
