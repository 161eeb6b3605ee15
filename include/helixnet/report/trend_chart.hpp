// A small line chart of one or more measures over the waves, drawn as inline
// SVG for the HTML report (no script): wave years on the x axis (spaced by
// time), the value printed beside every point, a dashed line for a reference
// series (e.g. the expected E-I index). A missing value leaves a gap.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "helixnet/util/language.hpp"

namespace helixnet {

struct TrendSeries {
    std::string label;                          // shown in the legend when there are several series
    std::vector<std::optional<double>> values;  // one per year
    bool dashed = false;
    std::string colour;  // CSS hex colour; empty: from the chart palette
};

struct TrendChart {
    std::string title;  // the chart's accessible name (escaped when written)
    std::vector<int> years;
    std::vector<TrendSeries> series;
    // A fixed value axis (e.g. −1..1 for an E-I index); absent: from the
    // values, with 0 included and rounded out to a readable step.
    std::optional<double> y_min;
    std::optional<double> y_max;
    int decimals = 3;  // of the printed values
    Language language = Language::english;
    int width = 360;
    int height = 210;
};

// The chart as an <svg> element. Throws Failure when a series' length differs
// from the number of years.
[[nodiscard]] std::string trend_chart_svg(const TrendChart& chart);

}  // namespace helixnet
