#include "request.hpp"

#include <algorithm>

namespace helixnet {

namespace {

void check_wave(const Study& study, int year, DiagramSetting setting) {
    if (study.has_wave(year)) return;
    std::string years;
    for (const int y : study.wave_years()) years += (years.empty() ? "" : ", ") + std::to_string(y);
    throw DiagramOptionError(setting, "the study has no wave " + std::to_string(year) + " (its waves: " + years + ")");
}

// Absent -> the default when the study has it; "" / "none" -> off; else it must exist.
std::string resolve_attribute(const Study& study, const std::optional<std::string>& option, const char* fallback,
                              DiagramSetting setting) {
    if (!option) return study.has_attribute(fallback) ? fallback : "";
    if (option->empty() || *option == "none") return "";
    if (!study.has_attribute(*option))
        throw DiagramOptionError(setting, "the study has no attribute '" + *option + "'");
    return *option;
}

// The values an attribute takes: declared in the metadata, then used by actors.
std::vector<std::string> values_of(const Study& study, const std::string& attribute) {
    std::vector<std::string> out;
    const auto add = [&](const std::string& v) {
        if (!v.empty() && std::find(out.begin(), out.end(), v) == out.end()) out.push_back(v);
    };
    if (const AttributeInfo* info = study.attribute_info(attribute))
        for (const auto& [value, meta] : info->values) add(value);
    for (const Actor& a : study.actors)
        if (const std::string* v = a.attribute(attribute)) add(*v);
    return out;
}

void check_highlight(const Study& study, const Focus& h) {
    if (!study.has_attribute(h.attribute))
        throw DiagramOptionError(DiagramSetting::highlight, "the study has no attribute '" + h.attribute + "'");
    const std::vector<std::string> values = values_of(study, h.attribute);
    for (const std::string* v : {&h.group_a, &h.group_b}) {
        if (std::find(values.begin(), values.end(), *v) != values.end()) continue;
        std::string list;
        for (const auto& x : values) list += (list.empty() ? "" : ", ") + x;
        throw DiagramOptionError(DiagramSetting::highlight, "the study has no value '" + *v + "' of attribute '" +
                                                                h.attribute + "' (its values: " + list + ")");
    }
}

}  // namespace

DiagramRequest resolve_request(const Study& study, const DiagramOptions& options) {
    if (study.waves.empty()) throw Failure("the study has no waves to draw");
    DiagramRequest r;
    r.year = options.wave.value_or(study.wave_years().back());
    check_wave(study, r.year, DiagramSetting::wave);
    if (options.diff_from) {
        check_wave(study, *options.diff_from, DiagramSetting::diff_from);
        r.before = options.diff_from;
    }
    r.colour_by = resolve_attribute(study, options.colour_by, "sector", DiagramSetting::colour_by);
    r.cluster_by = resolve_attribute(study, options.cluster_by, "region", DiagramSetting::cluster_by);
    for (const Focus& h : options.highlight) check_highlight(study, h);
    r.highlight = options.highlight;
    return r;
}

}  // namespace helixnet
