#include "helixnet/study/focus.hpp"

#include "helixnet/util/text.hpp"

namespace helixnet {

std::optional<Focus> parse_focus(std::string_view text) {
    text = trim(text);
    Focus f;
    const std::size_t eq = text.find('=');
    f.attribute = std::string(trim(text.substr(0, eq)));
    if (f.attribute.empty()) return std::nullopt;
    if (eq == std::string_view::npos) return f;
    const std::string_view groups = text.substr(eq + 1);
    const std::size_t colon = groups.find(':');
    if (colon == std::string_view::npos) return std::nullopt;
    f.group_a = std::string(trim(groups.substr(0, colon)));
    f.group_b = std::string(trim(groups.substr(colon + 1)));
    if (f.group_a.empty() || f.group_b.empty() || f.group_a == f.group_b || f.group_b.find(':') != std::string::npos)
        return std::nullopt;
    return f;
}

std::string format_focus(const Focus& focus) {
    return focus.pair() ? focus.attribute + "=" + focus.group_a + ":" + focus.group_b : focus.attribute;
}

}  // namespace helixnet
