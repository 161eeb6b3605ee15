// helixnet whatif [STUDY] --wave Y --remove ID[,ID…]: one wave before and
// after taking some actors out, side by side — size, components,
// fragmentation, ties across groups, helix triangles — with the actors that
// would be cut off from the main part and the pairs of groups that would
// lose their last tie.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "command.hpp"
#include "helixnet/compare/narrative.hpp"
#include "helixnet/compare/what_if.hpp"
#include "helixnet/graph/wave_graph.hpp"
#include "helixnet/groups/wave_groups.hpp"
#include "helixnet/util/number.hpp"
#include "helixnet/util/table.hpp"
#include "helixnet/util/text.hpp"

namespace helixnet::cli {
namespace {

struct WhatIfOptions {
    StudyOptions study;
    std::optional<int> wave;
    std::vector<std::string> remove;
    std::vector<std::string> by;
    std::string format = "table";
    unsigned threads = 0;
    std::string output;
};

const char* const dash = "\xE2\x80\x93";  // –

std::string count_change(std::size_t before, std::size_t after) {
    if (before == after) return "0";
    return after > before ? fmt::format("+{}", after - before) : fmt::format("-{}", before - after);
}

std::string value_change(const std::optional<double>& before, const std::optional<double>& after) {
    if (!before || !after) return dash;
    const double d = *after - *before;
    return (d >= 0 ? "+" : "") + format_decimal(d, 3);
}

std::string names(const Study& study, const std::vector<std::uint32_t>& actors) {
    std::string out;
    for (const auto a : actors) out += (out.empty() ? "" : "; ") + study.actors.at(a).name;
    return out;
}

std::string render_table(const Study& study, const WhatIf& r) {
    std::string removed;
    for (const auto a : r.removed)
        removed +=
            (removed.empty() ? "" : ", ") + fmt::format("{} ({})", study.actors.at(a).name, study.actors.at(a).id);
    std::string out = wrap_text(fmt::format("{}: wave {} without {}", study.name, r.wave, removed));
    TextTable table({"", "before", "after", "change"});
    const auto counts = [&](const std::string& label, std::size_t b, std::size_t a) {
        table.add_row({label, std::to_string(b), std::to_string(a), count_change(b, a)});
    };
    const auto values = [&](const std::string& label, const std::optional<double>& b, const std::optional<double>& a) {
        table.add_row({label, format_decimal(b, 3), format_decimal(a, 3), value_change(b, a)});
    };
    counts("Actors", r.before.actors, r.after.actors);
    counts("Ties", r.before.ties, r.after.ties);
    counts("Components", r.before.components, r.after.components);
    values("Largest component share", r.before.largest_component_share, r.after.largest_component_share);
    values("Fragmentation (pairs that cannot reach each other)", r.before.fragmentation, r.after.fragmentation);
    values("Distance fragmentation", r.before.distance_fragmentation, r.after.distance_fragmentation);
    for (std::size_t i = 0; i < r.before.groups.size(); ++i) {
        const auto& b = r.before.groups[i];
        const auto& a = r.after.groups[i];
        counts(fmt::format("Ties between groups ({})", b.attribute), b.external_ties, a.external_ties);
        if (b.helix_triangles && a.helix_triangles)
            counts("Triple-helix triangles", *b.helix_triangles, *a.helix_triangles);
    }
    out += "\n" + table.render();
    if (r.cut_off.empty())
        out += "\nNo one else would be cut off from the largest component.\n";
    else
        out += "\n" + wrap_text(fmt::format("Cut off from the largest component ({}): {}", r.cut_off.size(),
                                            names(study, r.cut_off)));
    for (const auto& lost : r.group_pairs_lost) {
        if (lost.pairs.empty()) {
            out += fmt::format("No pair of groups by {} would lose its last tie.\n", lost.attribute);
            continue;
        }
        std::string pairs;
        for (const auto& [x, y] : lost.pairs)
            pairs += (pairs.empty() ? "" : "; ") + study.value_label(lost.attribute, x) + " \xE2\x80\x93 " +
                     study.value_label(lost.attribute, y);
        out +=
            wrap_text(fmt::format("Pairs of groups by {} that would lose their last tie: {}", lost.attribute, pairs));
    }
    return out;
}

int run_whatif(const WhatIfOptions& o) {
    const Study study = load_for_command(o.study);
    if (study.waves.empty()) throw Failure("the study has no wave");
    const int year = o.wave.value_or(study.waves.back().year);
    if (!study.has_wave(year)) throw Failure(fmt::format("the study has no wave {}", year));
    const std::vector<std::uint32_t> removed = resolve_actor_ids(study, year, o.remove);
    const std::vector<std::string> by = o.by.empty() ? default_group_attributes(study) : o.by;
    const WaveGraph graph = build_wave_graph(study, year);
    TerminalProgress progress(o.study.quiet);
    Execution execution;
    execution.threads = o.threads;
    execution.progress = progress.callback(std::to_string(year));
    const WhatIf result = what_if(study, graph, removed, by, execution);
    progress.clear();
    emit(o.output, o.format == "json" ? what_if_json(study, result).dump(2) + "\n" : render_table(study, result));
    return 0;
}

const bool registered = register_command({
    "whatif",
    "One wave before and after some actors leave: fragmentation, who is cut off, which groups lose their last tie",
    [](CLI::App& sub) -> std::function<int()> {
        auto options = std::make_shared<WhatIfOptions>();
        add_study_options(sub, options->study);
        sub.add_option("--wave", options->wave, "the wave (default: the last)")->type_name("YEAR");
        sub.add_option("--remove", options->remove, "the ids of the actors to take out, comma-separated or repeated")
            ->required()
            ->delimiter(',');
        sub.add_option("--by", options->by,
                       "group attribute for the ties across groups; repeatable, a+b combines "
                       "(default: sector and region, where present)");
        sub.add_option("--format", options->format, "table (default) or json")->check(CLI::IsMember({"table", "json"}));
        sub.add_option("--threads", options->threads, "threads to use (default: every core)");
        sub.add_option("-o,--output", options->output, "write to FILE (atomically) instead of stdout");
        sub.footer(
            "Fragmentation is the share of pairs of actors that cannot reach each other; distance fragmentation "
            "also counts pairs that are far apart (1 - mean of 1/distance; Borgatti 2006). An id the study does "
            "not have is an error (exit 3).");
        return [options] { return run_whatif(*options); };
    },
});

}  // namespace
}  // namespace helixnet::cli
