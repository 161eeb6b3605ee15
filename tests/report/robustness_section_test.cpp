// The report's section "How sure are we?" (report/robustness_section.hpp).
#include "helixnet/report/robustness_section.hpp"

#include <gtest/gtest.h>

#include <string>

#include "helixnet/error.hpp"
#include "helixnet/report/report.hpp"
#include "helixnet/study/bundled.hpp"
#include "helixnet/study/json_io.hpp"
#include "helixnet/study/load.hpp"

namespace helixnet {
namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// A rise resting on one passage whose quote and reference need escaping.
Study hostile_study() {
    const char* json = R"({"format": "helixnet/1", "name": "s", "waves": [{"year": 2019}, {"year": 2022}],
      "actors": [{"id": "a"}, {"id": "b"}, {"id": "c"}, {"id": "d"}],
      "ties": [{"source": "a", "target": "b", "wave": 2019, "evidence": "q0"},
               {"source": "a", "target": "b", "wave": 2022, "evidence": "q0"},
               {"source": "c", "target": "d", "wave": 2022, "evidence": "<script>x</script> & co",
                "source_ref": "p. <1>"}]})";
    Diagnostics d;
    return read_study_json(json, "s.json", d);
}

TEST(RobustnessSection, OneTablePerPairWithMarksVerdictsAndQuotes) {
    const Study s = hostile_study();
    const RobustnessResult r = analyse_robustness(s);
    const std::string html = robustness_section_html(s, r, Language::english);
    EXPECT_TRUE(has(html, "<h3>2019 \xE2\x86\x92 2022</h3>")) << html;
    EXPECT_TRUE(has(html, "<table class=\"robustness\">")) << html;
    EXPECT_TRUE(has(html, "Stated ties only")) << html;
    EXPECT_TRUE(has(html, "\xE2\x9C\x93")) << html;
    EXPECT_TRUE(has(html, "<span class=\"verdict fragile\">fragile</span>")) << html;
    EXPECT_TRUE(has(html, "<blockquote>&lt;script&gt;x&lt;/script&gt; &amp; co<cite>p. &lt;1&gt;</cite></blockquote>"))
        << html;
    EXPECT_FALSE(has(html, "<script>"));
    const std::string nl = robustness_section_html(s, r, Language::dutch);
    EXPECT_TRUE(has(nl, "Alleen genoemde banden")) << nl;
    EXPECT_TRUE(has(nl, "fragiel")) << nl;
    EXPECT_EQ(robustness_section_title(Language::dutch), "Hoe zeker is dit?");
}

TEST(RobustnessSection, InTheReportOfTheBundledStudy) {
    const Study s = load_study(bundled_study_path());
    ReportOptions options;
    options.png = false;
    options.analysis.permutation.permutations = 0;
    const Report report = build_report(s, options);
    const std::string& html = report.files.front().content;
    EXPECT_TRUE(has(html, "<section id=\"robustness\">")) << "no section";
    EXPECT_TRUE(has(html, "How sure are we?"));
    EXPECT_TRUE(has(html, "<h3>2019 \xE2\x86\x92 2024</h3>"));
    options.language = Language::dutch;
    EXPECT_TRUE(has(build_report(s, options).files.front().content, "Hoe zeker is dit?"));
}

}  // namespace
}  // namespace helixnet
