#include "helixnet/util/language.hpp"

namespace helixnet {

std::optional<Language> parse_language(std::string_view code) {
    if (code == "en") return Language::english;
    if (code == "nl") return Language::dutch;
    return std::nullopt;
}

std::string_view language_code(Language language) { return language == Language::dutch ? "nl" : "en"; }

}  // namespace helixnet
