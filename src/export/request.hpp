// DiagramOptions checked against a study (private to src/export/): the waves
// to draw and the attributes to colour and box by, resolved to what the study
// has. Every check throws DiagramOptionError naming the option.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "helixnet/export/diagram_options.hpp"
#include "helixnet/study/study.hpp"

namespace helixnet {

struct DiagramRequest {
    int year = 0;                  // the wave drawn
    std::optional<int> before;     // change view: the earlier wave
    std::string colour_by;         // "" for none
    std::string cluster_by;        // "" for none
    std::vector<Focus> highlight;  // attributes and values the study has
};

[[nodiscard]] DiagramRequest resolve_request(const Study& study, const DiagramOptions& options);

}  // namespace helixnet
