#include "helixnet/report/trend_chart.hpp"
#include "helixnet/util/xml.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "helixnet/error.hpp"
#include "helixnet/report/html.hpp"
#include "helixnet/report/strings.hpp"
#include "helixnet/util/number.hpp"

namespace helixnet {
namespace {

constexpr const char* palette[] = {"#1f5f8b", "#c2571a", "#2e7d32", "#7b3f98"};

// A step of 1, 2, 2.5 or 5 times a power of ten giving about four intervals.
double nice_step(double span) {
    const double raw = span / 4.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double f : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (f * magnitude >= raw - 1e-12 * magnitude) return f * magnitude;
    return 10.0 * magnitude;
}

int decimals_of(double step) {
    int d = 0;
    while (d < 6 && std::fabs(step * std::pow(10.0, d) - std::round(step * std::pow(10.0, d))) > 1e-9) ++d;
    return d;
}

}  // namespace

std::string trend_chart_svg(const TrendChart& chart) {
    for (const auto& s : chart.series)
        if (s.values.size() != chart.years.size())
            throw Failure(
                fmt::format("chart '{}': {} values for {} waves", chart.title, s.values.size(), chart.years.size()));

    // Value axis.
    double lo = 0, hi = 0;
    bool any = false;
    for (const auto& s : chart.series)
        for (const auto& v : s.values)
            if (v) {
                lo = any ? std::min(lo, *v) : std::min(0.0, *v);
                hi = any ? std::max(hi, *v) : std::max(0.0, *v);
                any = true;
            }
    if (chart.y_min) lo = std::min(*chart.y_min, lo);
    if (chart.y_max) hi = std::max(*chart.y_max, hi);
    if (hi - lo <= 0) hi = lo + 1;
    double step = nice_step(hi - lo);
    if (!chart.y_min) lo = std::floor(lo / step - 1e-9) * step;
    if (!chart.y_max) hi = std::ceil(hi * 1.08 / step - 1e-9) * step;  // room for the labels above the top point
    if (chart.y_min && chart.y_max) step = nice_step(hi - lo);
    const int tick_decimals = decimals_of(step);

    const bool legend = chart.series.size() > 1;
    const double left = 44, right = 16, top = legend ? 40 : 22, bottom = 28;
    const double plot_w = chart.width - left - right, plot_h = chart.height - top - bottom;
    const double inset = 26;  // keeps the first and last point's labels inside
    const int first_year = chart.years.empty() ? 0 : chart.years.front();
    const int last_year = chart.years.empty() ? 0 : chart.years.back();
    const auto x_of = [&](std::size_t i) {
        if (last_year == first_year) return left + plot_w / 2;
        return left + inset + (plot_w - 2 * inset) * (chart.years[i] - first_year) / double(last_year - first_year);
    };
    const auto y_of = [&](double v) { return top + plot_h * (hi - v) / (hi - lo); };

    std::string out = fmt::format(R"(<svg class="trend" viewBox="0 0 {} {}" role="img" aria-label="{}">)", chart.width,
                                  chart.height, xml_escape(chart.title));
    out += "<title>" + xml_escape(chart.title) + "</title>";

    // Grid and value axis labels.
    for (double t = lo; t <= hi + step * 1e-6; t += step) {
        const double y = y_of(t);
        const bool zero = std::fabs(t) < step * 1e-6;
        out += fmt::format(R"(<line x1="{:.1f}" y1="{:.1f}" x2="{:.1f}" y2="{:.1f}" class="{}"/>)", left, y,
                           left + plot_w, y, zero ? "axis" : "grid");
        out += fmt::format(R"(<text x="{:.1f}" y="{:.1f}" class="tick" text-anchor="end">{}</text>)", left - 6, y + 3.5,
                           xml_escape(format_decimal(t, tick_decimals, chart.language)));
    }
    // Wave years.
    for (std::size_t i = 0; i < chart.years.size(); ++i)
        out += fmt::format(R"(<text x="{:.1f}" y="{:.1f}" class="year" text-anchor="middle">{}</text>)", x_of(i),
                           top + plot_h + 18, chart.years[i]);

    // Series: lines between consecutive defined points, then points and values.
    for (std::size_t k = 0; k < chart.series.size(); ++k) {
        const auto& s = chart.series[k];
        std::string colour = safe_colour(s.colour);
        if (colour.empty()) colour = palette[k % std::size(palette)];
        const char* dash = s.dashed ? R"( stroke-dasharray="5 4")" : "";
        for (std::size_t i = 0; i + 1 < s.values.size(); ++i)
            if (s.values[i] && s.values[i + 1])
                out += fmt::format(
                    R"(<line x1="{:.1f}" y1="{:.1f}" x2="{:.1f}" y2="{:.1f}" stroke="{}" stroke-width="2.2"{}/>)",
                    x_of(i), y_of(*s.values[i]), x_of(i + 1), y_of(*s.values[i + 1]), colour, dash);
        for (std::size_t i = 0; i < s.values.size(); ++i) {
            if (!s.values[i]) continue;
            // The value goes above its point, or below where another series
            // lies above it at this wave, so that close points keep their
            // labels apart.
            bool below = false;
            for (std::size_t other = 0; other < chart.series.size(); ++other)
                if (other != k && chart.series[other].values[i] &&
                    (*chart.series[other].values[i] > *s.values[i] ||
                     (*chart.series[other].values[i] == *s.values[i] && other < k)))
                    below = true;
            const double x = x_of(i), y = y_of(*s.values[i]);
            out += fmt::format(R"(<circle cx="{:.1f}" cy="{:.1f}" r="{}" fill="{}" stroke="#fff" stroke-width="1.5"/>)",
                               x, y, s.dashed ? 3.2 : 4.2, s.dashed ? "#fff" : colour);
            if (s.dashed)
                out += fmt::format(
                    R"(<circle cx="{:.1f}" cy="{:.1f}" r="3.2" fill="none" stroke="{}" stroke-width="1.5"/>)", x, y,
                    colour);
            out +=
                fmt::format(R"(<text x="{:.1f}" y="{:.1f}" class="value{}" text-anchor="middle" fill="{}">{}</text>)",
                            x, below ? y + 16 : y - 9, s.dashed ? " ref" : "", colour,
                            xml_escape(format_decimal(*s.values[i], chart.decimals, chart.language)));
        }
    }

    // Legend.
    if (legend) {
        double x = left;
        for (std::size_t k = 0; k < chart.series.size(); ++k) {
            const auto& s = chart.series[k];
            std::string colour = safe_colour(s.colour);
            if (colour.empty()) colour = palette[k % std::size(palette)];
            out += fmt::format(R"(<line x1="{:.1f}" y1="12" x2="{:.1f}" y2="12" stroke="{}" stroke-width="2.2"{}/>)", x,
                               x + 18, colour, s.dashed ? R"( stroke-dasharray="4 3")" : "");
            out += fmt::format(R"(<text x="{:.1f}" y="16" class="legend">{}</text>)", x + 23, xml_escape(s.label));
            x += 23 + 7.0 * static_cast<double>(s.label.size()) + 18;
        }
    }
    out += "</svg>";
    return out;
}

}  // namespace helixnet
