// Fitting a drawing to a page: the maths, and the pages Graphviz draws.
#include <gtest/gtest.h>

#include <regex>

#include "../support/png_size.hpp"
#include "helixnet/export/render.hpp"
#include "sample_study.hpp"

namespace helixnet {
namespace {

TEST(Page, SizesAreLandscapeInPoints) {
    EXPECT_NEAR(page_of(PageSize::a4).width, 841.89, 0.01);
    EXPECT_NEAR(page_of(PageSize::a4).height, 595.28, 0.01);
    EXPECT_NEAR(page_of(PageSize::a3).width, 1190.55, 0.01);
    EXPECT_NEAR(page_of(PageSize::a3).height, 841.89, 0.01);
    EXPECT_NEAR(page_of(PageSize::slide).width / page_of(PageSize::slide).height, 16.0 / 9.0, 0.001);
    EXPECT_EQ(page_of(PageSize::screen).width, 1440.0);  // 1920 pixels at 96 per inch
    EXPECT_EQ(page_of(PageSize::screen).height, 810.0);
    for (const auto& name : page_size_names()) EXPECT_EQ(to_string(*parse_page_size(name)), name);
    EXPECT_FALSE(parse_page_size("letter"));
    EXPECT_FALSE(parse_page_size("A4"));
}

TEST(Page, FitScalesDownToTheNarrowerSideAndCentres) {
    const Page a4 = page_of(PageSize::a4);
    // 1000 × 500 points: the width binds, (841.89 - 36) / 1000.
    graphviz::Viewport v = fit_to_page({100, 50, 1100, 550}, a4);
    EXPECT_NEAR(v.zoom, 0.80589, 1e-5);
    EXPECT_EQ(v.centre.x, 600);
    EXPECT_EQ(v.centre.y, 300);
    EXPECT_EQ(v.width, a4.width);
    EXPECT_EQ(v.height, a4.height);
    // 500 × 1000: the height binds, (595.28 - 36) / 1000.
    v = fit_to_page({0, 0, 500, 1000}, a4);
    EXPECT_NEAR(v.zoom, 0.55928, 1e-5);
    // Never enlarged beyond max_zoom; the margin is the caller's.
    EXPECT_EQ(fit_to_page({0, 0, 100, 50}, a4).zoom, 1.0);
    EXPECT_EQ(fit_to_page({0, 0, 100, 50}, a4, 0, 3).zoom, 3.0);
    EXPECT_NEAR(fit_to_page({0, 0, 841.89, 10}, a4, 0).zoom, 1.0, 1e-6);
    // A degenerate drawing does not divide by zero.
    EXPECT_EQ(fit_to_page({5, 5, 5, 5}, a4).zoom, 1.0);
}

TEST(Page, PngPdfAndSvgAreThePage) {
    const Diagram d = build_diagram(test::regional_study(), {});
    const std::vector<RenderedDiagram> a4 =
        render_diagram(d, {ImageFormat::png, ImageFormat::pdf, ImageFormat::svg}, {96, PageSize::a4});
    // A4 at 96 pixels per inch: 11.69 × 8.27 inches.
    EXPECT_EQ(testing::png_size(a4[0].data), (testing::PngSize{1123, 794}));
    std::smatch m;
    ASSERT_TRUE(std::regex_search(a4[1].data, m, std::regex(R"(/MediaBox \[ 0 0 (\d+) (\d+) \])")));
    EXPECT_EQ(m[1], "842");
    EXPECT_EQ(m[2], "595");
    EXPECT_NE(a4[2].data.find("<svg width=\"842pt\" height=\"595pt\""), std::string::npos);
    for (const auto& r : a4) {
        EXPECT_EQ(r.page, PageSize::a4);
        EXPECT_GT(r.zoom, 0);
        EXPECT_LE(r.zoom, 1);
        EXPECT_NEAR(r.smallest_label, 9 * r.zoom, 1e-9);
    }
    // The resolution scales the pixels, not the page.
    EXPECT_EQ(testing::png_size(render_diagram(d, ImageFormat::png, {192, PageSize::a3}).data),
              (testing::PngSize{3175, 2245}));
    // By default PNG and PDF fit A4 and SVG keeps its own size.
    EXPECT_EQ(render_diagram(d, ImageFormat::png).page, PageSize::a4);
    const RenderedDiagram svg = render_diagram(d, ImageFormat::svg);
    EXPECT_EQ(svg.page, PageSize::natural);
    EXPECT_EQ(svg.zoom, 1.0);
    EXPECT_EQ(svg.smallest_label, 9.0);
}

TEST(Page, UnlabelledPointsHaveNoLabelSize) {
    DiagramOptions o;
    o.label_limit = 2;
    EXPECT_EQ(render_diagram(build_diagram(test::regional_study(), o), ImageFormat::png).smallest_label, 0.0);
}

}  // namespace
}  // namespace helixnet
