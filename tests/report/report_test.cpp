#include "helixnet/report/report.hpp"
#include "helixnet/util/xml.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "../export/svg_text.hpp"
#include "../support/png_size.hpp"
#include "../support/run.hpp"
#include "../support/temp_dir.hpp"
#include "helixnet/analysis/measures.hpp"
#include "helixnet/compare/narrative.hpp"
#include "helixnet/error.hpp"
#include "helixnet/report/explorer.hpp"
#include "helixnet/report/html.hpp"
#include "helixnet/report/strings.hpp"
#include "helixnet/study/bundled.hpp"
#include "helixnet/study/load.hpp"
#include "helixnet/study/projection.hpp"

namespace helixnet {
namespace {

using testing::png_size;
using testing::PngSize;
using testing::RunResult;
using testing::TempDir;
namespace fs = std::filesystem;

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::size_t count(const std::string& text, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t pos = text.find(needle); pos != std::string::npos; pos = text.find(needle, pos + 1)) ++n;
    return n;
}

const ReportFile* find_file(const Report& r, const std::string& name) {
    for (const auto& f : r.files)
        if (f.name == name) return &f;
    return nullptr;
}

// The JSON of the page's data element.
nlohmann::ordered_json page_data(const std::string& html) {
    const std::string open = "<script type=\"application/json\" id=\"explorer-data\">";
    const std::size_t start = html.find(open);
    if (start == std::string::npos) return {};
    const std::size_t end = html.find("</script>", start);
    return nlohmann::ordered_json::parse(html.substr(start + open.size(), end - start - open.size()));
}

// The values of every `attribute="…"` in `html`.
std::vector<std::string> attribute_values(const std::string& html, const std::string& attribute) {
    std::vector<std::string> out;
    const std::string open = attribute + "=\"";
    for (std::size_t pos = html.find(open); pos != std::string::npos; pos = html.find(open, pos + 1)) {
        const std::size_t start = pos + open.size(), end = html.find('"', start);
        out.push_back(html.substr(start, end - start));
    }
    return out;
}

// Nothing in the page loads from elsewhere: its links go only to its own
// sections and to the report's files beside it; its only scripts are its
// own, inline (the explorer's data and code), and they ask for nothing; the
// page's security policy forbids every request besides.
void expect_self_contained(const std::string& html, const Report& report) {
    for (const char* bad : {"src=\"", "src='", "href='", "url(", "@import", "<iframe", "<link", "<object", "<embed",
                            "javascript:", "fetch(", "XMLHttpRequest", "WebSocket", "EventSource", "sendBeacon",
                            "import(", "Worker(", "window.open", "location.href"})
        EXPECT_EQ(html.find(bad), std::string::npos) << "found " << bad;
    for (const char* attribute : {"href", "xlink:href", "action", "srcset", "poster", "data"})
        for (const std::string& value : attribute_values(html, attribute)) {
            const bool own_file = std::any_of(report.files.begin(), report.files.end(),
                                              [&](const ReportFile& f) { return f.name == value; });
            EXPECT_TRUE(value.starts_with("#") || own_file) << attribute << "=\"" << value << "\"";
        }
    EXPECT_EQ(count(html, "<script"), 2u);
    EXPECT_EQ(count(html, "<script type=\"application/json\" id=\"explorer-data\">"), 1u);
    EXPECT_EQ(count(html, "<script>"), 1u);
    EXPECT_NE(html.find("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"),
              std::string::npos);
}

const char* const hostile = "<script>alert(1)</script>";

// A study whose every text tries to inject markup.
Study hostile_study() {
    Study s;
    s.name = "Deal <b>bold</b> & \"quoted\"";
    s.description = "A description with <img src=\"http://example.org/x.png\"> and <style>body{display:none}</style>";
    s.sources = nlohmann::ordered_json::array();
    s.sources.push_back(
        {{"title", "<i>Title</i>"}, {"publisher", "P & Q"}, {"year", 2024}, {"url", "http://example.org/<script>"}});
    s.waves = {{2019, "<u>start</u>"}, {2024, "end"}};
    AttributeInfo sector{"sector", {}};
    sector.values.push_back({"government", ValueInfo{"Gov <em>", "#1f77b4", "government", {}}});
    sector.values.push_back({"industry", ValueInfo{"Ind", "red", "industry", {}}});
    AttributeInfo region{"region", {}};
    region.values.push_back({"north", ValueInfo{"North <x>", "", "", {}}});
    region.values.push_back({"south", ValueInfo{"South", "", "", {}}});
    s.attributes = {sector, region};
    s.attribute_names = {"sector", "region"};
    const auto add = [&](std::string id, std::string name, std::string sector_value, std::string region_value,
                         std::vector<int> waves) {
        Actor a;
        a.id = std::move(id);
        a.name = std::move(name);
        a.attributes["sector"] = std::move(sector_value);
        a.attributes["region"] = std::move(region_value);
        a.waves = std::move(waves);
        s.actors.push_back(std::move(a));
    };
    add("a", hostile, "government", "north", {});
    add("b", "B&amp;B", "industry", "south", {});
    add("c", "C'est \"ça\"", "industry", "north", {});
    add("d", "<img src=x onerror=alert(2)>", "government", "south", {2024});
    add("e", "Leaver", "industry", "south", {2019});
    s.reindex();
    const auto tie = [&](const char* x, const char* y, int wave) {
        Tie t;
        t.source = *s.actor_index(x);
        t.target = *s.actor_index(y);
        t.wave = wave;
        s.ties.push_back(t);
    };
    tie("a", "b", 2019);
    tie("b", "c", 2019);
    tie("a", "e", 2019);
    tie("a", "b", 2024);
    tie("a", "c", 2024);
    tie("c", "d", 2024);
    tie("b", "d", 2024);
    Initiative in;
    in.id = "i1";
    in.name = "<script>initiative</script>";
    in.attributes["sector"] = "government";
    in.members.push_back({*s.actor_index("a"), {}, std::nullopt, "", "", {}});
    in.members.push_back({*s.actor_index("d"), {2024}, std::nullopt, "", "", {}});
    s.initiatives.push_back(in);
    return s;
}

ReportOptions quick_options() {
    ReportOptions o;
    o.analysis.permutation.permutations = 200;
    o.analysis.permutation.threads = 1;
    o.analysis.metrics.execution.threads = 1;
    return o;
}

TEST(Report, EscapesEveryStudyText) {
    const Report r = build_report(hostile_study(), quick_options());
    ASSERT_FALSE(r.files.empty());
    ASSERT_EQ(r.files.front().name, "index.html");
    const std::string& html = r.files.front().content;
    EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
    EXPECT_NE(html.find("Deal &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;"), std::string::npos);
    EXPECT_NE(html.find("B&amp;amp;B"), std::string::npos);
    EXPECT_NE(html.find("&lt;img src=x onerror=alert(2)&gt;"), std::string::npos);
    EXPECT_NE(html.find("&lt;i&gt;Title&lt;/i&gt;"), std::string::npos);
    EXPECT_NE(html.find("http://example.org/&lt;script&gt;"), std::string::npos);  // the url, as text only
    EXPECT_NE(html.find("&lt;script&gt;initiative&lt;/script&gt;"), std::string::npos);
    EXPECT_EQ(html.find(hostile), std::string::npos);
    EXPECT_EQ(html.find("<b>bold"), std::string::npos);
    EXPECT_EQ(html.find("<em>"), std::string::npos);
    EXPECT_EQ(html.find("<x>"), std::string::npos);
    EXPECT_EQ(html.find("<u>start"), std::string::npos);
    EXPECT_EQ(html.find("onerror=alert(2)>"), std::string::npos);
    EXPECT_NE(html.find("&lt;style&gt;body{display:none}&lt;/style&gt;"), std::string::npos);
    EXPECT_EQ(count(html, "<style>"), 1u);  // the page's own
    // A colour that is not a hex colour never reaches a style attribute
    // (SafeColour tests the filter itself; a colour list such as
    // "red;background:…" is not used here because Graphviz 2.42 reads it as a
    // gradient and crashes while drawing).
    EXPECT_EQ(html.find("background:red"), std::string::npos);
    expect_self_contained(html, r);
    for (const auto& f : r.files) {
        if (f.name.ends_with(".svg")) {
            EXPECT_EQ(f.content.find("<script"), std::string::npos) << f.name;
        }
    }
}

TEST(Report, EstimatesBetweennessInLargeWavesAndSaysSo) {
    // Both waves of the hostile study have 4 actors: above a limit of 3,
    // betweenness is estimated, and the page says so in its language.
    const Study s = hostile_study();
    ReportOptions o = quick_options();
    const Report exact = build_report(s, o);
    EXPECT_EQ(exact.files.front().content.find("estimated"), std::string::npos);
    EXPECT_TRUE(exact.notes.empty());

    o.analysis.estimate_betweenness_above = 3;
    const Report r = build_report(s, o);
    const std::string& html = r.files.front().content;
    EXPECT_NE(html.find("Betweenness centralization (estimated)"), std::string::npos);
    EXPECT_NE(html.find("Highest betweenness (estimated)"), std::string::npos);
    EXPECT_EQ(count(html,
                    "<p class=\"note\">Betweenness in 2019, 2024 is estimated from a sample of shortest paths, "
                    "because the network is large: each actor&#39;s value lies within 0.05 of the exact value "
                    "with probability 0.90.</p>"),
              2u);
    ASSERT_EQ(r.notes.size(), 2u);
    EXPECT_EQ(r.notes[0], "wave 2019 has 4 actors; betweenness is estimated (epsilon 0.05)");

    o.language = Language::dutch;
    const std::string nl = build_report(s, o).files.front().content;
    EXPECT_NE(nl.find("Hoogste betweenness (geschat)"), std::string::npos);
    EXPECT_NE(nl.find("De betweenness in 2019, 2024 is geschat"), std::string::npos);
    EXPECT_NE(nl.find("binnen 0,05 van de exacte waarde"), std::string::npos);

    // Only waves above the limit.
    o.analysis.estimate_betweenness_above = 4;
    EXPECT_EQ(build_report(s, o).files.front().content.find("geschat"), std::string::npos);
}

// The text a drawing shows, one <text> element per line.
std::string shown_text(const Report& r, const std::string& file) {
    std::string out;
    for (const auto& line : test::svg_texts(find_file(r, file)->content)) out += line + "\n";
    return out;
}

TEST(Report, DrawsTheLegendsInTheReportsLanguage) {
    ReportOptions o = quick_options();
    o.png = false;
    o.language = Language::dutch;
    const Report nl = build_report(hostile_study(), o);
    const std::string wave = shown_text(nl, "wave-2019.svg");
    const std::string change = shown_text(nl, "change-2019-2024.svg");
    for (const char* words :
         {"meting 2019", "kleur: sector", "grootte: aantal banden", "grootste: ", "band; breder = zwaarder"})
        EXPECT_NE(wave.find(words), std::string::npos) << words;
    for (const char* words : {"verandering 2019", "verandering sinds 2019", "nieuwe band", "band in beide metingen",
                              "actor afgevallen (gestreept, vervaagd)"})
        EXPECT_NE(change.find(words), std::string::npos) << words;
    for (const char* english :
         {"wave 2019", "colour: ", "size: ", "largest: ", "wider = heavier", "new tie", "change since"}) {
        EXPECT_EQ(wave.find(english), std::string::npos) << english;
        EXPECT_EQ(change.find(english), std::string::npos) << english;
    }

    o.language = Language::english;
    const Report en = build_report(hostile_study(), o);
    EXPECT_NE(shown_text(en, "wave-2019.svg").find("colour: sector"), std::string::npos);
    EXPECT_NE(shown_text(en, "change-2019-2024.svg").find("new tie"), std::string::npos);
}

TEST(Report, DrawsTheFocusBoldOnAnA4Page) {
    ReportOptions o = quick_options();
    o.png = false;
    const Report plain = build_report(hostile_study(), o);
    o.focus.push_back({"region", "north", "south"});
    const Report focused = build_report(hostile_study(), o);
    for (const char* file : {"wave-2019.svg", "wave-2024.svg", "change-2019-2024.svg", "communities-2024.svg"}) {
        const std::string& svg = find_file(focused, file)->content;
        EXPECT_NE(svg.find("<svg width=\"842pt\" height=\"595pt\""), std::string::npos) << file;
        EXPECT_NE(shown_text(focused, file).find("bold: ties"), std::string::npos) << file;
        EXPECT_EQ(shown_text(plain, file).find("bold: ties"), std::string::npos) << file;
    }
    // Every diagram inline, scaled by the page (no fixed size of its own).
    const std::string& html = focused.files.front().content;
    EXPECT_EQ(count(html, "<svg\n viewBox=\"0.00 0.00 841.89 595.28\""), 4u);
    // The four above and, the study having initiatives, a two-mode drawing per wave.
    EXPECT_EQ(count(html, "class=\"network\""), 4u + hostile_study().waves.size());
}

TEST(Report, FailsForAStudyWithoutWaves) {
    Study s;
    s.name = "empty";
    EXPECT_THROW((void)build_report(s, quick_options()), Failure);
}

class BundledReport : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        study_ = new Study(load_study(bundled_study_path()));
        english_ = new Report(build_report(*study_, quick_options()));
        ReportOptions nl = quick_options();
        nl.language = Language::dutch;
        dutch_ = new Report(build_report(*study_, nl));
    }
    static void TearDownTestSuite() {
        delete english_;
        delete dutch_;
        delete study_;
    }
    static Study* study_;
    static Report* english_;
    static Report* dutch_;
};
Study* BundledReport::study_ = nullptr;
Report* BundledReport::english_ = nullptr;
Report* BundledReport::dutch_ = nullptr;

TEST_F(BundledReport, HasEveryDiagramFile) {
    for (const char* name :
         {"index.html", "wave-2019.svg", "wave-2019.png", "wave-2022.svg", "wave-2022.png", "wave-2024.svg",
          "wave-2024.png", "change-2019-2024.svg", "change-2019-2024.png", "two-mode-2019.svg", "two-mode-2019.png",
          "two-mode-2022.svg", "two-mode-2022.png", "two-mode-2024.svg", "two-mode-2024.png", "communities-2024.svg",
          "communities-2024.png"}) {
        const ReportFile* f = find_file(*english_, name);
        ASSERT_NE(f, nullptr) << name;
        EXPECT_GT(f->content.size(), 1000u) << name;
    }
    EXPECT_EQ(english_->files.size(), 17u);
    EXPECT_EQ(find_file(*english_, "wave-2019.png")->content.substr(1, 3), "PNG");
}

TEST_F(BundledReport, InlinesTheFourDiagramsAndTheCharts) {
    const std::string& html = english_->files.front().content;
    // three waves, the change, the clusters of 2024, three two-mode drawings
    EXPECT_EQ(count(html, "class=\"network\""), 8u);
    EXPECT_NE(html.find("href=\"communities-2024.svg\""), std::string::npos);
    // density, ties across sectors and regions, three region pairs, two E-I charts, largest component share
    EXPECT_EQ(count(html, "<svg class=\"trend\""), 9u);
    EXPECT_NE(html.find("href=\"wave-2022.svg\""), std::string::npos);
    EXPECT_NE(html.find("href=\"change-2019-2024.png\""), std::string::npos);
    expect_self_contained(html, *english_);
    // One page, explorer and its data included, well under 2 MB.
    EXPECT_LT(html.size(), 2u * 1024 * 1024);
    EXPECT_EQ(page_data(html)["ties"].size(), study_->ties.size());
}

TEST_F(BundledReport, ShowsTheStudyTextsAndEveryActorNameIsEscaped) {
    const std::string& html = english_->files.front().content;
    EXPECT_NE(html.find(xml_escape(study_->name)), std::string::npos);
    EXPECT_NE(html.find(xml_escape(study_->description)), std::string::npos);
    EXPECT_NE(html.find(xml_escape(study_->sources[0]["title"].get<std::string>())), std::string::npos);
    EXPECT_NE(html.find(xml_escape(study_->sources[0]["url"].get<std::string>())), std::string::npos);
    for (const auto& in : study_->initiatives) EXPECT_NE(html.find(xml_escape(in.name)), std::string::npos) << in.name;
}

TEST_F(BundledReport, CarriesTheChangeParagraphsOfTheComparison) {
    const auto pairs = compare_consecutive_waves(*study_, analyse_study(*study_, quick_options().analysis));
    ASSERT_EQ(pairs.size(), 2u);
    for (const auto& c : pairs) {
        EXPECT_NE(english_->files.front().content.find(xml_escape(change_paragraph(*study_, c, Language::english))),
                  std::string::npos);
        EXPECT_NE(dutch_->files.front().content.find(xml_escape(change_paragraph(*study_, c, Language::dutch))),
                  std::string::npos);
    }
}

TEST_F(BundledReport, SpeaksTheChosenLanguage) {
    const std::string& en = english_->files.front().content;
    const std::string& nl = dutch_->files.front().content;
    EXPECT_NE(en.find("<html lang=\"en\">"), std::string::npos);
    EXPECT_NE(nl.find("<html lang=\"nl\">"), std::string::npos);
    EXPECT_NE(en.find("What changed"), std::string::npos);
    EXPECT_NE(nl.find("Wat er veranderde"), std::string::npos);
    EXPECT_EQ(nl.find("What changed"), std::string::npos);
    EXPECT_NE(nl.find("Dichtheid"), std::string::npos);
}

TEST_F(BundledReport, InitiativesSectionShowsSynergyAndEachWavesInitiatives) {
    const std::string& html = english_->files.front().content;
    const ReportStrings& t = report_strings(Language::english);
    EXPECT_NE(html.find("<h3>Triple-helix synergy per wave</h3>"), std::string::npos);
    EXPECT_NE(html.find(xml_escape(t.synergy_meaning)), std::string::npos);
    for (const char* label : {"Membership density", "Triple-helix synergy (bits)", "Share of actors",
                              "All three helices", "Ties among members", "Helix roles"})
        EXPECT_NE(html.find(label), std::string::npos) << label;
    const auto analysis = analyse_study(*study_, quick_options().analysis);
    for (const WaveAnalysis& w : analysis.waves) {
        const std::string year = std::to_string(w.year());
        EXPECT_NE(html.find("<h3>Initiatives in " + year + "</h3>"), std::string::npos) << year;
        EXPECT_NE(html.find("href=\"two-mode-" + year + ".svg\""), std::string::npos) << year;
        // The synergy row of the wave, as the table of measures prints it.
        const Measure& synergy = *find_measure(MeasureLevel::two_mode, "synergy_bits");
        EXPECT_NE(html.find("<th scope=\"row\">" + year + "</th><td class=\"num\">" +
                            std::to_string(w.initiatives.list.size()) + "</td>"),
                  std::string::npos)
            << year;
        EXPECT_NE(html.find(format_measure(synergy, synergy.network(w))), std::string::npos) << year;
        for (const InitiativeMeasures& p : w.initiatives.list)
            EXPECT_NE(html.find("<tr><th scope=\"row\">" + xml_escape(p.name) + "</th>"), std::string::npos) << p.name;
    }
    const std::string& nl = dutch_->files.front().content;
    EXPECT_NE(nl.find("Triple-helixsynergie per meting"), std::string::npos);
    EXPECT_NE(nl.find("Initiatieven in 2024"), std::string::npos);
    EXPECT_NE(shown_text(*dutch_, "two-mode-2024.svg").find("actoren en initiatieven, meting 2024"), std::string::npos);
}

TEST(Report, SaysThatCoMembershipWasProjected) {
    ReportOptions o = quick_options();
    o.png = false;
    const Study projected = project_memberships(hostile_study(), MembershipProjection::newman);
    const std::string html = build_report(projected, o).files.front().content;
    EXPECT_GE(count(html, xml_escape(projection_note(projected.projection))), 2u);  // cover and initiatives
    EXPECT_EQ(build_report(hostile_study(), o).files.front().content.find("co-membership"), std::string::npos);
}

TEST_F(BundledReport, NamesEveryActorWhoJoinedBetweenTheWaves) {
    const std::string& html = english_->files.front().content;
    const auto pairs = compare_consecutive_waves(*study_, analyse_study(*study_, quick_options().analysis));
    std::size_t named = 0;
    for (const auto& c : pairs)
        for (const auto a : c.ties.joined) {
            EXPECT_NE(html.find(xml_escape(study_->actors[a].name)), std::string::npos) << study_->actors[a].name;
            ++named;
        }
    EXPECT_GT(named, 0u);
}

TEST(WriteReport, WritesANewFolderWithoutLeavingTemporaryFiles) {
    TempDir tmp;
    Report r;
    r.files = {{"index.html", "<p>x</p>"}, {"wave-1.svg", "<svg></svg>"}};
    write_report(r, tmp.path() / "out" / "report");
    EXPECT_EQ(slurp(tmp.path() / "out" / "report" / "index.html"), "<p>x</p>");
    EXPECT_EQ(slurp(tmp.path() / "out" / "report" / "wave-1.svg"), "<svg></svg>");
    std::size_t entries = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(tmp.path() / "out")) ++entries;
    EXPECT_EQ(entries, 1u);
}

TEST(WriteReport, ReplacesItsFilesInAnExistingFolderAndKeepsOthers) {
    TempDir tmp;
    tmp.write("report/index.html", "old");
    tmp.write("report/notes.txt", "mine");
    Report r;
    r.files = {{"index.html", "new"}};
    write_report(r, tmp.path() / "report" / "");
    EXPECT_EQ(slurp(tmp.path() / "report" / "index.html"), "new");
    EXPECT_EQ(slurp(tmp.path() / "report" / "notes.txt"), "mine");
}

TEST(WriteReport, RefusesAFileInThePlaceOfTheFolder) {
    TempDir tmp;
    const auto file = tmp.write("report", "a file");
    Report r;
    r.files = {{"index.html", "new"}};
    EXPECT_THROW(write_report(r, file), Failure);
    EXPECT_EQ(slurp(file), "a file");
}

TEST(ReportCommand, WritesTheBundledReport) {
    TempDir tmp;
    const auto dir = tmp.path() / "report";
    const RunResult r = testing::run_helixnet("report -o " + testing::shell_quote(dir.string()) +
                                              " --lang nl --permutations 100 --quiet");
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.err, "");
    const std::string html = slurp(dir / "index.html");
    EXPECT_NE(html.find("<html lang=\"nl\">"), std::string::npos);
    EXPECT_TRUE(fs::exists(dir / "wave-2024.png"));
    EXPECT_TRUE(fs::exists(dir / "change-2019-2024.svg"));
}

TEST(ReportCommand, RejectsAnUnknownLanguage) {
    TempDir tmp;
    const RunResult r =
        testing::run_helixnet("report -o " + testing::shell_quote((tmp.path() / "r").string()) + " --lang de --quiet");
    EXPECT_EQ(r.status, 2);
    EXPECT_FALSE(fs::exists(tmp.path() / "r"));
}

// ---- The explorer ---------------------------------------------------------------

const char* const pwn_attribute = "data-pwned";

// The hostile study with quotes, source references, kinds and a name that
// try to close the data element, run a script or add markup, and ties of
// two confidence levels in 2024.
Study hostile_explorer_study() {
    Study s = hostile_study();
    s.actors[*s.actor_index("a")].name =
        "<script>document.body.setAttribute('data-pwned','name')</script> \"Quoted\" & 'single'";
    for (Tie& t : s.ties) {
        const std::string pair = s.actors[t.source].id + s.actors[t.target].id + std::to_string(t.wave);
        t.evidence = "Quote " + pair +
                     ": </script><script>document.body.setAttribute('data-pwned','quote')</script> \"said\" & 'done'";
        t.source_ref = "<img src=x onerror=\"document.body.setAttribute('data-pwned','ref')\"> p. " + pair;
        t.kind = "<b>kind</b>";
        t.confidence = pair == "ac2024" ? std::optional(Confidence::implied) : std::nullopt;
    }
    for (Membership& m : s.initiatives[0].members) {
        m.evidence = "Member " + s.actors[m.actor].id +
                     ": <script>document.body.setAttribute('data-pwned','member')</script> \"in\" & 'out'";
        m.source_ref = "p. <i>" + s.actors[m.actor].id + "</i>";
    }
    return s;
}

TEST(Explorer, CarriesEveryTieWithItsEvidenceAndNoMarkupInItsData) {
    const Study s = hostile_explorer_study();
    ReportOptions o = quick_options();
    o.png = false;
    const Report r = build_report(s, o);
    const std::string& html = r.files.front().content;
    // Nothing of the study's text can end the element: the only "</script>"
    // are the two the page writes.
    EXPECT_EQ(count(html, "</script>"), 2u);
    const nlohmann::ordered_json data = page_data(html);
    ASSERT_TRUE(data.is_object());
    ASSERT_EQ(data["ties"].size(), s.ties.size());
    for (std::size_t i = 0; i < s.ties.size(); ++i) {
        EXPECT_EQ(data["ties"][i]["evidence"], s.ties[i].evidence);
        EXPECT_EQ(data["ties"][i]["source_ref"], s.ties[i].source_ref);
        EXPECT_EQ(data["ties"][i]["level"], static_cast<int>(s.ties[i].level()));
    }
    EXPECT_EQ(data["actors"][*s.actor_index("a")]["name"], s.actors[*s.actor_index("a")].name);
    // Each wave and the change view; measures in each wave for an actor of each wave.
    ASSERT_EQ(data["views"].size(), 3u);
    EXPECT_EQ(data["views"][2]["key"], "change");
    EXPECT_TRUE(data["actors"][*s.actor_index("e")]["measures"][1].is_null());  // left after 2019
    EXPECT_EQ(data["actors"][*s.actor_index("a")]["measures"][0][0], "2");      // degree in 2019
    // The static drawings stay for print and readers without scripts, marked
    // with the view each one is.
    EXPECT_NE(html.find("<figure class=\"diagram\" data-view=\"2019\">"), std::string::npos);
    EXPECT_NE(html.find("<figure class=\"diagram wide\" data-view=\"change\">"), std::string::npos);
    EXPECT_NE(html.find("<div id=\"explorer\" class=\"explorer\" hidden>"), std::string::npos);
    expect_self_contained(html, r);
}

TEST(Explorer, SpeaksTheReportsLanguage) {
    ReportOptions o = quick_options();
    o.png = false;
    o.language = Language::dutch;
    const std::string nl = build_report(hostile_study(), o).files.front().content;
    EXPECT_NE(nl.find("Verken het netwerk"), std::string::npos);
    EXPECT_NE(nl.find("Minimale zekerheid"), std::string::npos);
    EXPECT_EQ(page_data(nl)["text"]["ties_in"], "Banden in");
    EXPECT_EQ(page_data(nl)["lang"], "nl");
    // Every text of the script filled in, in both languages.
    o.language = Language::english;
    const nlohmann::ordered_json en = page_data(build_report(hostile_study(), o).files.front().content)["text"];
    const nlohmann::ordered_json dutch = page_data(nl)["text"];
    ASSERT_EQ(en.size(), dutch.size());
    for (const auto& [key, value] : en.items()) {
        ASSERT_TRUE(dutch.contains(key)) << key;
        for (const auto& text : {value, dutch[key]}) {
            if (text.is_array()) {
                for (const auto& item : text) EXPECT_FALSE(item.get<std::string>().empty()) << key;
            } else {
                EXPECT_FALSE(text.get<std::string>().empty()) << key;
            }
        }
    }
    EXPECT_NE(en["ties_in"], dutch["ties_in"]);
    EXPECT_EQ(nl.find("Explore the network"), std::string::npos);
}

// ---- In a browser --------------------------------------------------------------

const char* const chromium = "/usr/bin/chromium";

// Screenshot of a local page by headless Chromium; empty when it fails.
std::string screenshot(const fs::path& page, const fs::path& work, const std::string& name) {
    const fs::path profile = work / (name + "-profile");
    const fs::path shot = work / (name + ".png");
    fs::create_directories(profile);
    const std::string cmd =
        "timeout 180 " + std::string(chromium) +
        " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking"
        " --disable-component-update --disable-sync --hide-scrollbars --user-data-dir=" +
        testing::shell_quote(profile.string()) + " --screenshot=" + testing::shell_quote(shot.string()) +
        " --window-size=1280,2000 " + testing::shell_quote("file://" + fs::absolute(page).string()) +
        " >/dev/null 2>&1";
    (void)std::system(cmd.c_str());
    return fs::exists(shot) ? slurp(shot) : std::string();
}

// The DOM of a page after its scripts ran, as headless Chromium writes it;
// empty when it fails.
std::string dump_dom(const std::string& url, const fs::path& work, const std::string& name) {
    const fs::path profile = work / (name + "-profile");
    const fs::path out = work / (name + ".html");
    fs::create_directories(profile);
    const std::string cmd =
        "timeout 180 " + std::string(chromium) +
        " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking"
        " --disable-component-update --disable-sync --virtual-time-budget=3000 --user-data-dir=" +
        testing::shell_quote(profile.string()) + " --dump-dom " + testing::shell_quote(url) + " >" +
        testing::shell_quote(out.string()) + " 2>/dev/null";
    (void)std::system(cmd.c_str());
    return fs::exists(out) ? slurp(out) : std::string();
}

std::string file_url(const fs::path& page) { return "file://" + fs::absolute(page).string(); }

// The side panel of a dumped page.
std::string actor_panel(const std::string& dom) {
    const std::size_t start = dom.find("<aside id=\"actor-panel\"");
    if (start == std::string::npos) return {};
    return dom.substr(start, dom.find("</aside>", start) - start);
}

// Text as the DOM writes it in element content.
std::string dom_text(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '&')
            out += "&amp;";
        else if (c == '<')
            out += "&lt;";
        else if (c == '>')
            out += "&gt;";
        else if (c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0')
            out += "&nbsp;", ++i;
        else
            out += c;
    }
    return out;
}

std::string partner_button(const std::string& name) {
    return "<button class=\"partner\" type=\"button\">" + dom_text(name) + "</button>";
}
std::string quote_block(const std::string& evidence) {
    return "<blockquote class=\"evidence\">" + dom_text(evidence) + "</blockquote>";
}

TEST(ExplorerInBrowser, OpensTheLinkedActorWithEveryTieOfTheWaveAndItsQuote) {
    if (!fs::exists(chromium))
        GTEST_SKIP() << chromium << " is absent; tools/install-deps.sh --with-browser installs it";
    TempDir tmp;
    const Study study = load_study(bundled_study_path());
    ReportOptions o = quick_options();
    o.png = false;
    write_report(build_report(study, o), tmp.path() / "report");
    const std::string page = file_url(tmp.path() / "report" / "index.html");

    // The study's own record of the actor's 2024 ties.
    const std::uint32_t actor = study.actor_index("gem-gorinchem").value();
    std::vector<const Tie*> ties, stated;
    for (const Tie& t : study.ties)
        if (t.wave == 2024 && (t.source == actor || t.target == actor)) {
            ties.push_back(&t);
            if (t.level() == Confidence::stated) stated.push_back(&t);
        }
    ASSERT_GE(ties.size(), 2u);
    const auto partner = [&](const Tie* t) { return study.actors[t->source == actor ? t->target : t->source].name; };

    const std::string dom = dump_dom(page + "#actor=gem-gorinchem&wave=2024", tmp.path(), "all");
    const std::string panel = actor_panel(dom);
    ASSERT_FALSE(panel.empty()) << "no actor-panel in the page Chromium wrote";
    EXPECT_NE(panel.find("<h4 class=\"name\">" + dom_text(study.actors[actor].name) + "</h4>"), std::string::npos);
    EXPECT_NE(panel.find("Ties in 2024"), std::string::npos);
    EXPECT_EQ(count(panel, "<li class=\"tie\">"), ties.size());
    for (const Tie* t : ties) {
        EXPECT_NE(panel.find(partner_button(partner(t))), std::string::npos) << partner(t);
        EXPECT_NE(panel.find(quote_block(t->evidence)), std::string::npos) << t->evidence;
        EXPECT_NE(panel.find(dom_text(t->source_ref)), std::string::npos) << t->source_ref;
    }
    // The 2024 button is the one pressed, and the 2024 drawing is shown.
    EXPECT_NE(dom.find("<button type=\"button\" data-view=\"2024\" aria-pressed=\"true\">"), std::string::npos);

    const std::string only_stated =
        actor_panel(dump_dom(page + "#actor=gem-gorinchem&wave=2024&confidence=stated", tmp.path(), "stated"));
    ASSERT_FALSE(only_stated.empty());
    EXPECT_EQ(count(only_stated, "<li class=\"tie\">"), stated.size());
    for (const Tie* t : stated) EXPECT_NE(only_stated.find(quote_block(t->evidence)), std::string::npos);
    EXPECT_EQ(only_stated.find("Confidence: implied"), std::string::npos);
    EXPECT_EQ(only_stated.find("Confidence: assumed"), std::string::npos);
}

TEST(ExplorerInBrowser, ShowsHostileTextAsWrittenAndRunsNothingOfIt) {
    if (!fs::exists(chromium))
        GTEST_SKIP() << chromium << " is absent; tools/install-deps.sh --with-browser installs it";
    TempDir tmp;
    const Study s = hostile_explorer_study();
    ReportOptions o = quick_options();
    o.png = false;
    write_report(build_report(s, o), tmp.path() / "report");
    const std::string page = file_url(tmp.path() / "report" / "index.html");
    const std::uint32_t a = s.actor_index("a").value();

    const std::string dom = dump_dom(page + "#actor=a&wave=2024", tmp.path(), "hostile");
    const std::string panel = actor_panel(dom);
    ASSERT_FALSE(panel.empty()) << "no actor-panel in the page Chromium wrote";
    EXPECT_EQ(dom.find(pwn_attribute + std::string("=")), std::string::npos) << "a study text ran as script";
    EXPECT_NE(panel.find("<h4 class=\"name\">" + dom_text(s.actors[a].name) + "</h4>"), std::string::npos);
    EXPECT_EQ(panel.find("<img"), std::string::npos);
    EXPECT_EQ(panel.find("<b>"), std::string::npos);
    std::size_t ties = 0, implied = 0;
    for (const Tie& t : s.ties)
        if (t.wave == 2024) {
            implied += t.level() == Confidence::implied;
            if (t.source != a && t.target != a) continue;
            ++ties;
            EXPECT_NE(panel.find(quote_block(t.evidence)), std::string::npos) << t.evidence;
            EXPECT_NE(panel.find("<cite class=\"source\">Source: " + dom_text(t.source_ref) + "</cite>"),
                      std::string::npos);
        }
    EXPECT_EQ(count(panel, "<li class=\"tie\">"), ties);
    EXPECT_NE(panel.find("Kind: &lt;b&gt;kind&lt;/b&gt;"), std::string::npos);
    // Its membership of the initiative, with its evidence.
    const Membership& member = s.initiatives[0].members[0];
    ASSERT_EQ(member.actor, a);
    EXPECT_NE(panel.find("<span class=\"partner\">" + dom_text(s.initiatives[0].name) + "</span>"), std::string::npos);
    EXPECT_NE(panel.find(quote_block(member.evidence)), std::string::npos);
    EXPECT_NE(panel.find("Source: " + dom_text(member.source_ref)), std::string::npos);
    EXPECT_EQ(panel.find("<i>"), std::string::npos);

    // Only the stated ties, and the count of those hidden.
    const std::string stated = dump_dom(page + "#actor=a&wave=2024&confidence=stated", tmp.path(), "hostile-stated");
    EXPECT_EQ(stated.find(pwn_attribute + std::string("=")), std::string::npos);
    EXPECT_EQ(count(actor_panel(stated), "<li class=\"tie\">"), ties - 1);
    EXPECT_EQ(actor_panel(stated).find("Quote ac2024"), std::string::npos);
    EXPECT_NE(actor_panel(stated).find("Quote ab2024"), std::string::npos);
    EXPECT_NE(stated.find(fmt::format("{} of 4 ties hidden by the confidence filter", implied)), std::string::npos);
}

// A page that opens the report in a frame, works its explorer as a reader
// would (pointer, keyboard, controls, address) and writes what it saw as
// lines of text into <pre id="log">.
const char* const explorer_harness = R"(<!DOCTYPE html><html><body><pre id="log"></pre>
<iframe id="f" src="report/index.html#wave=2024" width="1280" height="900"></iframe>
<iframe id="g" src="report/index.html#figures" width="600" height="400"></iframe>
<script>
var lines = [];
function log(s) { lines.push(s); document.getElementById("log").textContent = lines.join("\n") + "\n"; }
window.addEventListener("load", function () {
  try {
    var f = document.getElementById("f");
    var w = f.contentWindow, d = f.contentDocument, panel = d.getElementById("actor-panel");
    log("section=" + document.getElementById("g").contentWindow.location.hash);
    function svg() { return d.querySelector("#explorer-drawing svg"); }
    function name() { var h = panel.querySelector("h4"); return h ? h.textContent : ""; }
    function key(target, k) { target.dispatchEvent(new w.KeyboardEvent("keydown", {key: k, bubbles: true})); }
    log("drawings=" + d.querySelectorAll("#explorer-drawing svg").length);
    var node = svg().querySelector("g.node[data-actor]");
    log("focusable=" + node.getAttribute("tabindex") + " role=" + node.getAttribute("role"));
    node.dispatchEvent(new w.MouseEvent("mouseover", {bubbles: true}));
    log("hover=" + svg().classList.contains("dimmed") + " tooltip=" + d.getElementById("explorer-tooltip").textContent);
    node.dispatchEvent(new w.MouseEvent("mouseout", {bubbles: true}));
    log("unhover=" + svg().classList.contains("dimmed"));
    node.focus();
    key(node, "Enter");
    log("enter=" + name() + " address=" + w.location.hash);
    key(node, "ArrowRight");
    log("arrow=" + w.location.hash + " pressed=" + d.querySelector("#explorer-views [aria-pressed=true]").dataset.view);
    key(d.querySelector("#explorer-drawing svg g.node[data-actor]"), "Escape");
    log("escape=" + name() + " address=" + w.location.hash);
    var edge = svg().querySelector("g.edge[data-pair] path.hit");
    edge.dispatchEvent(new w.MouseEvent("click", {bubbles: true}));
    log("tie=" + name() + " ties=" + panel.querySelectorAll("li.tie").length);
    var colour = d.getElementById("explorer-colour");
    colour.value = "region";
    colour.dispatchEvent(new w.Event("change"));
    log("legend=" + d.getElementById("explorer-legend").textContent);
    var search = d.getElementById("explorer-search");
    search.value = "gemeente GORINCHEM";
    key(search, "Enter");
    log("search=" + name());
    w.location.hash = "#actor=gem-dordrecht&wave=2019&confidence=implied";
    setTimeout(function () {
      log("hashchange=" + name() + " pressed=" + d.querySelector("#explorer-views [aria-pressed=true]").dataset.view +
          " confidence=" + d.getElementById("explorer-confidence").value);
      log("done");
    }, 300);
  } catch (e) { log("error " + e); }
});
</script></body></html>
)";

// The lines the harness logged.
std::string harness_line(const std::string& dom, const std::string& label) {
    const std::size_t start = dom.find("\n" + label + "=") != std::string::npos ? dom.find("\n" + label + "=") + 1
                                                                                : dom.find(">" + label + "=") + 1;
    if (start == 0) return {};
    return dom.substr(start + label.size() + 1, dom.find('\n', start) - start - label.size() - 1);
}

TEST(ExplorerInBrowser, AnswersThePointerTheKeyboardAndTheAddress) {
    if (!fs::exists(chromium))
        GTEST_SKIP() << chromium << " is absent; tools/install-deps.sh --with-browser installs it";
    TempDir tmp;
    const Study study = load_study(bundled_study_path());
    ReportOptions o = quick_options();
    o.png = false;
    write_report(build_report(study, o), tmp.path() / "report");
    tmp.write("harness.html", explorer_harness);
    // The frame reads the report's document: allowed between local files by this flag only.
    const fs::path profile = tmp.path() / "profile", out = tmp.path() / "dom.html";
    const std::string cmd = "timeout 180 " + std::string(chromium) +
                            " --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking"
                            " --allow-file-access-from-files --virtual-time-budget=5000 --user-data-dir=" +
                            testing::shell_quote(profile.string()) + " --dump-dom " +
                            testing::shell_quote(file_url(tmp.path() / "harness.html")) + " >" +
                            testing::shell_quote(out.string()) + " 2>/dev/null";
    (void)std::system(cmd.c_str());
    const std::string dom = slurp(out);
    ASSERT_NE(dom.find("\ndone\n"), std::string::npos) << dom.substr(0, 2000);
    EXPECT_EQ(dom.find("\nerror"), std::string::npos);

    // The first actor node of the 2024 drawing, as the study names it.
    // A link to a section stays as it is.
    EXPECT_EQ(harness_line(dom, "section"), "#figures");
    EXPECT_EQ(harness_line(dom, "drawings"), "1");
    EXPECT_EQ(harness_line(dom, "focusable"), "0 role=button");
    const std::string enter = harness_line(dom, "enter");
    const std::string first = enter.substr(0, enter.find(" address="));
    const auto actor = std::find_if(study.actors.begin(), study.actors.end(),
                                    [&](const Actor& a) { return dom_text(a.name) == first; });
    ASSERT_NE(actor, study.actors.end()) << enter;
    EXPECT_EQ(enter, first + " address=#actor=" + actor->id + "&amp;wave=2024");
    EXPECT_EQ(harness_line(dom, "hover").substr(0, 13), "true tooltip=");
    EXPECT_NE(harness_line(dom, "hover").find(first), std::string::npos);
    EXPECT_EQ(harness_line(dom, "unhover"), "false");
    EXPECT_EQ(harness_line(dom, "arrow"), "#actor=" + actor->id + "&amp;wave=change pressed=change");
    EXPECT_EQ(harness_line(dom, "escape"), " address=#wave=change");
    EXPECT_EQ(harness_line(dom, "tie").substr(0, 5), "Tie: ");
    EXPECT_NE(harness_line(dom, "tie").find(" ties="), std::string::npos);
    EXPECT_EQ(harness_line(dom, "tie").find(" ties=0"), std::string::npos);
    EXPECT_NE(harness_line(dom, "legend").find(dom_text(study.value_label("region", "gorinchem"))), std::string::npos);
    EXPECT_EQ(harness_line(dom, "search"), dom_text(study.actors[study.actor_index("gem-gorinchem").value()].name));
    EXPECT_EQ(harness_line(dom, "hashchange"), dom_text(study.actors[study.actor_index("gem-dordrecht").value()].name) +
                                                   " pressed=2019 confidence=implied");
}

TEST(ReportInBrowser, RendersAPageThatIsNotBlank) {
    if (!fs::exists(chromium))
        GTEST_SKIP() << chromium << " is absent; tools/install-deps.sh --with-browser installs it";
    TempDir tmp;
    write_report(build_report(load_study(bundled_study_path()), quick_options()), tmp.path() / "report");
    tmp.write("blank/index.html", "<!DOCTYPE html><html><body style=\"background:#fff\"></body></html>");

    const std::string shot = screenshot(tmp.path() / "report" / "index.html", tmp.path(), "report");
    const std::string blank = screenshot(tmp.path() / "blank" / "index.html", tmp.path(), "blank");
    ASSERT_FALSE(shot.empty()) << "Chromium wrote no screenshot";
    ASSERT_FALSE(blank.empty()) << "Chromium wrote no screenshot of the blank page";
    const PngSize size = png_size(shot);
    EXPECT_EQ(size.width, 1280u);
    EXPECT_EQ(size.height, 2000u);
    // A single-colour page compresses to almost nothing; text, diagrams and
    // charts do not.
    EXPECT_GT(shot.size(), 20 * blank.size()) << "report " << shot.size() << " bytes, blank " << blank.size();
}

}  // namespace
}  // namespace helixnet
