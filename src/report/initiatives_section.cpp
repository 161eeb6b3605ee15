#include "initiatives_section.hpp"

#include <fmt/format.h>

#include "helixnet/analysis/measures.hpp"
#include "helixnet/util/xml.hpp"

namespace helixnet {
namespace {

constexpr const char* dash = "\xE2\x80\x93";  // –

std::string esc(std::string_view s) { return xml_escape(s); }

std::vector<const Measure*> report_measures(MeasureLevel level) {
    std::vector<const Measure*> out;
    for (const Measure& m : all_measures())
        if (m.level == level && m.in(view_report)) out.push_back(&m);
    return out;
}

std::string name_of(const InitiativeMeasures& p) { return p.name.empty() ? p.id : p.name; }

// The helix roles among an initiative's members, in the report's words.
std::string roles_text(const InitiativeMeasures& p, const ReportStrings& t) {
    std::string out;
    const auto add = [&](bool present, std::string_view word) {
        if (present) out += (out.empty() ? "" : ", ") + std::string(word);
    };
    add(p.government, t.helix_government);
    add(p.industry, t.helix_industry);
    add(p.education, t.helix_education);
    return out.empty() ? std::string(dash) : out;
}

std::string synergy_table(std::span<const WaveAnalysis> waves, const ReportStrings& t, Language language) {
    const auto measures = report_measures(MeasureLevel::two_mode);
    std::string out = "<h3>" + esc(t.synergy_heading) + "</h3>";
    out += "<div class=\"table-wrap\"><table class=\"synergy\"><thead><tr><th>" + esc(t.wave) +
           "</th><th class=\"num\">" + esc(t.initiative_count) + "</th><th class=\"num\">" + esc(t.membership_count) +
           "</th>";
    for (const Measure* m : measures) out += "<th class=\"num\">" + esc(m->text(language).label) + "</th>";
    out += "</tr></thead><tbody>";
    for (const WaveAnalysis& w : waves) {
        out += fmt::format("<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td>", w.year(),
                           w.initiatives.list.size(), w.initiatives.memberships);
        for (const Measure* m : measures)
            out += "<td class=\"num\">" + esc(format_measure(*m, m->network(w), language)) + "</td>";
        out += "</tr>";
    }
    out += "</tbody></table></div>";
    out += "<p class=\"note\">" + esc(t.synergy_meaning) + "</p>";
    return out;
}

std::string wave_tables(const WaveAnalysis& w, const ReportStrings& t, Language language) {
    const WaveInitiatives& in = w.initiatives;
    const auto measures = report_measures(MeasureLevel::initiative);
    std::string out =
        "<div class=\"table-wrap\"><table class=\"initiative-measures\"><thead><tr><th>" + esc(t.initiative) + "</th>";
    for (const Measure* m : measures)
        out += std::string(m->kind == MeasureKind::structured ? "<th>" : "<th class=\"num\">") +
               esc(m->text(language).label) + "</th>";
    out += "</tr></thead><tbody>";
    for (std::size_t i = 0; i < in.list.size(); ++i) {
        out += "<tr><th scope=\"row\">" + esc(name_of(in.list[i])) + "</th>";
        for (const Measure* m : measures) {
            if (m->key == "helix_roles")
                out += "<td>" + esc(roles_text(in.list[i], t)) + "</td>";
            else if (m->initiative)
                out += "<td class=\"num\">" + esc(format_measure(*m, m->initiative(w, i), language)) + "</td>";
        }
        out += "</tr>";
    }
    out += "</tbody></table></div>";

    out += "<h4>" + esc(t.sharing_members) + "</h4>";
    if (in.overlap.empty()) return out + "<p class=\"muted\">" + esc(t.no_sharing) + "</p>";
    const auto pair_measures = report_measures(MeasureLevel::initiative_pair);
    out += "<div class=\"table-wrap\"><table class=\"overlap\"><thead><tr><th>" + esc(t.initiative_count) + "</th>";
    for (const Measure* m : pair_measures) out += "<th class=\"num\">" + esc(m->text(language).label) + "</th>";
    out += "</tr></thead><tbody>";
    for (std::size_t i = 0; i < in.overlap.size(); ++i) {
        const InitiativeOverlap& o = in.overlap[i];
        out += "<tr><th scope=\"row\">" + esc(name_of(in.list[o.first])) + " " + dash + " " +
               esc(name_of(in.list[o.second])) + "</th>";
        for (const Measure* m : pair_measures)
            out += "<td class=\"num\">" + esc(format_measure(*m, m->initiative_pair(w, i), language)) + "</td>";
        out += "</tr>";
    }
    return out + "</tbody></table></div>";
}

}  // namespace

std::string initiative_measures_html(const Study& study, std::span<const WaveAnalysis> waves, const ReportStrings& t,
                                     Language language, const std::vector<TwoModeFigure>& figures, bool png) {
    std::string out = synergy_table(waves, t, language);
    for (std::size_t i = 0; i < waves.size(); ++i) {
        const WaveAnalysis& w = waves[i];
        out += fmt::format("<h3>{} {}</h3>", esc(t.initiatives_in), w.year());
        if (w.initiatives.list.empty()) {
            out += "<p class=\"muted\">" + esc(t.none) + "</p>";
            continue;
        }
        out += "<div class=\"two-mode\">";
        if (i < figures.size() && !figures[i].svg.empty()) {
            std::string label;
            for (const Wave& wave : study.waves)
                if (wave.year == w.year() && !wave.label.empty()) label = " " + esc(wave.label);
            out += fmt::format(R"(<figure class="diagram"><a href="{0}.svg" title="{1}">{2}</a>)", figures[i].stem,
                               esc(t.open_full_size), figures[i].svg);
            out += fmt::format("<figcaption><b>{}</b>{} <span class=\"meta\">{}</span>", w.year(), label,
                               esc(t.two_mode_caption));
            if (png)
                out += fmt::format(R"( <a class="file" href="{}.png">{}</a>)", figures[i].stem, esc(t.png_version));
            out += "</figcaption></figure>";
        }
        out += "<div>" + wave_tables(w, t, language) + "</div></div>";
    }
    return out;
}

}  // namespace helixnet
