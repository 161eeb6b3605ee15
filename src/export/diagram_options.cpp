#include "helixnet/export/diagram_options.hpp"

#include "helixnet/analysis/measures.hpp"

namespace helixnet {

namespace {

// A measure's label inside a heading: "Core number" -> "core number";
// a name in capitals inside ("PageRank") keeps its first capital.
std::string in_heading(std::string_view label) {
    std::string out(label);
    const bool capital_inside = out.size() > 1 && out[1] >= 'A' && out[1] <= 'Z';
    if (!out.empty() && out[0] >= 'A' && out[0] <= 'Z' && !capital_inside)
        out[0] = static_cast<char>(out[0] - 'A' + 'a');
    return out;
}

}  // namespace

DiagramText diagram_text(Language language) {
    DiagramText t;  // English
    for (const char* attribute : {"sector", "region", "pillar", "community"})
        t.names[attribute] = std::string(attribute_nouns(attribute, language)->singular);
    // The --size-by measures under their labels in the table of measures.
    for (const auto& key : size_measure_keys())
        t.names[key] = in_heading(find_measure(MeasureLevel::actor, key)->text(language).label);
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
