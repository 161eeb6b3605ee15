#include "helixnet/analysis/focus.hpp"

#include <algorithm>

#include "helixnet/error.hpp"

namespace helixnet {

std::vector<std::string> attributes_with_focus(std::vector<std::string> attributes, std::span<const Focus> focus) {
    for (const Focus& f : focus)
        if (std::find(attributes.begin(), attributes.end(), f.attribute) == attributes.end())
            attributes.push_back(f.attribute);
    return attributes;
}

void require_focus(const Study& study, const Focus& focus) {
    const std::string what = "focus '" + format_focus(focus) + "'";
    if (!study.has_attribute(focus.attribute))
        throw Failure(what + ": the study has no attribute '" + focus.attribute + "'");
    if (!focus.pair()) return;
    const AttributeInfo* info = study.attribute_info(focus.attribute);
    for (const std::string* group : {&focus.group_a, &focus.group_b}) {
        const bool declared = info && info->find(*group);
        const bool held = std::any_of(study.actors.begin(), study.actors.end(), [&](const Actor& a) {
            const std::string* v = a.attribute(focus.attribute);
            return v && *v == *group;
        });
        if (!declared && !held) throw Failure(what + ": no actor has " + focus.attribute + " '" + *group + "'");
    }
}

double focus_ties(const WaveAnalysis& wave, const Focus& focus) {
    const AttributeGroups* g = wave.groups.find(focus.attribute);
    if (!g) throw Failure("focus '" + format_focus(focus) + "': the attribute was not analysed");
    if (!focus.pair()) return static_cast<double>(g->metrics.external_ties);
    const auto a = g->grouping.find(focus.group_a), b = g->grouping.find(focus.group_b);
    return a && b ? static_cast<double>(g->metrics.mixing[*a][*b]) : 0.0;
}

std::string focus_label(const Study& study, const Focus& focus, Language language) {
    const bool nl = language == Language::dutch;
    if (!focus.pair()) return (nl ? "Banden tussen groepen van " : "Ties across groups of ") + focus.attribute;
    return (nl ? "Banden tussen " : "Ties between ") + study.value_label(focus.attribute, focus.group_a) +
           (nl ? " en " : " and ") + study.value_label(focus.attribute, focus.group_b);
}

}  // namespace helixnet
