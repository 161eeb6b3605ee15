#include "helixnet/report/robustness_section.hpp"

#include <fmt/format.h>

#include "helixnet/util/xml.hpp"

namespace helixnet {
namespace {

constexpr const char* arrow = "\xE2\x86\x92";  // →
constexpr const char* dash = "\xE2\x80\x93";   // –

std::string esc(std::string_view s) { return xml_escape(s); }

std::string comparison_html(const Study& study, const RobustnessResult& result, const ComparisonRobustness& c,
                            Words w) {
    const Language lang = w.language;
    std::string out = fmt::format("<h3>{} {} {}</h3>", c.from, arrow, c.to);
    out += "<div class=\"table-wrap\"><table class=\"robustness\"><thead><tr><th>" +
           esc(w.pick("Finding", "Uitkomst")) + "</th>";
    out += fmt::format("<th class=\"num\">{}</th><th class=\"num\">{}</th><th>{}</th>", c.from, c.to,
                       esc(w.pick("Direction", "Richting")));
    for (const Variant v : all_variants) out += "<th class=\"mark\">" + esc(variant_label(v, lang)) + "</th>";
    out += "<th class=\"num\">" + esc(w.pick("Passages that reverse it", "Passages die haar omkeren")) + "</th><th>" +
           esc(w.pick("Verdict", "Oordeel")) + "</th></tr></thead><tbody>";
    std::string fragile;
    for (const Finding& f : c.findings) {
        out += "<tr><th scope=\"row\">" + esc(finding_label(study, f, lang)) + "</th>";
        out += "<td class=\"num\">" + format_measure(*f.measure, f.from_value, lang) + "</td><td class=\"num\">" +
               format_measure(*f.measure, f.to_value, lang) + "</td><td>" + esc(direction_word(f.direction, lang)) +
               "</td>";
        for (const Variant v : all_variants) {
            const VariantOutcome& o = f.outcome(v);
            const std::string title = fmt::format("{} {} {}", format_measure(*f.measure, o.from, lang), arrow,
                                                  format_measure(*f.measure, o.to, lang));
            out +=
                o.holds
                    ? "<td class=\"mark\"><span class=\"holds\" title=\"" + esc(title) + "\">\xE2\x9C\x93</span></td>"
                    : "<td class=\"mark\"><span class=\"fails\" title=\"" + esc(title) + "\">\xE2\x9C\x97</span></td>";
        }
        out += "<td class=\"num\">" + (f.passages_to_reverse ? std::to_string(*f.passages_to_reverse) : dash) + "</td>";
        out += fmt::format("<td><span class=\"verdict {}\">{}</span></td></tr>", f.robust() ? "robust" : "fragile",
                           esc(verdict_word(f, lang)));
        if (f.robust()) continue;
        fragile += "<li><b>" + esc(finding_label(study, f, lang)) + "</b> (" + esc(direction_word(f.direction, lang)) +
                   "): " + esc(verdict_reason(study, result, f, lang));
        for (const std::uint32_t p : f.reversing_passages) {
            const Passage& passage = result.passages.at(p);
            fragile += "<blockquote>" + esc(passage_text(study, passage, lang));
            if (!passage.source_ref.empty()) fragile += "<cite>" + esc(passage.source_ref) + "</cite>";
            fragile += "</blockquote>";
        }
        fragile += "</li>";
    }
    out += "</tbody></table></div>";
    if (!fragile.empty())
        out += "<p>" +
               esc(w.pick("Fragile findings, and the passages of the source they rest on:",
                          "Fragiele uitkomsten, en de passages uit de bron waarop ze rusten:")) +
               "</p><ul class=\"fragile-list\">" + fragile + "</ul>";
    return out;
}

}  // namespace

std::string_view robustness_section_title(Language language) {
    return language == Language::dutch ? "Hoe zeker is dit?" : "How sure are we?";
}

std::string robustness_section_html(const Study& study, const RobustnessResult& result, Language language) {
    const Words w{language};
    std::string out =
        "<p class=\"intro\">" +
        esc(fmt::format(
            fmt::runtime(w.pick(
                "Each change is recomputed without the ties the encoder assumed, with the ties the source states only, "
                "without the actors that stand for a group of organisations, and without the ties of passages that "
                "support more than {} ties in a wave; \xE2\x9C\x93 means the direction stays the same. The last "
                "columns give the fewest passages of the source whose removal changes the direction ({} when no "
                "three do). A change is robust when it holds everywhere and no three passages reverse it.",
                "Elke verandering is opnieuw berekend zonder de banden die bij het coderen zijn aangenomen, met "
                "alleen de banden die de bron noemt, zonder de actoren die voor een groep organisaties staan, en "
                "zonder de banden van passages die meer dan {} banden in een meting dragen; \xE2\x9C\x93 betekent "
                "dat de richting gelijk blijft. De laatste kolommen geven het kleinste aantal passages uit de bron "
                "waarvan het weglaten de richting verandert ({} als geen drie dat doen). Een verandering is robuust "
                "als ze overal standhoudt en geen drie passages haar omkeren.")),
            shared_passage_limit, dash)) +
        "</p>";
    if (!result.passage_search)
        out += "<p class=\"note\">" +
               esc(fmt::format(fmt::runtime(w.pick("The study has {} ties, more than {}: the passages were not "
                                                   "searched, and the verdicts rest on the variants alone.",
                                                   "De studie heeft {} banden, meer dan {}: de passages zijn niet "
                                                   "doorzocht en de oordelen rusten alleen op de varianten.")),
                               result.study_ties, result.passage_search_limit)) +
               "</p>";
    for (const ComparisonRobustness& c : result.comparisons) out += comparison_html(study, result, c, w);
    return out;
}

}  // namespace helixnet
