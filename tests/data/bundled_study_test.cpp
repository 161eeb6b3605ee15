// Checks of the bundled study networks/regio-deal-drechtsteden-gorinchem
// against its source, the OCD end-measurement report of 2024, and its
// codebook (README.md beside the data).
//
// * Evidence: every tie, membership and rivalry quotes the report; each quote
//   occurs in it once all whitespace is removed from both (the report breaks
//   words across lines), with `…` separating fragments that must occur in
//   order. Needs the report (HELIXNET_SEED_REPORT); skipped without it.
// * Evidence standard: every `stated` tie's quote names both of its actors,
//   every `stated` membership's quote its actor, by the alias table
//   (aliases.csv); no quote supports more than three ties of one wave at
//   `stated` or `implied`.
// * Findings: each statement of the report the codebook marks "reproduced"
//   has a test in the suite BundledStudyFinding, run on the whole study and
//   with only `implied` and `stated` records (`--confidence implied`), by
//   loading the study, filtering it with filter_by_confidence and computing
//   with the library.
//
// A failure here after editing the data means the data now contradicts the
// report or the codebook, and one of them must change.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <ostream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "helixnet/error.hpp"
#include "helixnet/graph/wave_graph.hpp"
#include "helixnet/groups/group_metrics.hpp"
#include "helixnet/groups/grouping.hpp"
#include "helixnet/metrics/paths.hpp"
#include "helixnet/study/csv.hpp"
#include "helixnet/study/load.hpp"
#include "helixnet/study/study.hpp"

namespace helixnet {
namespace {

namespace fs = std::filesystem;

const fs::path& study_path() {
    static const fs::path p = fs::path(HELIXNET_SOURCE_DIR) / "networks" / "regio-deal-drechtsteden-gorinchem";
    return p;
}

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

struct Loaded {
    Study study;
    std::vector<Diagnostic> warnings;
    std::string error;  // non-empty when loading failed
};

const Loaded& loaded() {
    static const Loaded result = [] {
        Loaded l;
        try {
            l.study = load_study(study_path(), {}, &l.warnings);
        } catch (const InvalidInput& e) {
            l.error = e.what();
            for (const auto& d : e.diagnostics()) l.error += "\n  " + d.to_string();
        } catch (const std::exception& e) {
            l.error = e.what();
        }
        return l;
    }();
    return result;
}

#define REQUIRE_STUDY()                                \
    const Loaded& bundle = loaded();                   \
    ASSERT_TRUE(bundle.error.empty()) << bundle.error; \
    const Study& full = bundle.study

const std::string& attr(const Study& s, std::uint32_t actor, std::string_view key) {
    static const std::string none;
    const std::string* v = s.actors[actor].attribute(key);
    return v ? *v : none;
}

std::uint32_t actor(const Study& s, std::string_view id) {
    const auto a = s.actor_index(id);
    if (!a) throw std::runtime_error("no actor " + std::string(id));
    return *a;
}

std::string tie_name(const Study& s, const Tie& t) {
    return s.actors[t.source].id + " - " + s.actors[t.target].id + " (" + std::to_string(t.wave) + ")";
}

// ---------------------------------------------------------------------------
// Quotes in the report
// ---------------------------------------------------------------------------

// Removes ASCII whitespace and the Unicode spaces a PDF-to-text tool may leave
// (U+00A0, U+2000..U+200A, U+2028, U+2029, U+202F, U+205F, U+3000).
std::string strip_whitespace(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
            ++i;
            continue;
        }
        if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
            i += 2;
            continue;
        }
        if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
            const auto c2 = static_cast<unsigned char>(text[i + 2]);
            if (c2 <= 0x8A || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF) {
                i += 3;
                continue;
            }
        }
        if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x81 &&
            static_cast<unsigned char>(text[i + 2]) == 0x9F) {
            i += 3;
            continue;
        }
        if (c == 0xE3 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
            static_cast<unsigned char>(text[i + 2]) == 0x80) {
            i += 3;
            continue;
        }
        out += text[i];
        ++i;
    }
    return out;
}

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // U+2026

std::vector<std::string> fragments_of(std::string_view quote) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
        const std::size_t at = quote.find(kEllipsis, start);
        out.emplace_back(quote.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
        if (at == std::string_view::npos) break;
        start = at + kEllipsis.size();
    }
    return out;
}

// Empty when the quote is found; otherwise what is missing.
std::string find_quote(const std::string& stripped_report, std::string_view quote) {
    if (quote.empty()) return "empty evidence";
    std::size_t pos = 0;
    for (const auto& fragment : fragments_of(quote)) {
        const std::string f = strip_whitespace(fragment);
        if (f.empty()) return "empty fragment around '…'";
        const std::size_t at = stripped_report.find(f, pos);
        if (at == std::string::npos) {
            return stripped_report.find(f) == std::string::npos ? "fragment not in the report: '" + fragment + "'"
                                                                : "fragment out of order: '" + fragment + "'";
        }
        pos = at + f.size();
    }
    return {};
}

TEST(BundledStudyQuoteMatching, IgnoresWhitespaceAndKeepsHyphens) {
    const std::string report = strip_whitespace("de MBO-\naanpak en I_lab\n zijn het verst   ontwikkeld");
    EXPECT_EQ(find_quote(report, "MBO-aanpak en I_lab"), "");
    EXPECT_EQ(find_quote(report, "het verst ontwikkeld"), "");
    EXPECT_NE(find_quote(report, "MBOaanpak"), "");
    EXPECT_EQ(find_quote(report, "MBO-aanpak…verst ontwikkeld"), "");
    EXPECT_NE(find_quote(report, "verst ontwikkeld…MBO-aanpak"), "");
    EXPECT_NE(find_quote(report, "MBO-aanpak……verst"), "");
    EXPECT_NE(find_quote(report, ""), "");
}

TEST(BundledStudy, EveryTieAndMembershipHasEvidenceAndASection) {
    REQUIRE_STUDY();
    for (const auto& t : full.ties) {
        EXPECT_FALSE(t.evidence.empty()) << tie_name(full, t);
        EXPECT_EQ(t.source_ref.rfind("ocd2024, ", 0), 0u) << tie_name(full, t) << ": " << t.source_ref;
        EXPECT_TRUE(t.confidence.has_value()) << tie_name(full, t) << ": confidence should be explicit";
    }
    for (const auto& init : full.initiatives) {
        for (const auto& m : init.members) {
            EXPECT_FALSE(m.evidence.empty()) << init.id << " / " << full.actors[m.actor].id;
            EXPECT_EQ(m.source_ref.rfind("ocd2024, ", 0), 0u) << init.id << " / " << full.actors[m.actor].id;
            EXPECT_TRUE(m.confidence.has_value()) << init.id << " / " << full.actors[m.actor].id;
        }
    }
}

// The rivalry is recorded on the initiative (codebook, "Rivalry").
const Initiative& initiative(const Study& s, std::string_view id) {
    for (const auto& in : s.initiatives)
        if (in.id == id) return in;
    throw std::runtime_error("no initiative " + std::string(id));
}

std::string initiative_attribute(const Initiative& in, const std::string& key) {
    const auto it = in.attributes.find(key);
    return it == in.attributes.end() ? std::string() : it->second;
}

TEST(BundledStudy, EveryQuoteOccursInTheReport) {
    const std::string report_path = HELIXNET_SEED_REPORT;
    std::error_code ec;
    if (report_path.empty() || !fs::is_regular_file(report_path, ec)) {
        GTEST_SKIP() << "report not found at '" << report_path
                     << "'; set -DHELIXNET_SEED_REPORT=<path of "
                        "ocd-regio-deal-drechtsteden-gorinchem-eindmeting-2024.txt>";
    }
    REQUIRE_STUDY();
    const std::string text = slurp(report_path);
    ASSERT_FALSE(text.empty()) << report_path;
    const std::string report = strip_whitespace(text);

    std::size_t checked = 0;
    for (const auto& t : full.ties) {
        EXPECT_EQ(find_quote(report, t.evidence), "") << "tie " << tie_name(full, t) << ": " << t.evidence;
        ++checked;
    }
    for (const auto& init : full.initiatives) {
        for (const auto& m : init.members) {
            EXPECT_EQ(find_quote(report, m.evidence), "")
                << "membership " << init.id << " / " << full.actors[m.actor].id << ": " << m.evidence;
            ++checked;
        }
        const std::string rivalry = initiative_attribute(init, "competition_evidence");
        if (!rivalry.empty()) {
            EXPECT_EQ(find_quote(report, rivalry), "") << "rivalry of " << init.id;
            ++checked;
        }
    }
    EXPECT_GT(checked, 50u);
}

// ---------------------------------------------------------------------------
// Names in a quote, by the alias table (aliases.csv; codebook, "Alias table")
// ---------------------------------------------------------------------------

struct Alias {
    std::string id, alias, kind;
    std::vector<std::string> scope;  // the name counts where source_ref contains one of these; empty: everywhere
};

const std::vector<Alias>& aliases() {
    static const std::vector<Alias> table = [] {
        Diagnostics d;
        const CsvTable csv = parse_csv(slurp(study_path() / "aliases.csv"), "aliases.csv", d);
        if (d.has_errors() || !csv.column("id") || !csv.column("alias") || !csv.column("kind") || !csv.column("scope"))
            throw std::runtime_error("aliases.csv is not readable");
        std::vector<Alias> out;
        for (const auto& row : csv.rows) {
            Alias a{row.fields.at(*csv.column("id")),
                    row.fields.at(*csv.column("alias")),
                    row.fields.at(*csv.column("kind")),
                    {}};
            std::stringstream scope(row.fields.at(*csv.column("scope")));
            for (std::string part; std::getline(scope, part, '|');)
                if (!part.empty()) a.scope.push_back(part);
            out.push_back(std::move(a));
        }
        return out;
    }();
    return table;
}

// Letters, digits and '_' of ASCII, and the Latin letters U+00C0..U+024F
// (not × and ÷): a name needs something else on both sides.
bool word_char(char32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    return c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7;
}

char32_t decode(std::string_view s, std::size_t i) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = b(i);
    if (c < 0x80) return c;
    if ((c & 0xE0) == 0xC0 && i + 1 < s.size()) return char32_t(c & 0x1F) << 6 | char32_t(b(i + 1) & 0x3F);
    if ((c & 0xF0) == 0xE0 && i + 2 < s.size())
        return char32_t(c & 0x0F) << 12 | char32_t(b(i + 1) & 0x3F) << 6 | char32_t(b(i + 2) & 0x3F);
    if (i + 3 < s.size())
        return char32_t(c & 0x07) << 18 | char32_t(b(i + 1) & 0x3F) << 12 | char32_t(b(i + 2) & 0x3F) << 6 |
               char32_t(b(i + 3) & 0x3F);
    return 0xFFFD;
}

// The code point ending just before byte i.
char32_t decode_before(std::string_view s, std::size_t i) {
    std::size_t k = i - 1;
    while (k > 0 && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
    return decode(s, k);
}

// ASCII letters lowered; `…` a space; runs of spaces one space.
std::string fold(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.substr(i, kEllipsis.size()) == kEllipsis) {
            out += ' ';
            i += kEllipsis.size() - 1;
            continue;
        }
        char c = text[i];
        if (c == '\n' || c == '\t' || c == '\r') c = ' ';
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
        out += c;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

std::vector<std::pair<std::size_t, std::size_t>> spans(const std::string& text, const std::string& name) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    if (name.empty()) return out;
    for (std::size_t at = text.find(name); at != std::string::npos; at = text.find(name, at + 1)) {
        const std::size_t end = at + name.size();
        const bool before = at == 0 || !word_char(decode_before(text, at));
        const bool after = end == text.size() || !word_char(decode(text, end));
        if (before && after) out.emplace_back(at, end);
    }
    return out;
}

// True when one of `own` occurs in the quote outside every occurrence of a
// longer name in `others`.
bool names_in(std::string_view quote, const std::vector<std::string>& own, const std::vector<std::string>& others) {
    const std::string text = fold(quote);
    std::vector<std::pair<std::size_t, std::size_t>> blocked;
    for (const auto& o : others)
        for (const auto& s : spans(text, fold(o))) blocked.push_back(s);
    for (const auto& name : own)
        for (const auto& [s, e] : spans(text, fold(name))) {
            const bool inside = std::any_of(blocked.begin(), blocked.end(), [&](const auto& b) {
                return b.first <= s && e <= b.second && b.second - b.first > e - s;
            });
            if (!inside) return true;
        }
    return false;
}

bool in_scope(const Alias& a, std::string_view source_ref) {
    return a.scope.empty() || std::any_of(a.scope.begin(), a.scope.end(), [&](const std::string& part) {
               return source_ref.find(part) != std::string_view::npos;
           });
}

// Whether the quote names the actor: one of its names (in scope) occurs, not
// inside a mask or a longer name of another actor.
bool actor_named(std::string_view quote, std::string_view id, std::string_view source_ref) {
    std::vector<std::string> own, others;
    for (const auto& a : aliases()) {
        if (a.kind == "mask") others.push_back(a.alias);
        if (a.kind != "name" || !in_scope(a, source_ref)) continue;
        (a.id == id ? own : others).push_back(a.alias);
    }
    return names_in(quote, own, others);
}

TEST(BundledStudyAliases, NamesNeedWordBoundariesAndYieldToLongerNames) {
    EXPECT_TRUE(names_in("een manier van het Rijk om", {"Rijk"}, {}));
    EXPECT_FALSE(names_in("LNV, Rijkswaterstaat, Europa", {"Rijk"}, {}));
    EXPECT_FALSE(names_in("Kansrijk", {"Rijk"}, {}));
    EXPECT_TRUE(names_in("I_lab: \xE2\x80\x9CI_lab is geboren", {"i_lab"}, {}));  // after U+201C
    EXPECT_TRUE(names_in("W\xC3\xA4rtsil\xC3\xA4 (Refit alliantie)", {"W\xC3\xA4rtsil\xC3\xA4"}, {}));
    EXPECT_FALSE(names_in("W\xC3\xA4rtsil\xC3\xA4s", {"W\xC3\xA4rtsil\xC3\xA4"}, {}));
    EXPECT_TRUE(names_in("het dak van de duurzaamheidsfabriek", {"Duurzaamheidsfabriek"}, {}));
    EXPECT_FALSE(names_in("KROHNE (Werkgevers Drechtsteden)", {"Drechtsteden"}, {"Werkgevers Drechtsteden"}));
    EXPECT_TRUE(names_in("Werkgevers Drechtsteden en de Drechtsteden", {"Drechtsteden"}, {"Werkgevers Drechtsteden"}));
    EXPECT_TRUE(names_in("Werkgevers Drechtsteden", {"Werkgevers Drechtsteden"}, {"Werkgevers Drechtsteden"}));
    EXPECT_FALSE(names_in("Regio Deal Drechtsteden-Gorinchem", {"Gorinchem"}, {"Drechtsteden-Gorinchem"}));
    EXPECT_TRUE(names_in("De samenwerking tussen de gemeente Gorinchem en…de Drechtsteden", {"Drechtsteden"}, {}));
}

TEST(BundledStudyAliases, GroupNamesCountOnlyInTheirProgrammesPassages) {
    REQUIRE_STUDY();
    (void)full;
    EXPECT_TRUE(actor_named("Perspct brengt hiervoor maatschappelijke partners, werkgevers", "perspct-werkgevers",
                            "ocd2024, Bijlage, 5 programma\xE2\x80\x99s Human Capital, Perspct"));
    EXPECT_FALSE(
        actor_named("andere eisen van werkgevers", "perspct-werkgevers", "ocd2024, Bijlage, Kansrijk, Q1 2024"));
    EXPECT_FALSE(actor_named("KROHNE (Werkgevers Drechtsteden, Hi Delta en Smart Industry)", "drechtsteden",
                             "ocd2024, Inleiding"));
    EXPECT_TRUE(actor_named("KROHNE (Werkgevers Drechtsteden, Hi Delta en Smart Industry)", "werkgevers-drechtsteden",
                            "ocd2024, Inleiding"));
}

TEST(BundledStudy, EveryStatedTieNamesBothActors) {
    REQUIRE_STUDY();
    std::size_t stated = 0;
    for (const auto& t : full.ties) {
        if (t.level() != Confidence::stated) continue;
        ++stated;
        EXPECT_TRUE(actor_named(t.evidence, full.actors[t.source].id, t.source_ref))
            << tie_name(full, t) << ": the quote does not name " << full.actors[t.source].id << ": " << t.evidence;
        EXPECT_TRUE(actor_named(t.evidence, full.actors[t.target].id, t.source_ref))
            << tie_name(full, t) << ": the quote does not name " << full.actors[t.target].id << ": " << t.evidence;
    }
    EXPECT_GT(stated, 5u);
}

TEST(BundledStudy, EveryStatedMembershipNamesItsActor) {
    REQUIRE_STUDY();
    std::size_t stated = 0;
    for (const auto& init : full.initiatives)
        for (const auto& m : init.members) {
            if (m.level() != Confidence::stated) continue;
            ++stated;
            EXPECT_TRUE(actor_named(m.evidence, full.actors[m.actor].id, m.source_ref))
                << init.id << " / " << full.actors[m.actor].id << ": " << m.evidence;
        }
    EXPECT_GT(stated, 10u);
}

// A statement about a group is memberships, not a clique or a star.
TEST(BundledStudy, NoQuoteSupportsMoreThanThreeTiesOfOneWave) {
    REQUIRE_STUDY();
    std::map<std::pair<std::string, int>, std::size_t> ties_per_quote;
    for (const auto& t : full.ties)
        if (t.level() >= Confidence::implied) ++ties_per_quote[{t.evidence, t.wave}];
    ASSERT_FALSE(ties_per_quote.empty());
    for (const auto& [key, n] : ties_per_quote) EXPECT_LE(n, 3u) << key.second << ": " << key.first;
}

// ---------------------------------------------------------------------------
// Shape
// ---------------------------------------------------------------------------

TEST(BundledStudy, LoadsWithoutWarnings) {
    REQUIRE_STUDY();
    std::string text;
    for (const auto& w : bundle.warnings) text += "\n  " + w.to_string();
    EXPECT_TRUE(bundle.warnings.empty()) << text;
    EXPECT_EQ(full.wave_years(), (std::vector<int>{2019, 2022, 2024}));
    EXPECT_GE(full.actors.size(), 40u);
}

bool kebab(std::string_view id) {
    if (id.empty() || id.front() == '-' || id.back() == '-') return false;
    for (std::size_t i = 0; i < id.size(); ++i) {
        const char c = id[i];
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok || (c == '-' && i + 1 < id.size() && id[i + 1] == '-')) return false;
    }
    return true;
}

TEST(BundledStudy, ActorsAreCodedWithDeclaredValues) {
    REQUIRE_STUDY();
    const AttributeInfo* sector = full.attribute_info("sector");
    const AttributeInfo* region = full.attribute_info("region");
    const AttributeInfo* pillar = full.attribute_info("pillar");
    ASSERT_NE(sector, nullptr);
    ASSERT_NE(region, nullptr);
    ASSERT_NE(pillar, nullptr);
    std::vector<bool> tied(full.actors.size(), false);
    for (const auto& t : full.ties) tied[t.source] = tied[t.target] = true;
    for (std::uint32_t a = 0; a < full.actors.size(); ++a) {
        const auto& act = full.actors[a];
        EXPECT_TRUE(kebab(act.id)) << act.id;
        EXPECT_NE(sector->find(attr(full, a, "sector")), nullptr) << act.id << ": sector";
        EXPECT_NE(pillar->find(attr(full, a, "pillar")), nullptr) << act.id << ": pillar";
        // Every actor with a tie has a region, so that region pairs add up; one
        // the report cannot place has none, no tie, and says why.
        const std::string& r = attr(full, a, "region");
        if (r.empty()) {
            EXPECT_FALSE(tied[a]) << act.id << ": a tie, but no region";
            EXPECT_NE(act.note.find("No region"), std::string::npos) << act.id << ": the note should say why";
        } else {
            EXPECT_NE(region->find(r), nullptr) << act.id << ": region " << r;
        }
        // Groups the report only counts are one actor with the count it gives.
        const bool aggregate = attr(full, a, "type") == "aggregate";
        EXPECT_EQ(aggregate, !attr(full, a, "count").empty()) << act.id << ": count goes with type=aggregate";
    }
    for (const char* role : {"government", "industry", "education"}) EXPECT_EQ(full.helix_role(role), role);
    EXPECT_EQ(full.actors[actor(full, "wartsila")].name, "W\xC3\xA4rtsil\xC3\xA4");
    for (const char* id : {"gem-dordrecht",
                           "gem-gorinchem",
                           "gem-alblasserdam",
                           "gem-vijfherenlanden",
                           "gem-molenlanden",
                           "ikg",
                           "wetech",
                           "sdd",
                           "drechtwerk",
                           "grs",
                           "innovation-quarter",
                           "duurzaamheidsfabriek",
                           "krohne",
                           "hi-delta",
                           "smart-industry",
                           "werkgevers-drechtsteden",
                           "da-vinci-college",
                           "peute",
                           "skill",
                           "economic-board-drechtsteden",
                           "scale",
                           "cop-buiten-regio"})
        EXPECT_TRUE(full.actor_index(id).has_value()) << id;
}

// Whether `a` is a member of `in` in `wave` (a membership without waves holds
// in every wave the actor exists in).
bool member_in(const Study& s, const Membership& m, int wave) {
    return m.waves.empty() ? s.actor_in_wave(m.actor, wave)
                           : std::find(m.waves.begin(), m.waves.end(), wave) != m.waves.end();
}

TEST(BundledStudy, EveryActorTakesPartInEachOfItsWaves) {
    REQUIRE_STUDY();
    std::set<std::tuple<int, std::uint32_t, std::uint32_t>> seen;
    std::set<std::pair<std::uint32_t, int>> present;
    for (const auto& t : full.ties) {
        EXPECT_NE(t.source, t.target);
        EXPECT_TRUE(full.actor_in_wave(t.source, t.wave) && full.actor_in_wave(t.target, t.wave));
        EXPECT_TRUE(t.weight == 1.0 || t.weight == 2.0 || t.weight == 3.0) << t.weight;
        const auto key = std::make_tuple(t.wave, std::min(t.source, t.target), std::max(t.source, t.target));
        EXPECT_TRUE(seen.insert(key).second) << tie_name(full, t) << " twice";
        present.insert({t.source, t.wave});
        present.insert({t.target, t.wave});
    }
    for (const auto& init : full.initiatives)
        for (const auto& m : init.members)
            for (const int w : full.wave_years())
                if (member_in(full, m, w)) present.insert({m.actor, w});
    for (std::uint32_t a = 0; a < full.actors.size(); ++a)
        for (const int w : full.wave_years())
            EXPECT_EQ(full.actor_in_wave(a, w), present.count({a, w}) == 1)
                << full.actors[a].id << " in " << w << ": exists exactly when it has a tie or a membership";
}

// The summary's "Ties across regions" is the sum of its region pairs.
TEST(BundledStudy, RegionPairsAddUpToTiesAcrossRegions) {
    REQUIRE_STUDY();
    for (const int w : full.wave_years()) {
        const WaveGraph g = build_wave_graph(full, w);
        const Grouping regions = make_grouping(full, g, "region");
        const GroupMetrics m = group_metrics(g, regions);
        std::size_t pairs = 0;
        for (std::size_t a = 0; a < regions.groups(); ++a)
            for (std::size_t b = a + 1; b < regions.groups(); ++b)
                if (regions.names[a] != unknown_group && regions.names[b] != unknown_group) pairs += m.mixing[a][b];
        EXPECT_EQ(pairs, m.external_ties) << w;
    }
}

TEST(BundledStudy, ConfidenceLevelsAreAllUsed) {
    REQUIRE_STUDY();
    const Study implied = filter_by_confidence(full, Confidence::implied);
    const Study stated = filter_by_confidence(full, Confidence::stated);
    EXPECT_LT(implied.ties.size(), full.ties.size());
    EXPECT_LT(stated.ties.size(), implied.ties.size());
    EXPECT_GT(stated.ties.size(), 0u);
}

// ---------------------------------------------------------------------------
// The report's findings (codebook, "The report's findings, one by one"),
// each on the whole study and with `--confidence implied`.
// ---------------------------------------------------------------------------

struct Level {
    const char* name;
    std::optional<Confidence> at_least;  // nullopt: every record
};

void PrintTo(const Level& level, std::ostream* os) { *os << level.name; }

class BundledStudyFinding : public ::testing::TestWithParam<Level> {
protected:
    void SetUp() override {
        const Loaded& l = loaded();
        ASSERT_TRUE(l.error.empty()) << l.error;
        s_ = GetParam().at_least ? filter_by_confidence(l.study, *GetParam().at_least) : l.study;
    }
    Study s_;
};

// The members of an initiative in a wave, in the (filtered) study.
std::set<std::uint32_t> members(const Study& s, std::string_view initiative_id, int wave) {
    std::set<std::uint32_t> out;
    for (const auto& m : initiative(s, initiative_id).members)
        if (member_in(s, m, wave)) out.insert(m.actor);
    return out;
}

// The actors with a tie or a membership in a wave.
std::set<std::uint32_t> taking_part(const Study& s, const WaveGraph& g) {
    std::set<std::uint32_t> out;
    for (Vertex v = 0; v < g.actors(); ++v)
        if (g.degree(v) > 0) out.insert(g.actor(v));
    for (const auto& in : s.initiatives)
        for (const auto& m : in.members)
            if (member_in(s, m, g.year())) out.insert(m.actor);
    return out;
}

// The summed weight of the ties between actors of region a and region b.
double weight_between(const Study& s, const WaveGraph& g, std::string_view a, std::string_view b) {
    double sum = 0.0;
    for (Vertex v = 0; v < g.actors(); ++v) {
        if (attr(s, g.actor(v), "region") != a) continue;
        const auto nb = g.neighbours(v);
        const auto props = g.tie_properties(v);
        for (std::size_t i = 0; i < nb.size(); ++i)
            if (attr(s, g.actor(nb[i]), "region") == b) sum += props[i].weight;
    }
    return sum;
}

double mean_tie_weight(const WaveGraph& g) {
    double sum = 0.0;
    for (Vertex v = 0; v < g.actors(); ++v)
        for (const auto& p : g.tie_properties(v)) sum += p.weight;
    return g.ties() == 0 ? 0.0 : sum / 2.0 / static_cast<double>(g.ties());
}

std::size_t ties_across(const Study& s, const WaveGraph& g, std::string_view attribute) {
    return group_metrics(g, make_grouping(s, g, attribute)).external_ties;
}

std::size_t ties_inside(const Study& s, const WaveGraph& g, std::string_view attribute, std::string_view value) {
    const Grouping grouping = make_grouping(s, g, attribute);
    const auto i = grouping.find(value);
    return i ? group_metrics(g, grouping).mixing[*i][*i] : 0;
}

// 1. "De samenwerking tussen de gemeente Gorinchem en de Drechtsteden ... is
// sinds de start ... duidelijk verbeterd. Deze verbetering heeft zich na de
// nulmeting in 2022 verder doorgezet."
TEST_P(BundledStudyFinding, GorinchemDrechtstedenCollaborationGrowsAtBothSteps) {
    const double w2019 = weight_between(s_, build_wave_graph(s_, 2019), "gorinchem", "drechtsteden");
    const double w2022 = weight_between(s_, build_wave_graph(s_, 2022), "gorinchem", "drechtsteden");
    const double w2024 = weight_between(s_, build_wave_graph(s_, 2024), "gorinchem", "drechtsteden");
    EXPECT_GT(w2019, 0.0);
    EXPECT_LT(w2019, w2022);
    EXPECT_LT(w2022, w2024);
}

// 2. The triple helix's collaboration improved further after 2022.
TEST_P(BundledStudyFinding, TiesAcrossSectorsRiseFrom2022To2024) {
    EXPECT_LT(ties_across(s_, build_wave_graph(s_, 2022), "sector"),
              ties_across(s_, build_wave_graph(s_, 2024), "sector"));
}

// 3. "... en bedrijven onderling ...", after 2022.
TEST_P(BundledStudyFinding, TiesAmongCompaniesRiseFrom2022To2024) {
    EXPECT_LT(ties_inside(s_, build_wave_graph(s_, 2022), "sector", "industry"),
              ties_inside(s_, build_wave_graph(s_, 2024), "sector", "industry"));
}

// 4. "Van de vijf projecten binnen de pijler Human Capital zijn I_lab en
// MBO-aanpak het verst ontwikkeld."
TEST_P(BundledStudyFinding, ILabAndMboAanpakHaveTheMostMembersIn2024) {
    const std::size_t ilab = members(s_, "i-lab", 2024).size();
    const std::size_t mbo = members(s_, "mbo-aanpak", 2024).size();
    for (const auto& in : s_.initiatives) {
        if (in.id == "i-lab" || in.id == "mbo-aanpak") continue;
        EXPECT_LT(members(s_, in.id, 2024).size(), std::min(ilab, mbo)) << in.id;
    }
}

// 5. "Het aantal leden van de coöperatie is uitgebreid"; "I_lab heeft zich
// ondertussen bewezen, waardoor het zelf in staat is leden aan te trekken."
TEST_P(BundledStudyFinding, ILabGainsTheMostMembers) {
    const auto gain = [&](std::string_view id, int from) {
        return static_cast<long>(members(s_, id, 2024).size()) - static_cast<long>(members(s_, id, from).size());
    };
    for (const int from : {2019, 2022})
        for (const auto& in : s_.initiatives)
            if (in.id != "i-lab") {
                EXPECT_GT(gain("i-lab", from), gain(in.id, from)) << in.id << " from " << from;
            }
}

// 6. "Q4 2019: start. Verder bouwen op een bestaande samenwerkingsstructuur";
// "De sectoren ... zijn hierop aangehaakt" (2022); "meer sectoren ... maar
// ook individuele ondernemers" (2024).
TEST_P(BundledStudyFinding, MboAanpakExistsIn2019AndGrowsAtBothSteps) {
    const std::size_t m2019 = members(s_, "mbo-aanpak", 2019).size();
    const std::size_t m2022 = members(s_, "mbo-aanpak", 2022).size();
    const std::size_t m2024 = members(s_, "mbo-aanpak", 2024).size();
    EXPECT_GT(m2019, 0u);
    EXPECT_LT(m2019, m2022);
    EXPECT_LT(m2022, m2024);
}

// 7. "Kansrijk is een project dat later van start is gegaan (eind 2023)."
TEST_P(BundledStudyFinding, KansrijkTakesPartOnlyIn2024) {
    EXPECT_TRUE(members(s_, "kansrijk", 2019).empty());
    EXPECT_TRUE(members(s_, "kansrijk", 2022).empty());
    EXPECT_FALSE(members(s_, "kansrijk", 2024).empty());
    for (const auto& t : s_.ties)
        if (t.initiative == "kansrijk") {
            EXPECT_EQ(t.wave, 2024) << tie_name(s_, t);
        }
}

// 8. "Er is besloten om met Perspct te stoppen."
TEST_P(BundledStudyFinding, PerspctIsGoneIn2024) {
    EXPECT_FALSE(members(s_, "perspct", 2019).empty());
    EXPECT_TRUE(members(s_, "perspct", 2024).empty());
    EXPECT_EQ(initiative_attribute(initiative(s_, "perspct"), "status"), "stopped");
    for (const auto& t : s_.ties)
        if (t.initiative == "perspct") {
            EXPECT_NE(t.wave, 2024) << tie_name(s_, t);
        }
}

// 9. "... drie van de vijf gestarte initiatieven zijn gestopt, twee zijn er
// voortgezet": of the innovation initiatives, the two continuing ones take
// part in 2024 and the stopped ones do not.
TEST_P(BundledStudyFinding, TwoInnovationInitiativesAreActiveIn2024) {
    std::set<std::string> active;
    for (const auto& in : s_.initiatives) {
        if (initiative_attribute(in, "level") != "initiative") continue;
        if (!members(s_, in.id, 2024).empty()) active.insert(in.id);
    }
    EXPECT_EQ(active, (std::set<std::string>{"fieldlab-smart-industry", "refit-alliantie"}));
    EXPECT_EQ(initiative_attribute(initiative(s_, "innovatie-gestopt"), "status"), "stopped");
}

// 10. "Een fase waarin verbindingen ontstaan, niet alleen binnen de regio,
// maar ook nationaal en internationaal"; "Ook bedrijven die niet in de
// Drechtsteden zijn gevestigd sluiten aan."
TEST_P(BundledStudyFinding, InnovationPillarReachesFurtherOutsideIn2024) {
    const auto outside = [&](int wave) {
        std::size_t n = 0;
        for (const auto a : taking_part(s_, build_wave_graph(s_, wave)))
            if (attr(s_, a, "region") == "outside" && attr(s_, a, "pillar") == "toegepaste-innovatie") ++n;
        return n;
    };
    const std::size_t o2024 = outside(2024);
    EXPECT_LT(outside(2019), o2024);
    EXPECT_LT(outside(2022), o2024);
}

// 11. "... is het belangrijk om vanuit onderwijs en bedrijfsleven de overheid
// (LNV, Rijkswaterstaat, Europa) mee te nemen": national government is
// weakly tied.
TEST_P(BundledStudyFinding, NationalGovernmentIsWeaklyTied) {
    const std::uint32_t rijk = actor(s_, "rijk");
    for (const int w : s_.wave_years()) {
        const WaveGraph g = build_wave_graph(s_, w);
        const auto v = g.vertex_of_actor(rijk);
        if (!v) continue;
        double strength = 0.0, total = 0.0;
        std::size_t tied = 0;
        for (Vertex u = 0; u < g.actors(); ++u) {
            double su = 0.0;
            for (const auto& p : g.tie_properties(u)) su += p.weight;
            if (u == *v) strength = su;
            if (su > 0) {
                total += su;
                ++tied;
            }
        }
        EXPECT_LE(strength, 1.0) << w;
        if (tied > 0) {
            EXPECT_LT(strength, total / static_cast<double>(tied)) << w;
        }
    }
    for (std::uint32_t a = 0; a < s_.actors.size(); ++a)
        if (a != rijk) {
            EXPECT_NE(attr(s_, a, "type"), "national-government") << s_.actors[a].id;
        }
}

// 12. "In een periode van beperkingen (Corona) ontstonden wel verbanden, maar
// niet echt verbinding"; "Samenwerking loop in het begin nog moeizaam".
TEST_P(BundledStudyFinding, EarlyTiesAreWeaker) {
    const WaveGraph g2019 = build_wave_graph(s_, 2019);
    ASSERT_GT(g2019.ties(), 0u);
    EXPECT_LT(mean_tie_weight(g2019), mean_tie_weight(build_wave_graph(s_, 2024)));
}

// 13. "Dordrecht Academy staat nog niet waar men zou willen zijn."
TEST_P(BundledStudyFinding, DordrechtAcademyIsModest) {
    const std::size_t academy = members(s_, "dordrecht-academy", 2024).size();
    EXPECT_GT(academy, 0u);
    EXPECT_LT(academy, members(s_, "i-lab", 2024).size());
    EXPECT_LT(academy, members(s_, "mbo-aanpak", 2024).size());
    for (const auto& t : s_.ties)
        if (t.initiative == "dordrecht-academy" && t.wave == 2024) {
            EXPECT_LE(t.weight, 1.0) << tie_name(s_, t);
        }
}

// 14. "... concurrentie tussen Perspct en Kansrijk in de uitvoering ...":
// recorded on Kansrijk, and no tie stands for it.
TEST_P(BundledStudyFinding, KansrijkCompetesWithPerspctOutsideTheTies) {
    const Initiative& kansrijk = initiative(s_, "kansrijk");
    EXPECT_EQ(initiative_attribute(kansrijk, "competes_with"), "perspct");
    EXPECT_EQ(initiative_attribute(kansrijk, "competition_wave"), "2024");
    EXPECT_EQ(initiative_attribute(kansrijk, "competition_confidence"), "stated");
    EXPECT_EQ(initiative_attribute(kansrijk, "competition_source_ref").rfind("ocd2024, ", 0), 0u);
    const std::string quote = initiative_attribute(kansrijk, "competition_evidence");
    ASSERT_NE(quote.find("concurrentie tussen Perspct en Kansrijk"), std::string::npos) << quote;
    for (const auto& t : s_.ties) {
        EXPECT_EQ(t.evidence.find("concurrentie"), std::string::npos) << tie_name(s_, t);
        EXPECT_NE(t.kind, "competition") << tie_name(s_, t);
        EXPECT_NE(t.kind, "rivalry") << tie_name(s_, t);
    }
}

// 15. "Pijler (Toegepaste) Innovatie heeft sterke verbinding met pijler Human
// Capital"; "I_lab is geboren in de Duurzaamheidsfabriek".
TEST_P(BundledStudyFinding, PillarsAreBridgedIn2024) {
    const auto bridges = [&](int wave) {
        std::size_t n = 0;
        const WaveGraph g = build_wave_graph(s_, wave);
        for (Vertex v = 0; v < g.actors(); ++v)
            for (const Vertex u : g.neighbours(v))
                if (attr(s_, g.actor(v), "pillar") == "human-capital" &&
                    attr(s_, g.actor(u), "pillar") == "toegepaste-innovatie")
                    ++n;
        return n;
    };
    EXPECT_GT(bridges(2024), 0u);
    EXPECT_EQ(bridges(2019), 0u);
    EXPECT_EQ(bridges(2022), 0u);
}

// 16. The Duurzaamheidsfabriek as the meeting point of 2024.
TEST_P(BundledStudyFinding, DuurzaamheidsfabriekIsTheHubOf2024) {
    const WaveGraph g = build_wave_graph(s_, 2024);
    const PathMeasures p = shortest_path_measures(g);
    const auto df = g.vertex_of_actor(actor(s_, "duurzaamheidsfabriek"));
    ASSERT_TRUE(df && p.betweenness[*df]);
    for (Vertex v = 0; v < g.actors(); ++v)
        if (v != *df) {
            EXPECT_LT(p.betweenness[v].value_or(0.0), *p.betweenness[*df]) << s_.actors[g.actor(v)].id;
        }
}

// 18. "Bv het samengaan van Drechtwerk en de Sociale Dienst Drechtsteden."
TEST_P(BundledStudyFinding, SddAndDrechtwerkMerge) {
    const WaveGraph g = build_wave_graph(s_, 2024);
    const auto sdd = g.vertex_of_actor(actor(s_, "sdd"));
    const auto drechtwerk = g.vertex_of_actor(actor(s_, "drechtwerk"));
    ASSERT_TRUE(sdd && drechtwerk);
    EXPECT_TRUE(g.adjacent(*sdd, *drechtwerk));
    std::size_t mergers = 0;
    for (const auto& t : s_.ties)
        if (t.kind == "merger" && t.wave == 2024 &&
            (t.source == g.actor(*drechtwerk) || t.target == g.actor(*drechtwerk)))
            ++mergers;
    EXPECT_GT(mergers, 0u);
}

// 19. "En er wordt steeds meer samengewerkt."
TEST_P(BundledStudyFinding, NetworkIsLargerIn2024ThanBefore) {
    const WaveGraph g2019 = build_wave_graph(s_, 2019), g2022 = build_wave_graph(s_, 2022),
                    g2024 = build_wave_graph(s_, 2024);
    const std::size_t p2024 = taking_part(s_, g2024).size();
    EXPECT_LT(taking_part(s_, g2019).size(), p2024);
    EXPECT_LT(taking_part(s_, g2022).size(), p2024);
    EXPECT_LT(g2019.ties(), g2024.ties());
    EXPECT_LT(g2022.ties(), g2024.ties());
}

// 20. What the report announces is not yet part of the network: the
// Regionaal Werkcentrum ("start in juli"), Kickstart, a class at Peute and
// training at IAC, a school on the beroepencampus, the Maakfabriek's building
// ("planning 2026"), and the government still "mee te nemen".
TEST_P(BundledStudyFinding, AnnouncedPlansAreNotInThe2024Network) {
    for (const auto& a : s_.actors)
        for (const char* plan : {"Werkcentrum", "werkcentrum", "Kickstart", "IAC", "LNV", "Rijkswaterstaat", "Europa"})
            EXPECT_EQ(a.name.find(plan), std::string::npos) << a.id;
    const auto announces = [](const std::string& evidence) {
        for (const char* plan : {"start in juli", "Er zijn plannen", "planning 2026", "statushoudersklasje",
                                 "mee te nemen", "Regionaal werkcentrum", "zou moeten"})
            if (evidence.find(plan) != std::string::npos) return true;
        return false;
    };
    for (const auto& t : s_.ties) EXPECT_FALSE(announces(t.evidence)) << tie_name(s_, t);
    for (const auto& in : s_.initiatives)
        for (const auto& m : in.members) EXPECT_FALSE(announces(m.evidence)) << in.id << " / " << s_.actors[m.actor].id;
}

// 21. "gemeentes van de arbeidsmarktregio (Gorinchem, Vijfherenlanden,
// Molenlanden) en daarbuiten" are members of I_lab by 2024.
TEST_P(BundledStudyFinding, OtherGorinchemSideMunicipalitiesJoinOnlyIn2024) {
    for (const char* id : {"gem-vijfherenlanden", "gem-molenlanden", "gemeenten-buiten-arbeidsmarktregio"}) {
        const std::uint32_t a = actor(s_, id);
        EXPECT_TRUE(members(s_, "i-lab", 2024).count(a)) << id;
        EXPECT_FALSE(s_.actor_in_wave(a, 2019)) << id;
        EXPECT_FALSE(s_.actor_in_wave(a, 2022)) << id;
    }
    EXPECT_TRUE(members(s_, "i-lab", 2024).count(actor(s_, "gem-gorinchem")));
}

INSTANTIATE_TEST_SUITE_P(Confidence, BundledStudyFinding,
                         ::testing::Values(Level{"Default", std::nullopt}, Level{"Implied", Confidence::implied}),
                         [](const ::testing::TestParamInfo<Level>& level) { return std::string(level.param.name); });

}  // namespace
}  // namespace helixnet
