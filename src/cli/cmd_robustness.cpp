// helixnet robustness [STUDY]: how sure are we of each change between two
// waves? Every finding (compare/robustness.hpp) with its direction in the
// full study and in each variant, the fewest passages of the source that
// reverse it, and the verdict, as a table for people or as JSON.
#include <iostream>
#include <memory>
#include <optional>

#include <fmt/format.h>

#include "command.hpp"
#include "helixnet/compare/robustness.hpp"
#include "helixnet/util/table.hpp"

namespace helixnet::cli {
namespace {

struct RobustnessCliOptions {
    StudyOptions study;
    std::vector<std::string> by;
    std::optional<int> from;
    std::optional<int> to;
    std::string format = "table";
    std::string lang = "en";
    std::string output;
};

const char* const check = "\xE2\x9C\x93";  // ✓
const char* const cross = "\xE2\x9C\x97";  // ✗
const char* const dash = "\xE2\x80\x93";   // –
const char* const arrow = "\xE2\x86\x92";  // →

// The short column heads of the variants, in all_variants order.
std::string variant_head(Variant v, Words w) {
    switch (v) {
        case Variant::all:
            return w.pick("all", "alle");
        case Variant::implied:
            return w.pick("implied+", "afgeleid+");
        case Variant::stated:
            return w.pick("stated", "genoemd");
        case Variant::no_group_actors:
            return w.pick("no groups", "geen groepen");
        case Variant::no_shared_passages:
            return w.pick("no shared", "niet gedeeld");
    }
    return {};
}

std::string render_table(const Study& study, const RobustnessResult& result, Language language) {
    const Words w{language};
    std::string out = study.name + "\n\n";
    out += wrap_text(fmt::format(
        fmt::runtime(w.pick(
            "How sure are we? Each finding is recomputed with all ties, without the ties the encoder assumed "
            "(implied+), with the ties the source states only (stated), without the actors that stand for a group "
            "of organisations (no groups) and without the ties of passages that support more than {} ties in a "
            "wave (no shared): {} the same direction as with all ties, {} not. 'Passages' is the fewest passages "
            "of the source whose removal changes the direction ({} when no three do).",
            "Hoe zeker is dit? Elke uitkomst is opnieuw berekend met alle banden, zonder de banden die bij het "
            "coderen zijn aangenomen (afgeleid+), met alleen de banden die de bron noemt (genoemd), zonder de "
            "actoren die voor een groep organisaties staan (geen groepen) en zonder de banden van passages die meer "
            "dan {} banden in een meting dragen (niet gedeeld): {} dezelfde richting als met alle banden, {} niet. "
            "'Passages' is het kleinste aantal passages uit de bron waarvan het weglaten de richting verandert ({} "
            "als geen drie dat doen).")),
        shared_passage_limit, check, cross, dash));
    if (!result.passage_search)
        out += "\n" + wrap_text(fmt::format(
                          fmt::runtime(w.pick("The study has {} ties, more than {}: the passages were not searched.",
                                              "De studie heeft {} banden, meer dan {}: de passages zijn niet "
                                              "doorzocht.")),
                          result.study_ties, result.passage_search_limit));
    if (result.comparisons.empty())
        out += "\n" + w.pick("The study has fewer than two waves: there is no change to check.\n",
                             "De studie heeft minder dan twee metingen: er is geen verandering te controleren.\n");
    for (const ComparisonRobustness& c : result.comparisons) {
        std::vector<std::string> header = {fmt::format("{} {} {}", c.from, arrow, c.to), std::to_string(c.from),
                                           std::to_string(c.to), w.pick("direction", "richting")};
        for (const Variant v : all_variants) header.push_back(variant_head(v, w));
        header.push_back(w.pick("passages", "passages"));
        header.push_back(w.pick("verdict", "oordeel"));
        TextTable table(header);
        std::string reasons;
        for (const Finding& f : c.findings) {
            std::vector<std::string> cells = {
                finding_label(study, f, language), format_measure(*f.measure, f.from_value, language),
                format_measure(*f.measure, f.to_value, language), direction_word(f.direction, language)};
            for (const Variant v : all_variants) cells.emplace_back(f.outcome(v).holds ? check : cross);
            cells.push_back(f.passages_to_reverse ? std::to_string(*f.passages_to_reverse) : dash);
            cells.push_back(verdict_word(f, language));
            table.add_row(std::move(cells));
            if (!f.robust())
                reasons += wrap_text(fmt::format("- {}: {}", finding_label(study, f, language),
                                                 verdict_reason(study, result, f, language)),
                                     78, "  ");
        }
        out += "\n" + table.render();
        if (!reasons.empty()) out += "\n" + w.pick("Fragile findings:\n", "Fragiele uitkomsten:\n") + reasons;
    }
    return out;
}

int run_robustness(const RobustnessCliOptions& o) {
    const Study study = load_for_command(o.study);
    const Language language = *parse_language(o.lang);
    RobustnessOptions options;
    options.attributes = o.by;
    if (o.from || o.to) {
        if (study.waves.empty()) throw Failure("the study has no waves");
        options.comparisons = {{o.from.value_or(study.waves.front().year), o.to.value_or(study.waves.back().year)}};
    }
    const RobustnessResult result = analyse_robustness(study, options);
    if (!result.passage_search && !o.study.quiet)
        std::cerr << fmt::format("helixnet: the study has {} ties, more than {}: the passage search is skipped\n",
                                 result.study_ties, result.passage_search_limit);
    const std::string out = o.format == "json" ? robustness_json(study, result, language).dump(2) + "\n"
                                               : render_table(study, result, language);
    emit(o.output, out);
    return 0;
}

const bool registered = register_command({
    "robustness",
    "How sure are we? Whether each change between waves survives without assumed ties, without group actors, "
    "and without any few passages of the source",
    [](CLI::App& sub) -> std::function<int()> {
        auto options = std::make_shared<RobustnessCliOptions>();
        add_study_options(sub, options->study);
        sub.add_option("--from", options->from,
                       "earlier wave (default: every consecutive pair of waves and the first against the last; with "
                       "only --to, the first wave)")
            ->type_name("YEAR");
        sub.add_option("--to", options->to, "later wave (with only --from: the last wave)")->type_name("YEAR");
        sub.add_option("--by", options->by,
                       "actor attribute whose ties across groups, E-I index and ties between each pair of groups are "
                       "checked (repeatable; a+b combines two); default: sector and region where the study has them");
        sub.add_option("--format", options->format, "table (default) or json")->check(CLI::IsMember({"table", "json"}));
        sub.add_option("--lang", options->lang, "language of labels and reasons: en (default) or nl")
            ->check(CLI::IsMember({"en", "nl"}));
        sub.add_option("-o,--output", options->output, "write to FILE (atomically) instead of stdout");
        sub.footer(
            "Variants: all ties; without assumed ties (implied and stated kept); stated ties only; without the actors "
            "that stand for a group (a non-empty `count`); without the ties of passages that support more than three "
            "ties in a wave. Passages: the smallest set of up to three evidence quotes whose removal (from every "
            "wave) changes a finding's direction, searched exactly; skipped when the study has more than 2000 ties. "
            "See docs/robustness.md.");
        return [options] { return run_robustness(*options); };
    },
});

}  // namespace
}  // namespace helixnet::cli
