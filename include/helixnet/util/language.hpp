// The languages helixnet writes for people: English and Dutch.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace helixnet {

enum class Language { english, dutch };

// "en" or "nl"; nullopt for anything else.
[[nodiscard]] std::optional<Language> parse_language(std::string_view code);
[[nodiscard]] std::string_view language_code(Language language);

// One text in the language asked for: Words{language}.pick("Actors", "Actoren").
struct Words {
    Language language = Language::english;
    [[nodiscard]] bool dutch() const { return language == Language::dutch; }
    [[nodiscard]] std::string pick(std::string_view english, std::string_view dutch_text) const {
        return std::string(dutch() ? dutch_text : english);
    }
};

// The nouns for an attribute every study of the project may have ("sector",
// "region", "pillar", and "community", the clusters helixnet finds), in
// `language`; nullopt for any other attribute, which is shown by its name.
struct AttributeNouns {
    std::string_view singular;  // "region" / "regio"
    std::string_view plural;    // "regions" / "regio's"
};
[[nodiscard]] std::optional<AttributeNouns> attribute_nouns(std::string_view attribute, Language language);

}  // namespace helixnet
