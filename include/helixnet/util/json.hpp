// JSON helpers for the outputs of metrics and groups (nlohmann/json).
#pragma once

#include <optional>

#include <nlohmann/json.hpp>

namespace helixnet {

// An undefined value as JSON null (ARCHITECTURE.md: std::optional → null → `–`),
// a defined one as its number.
template <typename T>
[[nodiscard]] nlohmann::ordered_json optional_json(const std::optional<T>& value) {
    return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
}

}  // namespace helixnet
