#include "request.hpp"

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
    return r;
}

}  // namespace helixnet
