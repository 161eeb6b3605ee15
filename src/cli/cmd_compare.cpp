// helixnet compare [STUDY]: the change between two waves (METRICS.md,
// "Comparing two waves") — tie turnover, every network and group measure in
// both waves, rank correlations, who became a hub, who joined or left — as a
// table for people, JSON or one CSV row per actor; with a plain-language
// paragraph per pair in the table.
#include <cmath>
#include <iostream>
#include <memory>
#include <optional>

#include <fmt/format.h>

#include "command.hpp"
#include "helixnet/compare/narrative.hpp"
#include "helixnet/compare/wave_comparison.hpp"
#include "helixnet/study/csv.hpp"
#include "helixnet/util/table.hpp"
#include "helixnet/util/text.hpp"

namespace helixnet::cli {
namespace {

struct CompareCliOptions {
    StudyOptions study;
    std::optional<int> from;
    std::optional<int> to;
    bool all = false;
    std::vector<std::string> by;
    std::string format = "table";
    std::string lang = "en";
    std::size_t permutations = 5000;
    std::uint64_t seed = 1;
    unsigned threads = 0;
    std::size_t top = 10;
    std::string output;
};

const char* const dash = "\xE2\x80\x93";   // –
const char* const arrow = "\xE2\x86\x92";  // →

int decimals_of(const ValueChange& v, int otherwise = 3) { return v.integral ? 0 : otherwise; }

// "+17 (+121%)"; "–" where undefined.
std::string change_cell(const ValueChange& v, int decimals) {
    if (!v.change) return dash;
    std::string out = (*v.change >= 0 ? "+" : "") + format_optional(*v.change, decimals);
    if (v.relative_change) out += fmt::format(" ({:+.0f}%)", 100.0 * *v.relative_change);
    return out;
}

void add_change_row(TextTable& table, const std::string& label, const ValueChange& v, int decimals) {
    table.add_row(
        {label, format_optional(v.from, decimals), format_optional(v.to, decimals), change_cell(v, decimals)});
}

const ValueChange* find(const std::vector<NamedChange>& list, std::string_view key) {
    for (const auto& n : list)
        if (n.key == key) return &n.value;
    return nullptr;
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
    std::string out = fmt::format("{}: {} {} {}\n", study.name, c.from, arrow, c.to);
    const auto& t = c.ties;
    const std::size_t everyone = t.common_actors + t.joined.size() + t.left.size();
    if (t.joined.empty() && t.left.empty())
        out += fmt::format("Actor set unchanged: the same {} actors in both waves.\n", t.common_actors);
    else
        out += fmt::format(
            "Actor set changed: {} joined, {} left; {} of {} actors in both waves. Whole-network "
            "figures such as density move with the actor set, not only with collaboration.\n",
            t.joined.size(), t.left.size(), t.common_actors, everyone);
    if (!o.study.confidence.empty()) out += "Ties kept: confidence " + o.study.confidence + " and above.\n";

    TextTable headline({"", std::to_string(c.from), std::to_string(c.to), "change"});
    headline.add_section("Headline changes");
    static const std::pair<const char*, const char*> headline_keys[] = {
        {"ties", "Ties"},
        {"actors", "Actors"},
        {"average_degree", "Average degree"},
        {"density", "Density"},
        {"largest_component_share", "Largest component share"},
        {"transitivity", "Transitivity"}};
    for (const auto& [key, label] : headline_keys)
        if (const ValueChange* v = find(c.network, key)) add_change_row(headline, label, *v, decimals_of(*v));
    for (const auto& g : c.groups) {
        if (const ValueChange* v = find(g.metrics, "external_ties"))
            add_change_row(headline, fmt::format("Ties between groups ({})", g.attribute), *v, 0);
        if (const ValueChange* v = find(g.metrics, "ei_index"))
            add_change_row(headline, fmt::format("E-I index ({})", g.attribute), *v, 3);
    }
    headline.add_section("Network");
    for (const auto& n : c.network) add_change_row(headline, n.key, n.value, decimals_of(n.value));
    for (const auto& g : c.groups) {
        headline.add_section("Groups by " + g.attribute);
        for (const auto& m : g.metrics) add_change_row(headline, m.key, m.value, decimals_of(m.value));
    }
    out += "\n" + headline.render();

    TextTable turnover({"Tie turnover", ""});
    turnover.add_row({"Ties added", std::to_string(t.ties_added)});
    turnover.add_row({"Ties removed", std::to_string(t.ties_removed)});
    turnover.add_row({"Ties stable", std::to_string(t.ties_stable)});
    turnover.add_row({"Jaccard (all ties)", format_optional(t.jaccard, 3)});
    turnover.add_row(
        {"Pairs of actors in both waves 0\xE2\x86\x92"
         "0 / 0\xE2\x86\x92"
         "1 / 1\xE2\x86\x92"
         "0 / 1\xE2\x86\x92"
         "1",
         fmt::format("{} / {} / {} / {}", t.change_table.c00, t.change_table.c01, t.change_table.c10,
                     t.change_table.c11)});
    turnover.add_row({"Hamming distance (actors in both waves)", std::to_string(t.hamming)});
    turnover.add_row({"Jaccard (actors in both waves; < 0.3 heavy turnover)", format_optional(t.jaccard_common, 3)});
    turnover.add_row(
        {"Rank correlation of betweenness (Spearman)", format_optional(c.rank_correlation.betweenness, 3)});
    turnover.add_row({"Rank correlation of degree (Spearman)", format_optional(c.rank_correlation.degree, 3)});
    out += "\n" + turnover.render();

    TextTable hubs({"Who became a hub", "id", "betweenness " + std::to_string(c.from), std::to_string(c.to), "rise",
                    "degree " + std::to_string(c.from), std::to_string(c.to)});
    std::size_t shown = 0;
    for (const auto& a : c.actors) {
        const auto rise = a.betweenness_rise();
        if (!rise || *rise <= 1e-9 || shown == o.top) break;
        const auto degree = [](const std::optional<std::size_t>& d) {
            return d ? std::to_string(*d) : std::string(dash);
        };
        hubs.add_row({study.actors.at(a.actor).name, study.actors.at(a.actor).id,
                      format_optional(a.betweenness_from, 3), format_optional(a.betweenness_to, 3),
                      "+" + format_optional(*rise, 3), degree(a.degree_from), degree(a.degree_to)});
        ++shown;
    }
    if (shown > 0)
        out += "\n" + hubs.render();
    else
        out += "\nWho became a hub: no actor's betweenness rose.\n";

    if (!t.joined.empty())
        out += "\n" + wrap_text(fmt::format("Joined ({}): {}", t.joined.size(), names_of(study, t.joined)));
    if (!t.left.empty()) out += "\n" + wrap_text(fmt::format("Left ({}): {}", t.left.size(), names_of(study, t.left)));
    out += "\n" + wrap_text(change_paragraph(study, c, *parse_language(o.lang)));
    return out;
}

std::string csv_cell(const std::optional<double>& v) { return v ? format_number(*v) : std::string(); }

std::string render_csv(const Study& study, const std::vector<WaveComparison>& all) {
    std::string out = csv_line({"from", "to", "id", "name", "degree_from", "degree_to", "betweenness_from",
                                "betweenness_to", "betweenness_change"});
    for (const auto& c : all)
        for (const auto& a : c.actors) {
            const auto degree = [](const std::optional<std::size_t>& d) {
                return d ? std::to_string(*d) : std::string();
            };
            out += csv_line({std::to_string(c.from), std::to_string(c.to), study.actors.at(a.actor).id,
                             study.actors.at(a.actor).name, degree(a.degree_from), degree(a.degree_to),
                             csv_cell(a.betweenness_from), csv_cell(a.betweenness_to), csv_cell(a.betweenness_rise())});
        }
    return out;
}

int run_compare(const CompareCliOptions& o) {
    const Study study = load_for_command(o.study);
    if (study.waves.size() < 2 && !(o.from && o.to))
        throw Failure(
            fmt::format("the study has {} wave(s); compare needs two (or --from and --to)", study.waves.size()));

    CompareOptions options;
    options.attributes = o.by;
    options.metrics.execution.threads = o.threads;
    options.metrics.seed = o.seed;
    options.permutation.permutations = o.permutations;
    options.permutation.seed = o.seed;
    options.permutation.threads = o.threads;
    const auto analyse = [&](int year) {
        CompareOptions wave_options = options;
        wave_options.metrics = metrics_options_for_wave(study, year, options.metrics, o.study.quiet);
        return analyse_wave(study, year, wave_options);
    };

    std::vector<WaveComparison> all;
    if (o.all) {
        if (study.waves.size() >= 2) {
            WaveAnalysis previous = analyse(study.waves.front().year);
            for (std::size_t i = 1; i < study.waves.size(); ++i) {
                WaveAnalysis next = analyse(study.waves[i].year);
                all.push_back(compare_waves(study, previous, next));
                previous = std::move(next);
            }
        }
    } else {
        const int from = o.from.value_or(study.waves.front().year);
        const int to = o.to.value_or(study.waves.back().year);
        for (const int y : {from, to})
            if (!study.has_wave(y)) throw Failure(fmt::format("the study has no wave {}", y));
        all.push_back(compare_waves(study, analyse(from), analyse(to)));
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
        out = render_csv(study, all);
    } else {
        for (std::size_t i = 0; i < all.size(); ++i) out += (i ? "\n\n" : "") + render_table(study, all[i], o);
    }
    emit(o.output, out);
    return 0;
}

const bool registered = register_command({
    "compare",
    "The change between two waves: tie turnover, every measure in both waves, who became a hub, who joined or left",
    [](CLI::App& sub) -> std::function<int()> {
        auto options = std::make_shared<CompareCliOptions>();
        add_study_options(sub, options->study);
        auto* from = sub.add_option("--from", options->from, "earlier wave (default: the first)");
        auto* to = sub.add_option("--to", options->to, "later wave (default: the last)");
        sub.add_flag("--all", options->all, "every consecutive pair of waves (JSON: an array)")
            ->excludes(from)
            ->excludes(to);
        sub.add_option("--by", options->by,
                       "group attribute(s); repeatable, a+b combines (default: sector and region)");
        sub.add_option("--format", options->format, "table (default), json or csv (one row per actor)")
            ->check(CLI::IsMember({"table", "json", "csv"}));
        sub.add_option("--lang", options->lang, "language of the paragraph in the table: en (default) or nl")
            ->check(CLI::IsMember({"en", "nl"}));
        sub.add_option("--permutations", options->permutations, "relabellings for the E-I p-value (default 5000)");
        sub.add_option("--seed", options->seed, "random seed (default 1)");
        sub.add_option("--threads", options->threads, "worker threads (default: all cores)");
        sub.add_option("--top", options->top, "actors shown under 'who became a hub' (default 10)");
        sub.add_option("-o,--output", options->output, "write to FILE (atomically) instead of stdout");
        return [options] { return run_compare(*options); };
    },
});

}  // namespace
}  // namespace helixnet::cli
