#include "helixnet/report/trend_chart.hpp"

#include <regex>

#include <gtest/gtest.h>

#include "helixnet/error.hpp"

namespace helixnet {
namespace {

std::size_t count(const std::string& text, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t pos = text.find(needle); pos != std::string::npos; pos = text.find(needle, pos + 1)) ++n;
    return n;
}

TrendChart density_chart() {
    TrendChart c;
    c.title = "Density";
    c.years = {2019, 2022, 2024};
    c.series.push_back({"Density", {0.034, 0.061, 0.072}, false, ""});
    c.decimals = 3;
    return c;
}

TEST(TrendChart, PrintsEveryValueAndYear) {
    const std::string svg = trend_chart_svg(density_chart());
    EXPECT_EQ(svg.rfind("<svg", 0), 0u);
    EXPECT_TRUE(svg.ends_with("</svg>"));
    for (const char* text : {">0.034<", ">0.061<", ">0.072<", ">2019<", ">2022<", ">2024<"})
        EXPECT_NE(svg.find(text), std::string::npos) << text;
    EXPECT_EQ(count(svg, "<circle"), 3u);
    EXPECT_EQ(count(svg, "stroke-width=\"2.2\""), 2u);  // two segments, no legend for one series
}

TEST(TrendChart, YearsAreSpacedByTime) {
    const std::string svg = trend_chart_svg(density_chart());
    // The x of the three year labels: 2019→2022 is three years, 2022→2024 two.
    const std::regex year_label(R"re(<text x="([0-9.]+)" y="[0-9.]+" class="year")re");
    std::vector<double> xs;
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), year_label); it != std::sregex_iterator(); ++it)
        xs.push_back(std::stod((*it)[1]));
    ASSERT_EQ(xs.size(), 3u);
    EXPECT_NEAR((xs[1] - xs[0]) / (xs[2] - xs[1]), 1.5, 0.02);
}

TEST(TrendChart, HigherValuesAreDrawnHigher) {
    const std::string svg = trend_chart_svg(density_chart());
    const std::regex point(R"re(<circle cx="[0-9.]+" cy="([0-9.]+)")re");
    std::vector<double> ys;
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), point); it != std::sregex_iterator(); ++it)
        ys.push_back(std::stod((*it)[1]));
    ASSERT_EQ(ys.size(), 3u);
    EXPECT_GT(ys[0], ys[1]);  // SVG y grows downwards
    EXPECT_GT(ys[1], ys[2]);
}

TEST(TrendChart, AMissingValueLeavesAGap) {
    TrendChart c = density_chart();
    c.series[0].values[1] = std::nullopt;
    const std::string svg = trend_chart_svg(c);
    EXPECT_EQ(count(svg, "<circle"), 2u);
    EXPECT_EQ(count(svg, "stroke-width=\"2.2\""), 0u);  // no segment touches the gap
    EXPECT_EQ(svg.find("\xE2\x80\x93<"), std::string::npos);
}

TEST(TrendChart, ReferenceSeriesIsDashedWithALegend) {
    TrendChart c;
    c.title = "E-I <sector>";
    c.years = {2019, 2024};
    c.series.push_back({"observed", {-0.2, 0.35}, false, ""});
    c.series.push_back({"expected", {0.5, 0.5}, true, "#6b7785"});
    c.y_min = -1;
    c.y_max = 1;
    c.decimals = 2;
    c.language = Language::dutch;
    const std::string svg = trend_chart_svg(c);
    EXPECT_NE(svg.find("stroke-dasharray"), std::string::npos);
    EXPECT_NE(svg.find(">observed<"), std::string::npos);
    EXPECT_NE(svg.find(">expected<"), std::string::npos);
    EXPECT_NE(svg.find(">-0,20<"), std::string::npos);
    EXPECT_NE(svg.find(">0,35<"), std::string::npos);
    EXPECT_NE(svg.find("E-I &lt;sector&gt;"), std::string::npos);
    EXPECT_EQ(svg.find("<sector>"), std::string::npos);
}

TEST(TrendChart, RejectsASeriesOfTheWrongLength) {
    TrendChart c = density_chart();
    c.series[0].values.pop_back();
    EXPECT_THROW((void)trend_chart_svg(c), Failure);
}

TEST(TrendChart, OneWaveAndAllZeroValuesDoNotBreakTheAxis) {
    TrendChart c;
    c.title = "Ties";
    c.years = {2019};
    c.series.push_back({"Ties", {0.0}, false, ""});
    c.decimals = 0;
    const std::string svg = trend_chart_svg(c);
    EXPECT_EQ(svg.find("nan"), std::string::npos);
    EXPECT_EQ(svg.find("inf"), std::string::npos);
    EXPECT_EQ(count(svg, "<circle"), 1u);
}

}  // namespace
}  // namespace helixnet
