// The comparisons a study is about (study.json "focus", `--focus`): the ties
// between two groups of an attribute, written "region=gorinchem:drechtsteden",
// or the ties across all groups of an attribute, written "sector". summary
// and the report lead with them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace helixnet {

struct Focus {
    std::string attribute;
    std::string group_a;  // both empty: the ties across all groups of `attribute`
    std::string group_b;

    [[nodiscard]] bool pair() const { return !group_a.empty(); }
    bool operator==(const Focus&) const = default;
};

// "ATTR" or "ATTR=G1:G2" (no part empty, G1 ≠ G2); nullopt otherwise.
[[nodiscard]] std::optional<Focus> parse_focus(std::string_view text);
// The text parse_focus reads back.
[[nodiscard]] std::string format_focus(const Focus& focus);

}  // namespace helixnet
