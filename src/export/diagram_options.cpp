#include "helixnet/export/diagram_options.hpp"

namespace helixnet {

DiagramText diagram_text(Language language) {
    DiagramText t;  // English
    for (const char* attribute : {"sector", "region", "pillar", "community"})
        t.names[attribute] = std::string(attribute_nouns(attribute, language)->singular);
    if (language == Language::english) return t;
    t.wave = "meting";
    t.change = "verandering";
    t.colour = "kleur";
    t.unknown = "onbekend";
    t.boxes = "kaders";
    t.box = "één kader per waarde, naam bovenaan";
    t.outside = "buiten de kaders";
    t.no_value = "geen waarde";
    t.size = "grootte";
    t.larger = "grotere naam = hogere waarde";
    t.larger_point = "grotere stip = hogere waarde";
    t.largest = "grootste";
    t.ties = "banden";
    t.tie = "band; breder = zwaarder";
    t.highlighted = "vet: banden";
    t.faint = "vaag: alle andere banden";
    t.change_since = "verandering sinds";
    t.new_tie = "nieuwe band";
    t.ended_tie = "band beëindigd (gestreept)";
    t.stable_tie = "band in beide metingen";
    t.joined = "actor erbij gekomen (dubbele rand)";
    t.left = "actor afgevallen (gestreept, vervaagd)";
    t.names.insert({{"degree", "aantal banden"},
                    {"strength", "sterkte (som van de gewichten)"},
                    {"harmonic", "harmonische centraliteit"},
                    {"eigenvector", "eigenvectorcentraliteit"},
                    {"core", "kerngetal"}});
    t.decimal_mark = ',';
    return t;
}

Focus parse_highlight(std::string_view text) {
    const auto bad = [&] {
        return DiagramOptionError(DiagramSetting::highlight, "'" + std::string(text) +
                                                                 "' is not ATTRIBUTE=GROUP1:GROUP2 (for example "
                                                                 "region=gorinchem:drechtsteden)");
    };
    const std::size_t equals = text.find('=');
    if (equals == std::string_view::npos) throw bad();
    const std::string_view pair = text.substr(equals + 1);
    const std::size_t colon = pair.find(':');
    if (colon == std::string_view::npos || pair.find(':', colon + 1) != std::string_view::npos) throw bad();
    Focus h{std::string(text.substr(0, equals)), std::string(pair.substr(0, colon)),
            std::string(pair.substr(colon + 1))};
    if (h.attribute.empty() || h.group_a.empty() || h.group_b.empty()) throw bad();
    return h;
}

}  // namespace helixnet
