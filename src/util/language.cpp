#include "helixnet/util/language.hpp"

namespace helixnet {

std::optional<Language> parse_language(std::string_view code) {
    if (code == "en") return Language::english;
    if (code == "nl") return Language::dutch;
    return std::nullopt;
}

std::string_view language_code(Language language) { return language == Language::dutch ? "nl" : "en"; }

std::optional<AttributeNouns> attribute_nouns(std::string_view attribute, Language language) {
    const bool nl = language == Language::dutch;
    if (attribute == "sector") return nl ? AttributeNouns{"sector", "sectoren"} : AttributeNouns{"sector", "sectors"};
    if (attribute == "region") return nl ? AttributeNouns{"regio", "regio's"} : AttributeNouns{"region", "regions"};
    if (attribute == "pillar") return nl ? AttributeNouns{"pijler", "pijlers"} : AttributeNouns{"pillar", "pillars"};
    if (attribute == "community") return AttributeNouns{"cluster", "clusters"};  // the same in Dutch
    return std::nullopt;
}

}  // namespace helixnet
