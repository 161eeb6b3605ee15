// The options `dot` and `render` share, and the flag of each diagram option
// for messages: the library names the problem, the command line the flag.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "helixnet/export/diagram_data.hpp"
#include "helixnet/export/dot.hpp"
#include "helixnet/export/two_mode.hpp"

namespace helixnet::cli {

struct DiagramCliOptions {
    std::optional<int> wave;
    std::optional<int> diff_from;
    std::optional<std::string> colour_by;
    std::optional<std::string> cluster_by;
    std::string size_by = "degree";
    std::size_t top = 0;
    std::vector<std::string> highlight;
    std::string lang = "en";
    bool two_mode = false;
};

inline void add_diagram_options(CLI::App& app, DiagramCliOptions& o) {
    app.add_option("--wave", o.wave, "the wave (year) to draw; default: the last wave")->type_name("YEAR");
    app.add_option("--diff-from", o.diff_from,
                   "draw the change since this wave: new ties, ended ties, actors that joined or left")
        ->type_name("YEAR");
    app.add_option("--colour-by,--color-by", o.colour_by,
                   "attribute that colours the actors (default: sector; 'none' for no colours)");
    app.add_option("--cluster-by", o.cluster_by,
                   "attribute whose values are drawn as boxes (default: region; 'none' for no boxes)");
    app.add_option("--size-by", o.size_by, "measure that sizes the actors")
        ->check(CLI::IsMember(size_measures()))
        ->capture_default_str();
    app.add_option("--top", o.top, "draw only the N actors with the largest --size-by measure in the wave");
    app.add_option("--highlight", o.highlight,
                   "ATTR=G1:G2, e.g. region=gorinchem:drechtsteden: draw the ties between these two groups bold and "
                   "every other tie faint (repeatable)")
        ->expected(1)
        ->take_all();
    app.add_option("--lang", o.lang, "language of the title and legend: en or nl")
        ->check(CLI::IsMember({"en", "nl"}))
        ->capture_default_str();
    app.add_flag("--two-mode", o.two_mode,
                 "draw actors and initiatives in one drawing: initiatives as boxes, an edge for each membership "
                 "(solid stated, dashed implied, dotted assumed); same positions in every wave")
        ->excludes(app.get_option("--diff-from"))
        ->excludes(app.get_option("--cluster-by"))
        ->excludes(app.get_option("--size-by"))
        ->excludes(app.get_option("--top"));
}

inline TwoModeOptions to_two_mode_options(const DiagramCliOptions& o) {
    TwoModeOptions t;
    t.wave = o.wave;
    t.colour_by = o.colour_by;
    return t;
}

// The options for the library; a malformed --highlight throws Failure naming
// the flag.
inline DiagramOptions to_diagram_options(const DiagramCliOptions& o) {
    DiagramOptions d;
    d.text = diagram_text(*parse_language(o.lang));
    for (const auto& h : o.highlight) {
        try {
            d.highlight.push_back(parse_highlight(h));
        } catch (const DiagramOptionError& e) {
            throw Failure(std::string("--highlight: ") + e.what());
        }
    }
    d.wave = o.wave;
    d.diff_from = o.diff_from;
    d.colour_by = o.colour_by;
    d.cluster_by = o.cluster_by;
    d.size_by = o.size_by;
    d.top = o.top;
    return d;
}

// The command-line flag of a diagram option.
inline const char* flag_of(DiagramSetting setting) {
    switch (setting) {
        case DiagramSetting::wave:
            return "--wave";
        case DiagramSetting::diff_from:
            return "--diff-from";
        case DiagramSetting::colour_by:
            return "--colour-by";
        case DiagramSetting::cluster_by:
            return "--cluster-by";
        case DiagramSetting::size_by:
            return "--size-by";
        case DiagramSetting::highlight:
            return "--highlight";
    }
    return "--wave";
}

// Builds the diagram; a DiagramOptionError becomes a Failure that names the
// flag ("--wave: the study has no wave 1999 (its waves: ...)").
template <typename Build>
auto naming_the_flag(Build build) {
    try {
        return build();
    } catch (const DiagramOptionError& e) {
        throw Failure(std::string(flag_of(e.setting())) + ": " + e.what());
    }
}

inline Diagram build_diagram_for_flags(const Study& study, const DiagramOptions& options) {
    return naming_the_flag([&] { return build_diagram(study, options); });
}

// The drawing the flags ask for: actors and initiatives with --two-mode, else
// the actors' network.
inline Diagram diagram_for_flags(const Study& study, const DiagramCliOptions& o) {
    if (o.two_mode) return naming_the_flag([&] { return build_two_mode_diagram(study, to_two_mode_options(o)); });
    return build_diagram_for_flags(study, to_diagram_options(o));
}

}  // namespace helixnet::cli
