// The errors of an input that must be rejected, for tests of the readers.
#pragma once

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "helixnet/error.hpp"

namespace helixnet::testing {

// Runs `read` (which must throw InvalidInput) and returns the error
// diagnostics it carries; a test failure naming `what` when it does not throw.
template <typename Read>
std::vector<Diagnostic> rejection_errors(Read&& read, const std::string& what) {
    try {
        (void)read();
    } catch (const InvalidInput& e) {
        std::vector<Diagnostic> out;
        for (const auto& d : e.diagnostics())
            if (d.severity == Severity::error) out.push_back(d);
        return out;
    }
    ADD_FAILURE() << "expected rejection of " << what;
    return {};
}

}  // namespace helixnet::testing
