// helixnet summary [STUDY]: the headline figures of every wave side by side,
// with the change from the first to the last wave, the ties between groups
// (every total followed by the pairs of groups that make it up), the E-I
// indexes, the top brokers and a paragraph on each change. Each change from
// the first to the last wave that robustness checks (compare/robustness.hpp)
// is marked robust or fragile, and each paragraph ends with what its
// conclusions rest on.
#include <algorithm>
#include <iostream>

#include <fmt/format.h>

#include "command.hpp"
#include "helixnet/analysis/focus.hpp"
#include "helixnet/analysis/measures.hpp"
#include "helixnet/analysis/study_analysis.hpp"
#include "helixnet/compare/narrative.hpp"
#include "helixnet/compare/robustness.hpp"
#include "helixnet/compare/wave_comparison.hpp"
#include "helixnet/study/projection.hpp"
#include "helixnet/util/number.hpp"
#include "helixnet/util/table.hpp"

namespace helixnet::cli {
namespace {

struct SummaryOptions {
    StudyOptions study;
    AnalysisCliOptions analysis;
    std::vector<std::string> focus;
    std::optional<bool> explain;
    std::size_t brokers = 3;
    std::string lang = "en";
    std::string output;
};

// "0.294**": the value with stars for its permutation p-value (* < .05, ** < .01, *** < .001).
std::string starred(const std::optional<double>& value, const std::optional<double>& p, Language language) {
    std::string out = format_decimal(value, 3, language);
    if (value && p) out += *p < 0.001 ? "***" : *p < 0.01 ? "**" : *p < 0.05 ? "*" : "";
    return out;
}

// " robust" or " fragile" after a change that the robustness check covers
// (the finding `key` of the first-to-last comparison), when it changed.
std::string sure_mark(const ComparisonRobustness* overall, const std::string& key, Language language) {
    const Finding* f = overall ? overall->find(key) : nullptr;
    if (f == nullptr || f->direction == Direction::same) return {};
    return " " + verdict_word(*f, language);
}

// The key of the robustness finding that a focus is (compare/robustness.hpp).
std::string finding_key(const Focus& f) {
    if (!f.pair()) return "external_ties:" + f.attribute;
    return fmt::format("pair_ties:{}:{}:{}", f.attribute, std::min(f.group_a, f.group_b),
                       std::max(f.group_a, f.group_b));
}

// One line per focus on how sure its change from the first to the last wave
// is: "Ties between Gorinchem e.o. and Drechtsteden: fragile, rests on one
// passage: ‘…’ (…)".
std::string focus_verdicts(const Study& study, const RobustnessResult& sure, const ComparisonRobustness& overall,
                           const std::vector<Focus>& focus, Language language, const Words& w) {
    std::string out;
    for (const Focus& f : focus) {
        const Finding* finding = overall.find(finding_key(f));
        if (finding == nullptr) continue;
        out += wrap_text(fmt::format("- {}: {}, {}", focus_label(study, f, language), verdict_word(*finding, language),
                                     verdict_reason(study, sure, *finding, language)),
                         78, "  ");
    }
    if (out.empty()) return out;
    return "\n" +
           fmt::format(fmt::runtime(w.pick("How sure the answer to the question is, {} \xE2\x86\x92 {}:\n",
                                           "Hoe zeker het antwoord op de vraag is, {} \xE2\x86\x92 {}:\n")),
                       overall.from, overall.to) +
           out;
}

// A row of one measure: its value in every wave and, with several waves, the
// change from the first to the last, marked robust or fragile where checked.
void add_measure_row(TextTable& table, std::string label, const Measure& m,
                     const std::vector<std::optional<double>>& values, Language language, std::string mark = {}) {
    std::vector<std::string> cells = {std::move(label)};
    for (const auto& v : values) cells.push_back(format_measure(m, v, language));
    if (values.size() > 1) cells.push_back(format_change(m, values.front(), values.back(), language) + mark);
    table.add_row(std::move(cells));
}

// Ties between groups a and b of one attribute in one wave (0 where a group is absent).
std::optional<double> ties_between(const AttributeGroups& g, const std::string& a, const std::string& b) {
    const auto i = g.grouping.find(a), j = g.grouping.find(b);
    if (!i || !j) return 0.0;
    return static_cast<double>(g.metrics.mixing[*i][*j]);
}

// The pairs of different groups of `attribute` with a tie in some wave, in
// the order of the groups (the "unknown" group included, so that the pairs
// add up to the ties across groups).
std::vector<std::pair<std::string, std::string>> tied_group_pairs(const StudyAnalysis& analysis,
                                                                  const std::string& attribute) {
    std::vector<std::string> names;
    for (const WaveAnalysis& w : analysis.waves)
        names = merge_group_names(names, w.groups.find(attribute)->grouping.names);
    std::vector<std::pair<std::string, std::string>> out;
    for (std::size_t a = 0; a < names.size(); ++a)
        for (std::size_t b = a + 1; b < names.size(); ++b)
            if (std::any_of(analysis.waves.begin(), analysis.waves.end(), [&](const WaveAnalysis& w) {
                    return ties_between(*w.groups.find(attribute), names[a], names[b]) > 0;
                }))
                out.emplace_back(names[a], names[b]);
    return out;
}

std::string group_label(const Study& study, const std::string& attribute, const std::string& group, Words w) {
    if (group == unknown_group) return w.pick("unknown", "onbekend");
    return study.value_label(attribute, group);
}

int run_summary(const SummaryOptions& o) {
    const Study study = load_for_command(o.study);
    const Language language = *parse_language(o.lang);
    const Words w{language};
    const std::vector<Focus> focus = focus_for_command(study, o.focus);
    AnalysisOptions options = analysis_options(o.analysis);
    options.attributes =
        attributes_with_focus(options.attributes.empty() ? default_group_attributes(study) : options.attributes, focus);
    const StudyAnalysis analysis = analyse_study(study, options);
    note_estimates(analysis, o.study.quiet);
    const auto& waves = analysis.waves;
    const RobustnessResult sure = analyse_robustness(study, analysis);
    const ComparisonRobustness* overall =
        waves.size() > 1 ? sure.find(waves.front().year(), waves.back().year()) : nullptr;

    std::vector<std::string> header = {""};
    for (const auto& wave : waves) header.push_back(std::to_string(wave.year()));
    const bool change = waves.size() > 1;
    if (change)
        header.push_back(fmt::format("{} {}\xE2\x86\x92{}", w.pick("change", "verandering"), waves.front().year(),
                                     waves.back().year()));
    TextTable table(header);

    // The question on top: the comparisons the study is about.
    const Measure& external = *find_measure(MeasureLevel::group, "external_ties");
    if (!focus.empty()) {
        table.add_section(w.pick("The question", "De vraag"));
        for (const Focus& f : focus) {
            std::vector<std::optional<double>> values;
            for (const auto& wave : waves) values.push_back(focus_ties(wave, f));
            add_measure_row(table, focus_label(study, f, language), external, values, language,
                            sure_mark(overall, finding_key(f), language));
        }
        table.add_section(w.pick("The network", "Het netwerk"));
    }
    for (const Measure& m : all_measures()) {
        if (m.level != MeasureLevel::network || !m.in(view_summary)) continue;
        std::vector<std::optional<double>> values;
        for (const auto& wave : waves) values.push_back(m.network(wave));
        add_measure_row(table, std::string(m.text(language).label), m, values, language,
                        sure_mark(overall, std::string(m.key), language));
    }

    // Between groups. Every total is followed by the pairs of groups that
    // make it up.
    // The share of all ties that run across groups, printed as a real measure.
    static const Measure share{
        .key = "share", .level = MeasureLevel::network, .kind = MeasureKind::real, .decimals = 3};
    for (const auto& attribute : analysis.attributes) {
        table.add_section(fmt::format("{} {}", w.pick("Between groups of", "Tussen groepen van"), attribute));
        std::vector<std::optional<double>> totals, shares;
        for (const auto& wave : waves) {
            const AttributeGroups& g = *wave.groups.find(attribute);
            totals.push_back(external.group(g));
            shares.push_back(wave.metrics.network.ties == 0
                                 ? std::nullopt
                                 : std::optional<double>(static_cast<double>(g.metrics.external_ties) /
                                                         static_cast<double>(wave.metrics.network.ties)));
        }
        add_measure_row(table, std::string(external.text(language).label), external, totals, language,
                        sure_mark(overall, "external_ties:" + attribute, language));
        add_measure_row(table, w.pick("  share of all ties", "  aandeel van alle banden"), share, shares, language);
        for (const auto& [a, b] : tied_group_pairs(analysis, attribute)) {
            std::vector<std::optional<double>> values;
            for (const auto& wave : waves) values.push_back(ties_between(*wave.groups.find(attribute), a, b));
            add_measure_row(
                table,
                "  " + group_label(study, attribute, a, w) + " \xE2\x80\x93 " + group_label(study, attribute, b, w),
                external, values, language,
                sure_mark(overall, fmt::format("pair_ties:{}:{}:{}", attribute, std::min(a, b), std::max(a, b)),
                          language));
        }
    }

    const Measure& ei = *find_measure(MeasureLevel::group, "ei_index");
    const Measure& expected = *find_measure(MeasureLevel::group, "expected_ei_index");
    const Measure& p_value = *find_measure(MeasureLevel::group, "ei_p_value");
    table.add_section(w.pick("E-I index (−1 all ties inside groups, +1 all across; * p<.05 ** p<.01 *** p<.001)",
                             "E-I-index (−1 alle banden binnen groepen, +1 alle ertussen; * p<.05 ** p<.01 *** "
                             "p<.001)"));
    for (const auto& attribute : analysis.attributes) {
        std::vector<std::string> cells = {fmt::format("{} {}", ei.text(language).label, attribute)};
        std::vector<std::optional<double>> ei_values, expected_values, p_values;
        for (const auto& wave : waves) {
            const AttributeGroups& g = *wave.groups.find(attribute);
            cells.push_back(starred(ei.group(g), p_value.group(g), language));
            ei_values.push_back(ei.group(g));
            expected_values.push_back(expected.group(g));
            p_values.push_back(p_value.group(g));
        }
        if (change)
            cells.push_back(format_change(ei, ei_values.front(), ei_values.back(), language) +
                            sure_mark(overall, "ei_index:" + attribute, language));
        table.add_row(std::move(cells));
        add_measure_row(table, w.pick("  expected from group sizes", "  verwacht uit de groepsgroottes"), expected,
                        expected_values, language);
        std::vector<std::string> p_cells = {w.pick("  p (permutation test)", "  p (permutatietoets)")};
        for (const auto& p : p_values) p_cells.push_back(format_measure(p_value, p, language));
        table.add_row(std::move(p_cells));
    }

    std::string out = study.name + "\n";
    for (const auto& wave : study.waves)
        if (!wave.label.empty()) out += fmt::format("  {}: {}\n", wave.year, wave.label);
    if (!o.study.confidence.empty())
        out += w.pick("  ties kept: confidence ", "  banden meegeteld: betrouwbaarheid ") + o.study.confidence +
               w.pick(" and above\n", " en hoger\n");
    if (study.projection.applied()) out += "  " + wrap_text(projection_note(study.projection, language), 76, "  ");
    out += "\n" + table.render();
    if (overall)
        out += "\n" +
               wrap_text(w.pick("robust / fragile: whether the change holds without the assumed ties, with stated "
                                "ties only, without the group actors and without much-shared passages, and whether "
                                "no three passages of the source reverse it (helixnet robustness)",
                                "robuust / fragiel: of de verandering standhoudt zonder de aangenomen banden, met "
                                "alleen genoemde banden, zonder de groepsactoren en zonder veelgebruikte passages, en "
                                "of geen drie passages uit de bron haar omkeren (helixnet robustness)"));
    if (overall) out += focus_verdicts(study, sure, *overall, focus, language, w);
    if (explain_wanted(o.explain, o.output)) {
        std::vector<const Measure*> shown;
        for (const Measure& m : all_measures())
            if (m.level == MeasureLevel::network && m.in(view_summary)) shown.push_back(&m);
        for (const Measure* m : {&external, &ei, &expected, &p_value}) shown.push_back(m);
        out += w.pick("\nWhat the rows mean\n", "\nWat de rijen betekenen\n") + explain_measures(shown, language);
    }
    for (const auto& attribute : analysis.attributes) {
        out += "\n" + w.pick("Top brokers between groups of ", "Belangrijkste makelaars tussen groepen van ") +
               attribute +
               w.pick(" (pairs of unconnected partners in different groups they link)\n",
                      " (paren niet-verbonden partners uit verschillende groepen die zij verbinden)\n");
        for (const auto& wave : waves) {
            const AttributeGroups& a = *wave.groups.find(attribute);
            std::string line;
            for (const Vertex v : top_brokers(a, o.brokers)) {
                if (!line.empty()) line += ", ";
                line += study.actors[wave.graph.actor(v)].name + " (" + std::to_string(a.brokerage[v].bridging()) + ")";
            }
            out += fmt::format("  {}: {}\n", wave.year(), line.empty() ? "\xE2\x80\x93" : line);
        }
    }
    // What changed between consecutive waves, in words (compare/narrative.hpp).
    if (change) {
        out += w.pick("\nWhat changed\n", "\nWat veranderde\n");
        for (const WaveComparison& c : compare_consecutive_waves(study, analysis))
            out += "\n" + wrap_text(change_paragraph(study, c, language) + " " +
                                    robustness_sentence(study, sure, *sure.find(c.from, c.to), language));
    }
    emit(o.output, out);
    return 0;
}

const bool registered = register_command({
    "summary",
    "The headline figures of every wave side by side, with the change from first to last wave",
    [](CLI::App& sub) -> std::function<int()> {
        auto options = std::make_shared<SummaryOptions>();
        add_study_options(sub, options->study);
        add_analysis_options(sub, options->analysis);
        add_focus_option(sub, options->focus);
        add_explain_option(sub, options->explain);
        sub.add_option("--brokers", options->brokers, "how many top brokers to name per wave")->capture_default_str();
        sub.add_option("--lang", options->lang, "language: en (default) or nl")->check(CLI::IsMember({"en", "nl"}));
        sub.add_option("-o,--output", options->output, "write to FILE (atomically) instead of stdout");
        return [options] { return run_summary(*options); };
    },
});

}  // namespace
}  // namespace helixnet::cli
