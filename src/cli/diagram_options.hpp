// The options `dot` and `render` share.
#pragma once

#include <optional>
#include <string>

#include <CLI/CLI.hpp>

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
    bool two_mode = false;
};

inline void add_diagram_options(CLI::App& app, DiagramCliOptions& o) {
    app.add_option("--wave", o.wave, "the wave (year) to draw; default: the last wave");
    app.add_option("--diff-from", o.diff_from,
                   "draw the change since this wave: new ties, ended ties, actors that joined or left");
    app.add_option("--colour-by,--color-by", o.colour_by,
                   "attribute that colours the actors (default: sector; 'none' for no colours)");
    app.add_option("--cluster-by", o.cluster_by,
                   "attribute whose values are drawn as boxes (default: region; 'none' for no boxes)");
    app.add_option("--size-by", o.size_by, "metric that sizes the actors")
        ->check(CLI::IsMember(size_metrics()))
        ->capture_default_str();
    auto* top = app.add_option("--top", o.top, "draw only the N actors with the largest --size-by metric in the wave");
    app.add_flag("--two-mode", o.two_mode,
                 "draw actors and initiatives in one drawing: initiatives as boxes, an edge for each membership "
                 "(solid stated, dashed implied, dotted assumed); same positions in every wave")
        ->excludes(app.get_option("--diff-from"))
        ->excludes(app.get_option("--cluster-by"))
        ->excludes(app.get_option("--size-by"))
        ->excludes(top);
}

inline TwoModeOptions to_two_mode_options(const DiagramCliOptions& o) {
    TwoModeOptions t;
    t.wave = o.wave;
    t.colour_by = o.colour_by;
    return t;
}

inline DiagramOptions to_diagram_options(const DiagramCliOptions& o) {
    DiagramOptions d;
    d.wave = o.wave;
    d.diff_from = o.diff_from;
    d.colour_by = o.colour_by;
    d.cluster_by = o.cluster_by;
    d.size_by = o.size_by;
    d.top = o.top;
    return d;
}

}  // namespace helixnet::cli
