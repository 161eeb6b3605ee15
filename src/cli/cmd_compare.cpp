// helixnet compare [STUDY]: the change between two waves (docs/metrics.md,
// "Comparing two waves") — tie turnover, every network and group measure in
// both waves, rank correlations, who brokers more, who joined or left — as a
// table for people, JSON or one CSV row per actor; with a plain-language
// paragraph per pair in the table.
#include <cmath>
#include <iostream>
#include <memory>
#include <optional>

#include <fmt/format.h>

#include "command.hpp"
#include "helixnet/analysis/measures.hpp"
#include "helixnet/compare/narrative.hpp"
#include "helixnet/compare/wave_comparison.hpp"
#include "helixnet/study/projection.hpp"
#include "helixnet/util/number.hpp"
#include "helixnet/util/table.hpp"
#include "helixnet/util/text.hpp"

namespace helixnet::cli {
namespace {

struct CompareCliOptions {
    StudyOptions study;
    AnalysisCliOptions analysis;
    std::optional<int> from;
    std::optional<int> to;
    bool all = false;
    std::string format = "table";
    CsvCliOptions csv;
    std::string lang = "en";
    std::optional<bool> explain;
    std::size_t top = 10;
    std::string output;
};

const char* const dash = "\xE2\x80\x93";   // –
const char* const arrow = "\xE2\x86\x92";  // →

void add_change_row(TextTable& table, const std::string& label, const NamedChange& n, Language language) {
    const Measure& m = *n.measure;
    table.add_row({label, format_measure(m, n.value.from, language), format_measure(m, n.value.to, language),
                   format_change(m, n.value.from, n.value.to, language)});
}

// The label of a measure of the comparison itself (table of measures).
std::string comparison_label(std::string_view key, Language language) {
    return std::string(find_measure(MeasureLevel::comparison, key)->text(language).label);
}

std::string names_of(const Study& study, const std::vector<std::uint32_t>& actors) {
    std::string out;
    for (const auto a : actors) {
        if (!out.empty()) out += "; ";
        out += study.actors.at(a).name;
    }
    return out;
}

std::string render_table(const Study& study, const WaveComparison& c, const CompareCliOptions& o) {
    const Language language = *parse_language(o.lang);
    const Words w{language};
    std::string out = fmt::format("{}: {} {} {}\n", study.name, c.from, arrow, c.to);
    const auto& t = c.ties;
    const std::size_t everyone = t.common_actors + t.joined.size() + t.left.size();
    if (t.joined.empty() && t.left.empty())
        out += fmt::format(fmt::runtime(w.pick("Actor set unchanged: the same {} actors in both waves.\n",
                                               "Dezelfde actoren: dezelfde {} actoren in beide metingen.\n")),
                           t.common_actors);
    else
        out += fmt::format(
            fmt::runtime(w.pick("Actor set changed: {} joined, {} left; {} of {} actors in both waves. Whole-network "
                                "figures such as density move with the actor set, not only with collaboration.\n",
                                "Andere actoren: {} erbij, {} weg; {} van {} actoren in beide metingen. Cijfers over "
                                "het hele netwerk, zoals de dichtheid, bewegen mee met wie er meedoet, niet alleen "
                                "met de samenwerking.\n")),
            t.joined.size(), t.left.size(), t.common_actors, everyone);
    if (!o.study.confidence.empty())
        out += w.pick("Ties kept: confidence ", "Banden meegeteld: betrouwbaarheid ") + o.study.confidence +
               w.pick(" and above.\n", " en hoger.\n");
    if (study.projection.applied()) out += wrap_text(projection_note(study.projection, language));

    TextTable headline({"", std::to_string(c.from), std::to_string(c.to), w.pick("change", "verandering")});
    headline.add_section(w.pick("Headline changes", "Belangrijkste veranderingen"));
    for (const auto& n : c.network)
        if (n.measure->in(view_headline))
            add_change_row(headline, std::string(n.measure->text(language).label), n, language);
    for (const auto& g : c.groups)
        for (const auto& n : g.metrics)
            if (n.measure->in(view_headline))
                add_change_row(headline, fmt::format("{} ({})", n.measure->text(language).label, g.attribute), n,
                               language);
    headline.add_section(w.pick("Network", "Netwerk"));
    for (const auto& n : c.network) add_change_row(headline, std::string(n.measure->text(language).label), n, language);
    for (const auto& g : c.groups) {
        headline.add_section(w.pick("Groups by ", "Groepen naar ") + g.attribute);
        for (const auto& n : g.metrics)
            add_change_row(headline, std::string(n.measure->text(language).label), n, language);
    }
    out += "\n" + headline.render();

    TextTable turnover({w.pick("Tie turnover", "Wisseling van banden"), ""});
    turnover.add_row({comparison_label("ties_added", language), std::to_string(t.ties_added)});
    turnover.add_row({comparison_label("ties_removed", language), std::to_string(t.ties_removed)});
    turnover.add_row({comparison_label("ties_stable", language), std::to_string(t.ties_stable)});
    turnover.add_row({comparison_label("jaccard", language), format_decimal(t.jaccard, 3, language)});
    turnover.add_row({w.pick("Pairs of actors in both waves: no tie in either / new tie / tie ended / tie in both",
                             "Paren actoren in beide metingen: nooit een band / nieuwe band / band beëindigd / band "
                             "in beide"),
                      fmt::format("{} / {} / {} / {}", t.change_table.c00, t.change_table.c01, t.change_table.c10,
                                  t.change_table.c11)});
    turnover.add_row({comparison_label("hamming", language), std::to_string(t.hamming)});
    turnover.add_row({comparison_label("jaccard_common", language), format_decimal(t.jaccard_common, 3, language)});
    turnover.add_row({comparison_label("rank_correlation.betweenness", language),
                      format_decimal(c.rank_correlation.betweenness, 3, language)});
    turnover.add_row({comparison_label("rank_correlation.degree", language),
                      format_decimal(c.rank_correlation.degree, 3, language)});
    out += "\n" + turnover.render();

    const std::string from = std::to_string(c.from), to = std::to_string(c.to);
    TextTable hubs(
        {w.pick("Who brokers more (by rise in betweenness)", "Wie bemiddelt meer (naar stijging van betweenness)"),
         "id", "betweenness " + from, to, w.pick("rise", "stijging"), w.pick("degree ", "banden ") + from, to});
    std::size_t shown = 0;
    for (const auto& a : c.actors) {
        const auto rise = a.betweenness_rise();
        if (!rise || *rise <= 1e-9 || shown == o.top) break;
        const auto degree = [](const std::optional<std::size_t>& d) {
            return d ? std::to_string(*d) : std::string(dash);
        };
        hubs.add_row({study.actors.at(a.actor).name, study.actors.at(a.actor).id,
                      format_decimal(a.betweenness_from, 3, language), format_decimal(a.betweenness_to, 3, language),
                      format_signed(*rise, 3, language), degree(a.degree_from), degree(a.degree_to)});
        ++shown;
    }
    if (shown > 0)
        out += "\n" + hubs.render();
    else
        out += w.pick("\nWho brokers more: no actor's betweenness rose.\n",
                      "\nWie bemiddelt meer: bij geen actor steeg de betweenness.\n");

    if (!t.joined.empty())
        out += "\n" + wrap_text(fmt::format("{} ({}): {}", w.pick("Joined", "Erbij"), t.joined.size(),
                                            names_of(study, t.joined)));
    if (!t.left.empty())
        out +=
            "\n" + wrap_text(fmt::format("{} ({}): {}", w.pick("Left", "Weg"), t.left.size(), names_of(study, t.left)));
    out += "\n" + wrap_text(change_paragraph(study, c, language));
    return out;
}

int run_compare(const CompareCliOptions& o) {
    const Study study = load_for_command(o.study);
    if (study.waves.size() < 2 && !(o.from && o.to))
        throw Failure(
            fmt::format("the study has {} wave(s); compare needs two (or --from and --to)", study.waves.size()));

    AnalysisOptions options = analysis_options(o.analysis);
    if (!o.all) {
        const int from = o.from.value_or(study.waves.front().year);
        const int to = o.to.value_or(study.waves.back().year);
        options.waves = {from, to};
    }
    const StudyAnalysis analysis = analyse_study(study, options);
    note_estimates(analysis, o.study.quiet);
    std::vector<WaveComparison> all;
    if (o.all) {
        all = compare_consecutive_waves(study, analysis);
    } else {
        // The waves in the order asked for (--from may be the later one).
        const WaveAnalysis* a = analysis.find(options.waves[0]);
        const WaveAnalysis* b = analysis.find(options.waves[1]);
        all.push_back(compare_waves(study, *a, *b));
    }

    std::string out;
    if (o.format == "json") {
        nlohmann::ordered_json j;
        if (o.all) {
            j = nlohmann::ordered_json::array();
            for (const auto& c : all) j.push_back(comparison_json(study, c));
        } else {
            j = comparison_json(study, all.front());
        }
        out = j.dump(2) + "\n";
    } else if (o.format == "csv") {
        out = comparisons_csv(study, all, csv_dialect(o.csv), o.csv.full_precision);
    } else {
        for (std::size_t i = 0; i < all.size(); ++i) out += (i ? "\n\n" : "") + render_table(study, all[i], o);
        if (explain_wanted(o.explain, o.output)) {
            // Every measure the tables show, once.
            std::vector<const Measure*> shown;
            for (const auto& n : all.front().network) shown.push_back(n.measure);
            for (const auto& g : all.front().groups)
                for (const auto& n : g.metrics) shown.push_back(n.measure);
            for (const Measure& m : all_measures())
                if (m.level == MeasureLevel::comparison) shown.push_back(&m);
            const Language language = *parse_language(o.lang);
            out += (language == Language::dutch ? "\nWat de rijen betekenen\n" : "\nWhat the rows mean\n") +
                   explain_measures(shown, language);
        }
    }
    emit(o.output, out);
    return 0;
}

const bool registered = register_command({
    "compare",
    "The change between two waves: tie turnover, every measure in both waves, who brokers more, who joined or left",
    [](CLI::App& sub) -> std::function<int()> {
        auto options = std::make_shared<CompareCliOptions>();
        add_study_options(sub, options->study);
        auto* from = sub.add_option("--from", options->from, "earlier wave (default: the first)")->type_name("YEAR");
        auto* to = sub.add_option("--to", options->to, "later wave (default: the last)")->type_name("YEAR");
        sub.add_flag("--all", options->all, "every consecutive pair of waves (JSON: an array)")
            ->excludes(from)
            ->excludes(to);
        sub.add_option("--format", options->format, "table (default), json or csv (one row per actor)")
            ->check(CLI::IsMember({"table", "json", "csv"}));
        add_csv_options(sub, options->csv);
        sub.add_option("--lang", options->lang, "language of the table: en (default) or nl")
            ->check(CLI::IsMember({"en", "nl"}));
        add_analysis_options(sub, options->analysis);
        add_explain_option(sub, options->explain);
        sub.add_option("--top", options->top, "actors shown under 'who brokers more'")->capture_default_str();
        sub.add_option("-o,--output", options->output, "write to FILE (atomically) instead of stdout");
        return [options] { return run_compare(*options); };
    },
});

}  // namespace
}  // namespace helixnet::cli
