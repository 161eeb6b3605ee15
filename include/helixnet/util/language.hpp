// The languages helixnet writes for people: English and Dutch.
#pragma once

#include <optional>
#include <string_view>

namespace helixnet {

enum class Language { english, dutch };

// "en" or "nl"; nullopt for anything else.
[[nodiscard]] std::optional<Language> parse_language(std::string_view code);
[[nodiscard]] std::string_view language_code(Language language);

}  // namespace helixnet
