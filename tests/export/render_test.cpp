#include "helixnet/export/render.hpp"

#include <unistd.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <set>
#include <utility>

#include "../support/png_size.hpp"
#include "helixnet/study/bundled.hpp"
#include "helixnet/study/load.hpp"
#include "helixnet/util/graphviz.hpp"
#include "sample_study.hpp"
#include "svg_text.hpp"

namespace helixnet {
namespace {

bool shows(const std::vector<std::string>& texts, const std::string& line) {
    return std::find(texts.begin(), texts.end(), line) != texts.end();
}

// Each line of a name is one <text> element; a long name may be broken over
// lines at spaces, so its words are found in consecutive <text> elements.
void expect_name_shown(const std::vector<std::string>& texts, const std::string& name) {
    std::stringstream lines(name);
    for (std::string line; std::getline(lines, line);) {
        bool found = false;
        for (std::size_t i = 0; i < texts.size() && !found; ++i) {
            std::string joined;
            for (std::size_t j = i; j < texts.size() && joined.size() < line.size(); ++j) {
                joined += (joined.empty() ? "" : " ") + texts[j];
                found = found || joined == line;
            }
        }
        EXPECT_TRUE(found) << "missing: " << line;
    }
}

TEST(Render, SvgShowsEveryActorName) {
    const Study s = test::regional_study();
    DiagramOptions o;
    o.wave = 2019;
    const std::string svg = render_diagram(build_diagram(s, o), ImageFormat::svg).data;
    const auto texts = test::svg_texts(svg);
    for (const Actor& a : s.actors)
        if (s.actor_in_wave(*s.actor_index(a.id), 2019)) expect_name_shown(texts, a.name);
    EXPECT_FALSE(shows(texts, "Late & Co"));  // not in 2019
    EXPECT_TRUE(shows(texts, "Gorinchem e.o."));
    EXPECT_TRUE(shows(texts, "Overheid"));
}

TEST(Render, HostileNamesAppearAsWritten) {
    const Study s = test::hostile_study();
    const std::string svg = render_diagram(build_diagram(s, {}), ImageFormat::svg).data;
    const auto texts = test::svg_texts(svg);
    for (const Actor& a : s.actors) expect_name_shown(texts, a.name);
    EXPECT_EQ(svg.find("<script>"), std::string::npos);  // escaped in the XML
}

TEST(Render, PngAndPdfHaveTheirSignatures) {
    const Diagram d = build_diagram(test::regional_study(), {});
    const std::string png = render_diagram(d, ImageFormat::png).data;
    ASSERT_GT(png.size(), 8u);
    EXPECT_EQ(png.substr(1, 3), "PNG");
    EXPECT_EQ(render_diagram(d, ImageFormat::pdf).data.substr(0, 5), "%PDF-");
}

TEST(Render, FormatFromFileName) {
    EXPECT_EQ(image_format_of("a/b.SVG"), ImageFormat::svg);
    EXPECT_EQ(image_format_of("b.png"), ImageFormat::png);
    EXPECT_EQ(image_format_of("b.pdf"), ImageFormat::pdf);
    EXPECT_FALSE(image_format_of("b.dot"));
    EXPECT_FALSE(image_format_of("png"));
}

// The command line, on the bundled study.
std::string run(const std::string& args, int& status) {
    // One file per process: ctest runs tests in parallel processes.
    const std::string out = ::testing::TempDir() + "helixnet_diagram_out_" + std::to_string(getpid()) + ".txt";
    status = std::system((std::string("\"") + HELIXNET_BINARY + "\" " + args + " > \"" + out + "\" 2>&1").c_str());
    std::ifstream in(out, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

TEST(RenderCommand, DotAndRenderOnTheBundledStudy) {
    if (!std::filesystem::exists(std::filesystem::path(HELIXNET_SOURCE_DIR) /
                                 "networks/regio-deal-drechtsteden-gorinchem/actors.csv"))
        GTEST_SKIP() << "bundled study not present";
    int status = -1;
    const std::string dot2019 = run("dot --wave 2019 --quiet", status);
    ASSERT_EQ(status, 0) << dot2019;
    const std::string dot2024 = run("dot --quiet", status);
    ASSERT_EQ(status, 0) << dot2024;
    const graphviz::DotGraph a = graphviz::read_dot(dot2019), b = graphviz::read_dot(dot2024);
    EXPECT_GT(a.nodes.size(), 10u);
    std::size_t common = 0;
    for (const auto& n : a.nodes) {
        if (n.attributes.has(keep_clear_attribute)) continue;
        if (const auto* m = b.find_node(n.name)) {
            EXPECT_EQ(n.attributes.get("pos"), m->attributes.get("pos")) << n.name;
            ++common;
        }
    }
    EXPECT_GT(common, 5u);

    const std::string svg = ::testing::TempDir() + "helixnet_diagram_" + std::to_string(getpid()) + ".svg";
    const std::string log = run("render --wave 2024 --diff-from 2019 -o \"" + svg + "\"", status);
    ASSERT_EQ(status, 0) << log;
    std::ifstream in(svg, std::ios::binary);
    const std::string text{std::istreambuf_iterator<char>(in), {}};
    EXPECT_NE(text.find("<svg"), std::string::npos);
    std::filesystem::remove(svg);

    run("render -o diagram.txt", status);
    EXPECT_EQ(WEXITSTATUS(status), 2);
    // The library names the problem, the command line the flag.
    std::string err = run("dot --wave 1990", status);
    EXPECT_EQ(WEXITSTATUS(status), 1);
    EXPECT_NE(err.find("helixnet: error: --wave: the study has no wave 1990 (its waves: 2019, 2022, 2024)"),
              std::string::npos)
        << err;
    err = run("dot --wave 2024 --diff-from 2000", status);
    EXPECT_NE(err.find("--diff-from: the study has no wave 2000"), std::string::npos) << err;
    err = run("dot --colour-by shoe-size", status);
    EXPECT_EQ(WEXITSTATUS(status), 1);
    EXPECT_NE(err.find("--colour-by: the study has no attribute 'shoe-size'"), std::string::npos) << err;
    err = run("dot --cluster-by shoe-size", status);
    EXPECT_NE(err.find("--cluster-by: the study has no attribute 'shoe-size'"), std::string::npos) << err;
    err = run("dot --highlight region=gorinchem:rotterdam", status);
    EXPECT_EQ(WEXITSTATUS(status), 1);
    EXPECT_NE(err.find("--highlight: the study has no value 'rotterdam' of attribute 'region'"), std::string::npos)
        << err;
    err = run("dot --highlight gorinchem", status);
    EXPECT_NE(err.find("--highlight: 'gorinchem' is not ATTRIBUTE=GROUP1:GROUP2"), std::string::npos) << err;
    // So does the two-mode drawing.
    err = run("dot --two-mode --colour-by shoe-size", status);
    EXPECT_EQ(WEXITSTATUS(status), 1);
    EXPECT_NE(err.find("helixnet: error: --colour-by: the study has no attribute 'shoe-size'"), std::string::npos)
        << err;
    err = run("dot --two-mode --wave 1990", status);
    EXPECT_NE(err.find("helixnet: error: --wave: the study has no wave 1990"), std::string::npos) << err;
    run("render --size letter -o x.png", status);
    EXPECT_EQ(WEXITSTATUS(status), 2);
}

TEST(RenderCommand, FitsThePageHighlightsAndSpeaksDutch) {
    if (!std::filesystem::exists(std::filesystem::path(HELIXNET_SOURCE_DIR) /
                                 "networks/regio-deal-drechtsteden-gorinchem/actors.csv"))
        GTEST_SKIP() << "bundled study not present";
    int status = -1;
    // Repeated --highlight flags take one pair each and leave STUDY alone.
    const std::string dot =
        run("dot --quiet --lang nl --highlight region=gorinchem:drechtsteden --highlight sector=industry:education",
            status);
    ASSERT_EQ(status, 0) << dot;
    const graphviz::DotGraph g = graphviz::read_dot(dot);
    std::size_t bold = 0;
    for (const auto& e : g.edges) bold += e.attributes.get("highlighted") == "true";
    // As many as the last wave has ties between those pairs of groups.
    const Study study = load_study(bundled_study_path());
    const int last = study.waves.back().year;
    const auto value = [&](std::uint32_t actor, const std::string& attribute) {
        const std::string* v = study.actors[actor].attribute(attribute);
        return v ? *v : std::string();
    };
    const auto between = [&](const Tie& t, const std::string& attribute, const std::string& a, const std::string& b) {
        const std::string s = value(t.source, attribute), d = value(t.target, attribute);
        return (s == a && d == b) || (s == b && d == a);
    };
    std::set<std::pair<std::uint32_t, std::uint32_t>> expected;
    for (const Tie& t : study.ties)
        if (t.wave == last &&
            (between(t, "region", "gorinchem", "drechtsteden") || between(t, "sector", "industry", "education")))
            expected.insert(std::minmax(t.source, t.target));
    EXPECT_GT(bold, 0u);
    EXPECT_EQ(bold, expected.size());
    const auto* legend = g.find_subgraph("clusterlegend");
    ASSERT_NE(legend, nullptr);
    EXPECT_NE(legend->attributes.get("label").find("kaders: regio"), std::string::npos);
    EXPECT_NE(legend->attributes.get("label").find("vet: banden"), std::string::npos);

    // A4 by default for PNG; a warning when the names print small.
    const std::string png = ::testing::TempDir() + "helixnet_page_" + std::to_string(getpid()) + ".png";
    const std::string log = run("render -o \"" + png + "\"", status);
    ASSERT_EQ(status, 0) << log;
    std::ifstream in(png, std::ios::binary);
    const std::string data{std::istreambuf_iterator<char>(in), {}};
    EXPECT_EQ(testing::png_size(data), (testing::PngSize{1123, 794}));
    // The bundled study's 45 actors print below 8 points on A4 (the drawing
    // says so), and at 8 points or more on A3.
    EXPECT_NE(log.find("helixnet: on the a4 page the smallest names print at "), std::string::npos) << log;
    const std::string a3 = run("render --size a3 -o \"" + png + "\"", status);
    ASSERT_EQ(status, 0) << a3;
    EXPECT_EQ(a3.find("print at"), std::string::npos) << a3;
    std::filesystem::remove(png);
}

}  // namespace
}  // namespace helixnet
